#!/usr/bin/env python3
"""The participants' phone page in a real browser (headless Chromium through Selenium).

Starts `moderato-cli share --phones` on 127.0.0.1 with a fresh demo session, drives the page as a
participant and the moderator's side with `moderato-cli join ... replay`, and checks what the page
shows and what the session recorded (`moderato-cli export-log`). Every wait is bounded.

    tst_phonepage.py --cli PATH/TO/moderato-cli

With MODERATO_TEST_SHOTS=DIR it also saves phone-en.png and phone-ar.png there. A browser, driver or
Selenium that cannot start is a failure, never a skip.
"""

import argparse
import json
import os
import queue
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import traceback
import urllib.request

SYSTEM_PYTHON = "/usr/bin/python3"
CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"

try:
    from selenium import webdriver
    from selenium.common.exceptions import NoAlertPresentException, TimeoutException, WebDriverException
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select, WebDriverWait
except ImportError as missing:
    # Debian's python3-selenium lives in the system Python: try it when another python3 comes first on PATH.
    if os.path.realpath(sys.executable) != os.path.realpath(SYSTEM_PYTHON) and os.path.exists(SYSTEM_PYTHON):
        os.execv(SYSTEM_PYTHON, [SYSTEM_PYTHON] + sys.argv)
    print(f"FAIL: cannot import Selenium ({missing}); install Debian's python3-selenium", file=sys.stderr)
    sys.exit(1)

NAME = "<script>alert(1)</script>"
QUESTION = "How will the outcomes reach the next IGF?"
TAKEAWAY = "Meaningful access needs local content and skills."
WAIT = 10  # seconds for anything the page or the host should do "at once"


class Failure(Exception):
    pass


def check(condition, message):
    if not condition:
        raise Failure(message)


def log(message):
    print(f"[{time.monotonic() - START:6.2f}s] {message}", flush=True)


START = time.monotonic()


class Host:
    """`moderato-cli share --phones 0` on 127.0.0.1, with the addresses and PIN it prints."""

    def __init__(self, cli, session, scratch):
        self.cli = cli
        self.session = session
        self.stderr_path = os.path.join(scratch, "share.stderr")
        env = dict(os.environ, LANG="C", LC_ALL="C")
        env.pop("LANGUAGE", None)
        self.stderr = open(self.stderr_path, "wb")
        self.process = subprocess.Popen(
            [cli, "share", session, "--listen", "127.0.0.1:0", "--phones", "0", "--for", "240"],
            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=self.stderr, env=env)
        self.lines = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()
        self.co_moderator = self.page = self.pin = None
        deadline = time.monotonic() + 30
        while not (self.co_moderator and self.page and self.pin):
            left = deadline - time.monotonic()
            try:
                line = self.lines.get(timeout=max(0.05, left))
            except queue.Empty:
                line = None
            if line is None:
                if self.process.poll() is not None or left <= 0:
                    raise Failure("the host did not print its addresses and PIN in 30 s; "
                                  f"exit code {self.process.poll()}; stderr:\n{self.stderr_text()}")
                continue
            if m := re.fullmatch(r"co_moderator (moderato://127\.0\.0\.1:\d+/\S+)", line):
                self.co_moderator = m.group(1)
            elif m := re.fullmatch(r"phones (http://127\.0\.0\.1:\d+/)", line):
                self.page = m.group(1)
            elif m := re.fullmatch(r"Room PIN: (\d{6})", line):
                self.pin = m.group(1)

    def _read(self):
        for raw in self.process.stdout:
            self.lines.put(raw.decode("utf-8", "replace").strip())
        self.lines.put(None)

    def stderr_text(self):
        self.stderr.flush()
        with open(self.stderr_path, "rb") as f:
            return f.read().decode("utf-8", "replace")[-4000:]

    def stop(self):
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
        self.stderr.close()


class Moderator:
    """The moderator's side: `moderato-cli join CO_MODERATOR --name Mod replay SCRIPT`, and the log."""

    def __init__(self, cli, host, scratch):
        self.cli = cli
        self.host = host
        self.scratch = scratch
        self.scripts = 0

    def run(self, *lines):
        self.scripts += 1
        script = os.path.join(self.scratch, f"moderator-{self.scripts}.txt")
        with open(script, "w", encoding="utf-8") as f:
            f.write("".join(f"0:00 {line}\n" for line in lines))
        done = subprocess.run(
            [self.cli, "join", self.host.co_moderator, "--name", "Mod", "--timeout", "20", "replay", script],
            stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=60)
        check(done.returncode == 0,
              f"the moderator's replay {lines} failed ({done.returncode}):\n{done.stdout}{done.stderr}")

    def events(self):
        done = subprocess.run([self.cli, "export-log", self.host.session], stdin=subprocess.DEVNULL,
                              capture_output=True, text=True, timeout=60)
        check(done.returncode == 0, f"export-log failed ({done.returncode}): {done.stderr}")
        return [json.loads(line) for line in done.stdout.splitlines() if line.strip()]

    def wait_event(self, kind, matches=lambda data: True, what=""):
        """The first event of this type whose data matches, waiting up to WAIT seconds for it."""
        deadline = time.monotonic() + WAIT
        while True:
            found = [e for e in self.events() if e["type"] == kind and matches(e["data"])]
            if found:
                return found[0]["data"]
            if time.monotonic() > deadline:
                raise Failure(f"no {kind} event {what} in the session's log after {WAIT} s")
            time.sleep(0.2)

    def count(self, kind):
        return sum(1 for e in self.events() if e["type"] == kind)


def start_browser(profile, language):
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                     "--window-size=390,844", "--no-first-run", "--disable-extensions",
                     f"--user-data-dir={profile}", f"--lang={language}"):
        options.add_argument(argument)
    options.add_experimental_option("prefs", {"intl.accept_languages": language})
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    try:
        driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    except WebDriverException as error:
        raise Failure(f"cannot start Chromium ({CHROMIUM}) through ChromeDriver ({CHROMEDRIVER}): "
                      f"{str(error).strip()}") from error
    driver.set_page_load_timeout(30)
    driver.set_script_timeout(10)
    phone_viewport(driver)
    return driver


def phone_viewport(driver, height=844):
    """A phone's 390 px wide viewport (a desktop window cannot be narrower than 500 px)."""
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": 390, "height": height, "deviceScaleFactor": 1, "mobile": True})


class Page:
    """One phone: a browser on the participants' page."""

    def __init__(self, driver):
        self.driver = driver

    def el(self, element_id):
        return self.driver.find_element(By.ID, element_id)

    def text(self, element_id):
        return self.driver.execute_script("return document.getElementById(arguments[0]).textContent;",
                                          element_id)

    def js(self, script, *args):
        return self.driver.execute_script(script, *args)

    def wait(self, condition, what, timeout=WAIT):
        try:
            return WebDriverWait(self.driver, timeout, poll_frequency=0.1).until(lambda d: condition())
        except TimeoutException:
            raise Failure(f"timed out after {timeout} s waiting for {what}") from None

    def words(self, key, lang):
        return self.js("return window.MODERATO_I18N[arguments[0]][arguments[1]];", lang, key)

    def console_problems(self):
        """SEVERE console entries and anything about the Content Security Policy since the last call."""
        return [e for e in self.driver.get_log("browser")
                if e.get("level") == "SEVERE" or "Content Security Policy" in e.get("message", "")]

    def shot(self, name):
        folder = os.environ.get("MODERATO_TEST_SHOTS")
        if not folder:
            return
        os.makedirs(folder, exist_ok=True)
        self.js("window.scrollTo(0, 0); document.activeElement && document.activeElement.blur();")
        # The whole page at the phone's width as one picture: a viewport as tall as the page (which
        # lays out anew at each height, so measure again until it stays).
        height = 844
        try:
            self.driver.execute_cdp_cmd("Emulation.setScrollbarsHidden", {"hidden": True})
            for _ in range(5):
                phone_viewport(self.driver, height)
                needed = max(844, self.js("return Math.ceil(document.documentElement.scrollHeight);"))
                if needed == height:
                    break
                height = needed
            check(self.driver.save_screenshot(os.path.join(folder, name)), f"cannot save {name}")
        finally:
            phone_viewport(self.driver)
            self.driver.execute_cdp_cmd("Emulation.setScrollbarsHidden", {"hidden": False})
        log(f"saved {os.path.join(folder, name)}")

    def count_sockets(self):
        """From now on, counts the WebSockets the page opens (window.__sockets)."""
        self.js("""
            var Real = window.WebSocket;
            window.__sockets = 0;
            window.WebSocket = function (url, protocols) {
              window.__sockets++;
              return protocols === undefined ? new Real(url) : new Real(url, protocols);
            };
            window.WebSocket.prototype = Real.prototype;""")

    def no_alert(self):
        try:
            alert = self.driver.switch_to.alert
            text = alert.text
            alert.dismiss()
            raise Failure(f"a script ran: an alert says {text!r}")
        except NoAlertPresentException:
            pass


def check_files(page):
    """The page's four files: the headers every response carries, no inline code or style, under 100 KB."""
    total = 0
    for name in ("", "app.js", "i18n.js", "style.css"):
        with urllib.request.urlopen(page + name, timeout=10) as response:
            body = response.read()
            csp = response.headers.get("Content-Security-Policy")
            check(csp == "default-src 'self'", f"/{name} has the Content-Security-Policy {csp!r}")
            check(response.headers.get("X-Content-Type-Options") == "nosniff", f"/{name} lacks nosniff")
        total += len(body)
        if name == "":
            html = body.decode("utf-8")
            check(not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html), "index.html has an inline script")
            check(not re.search(r"\sstyle\s*=|<style", html), "index.html has inline style")
            check(not re.search(r"\son[a-z]+\s*=", html), "index.html has an inline event handler")
        elif name.endswith(".js"):
            code = body.decode("utf-8")
            check(not re.search(r"innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(", code),
                  f"{name} sets markup or evaluates text")
    check(total < 100 * 1024, f"the page's files add up to {total} bytes, more than 100 KB")
    log(f"the page's files: {total} bytes, headers and markup fine")


def test(cli, scratch):
    session = os.path.join(scratch, "s.moderato")
    empty = os.path.join(scratch, "empty.txt")
    open(empty, "w").close()
    made = subprocess.run([cli, "replay", empty, "-o", session], stdin=subprocess.DEVNULL,
                          capture_output=True, text=True, timeout=60)
    check(made.returncode == 0, f"moderato-cli replay failed ({made.returncode}): {made.stderr}")

    host = None
    drivers = []
    try:
        host = Host(cli, session, scratch)
        log(f"host up: page {host.page}, PIN {host.pin}")
        mod = Moderator(cli, host, scratch)
        check_files(host.page)

        driver = start_browser(os.path.join(scratch, "profile-en"), "en-US")
        drivers.append(driver)
        page = Page(driver)
        driver.get(host.page)
        page.wait(lambda: page.text("status") == "Connected", "the page to connect")
        width = page.js("return window.innerWidth")
        check(width == 390, f"the page is {width} px wide, not a phone's 390")
        check(page.js("return document.documentElement.lang") == "en", "the page is not in English")
        problems = page.console_problems()
        check(not problems, f"the page logged errors while loading: {problems}")
        log("page loaded, connected, console clean")

        # A wrong PIN: an error on the join screen, and nobody joins.
        wrong = "000000" if host.pin != "000000" else "111111"
        page.el("pin").send_keys(wrong)
        page.el("name").send_keys("Wrong Pin")
        page.el("join").click()
        page.wait(lambda: page.text("join-error") == page.words("e_pin", "en"), "the wrong PIN's error")
        check(page.el("join-screen").is_displayed() and not page.el("live-screen").is_displayed(),
              "a wrong PIN left the join screen")
        check(mod.count("phone.joined") == 0, "a wrong PIN joined a phone")
        log("wrong PIN refused")

        # The right PIN, a name that looks like markup, a stakeholder group and the online channel.
        page.el("pin").clear()
        page.el("pin").send_keys(host.pin)
        page.el("name").clear()
        page.el("name").send_keys(NAME)
        Select(page.el("group")).select_by_value("Civil Society")
        page.el("channel-online").click()
        page.el("join").click()
        page.wait(lambda: page.el("live-screen").is_displayed(), "the live screen after joining")
        page.wait(lambda: NAME in page.text("me-line"), "the participant's name on the page")
        page.no_alert()
        check(not page.js("return document.querySelector('#me-line script, #me-line *')"),
              "the name became markup")
        joined = mod.wait_event("phone.joined", what="for the phone")
        walk_in = joined["walk_in"]
        check(walk_in.get("name") == NAME, f"phone.joined has the name {walk_in.get('name')!r}")
        group = walk_in.get("stakeholder_group", walk_in.get("group"))
        check(group == "Civil Society", f"phone.joined has the group {group!r}")
        check(walk_in.get("channel") == "online", f"phone.joined has the channel {walk_in.get('channel')!r}")
        device = joined["device"]
        check(mod.count("phone.joined") == 1, "more than one phone joined")
        log(f"joined as device {device}; name shown literally, no alert")

        # The floor: ask, see the place in the queue, withdraw.
        page.wait(lambda: page.el("ask-floor").is_enabled(), "the ask-for-the-floor button")
        page.el("ask-floor").click()
        requested = mod.wait_event("queue.requested", lambda d: d.get("device") == device, "from the phone")
        page.wait(lambda: page.text("queue-place").strip() != "", "the place in the queue")
        check(page.text("ask-floor") == page.words("withdrawFloor", "en"),
              "the floor button does not offer to withdraw")
        page.el("ask-floor").click()
        mod.wait_event("queue.withdrawn", lambda d: d.get("request") == requested["request"],
                       "of the phone's request")
        page.wait(lambda: page.text("queue-place") == "", "the place in the queue to go")
        log("asked for the floor and withdrew")

        # A written question.
        page.el("question-text").send_keys(QUESTION)
        page.el("send-question").click()
        mod.wait_event("inbox.question", lambda d: d.get("text") == QUESTION and d.get("device") == device,
                       "with the question's text")
        page.wait(lambda: page.el("question-text").get_attribute("value") == "", "the sent question to clear")
        log("sent a question")

        # The moderator approves a takeaway: it shows within seconds; agree with it.
        mod.run(f'takeaway "{TAKEAWAY}"')
        page.wait(lambda: page.js("return [].map.call(document.querySelectorAll('#takeaways .text'),"
                                  " function (e) { return e.textContent; });") == [TAKEAWAY],
                  "the approved takeaway on the page", timeout=5)
        check(page.el("takeaways-card").is_displayed(), "the takeaways card is hidden")
        agree = driver.find_element(By.CSS_SELECTOR, "#takeaways li .agree")
        agree.click()
        reaction = mod.wait_event("takeaway.reaction", lambda d: d.get("device") == device, "from the phone")
        check(reaction.get("reaction") == "agree", f"the reaction is {reaction.get('reaction')!r}")
        page.wait(lambda: page.js("return document.querySelector('#takeaways .agree-count').textContent")
                  == "1", "the agree count to read 1")
        check(agree.get_attribute("aria-pressed") == "true", "the agree button is not pressed")
        log("takeaway shown and agreed with")

        # The empty chair opens, and a remote participant asks for it through the online moderator.
        mod.run("chair-open", 'chair-claim --name "Remote Guest" --channel online')
        page.wait(lambda: page.text("chair-state") == page.words("chairOpen", "en"), "the open chair")
        page.wait(lambda: page.el("ask-chair").is_enabled(), "the ask-for-the-chair button")
        page.wait(lambda: page.text("notice") == "", "earlier notices to go", timeout=12)
        page.shot("phone-en.png")

        # Arabic: the page turns right to left.
        Select(page.el("lang")).select_by_value("ar")
        page.wait(lambda: page.js("return document.documentElement.dir") == "rtl", "dir=rtl")
        check(page.js("return document.documentElement.lang") == "ar", "lang is not ar")
        check(page.js("return getComputedStyle(document.body).direction") == "rtl", "the body is not rtl")
        check(page.text("chair-state") == page.words("chairOpen", "ar"), "the live screen is not in Arabic")
        status = page.el("status").rect
        picker = page.el("lang").rect
        check(status["x"] > picker["x"], f"the status is not on the right in Arabic ({status} vs {picker})")
        gaps = page.js("var h = document.getElementById('chair-state').parentNode.querySelector('h2');"
                       " var r = document.createRange(); r.selectNodeContents(h);"
                       " var t = r.getBoundingClientRect(), c = h.getBoundingClientRect();"
                       " return [c.right - t.right, t.left - c.left];")
        check(gaps[0] < 2 and gaps[1] > 20, f"a heading is not set from the right: gaps right, left {gaps}")
        page.shot("phone-ar.png")
        log("Arabic reads right to left")

        # Asking for the chair someone else waits for: busy, in the page's language.
        page.el("ask-chair").click()
        page.wait(lambda: page.text("notice") == page.words("e_busy", "ar"), "the busy notice in Arabic")
        check(page.words("e_busy", "ar") != page.words("e_busy", "en"), "busy has no Arabic words")
        check(mod.count("chair.claimed") == 1, "the phone claimed a chair someone else waits for")
        Select(page.el("lang")).select_by_value("en")
        check(page.text("notice") == page.words("e_busy", "en"), "the shown notice kept its Arabic words")
        log("asking for a chair someone waits for says busy")

        # A fresh phone whose browser prefers Arabic: the join screen is right to left from the start.
        driver_ar = start_browser(os.path.join(scratch, "profile-ar"), "ar")
        drivers.append(driver_ar)
        page_ar = Page(driver_ar)
        driver_ar.get(host.page)
        page_ar.wait(lambda: page_ar.js("return document.documentElement.dir") == "rtl",
                     "an Arabic first visit")
        check(page_ar.js("return document.documentElement.lang") == "ar", "the fresh profile is not in Arabic")
        check(page_ar.text("join") == page_ar.words("join", "ar"), "the join button is not in Arabic")
        pin_field = page_ar.el("pin").rect
        form = page_ar.el("join-form").rect
        right_gap = form["x"] + form["width"] - (pin_field["x"] + pin_field["width"])
        check(right_gap < pin_field["x"] - form["x"],
              f"the PIN field is not against the right edge in Arabic (form {form}, field {pin_field})")
        problems = page_ar.console_problems()
        check(not problems, f"the Arabic page logged errors: {problems}")
        driver_ar.quit()
        drivers.remove(driver_ar)
        log("a fresh Arabic profile starts right to left")

        # Blocked: the host says goodbye, the page shows it for good and never knocks again.
        page.count_sockets()
        mod.run(f"phone-block --device {device}")
        page.wait(lambda: page.el("blocked").is_displayed(), "the blocked notice")
        page.wait(lambda: page.text("status") == page.words("statusBlocked", "en"), "the blocked status")
        for control in ("ask-floor", "ask-chair", "send-question", "send-takeaway", "question-text",
                        "my-takeaway"):
            check(not page.el(control).is_enabled(), f"#{control} still works on a blocked phone")
        check(page.text("question-wait") == "",
              "a blocked phone is told when it may send its next question")
        check(not driver.find_element(By.CSS_SELECTOR, "#takeaways .agree").is_enabled(),
              "reactions still work on a blocked phone")
        page.js("window.dispatchEvent(new Event('online'));"
                " document.dispatchEvent(new Event('visibilitychange'));")
        time.sleep(1.5)
        check(page.js("return window.__sockets") == 0, "the blocked page connected again")
        check(page.el("blocked").is_displayed(), "the blocked notice went away")
        log("blocked: notice shown, sending off, no reconnection")

        # A reload: the resume is refused as blocked, and the page stops again.
        driver.refresh()
        page.wait(lambda: page.el("blocked").is_displayed(), "the blocked notice after a reload")
        page.wait(lambda: page.text("status") == page.words("statusBlocked", "en"),
                  "the blocked status after a reload")
        check(page.el("live-screen").is_displayed(), "a blocked phone is not on the live screen")
        check(not page.el("ask-floor").is_enabled(), "a blocked phone can ask for the floor after a reload")
        page.count_sockets()
        page.js("window.dispatchEvent(new Event('online'));")
        time.sleep(1.0)
        check(page.js("return window.__sockets") == 0, "the blocked page connected again after a reload")
        log("blocked after a reload too")

        # Since loading: nothing but a WebSocket the host closed (it drops a blocked phone).
        problems = [p for p in page.console_problems()
                    if "Content Security Policy" in p.get("message", "")
                    or "WebSocket" not in p.get("message", "")]
        check(not problems, f"the page logged errors: {problems}")
        check(host.process.poll() is None, f"the host stopped:\n{host.stderr_text()}")
    except Failure as failure:
        details = [str(failure)]
        for driver in drivers:
            try:
                details.append("--- browser console ---")
                details += [f"{e.get('level')} {e.get('message')}" for e in driver.get_log("browser")]
            except Exception:  # noqa: BLE001 - the browser may be gone
                pass
        if host:
            details += ["--- host's standard error ---", host.stderr_text()]
        raise Failure("\n".join(details)) from None
    finally:
        for driver in drivers:
            try:
                driver.quit()
            except Exception:  # noqa: BLE001 - the browser may be gone already
                pass
        if host:
            host.stop()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cli", required=True, help="the moderato-cli to test")
    parser.add_argument("--keep", action="store_true", help="keep the scratch folder")
    args = parser.parse_args()
    for path, what in ((args.cli, "moderato-cli"), (CHROMIUM, "Chromium"), (CHROMEDRIVER, "ChromeDriver")):
        if not os.access(path, os.X_OK):
            print(f"FAIL: {what} is not at {path} (Debian: chromium, chromium-driver)", file=sys.stderr)
            return 1
    scratch = tempfile.mkdtemp(prefix="moderato-phonepage-")
    try:
        test(os.path.abspath(args.cli), scratch)
    except Failure as failure:
        print(f"FAIL: {failure}", file=sys.stderr)
        return 1
    except Exception:  # noqa: BLE001 - a driver or process error is a failure too, with its trace
        traceback.print_exc()
        print("FAIL: the test broke off with the error above", file=sys.stderr)
        return 1
    finally:
        if args.keep:
            print(f"scratch folder kept: {scratch}")
        else:
            shutil.rmtree(scratch, ignore_errors=True)
    print(f"PASS: the participants' page in Chromium ({time.monotonic() - START:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
