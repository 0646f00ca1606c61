<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Cli</name>
    <message>
        <source>Try &apos;moderato-cli --help&apos;.</source>
        <translation>Weitere Informationen mit „moderato-cli --help“.</translation>
    </message>
    <message>
        <source>Moderato on the command line: works on .moderato session files.</source>
        <translation>Moderato auf der Kommandozeile: arbeitet mit .moderato-Sitzungsdateien.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Die Version anzeigen.</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <source>Apply a timed replay script to a new session file.</source>
        <translation>Ein zeitgesteuertes Replay-Skript auf eine neue Sitzungsdatei anwenden.</translation>
    </message>
    <message>
        <source>The session file to write.</source>
        <translation>Die zu schreibende Sitzungsdatei.</translation>
    </message>
    <message>
        <source>SESSION</source>
        <translation>SESSION</translation>
    </message>
    <message>
        <source>Build the new session from this session&apos;s plan.</source>
        <translation>Die neue Sitzung aus dem Plan dieser Sitzung erstellen.</translation>
    </message>
    <message>
        <source>Replace the output file if it exists.</source>
        <translation>Die Ausgabedatei ersetzen, falls sie bereits existiert.</translation>
    </message>
    <message>
        <source>The replay script.</source>
        <translation>Das Replay-Skript.</translation>
    </message>
    <message>
        <source>replay needs exactly one script</source>
        <translation>replay erwartet genau ein Skript</translation>
    </message>
    <message>
        <source>replay needs -o SESSION</source>
        <translation>replay erwartet -o SESSION</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%Ln action(s))</source>
        <translation>
            <numerusform>%1 geschrieben (%Ln Aktion)</numerusform>
            <numerusform>%1 geschrieben (%Ln Aktionen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Print planned and actual times of a session.</source>
        <translation>Geplante und tatsächliche Zeiten einer Sitzung ausgeben.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Als JSON ausgeben.</translation>
    </message>
    <message>
        <source>The session file.</source>
        <translation>Die Sitzungsdatei.</translation>
    </message>
    <message>
        <source>stats needs exactly one session file</source>
        <translation>stats erwartet genau eine Sitzungsdatei</translation>
    </message>
    <message>
        <source>Print a session&apos;s event log as JSON Lines.</source>
        <translation>Das Ereignisprotokoll einer Sitzung als JSON Lines ausgeben.</translation>
    </message>
    <message>
        <source>export-log needs exactly one session file</source>
        <translation>export-log erwartet genau eine Sitzungsdatei</translation>
    </message>
    <message>
        <source>Rebuild a session file from an event log in JSON Lines.</source>
        <translation>Eine Sitzungsdatei aus einem Ereignisprotokoll in JSON Lines neu erstellen.</translation>
    </message>
    <message>
        <source>The event log (JSON Lines).</source>
        <translation>Das Ereignisprotokoll (JSON Lines).</translation>
    </message>
    <message>
        <source>import-log needs exactly one log file</source>
        <translation>import-log erwartet genau eine Protokolldatei</translation>
    </message>
    <message>
        <source>import-log needs -o SESSION</source>
        <translation>import-log erwartet -o SESSION</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%Ln event(s))</source>
        <translation>
            <numerusform>%1 geschrieben (%Ln Ereignis)</numerusform>
            <numerusform>%1 geschrieben (%Ln Ereignisse)</numerusform>
        </translation>
    </message>
    <message>
        <source>Draft a discussion summary, key takeaways, calls to action and topics from a transcript (one turn a line as &quot;Speaker: text&quot;, or the live-captioning style with &quot;&gt;&gt;&quot; turn markers).</source>
        <translation>Eine Diskussionszusammenfassung, wichtigste Erkenntnisse, Handlungsaufrufe und Themen aus einem Transkript entwerfen (ein Redebeitrag pro Zeile als „Speaker: text“ oder im Stil von Live-Untertiteln mit „&gt;&gt;“ als Markierung der Redebeiträge).</translation>
    </message>
    <message>
        <source>The rapporteur&apos;s notes, one a line; #takeaway and #action weigh most.</source>
        <translation>Die Notizen der Berichterstattung, eine pro Zeile; #takeaway und #action zählen am meisten.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>The most words the summary may have (default %1).</source>
        <translation>Die maximale Anzahl Wörter der Zusammenfassung (Standard: %1).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>The transcript.</source>
        <translation>Das Transkript.</translation>
    </message>
    <message>
        <source>summarize needs exactly one transcript</source>
        <translation>summarize erwartet genau ein Transkript</translation>
    </message>
    <message>
        <source>--words needs a number from 10 to 10000</source>
        <translation>--words erwartet eine Zahl von 10 bis 10000</translation>
    </message>
    <message>
        <source>md, html, odt or pdf.</source>
        <translation>md, html, odt oder pdf.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>The report file to write.</source>
        <translation>Die zu schreibende Berichtsdatei.</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>AUSGABE</translation>
    </message>
    <message>
        <source>report needs exactly one session file</source>
        <translation>report erwartet genau eine Sitzungsdatei</translation>
    </message>
    <message>
        <source>report needs --format md, html, odt or pdf</source>
        <translation>report erwartet --format md, html, odt oder pdf</translation>
    </message>
    <message>
        <source>report needs -o OUT</source>
        <translation>report erwartet -o OUT</translation>
    </message>
    <message>
        <source>Read an IGF workshop proposal (plain text, as copied from the IGF website) and print the session it describes as JSON. What could not be read is reported as warnings on standard error.</source>
        <translation>Einen IGF-Workshopvorschlag (Klartext, wie von der IGF-Website kopiert) lesen und die beschriebene Sitzung als JSON ausgeben. Was nicht gelesen werden konnte, wird als Warnung auf der Standardfehlerausgabe gemeldet.</translation>
    </message>
    <message>
        <source>Also create this session file.</source>
        <translation>Außerdem diese Sitzungsdatei erstellen.</translation>
    </message>
    <message>
        <source>The proposal, a UTF-8 text file.</source>
        <translation>Der Vorschlag, eine UTF-8-Textdatei.</translation>
    </message>
    <message>
        <source>import-proposal needs exactly one proposal file</source>
        <translation>import-proposal erwartet genau eine Vorschlagsdatei</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Write the briefing pack of a session for its speakers and co-moderators.</source>
        <translation>Die Briefing-Mappe einer Sitzung für ihre Podiumsgäste und die Ko-Moderation schreiben.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Die zu schreibende Datei.</translation>
    </message>
    <message>
        <source>When the session starts (default 09:00).</source>
        <translation>Beginn der Sitzung (Standard: 09:00).</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <source>The day of the session.</source>
        <translation>Der Tag der Sitzung.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Leave out the prepared questions.</source>
        <translation>Die vorbereiteten Fragen weglassen.</translation>
    </message>
    <message>
        <source>briefing needs exactly one session file</source>
        <translation>briefing erwartet genau eine Sitzungsdatei</translation>
    </message>
    <message>
        <source>briefing needs --format md, html, odt or pdf</source>
        <translation>briefing erwartet --format md, html, odt oder pdf</translation>
    </message>
    <message>
        <source>briefing needs -o OUT</source>
        <translation>briefing erwartet -o OUT</translation>
    </message>
    <message>
        <source>--start needs a time such as 14:30</source>
        <translation>--start erwartet eine Uhrzeit wie 14:30</translation>
    </message>
    <message>
        <source>--date needs a day such as 2019-11-26</source>
        <translation>--date erwartet ein Datum wie 2019-11-26</translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation>%1 ist keine Datei</translation>
    </message>
    <message>
        <source>Run commands on a session file, in order; each records one event. A refused command stops the run; those before it stay recorded.</source>
        <translation>Befehle der Reihe nach auf eine Sitzungsdatei anwenden; jeder zeichnet ein Ereignis auf. Ein abgelehnter Befehl beendet den Lauf; die vorherigen bleiben aufgezeichnet.</translation>
    </message>
    <message>
        <source>The role to act in (default onsite_moderator).</source>
        <translation>Die Rolle, in der gehandelt wird (Standard: onsite_moderator).</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLLE</translation>
    </message>
    <message>
        <source>A command as JSON, e.g. {&quot;command&quot;: &quot;start&quot;}.</source>
        <translation>Ein Befehl als JSON, z. B. {&quot;command&quot;: &quot;start&quot;}.</translation>
    </message>
    <message>
        <source>command needs a session file and at least one command</source>
        <translation>command erwartet eine Sitzungsdatei und mindestens einen Befehl</translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot;; roles: %2</source>
        <translation>unbekannte Rolle „%1“; Rollen: %2</translation>
    </message>
    <message>
        <source>command %1 is not a JSON object</source>
        <translation>Befehl %1 ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>command %1: %2</source>
        <translation>Befehl %1: %2</translation>
    </message>
    <message>
        <source>command %1 (%2): %3</source>
        <translation>Befehl %1 (%2): %3</translation>
    </message>
    <message>
        <source>List every command a session takes, its fields and who may issue it.</source>
        <translation>Alle Befehle auflisten, die eine Sitzung annimmt, mit ihren Feldern und wer sie erteilen darf.</translation>
    </message>
    <message>
        <source>commands takes no arguments</source>
        <translation>commands erwartet keine Argumente</translation>
    </message>
    <message>
        <source>roles: %1</source>
        <translation>Rollen: %1</translation>
    </message>
    <message>
        <source>Share a session with other devices (co-moderator, online moderator, rapporteur, observer) without a window. Prints one join address per role, then serves until the time is up or it is interrupted. The join codes are kept in the session file, so restarting shares with the same codes.</source>
        <translation>Eine Sitzung ohne Fenster mit anderen Geräten teilen (Ko-Moderation, Online-Moderation, Berichterstattung, Beobachtung). Gibt für jede Rolle eine Beitrittsadresse aus und stellt die Sitzung dann bereit, bis die Zeit abgelaufen ist oder der Vorgang unterbrochen wird. Die Beitrittscodes werden in der Sitzungsdatei gespeichert, sodass nach einem Neustart mit denselben Codes geteilt wird.</translation>
    </message>
    <message>
        <source>The address and port to listen on (default: every address of this machine, port %1).</source>
        <translation>Adresse und Port, auf denen gelauscht wird (Standard: jede Adresse dieses Rechners, Port %1).</translation>
    </message>
    <message>
        <source>ADDRESS:PORT</source>
        <translation>ADDRESS:PORT</translation>
    </message>
    <message>
        <source>Stop after this many seconds.</source>
        <translation>Nach so vielen Sekunden beenden.</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <source>Make new join codes (devices with the old ones cannot join).</source>
        <translation>Neue Beitrittscodes erzeugen (Geräte mit den alten Codes können nicht mehr beitreten).</translation>
    </message>
    <message>
        <source>share needs exactly one session file</source>
        <translation>share erwartet genau eine Sitzungsdatei</translation>
    </message>
    <message>
        <source>--listen needs ADDRESS:PORT, e.g. 127.0.0.1:%1</source>
        <translation>--listen erwartet ADDRESS:PORT, z. B. 127.0.0.1:%1</translation>
    </message>
    <message>
        <source>--for needs a number of seconds</source>
        <translation>--for erwartet eine Anzahl von Sekunden</translation>
    </message>
    <message>
        <source>Sharing %1 on port %2.</source>
        <translation>%1 wird auf Port %2 geteilt.</translation>
    </message>
    <message>
        <source>Devices: %1</source>
        <translation>Geräte: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Join a shared session and send a replay script&apos;s actions as this device&apos;s commands, in order, each when the host has answered the one before. Prints each refusal; the exit code is 1 if any was refused.</source>
        <translation>Einer geteilten Sitzung beitreten und die Aktionen eines Skripts für replay als Befehle dieses Geräts senden, der Reihe nach, jeden erst, wenn der Host den vorherigen beantwortet hat. Gibt jede Ablehnung aus; der Exit-Code ist 1, wenn einer abgelehnt wurde.</translation>
    </message>
    <message>
        <source>The name this device joins with.</source>
        <translation>Der Name, mit dem dieses Gerät beitritt.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Give up after this many seconds (default 30).</source>
        <translation>Nach so vielen Sekunden aufgeben (Standard: 30).</translation>
    </message>
    <message>
        <source>The join address, moderato://HOST:PORT/CODE.</source>
        <translation>Die Beitrittsadresse, moderato://HOST:PORT/CODE.</translation>
    </message>
    <message>
        <source>The word replay, then the script.</source>
        <translation>Das Wort replay, dann das Skript.</translation>
    </message>
    <message>
        <source>join needs ADDRESS replay SCRIPT</source>
        <translation>join erwartet ADDRESS replay SCRIPT</translation>
    </message>
    <message>
        <source>join needs --name NAME</source>
        <translation>join erwartet --name NAME</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds</source>
        <translation>--timeout erwartet eine Anzahl von Sekunden</translation>
    </message>
    <message>
        <source>line %1: refused: %2</source>
        <translation>Zeile %1: abgelehnt: %2</translation>
    </message>
    <message>
        <source>Joined as %1.</source>
        <translation>Beigetreten als %1.</translation>
    </message>
    <message>
        <source>line %1: %2 done</source>
        <translation>Zeile %1: %2 erledigt</translation>
    </message>
    <message>
        <source>The host refused: %1</source>
        <translation>Der Host hat abgelehnt: %1</translation>
    </message>
    <message numerus="yes">
        <source>Gave up after %Ln second(s).</source>
        <translation>
            <numerusform>Nach %Ln Sekunde aufgegeben.</numerusform>
            <numerusform>Nach %Ln Sekunden aufgegeben.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is larger than 4 MiB, too large for a replay script</source>
        <translation>%1 ist größer als 4 MiB, zu groß für ein Wiedergabeskript</translation>
    </message>
    <message>
        <source>Encrypt the connections (wss://) with this PEM certificate; a self-signed one will do (the join addresses carry its fingerprint). Needs --tls-key.</source>
        <translation>Die Verbindungen (wss://) mit diesem PEM-Zertifikat verschlüsseln; ein selbstsigniertes genügt (die Beitrittsadressen enthalten seinen Fingerabdruck). Erfordert --tls-key.</translation>
    </message>
    <message>
        <source>The PEM private key of --tls-cert.</source>
        <translation>Der private PEM-Schlüssel zu --tls-cert.</translation>
    </message>
    <message>
        <source>--tls-cert and --tls-key go together</source>
        <translation>--tls-cert und --tls-key müssen zusammen angegeben werden</translation>
    </message>
    <message>
        <source>roles: none (a participant&apos;s phone sends it, through the phone host)</source>
        <translation>Rollen: keine (das Smartphone einer teilnehmenden Person sendet ihn über den Smartphone-Host)</translation>
    </message>
    <message>
        <source>Also serve the participants&apos; page on this port of the same address (0: any free port) and open joining from phones; prints its address and the room PIN.</source>
        <translation>Zusätzlich die Seite für Teilnehmende auf diesem Port derselben Adresse bereitstellen (0: ein beliebiger freier Port) und den Beitritt per Smartphone öffnen; gibt die Adresse der Seite und die Saal-PIN aus.</translation>
    </message>
    <message>
        <source>PORT</source>
        <translation>PORT</translation>
    </message>
    <message>
        <source>Make a new room PIN for phones.</source>
        <translation>Eine neue Saal-PIN für Smartphones erzeugen.</translation>
    </message>
    <message>
        <source>--phones needs a port number (0: any free port)</source>
        <translation>--phones erwartet eine Portnummer (0: ein beliebiger freier Port)</translation>
    </message>
    <message>
        <source>--renew-pin goes with --phones</source>
        <translation>--renew-pin gehört zu --phones</translation>
    </message>
    <message>
        <source>Room PIN: %1</source>
        <translation>Saal-PIN: %1</translation>
    </message>
    <message>
        <source>Phones connected: %1</source>
        <translation>Verbundene Smartphones: %1</translation>
    </message>
    <message>
        <source>import-proposal, replay, stats, export-log, import-log, summarize, transcript, report, briefing, command, commands, share or join</source>
        <translation>import-proposal, replay, stats, export-log, import-log, summarize, transcript, report, briefing, command, commands, share oder join</translation>
    </message>
    <message>
        <source>The transcript&apos;s language: %1 (default: found from the text).</source>
        <translation>Die Sprache des Transkripts: %1 (Standard: aus dem Text ermittelt).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>--language needs one of %1</source>
        <translation>--language erwartet einen der Werte %1</translation>
    </message>
    <message>
        <source>Import a transcript into a session, as the report dialog does: plain text (&quot;Speaker: text&quot; lines or the live-captioning style with &quot;&gt;&gt;&quot; turn markers), SRT or WebVTT captions. The captions&apos; times are placed on the session&apos;s clock: the file&apos;s 00:00 is when the clock was first started, unless --offset says at what time of day it was.</source>
        <translation>Ein Transkript in eine Sitzung importieren, wie es der Berichtsdialog tut: Klartext (Zeilen „Speaker: text“ oder im Stil von Live-Untertiteln mit „&gt;&gt;“ als Markierung der Redebeiträge), SRT- oder WebVTT-Untertitel. Die Zeiten der Untertitel werden auf die Uhr der Sitzung gelegt: 00:00 der Datei ist der Zeitpunkt, zu dem die Uhr zum ersten Mal gestartet wurde, es sei denn, --offset gibt an, welche Uhrzeit es war.</translation>
    </message>
    <message>
        <source>The time of day, on the session&apos;s day and in local time, that the file&apos;s 00:00 corresponds to.</source>
        <translation>Die Uhrzeit am Tag der Sitzung (Ortszeit), der 00:00 der Datei entspricht.</translation>
    </message>
    <message>
        <source>HH:MM[:SS]</source>
        <translation>HH:MM[:SS]</translation>
    </message>
    <message>
        <source>The file&apos;s 00:00 is when the clock was first started (the default once the session has started).</source>
        <translation>00:00 der Datei ist der Zeitpunkt, zu dem die Uhr zum ersten Mal gestartet wurde (Standard, sobald die Sitzung begonnen hat).</translation>
    </message>
    <message>
        <source>What to do: import.</source>
        <translation>Was zu tun ist: import.</translation>
    </message>
    <message>
        <source>transcript needs import SESSION FILE</source>
        <translation>transcript erwartet import SESSION FILE</translation>
    </message>
    <message>
        <source>--offset and --at-start cannot go together</source>
        <translation>--offset und --at-start können nicht zusammen angegeben werden</translation>
    </message>
    <message>
        <source>--offset needs a time of day such as 14:30 or 14:30:15</source>
        <translation>--offset erwartet eine Uhrzeit wie 14:30 oder 14:30:15</translation>
    </message>
    <message>
        <source>the session has not started, so the transcript&apos;s times cannot be placed; leave out --offset and --at-start to import it without placing them</source>
        <translation>die Sitzung hat noch nicht begonnen, daher können die Zeiten des Transkripts nicht zugeordnet werden; --offset und --at-start weglassen, um es ohne Zeitzuordnung zu importieren</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln turn(s) from %1.</source>
        <translation>
            <numerusform>%Ln Redebeitrag aus %1 importiert.</numerusform>
            <numerusform>%Ln Redebeiträge aus %1 importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln turn(s) with times.</source>
        <translation>
            <numerusform>%Ln Redebeitrag mit Zeitangabe.</numerusform>
            <numerusform>%Ln Redebeiträge mit Zeitangaben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln speaker(s) matched to participants.</source>
        <translation>
            <numerusform>%1 von %Ln sprechenden Person den Teilnehmenden zugeordnet.</numerusform>
            <numerusform>%1 von %Ln Sprechenden den Teilnehmenden zugeordnet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the IGF session report of a session, or print its participation.</source>
        <translation>Den IGF-Sitzungsbericht einer Sitzung schreiben oder ihre Teilnahme ausgeben.</translation>
    </message>
    <message>
        <source>The workshop proposal (plain text), for the drafts (e.g. other initiatives).</source>
        <translation>Der Workshopvorschlag (Klartext) für die Entwürfe (z. B. weitere Initiativen).</translation>
    </message>
    <message>
        <source>Print the participation instead of writing a report.</source>
        <translation>Die Teilnahme ausgeben, statt einen Bericht zu schreiben.</translation>
    </message>
    <message>
        <source>With --participation: print JSON.</source>
        <translation>Mit --participation: als JSON ausgeben.</translation>
    </message>
    <message>
        <source>--json goes with --participation</source>
        <translation>--json gehört zu --participation</translation>
    </message>
    <message>
        <source>%1: not a workshop proposal in plain text (at most 2 MB)</source>
        <translation>%1: kein Workshopvorschlag im Klartext (höchstens 2 MB)</translation>
    </message>
    <message>
        <source>Commands:
  import-proposal FILE [-o SESSION] [--force]
                 Read an IGF workshop proposal (plain text) and print it as JSON;
                 with -o, also create a session file from it.
  replay SCRIPT -o SESSION [--from SESSION] [--force]
                 Apply a timed script of moderator actions to a new session
                 (built from the demo workshop, or from --from SESSION).
  stats SESSION [--json]
                 Planned and actual time of the session and of each agenda item;
                 speaking time by person, stakeholder group, region, gender, channel.
  export-log SESSION
                 Print the session&apos;s event log as JSON Lines.
  import-log JSONL -o SESSION [--force]
                 Rebuild a session file from an event log.
  summarize TRANSCRIPT [--notes FILE] [--words N] [--language CODE] [--json]
                 Draft a discussion summary, key takeaways, calls to action and topics.
  transcript import SESSION FILE [--offset HH:MM[:SS] | --at-start]
                 Import a transcript (plain text, SRT or WebVTT) into a session; timed
                 turns are placed in the agenda items and speakers matched to people.
  report SESSION --format md|html|odt|pdf -o OUT [--proposal FILE] [--sources] [--force]
                 The IGF session report (with the proposal, its drafts also
                 draw on the proposal&apos;s description; with --sources, where each
                 drafted line comes from, as numbered notes).
  report SESSION --participation [--json]
                 Print the participation: the rapporteur&apos;s figures, else the
                 estimate from who took part.
  briefing SESSION --format md|html|odt|pdf -o OUT [--start HH:MM] [--no-questions]
                 The briefing pack for speakers and co-moderators.
  command SESSION JSON... [--as ROLE]
                 Run commands on a session, each {&quot;command&quot;: NAME, ...} and one event.
  commands [--json]
                 List every command, its fields and the roles that may issue it.
  share SESSION [--listen ADDRESS:PORT] [--for SECONDS] [--phones PORT]
                 Share a session with other devices, without a window; prints each
                 role&apos;s join address (with --phones: the participants&apos; page and PIN).
  join ADDRESS --name NAME replay SCRIPT
                 Join a shared session and send a replay script&apos;s actions as commands.
Run &apos;moderato-cli COMMAND --help&apos; for the options of a command.</source>
        <translation>Befehle:
  import-proposal FILE [-o SESSION] [--force]
                 Einen IGF-Workshopvorschlag (Klartext) lesen und als JSON ausgeben;
                 mit -o außerdem daraus eine Sitzungsdatei erstellen.
  replay SCRIPT -o SESSION [--from SESSION] [--force]
                 Ein zeitgesteuertes Skript mit Moderationsaktionen auf eine neue Sitzung
                 anwenden (erstellt aus dem Demo-Workshop oder aus --from SESSION).
  stats SESSION [--json]
                 Geplante und tatsächliche Zeit der Sitzung und jedes Agendapunkts;
                 Redezeit nach Person, Stakeholder-Gruppe, Region, Geschlecht, Kanal.
  export-log SESSION
                 Das Ereignisprotokoll der Sitzung als JSON Lines ausgeben.
  import-log JSONL -o SESSION [--force]
                 Eine Sitzungsdatei aus einem Ereignisprotokoll neu erstellen.
  summarize TRANSCRIPT [--notes FILE] [--words N] [--language CODE] [--json]
                 Zusammenfassung, wichtigste Erkenntnisse, Handlungsaufrufe und Themen entwerfen.
  transcript import SESSION FILE [--offset HH:MM[:SS] | --at-start]
                 Ein Transkript (Klartext, SRT oder WebVTT) in eine Sitzung importieren;
                 Redebeiträge mit Zeitangaben werden den Agendapunkten zugeordnet
                 und die Sprechenden den Personen der Sitzung.
  report SESSION --format md|html|odt|pdf -o OUT [--proposal FILE] [--sources] [--force]
                 Der IGF-Sitzungsbericht (mit dem Vorschlag stützen sich die Entwürfe
                 auch auf dessen Beschreibung; mit --sources wird in nummerierten
                 Anmerkungen angegeben, woher jede entworfene Zeile stammt).
  report SESSION --participation [--json]
                 Die Teilnahme ausgeben: die Zahlen der Berichterstattung, sonst die
                 Schätzung anhand der Beteiligten.
  briefing SESSION --format md|html|odt|pdf -o OUT [--start HH:MM] [--no-questions]
                 Die Briefing-Mappe für Podiumsgäste und Ko-Moderation.
  command SESSION JSON... [--as ROLE]
                 Befehle auf einer Sitzung ausführen, jeder als {&quot;command&quot;: NAME, ...} und ein Ereignis.
  commands [--json]
                 Alle Befehle mit ihren Feldern und den Rollen auflisten, die sie erteilen dürfen.
  share SESSION [--listen ADDRESS:PORT] [--for SECONDS] [--phones PORT]
                 Eine Sitzung ohne Fenster mit anderen Geräten teilen; gibt die
                 Beitrittsadresse jeder Rolle aus (mit --phones: die Seite für Teilnehmende und die PIN).
  join ADDRESS --name NAME replay SCRIPT
                 Einer geteilten Sitzung beitreten und die Aktionen eines Skripts für replay als Befehle senden.
Mit „moderato-cli COMMAND --help“ werden die Optionen eines Befehls angezeigt.</translation>
    </message>
    <message>
        <source>Number the drafted key takeaways and calls to action and list where each comes from (who, agenda item, time, note or transcript line).</source>
        <translation>Die entworfenen wichtigsten Erkenntnisse und Handlungsaufrufe nummerieren und für jeden Eintrag angeben, woher er stammt (Person, Agendapunkt, Zeit, Notiz oder Transkriptzeile).</translation>
    </message>
    <message>
        <source>report --participation writes no file: leave out --format, -o, --proposal and --sources</source>
        <translation>report --participation schreibt keine Datei: --format, -o, --proposal und --sources weglassen</translation>
    </message>
</context>
<context>
    <name>CommandCatalogue</name>
    <message>
        <source>unknown command</source>
        <translation>unbekannter Befehl</translation>
    </message>
</context>
<context>
    <name>core::Agenda</name>
    <message>
        <source>agenda items are nested too deeply</source>
        <translation>Agendapunkte sind zu tief verschachtelt</translation>
    </message>
    <message>
        <source>an agenda item is not an object</source>
        <translation>ein Agendapunkt ist kein Objekt</translation>
    </message>
    <message>
        <source>an agenda item has no title</source>
        <translation>ein Agendapunkt hat keinen Titel</translation>
    </message>
    <message>
        <source>unknown agenda item kind &quot;%1&quot;</source>
        <translation>unbekannte Art von Agendapunkt „%1“</translation>
    </message>
    <message>
        <source>agenda item &quot;%1&quot; has an invalid id</source>
        <translation>Agendapunkt „%1“ hat eine ungültige ID</translation>
    </message>
    <message>
        <source>agenda item &quot;%1&quot; needs a duration between 1 minute and 24 hours</source>
        <translation>Agendapunkt „%1“ braucht eine Dauer zwischen 1 Minute und 24 Stunden</translation>
    </message>
    <message>
        <source>agenda item &quot;%1&quot; has a negative warning time</source>
        <translation>Agendapunkt „%1“ hat eine negative Vorwarnzeit</translation>
    </message>
    <message>
        <source>the agenda has no items</source>
        <translation>die Agenda hat keine Punkte</translation>
    </message>
    <message>
        <source>break-out item &quot;%1&quot;: %2</source>
        <translation>Breakout-Punkt „%1“: %2</translation>
    </message>
    <message>
        <source>a report-back needs a time limit between 10 seconds and an hour</source>
        <translation>ein Gruppenbericht braucht ein Zeitlimit zwischen 10 Sekunden und einer Stunde</translation>
    </message>
    <message>
        <source>the report-back order is not a list of groups</source>
        <translation>die Reihenfolge der Gruppenberichte ist keine Liste von Gruppen</translation>
    </message>
    <message>
        <source>more than %1 groups</source>
        <translation>mehr als %1 Gruppen</translation>
    </message>
    <message>
        <source>a group has no name</source>
        <translation>eine Gruppe hat keinen Namen</translation>
    </message>
    <message>
        <source>the group &quot;%1&quot; has an invalid id</source>
        <translation>die Gruppe „%1“ hat eine ungültige ID</translation>
    </message>
    <message>
        <source>the group &quot;%1&quot; names an invalid policy question</source>
        <translation>die Gruppe „%1“ nennt eine ungültige Politikfrage</translation>
    </message>
    <message>
        <source>the group &quot;%1&quot; lists someone who is not a participant</source>
        <translation>die Gruppe „%1“ führt eine Person auf, die nicht teilnimmt</translation>
    </message>
    <message>
        <source>participant %1 is in two groups</source>
        <translation>die teilnehmende Person %1 ist in zwei Gruppen</translation>
    </message>
    <message>
        <source>participant %1 leads one group and is a member of another</source>
        <translation>die teilnehmende Person %1 leitet eine Gruppe und ist Mitglied einer anderen</translation>
    </message>
    <message>
        <source>agenda item &quot;%1&quot; has groups but is not a break-out</source>
        <translation>Agendapunkt „%1“ hat Gruppen, ist aber kein Breakout-Punkt</translation>
    </message>
    <message>
        <source>the break-out item &quot;%1&quot; cannot have items of its own</source>
        <translation>der Breakout-Punkt „%1“ kann keine eigenen Unterpunkte haben</translation>
    </message>
    <message>
        <source>Break-out</source>
        <translation>Breakout-Gruppen</translation>
    </message>
    <message>
        <source>there is no such break-out item</source>
        <translation>diesen Breakout-Punkt gibt es nicht</translation>
    </message>
</context>
<context>
    <name>core::AgendaModel</name>
    <message>
        <source>Agenda item</source>
        <translation>Agendapunkt</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Tatsächlich</translation>
    </message>
</context>
<context>
    <name>core::AgendaTemplates</name>
    <message>
        <source>Presentations</source>
        <translation>Präsentationen</translation>
    </message>
    <message>
        <source>Panel presentations</source>
        <translation>Präsentationen des Podiums</translation>
    </message>
    <message>
        <source>Audience questions and answers</source>
        <translation>Fragen und Antworten mit dem Publikum</translation>
    </message>
    <message>
        <source>Round of interventions</source>
        <translation>Runde kurzer Statements</translation>
    </message>
    <message>
        <source>Open discussion in groups</source>
        <translation>Offene Diskussion in Gruppen</translation>
    </message>
    <message>
        <source>Report back from the groups</source>
        <translation>Berichte aus den Gruppen</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Einführung</translation>
    </message>
    <message>
        <source>Speaker %1</source>
        <translation>Redebeitrag %1</translation>
    </message>
    <message>
        <source>Audience input</source>
        <translation>Beiträge aus dem Publikum</translation>
    </message>
    <message>
        <source>Speakers and audience input</source>
        <translation>Redebeiträge und Beiträge aus dem Publikum</translation>
    </message>
    <message>
        <source>Presentations and audience input</source>
        <translation>Präsentationen und Beiträge aus dem Publikum</translation>
    </message>
    <message>
        <source>Open discussion</source>
        <translation>Offene Diskussion</translation>
    </message>
    <message>
        <source>Summary and key takeaways</source>
        <translation>Zusammenfassung und wichtigste Erkenntnisse</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
</context>
<context>
    <name>core::AudienceState</name>
    <message>
        <source>event %1 is not about participants&apos; phones</source>
        <translation>Ereignis %1 betrifft nicht die Smartphones der Teilnehmenden</translation>
    </message>
    <message>
        <source>an event names the phone &quot;%1&quot;, which did not join</source>
        <translation>ein Ereignis nennt das Smartphone „%1“, das nicht beigetreten ist</translation>
    </message>
    <message>
        <source>a phone&apos;s id is 1 to 32 characters</source>
        <translation>die ID eines Smartphones hat 1 bis 32 Zeichen</translation>
    </message>
    <message>
        <source>the phone &quot;%1&quot; joined twice</source>
        <translation>das Smartphone „%1“ ist zweimal beigetreten</translation>
    </message>
    <message>
        <source>no phone &quot;%1&quot; joined</source>
        <translation>kein Smartphone „%1“ ist beigetreten</translation>
    </message>
    <message>
        <source>a phone&apos;s limits are 0 to 60 minutes between questions and 1 to 100 waiting questions</source>
        <translation>die Grenzen eines Smartphones liegen bei 0 bis 60 Minuten zwischen zwei Fragen und 1 bis 100 wartenden Fragen</translation>
    </message>
    <message>
        <source>questions in the inbox are out of order</source>
        <translation>die Fragen im Posteingang sind nicht in der richtigen Reihenfolge</translation>
    </message>
    <message>
        <source>no question %1 in the inbox</source>
        <translation>keine Frage %1 im Posteingang</translation>
    </message>
    <message>
        <source>question %1 was already answered</source>
        <translation>Frage %1 wurde bereits bearbeitet</translation>
    </message>
    <message>
        <source>a question is accepted as read, display or bank, not &quot;%1&quot;</source>
        <translation>eine Frage wird als read, display oder bank angenommen, nicht „%1“</translation>
    </message>
    <message>
        <source>a reaction is agree, disagree or comment, not &quot;%1&quot;</source>
        <translation>eine Reaktion ist agree, disagree oder comment, nicht „%1“</translation>
    </message>
    <message>
        <source>shared takeaways are out of order</source>
        <translation>die geteilten Erkenntnisse sind nicht in der richtigen Reihenfolge</translation>
    </message>
</context>
<context>
    <name>core::BreakOutAssigner</name>
    <message>
        <source>%1 and %2</source>
        <comment>the last two of a list</comment>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>the break-out item has no groups to assign people to</source>
        <translation>der Breakout-Punkt hat keine Gruppen, denen Personen zugeteilt werden können</translation>
    </message>
    <message>
        <source>a person is named twice or has no id</source>
        <translation>eine Person ist doppelt genannt oder hat keine ID</translation>
    </message>
    <message>
        <source>there is nobody to put into groups</source>
        <translation>es gibt niemanden, der auf Gruppen verteilt werden kann</translation>
    </message>
    <message>
        <source>participant %1 leads two groups; a person can lead one group only</source>
        <translation>die teilnehmende Person %1 leitet zwei Gruppen; eine Person kann nur eine Gruppe leiten</translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s) take part online, but no group is online: add an online group</source>
        <translation>
            <numerusform>%Ln Person nimmt online teil, aber keine Gruppe ist online: eine Online-Gruppe hinzufügen</numerusform>
            <numerusform>%Ln Personen nehmen online teil, aber keine Gruppe ist online: eine Online-Gruppe hinzufügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s) are in the room, but every group is online: add a group in the room</source>
        <translation>
            <numerusform>%Ln Person ist vor Ort, aber alle Gruppen sind online: eine Gruppe vor Ort hinzufügen</numerusform>
            <numerusform>%Ln Personen sind vor Ort, aber alle Gruppen sind online: eine Gruppe vor Ort hinzufügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln online group(s) for %1 people online: there are more groups than people</source>
        <translation>
            <numerusform>%Ln Online-Gruppe für %1 Personen online: Es gibt mehr Gruppen als Personen</numerusform>
            <numerusform>%Ln Online-Gruppen für %1 Personen online: Es gibt mehr Gruppen als Personen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln group(s) in the room for %1 people there: there are more groups than people</source>
        <translation>
            <numerusform>%Ln Gruppe vor Ort für %1 Personen dort: Es gibt mehr Gruppen als Personen</numerusform>
            <numerusform>%Ln Gruppen vor Ort für %1 Personen dort: Es gibt mehr Gruppen als Personen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the group &quot;%1&quot; has more leaders than its share of %Ln person(s)</source>
        <translation>
            <numerusform>die Gruppe „%1“ hat mehr leitende Personen, als ihr Anteil von %Ln Person zulässt</numerusform>
            <numerusform>die Gruppe „%1“ hat mehr leitende Personen, als ihr Anteil von %Ln Personen zulässt</numerusform>
        </translation>
    </message>
    <message>
        <source>this person is already in the group &quot;%1&quot;</source>
        <translation>diese Person ist bereits in der Gruppe „%1“</translation>
    </message>
    <message>
        <source>no group is online: add an online group for people who join online</source>
        <translation>keine Gruppe ist online: eine Online-Gruppe für Personen hinzufügen, die online teilnehmen</translation>
    </message>
    <message>
        <source>every group is online: add a group in the room</source>
        <translation>alle Gruppen sind online: eine Gruppe vor Ort hinzufügen</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>group counts: in the room, then online</comment>
        <translation>%1 und %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln group(s) of %1 in the room</source>
        <translation>
            <numerusform>%Ln Gruppe mit %1 Personen vor Ort</numerusform>
            <numerusform>%Ln Gruppen mit je %1 Personen vor Ort</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln online group(s) of %1</source>
        <translation>
            <numerusform>%Ln Online-Gruppe mit %1 Personen</numerusform>
            <numerusform>%Ln Online-Gruppen mit je %1 Personen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln group(s) of %1</source>
        <translation>
            <numerusform>%Ln Gruppe mit %1 Personen</numerusform>
            <numerusform>%Ln Gruppen mit je %1 Personen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln group(s), nobody in them yet</source>
        <translation>
            <numerusform>%Ln Gruppe, noch ohne Mitglieder</numerusform>
            <numerusform>%Ln Gruppen, noch ohne Mitglieder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; the stakeholder groups&apos; numbers differ by at most %Ln between groups.</source>
        <translation>
            <numerusform>%1; die Anzahl je Stakeholder-Gruppe unterscheidet sich zwischen den Gruppen um höchstens %Ln.</numerusform>
            <numerusform>%1; die Anzahl je Stakeholder-Gruppe unterscheidet sich zwischen den Gruppen um höchstens %Ln.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; each has at least one person from %2.</source>
        <translation>%1; jede Gruppe hat mindestens eine Person aus %2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln person&apos;s own choice could not be kept: the group was full.</source>
        <comment>plural: people&apos;s own choices</comment>
        <translation>
            <numerusform>Der Wunsch von %Ln Person konnte nicht berücksichtigt werden: Die Gruppe war voll.</numerusform>
            <numerusform>Die Wünsche von %Ln Personen konnten nicht berücksichtigt werden: Die Gruppen waren voll.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>core::Briefing</name>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>after &quot;%1&quot;</source>
        <translation>nach „%1“</translation>
    </message>
    <message>
        <source>after %1&apos;s presentation</source>
        <translation>nach der Präsentation von %1</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>für %1</translation>
    </message>
    <message>
        <source>Briefing for speakers and co-moderators</source>
        <translation>Briefing für Podiumsgäste und Ko-Moderation</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Organizers</source>
        <translation>Veranstaltende</translation>
    </message>
    <message>
        <source>Onsite moderator</source>
        <translation>Moderation vor Ort</translation>
    </message>
    <message>
        <source>Online moderator</source>
        <translation>Online-Moderation</translation>
    </message>
    <message>
        <source>Rapporteur</source>
        <translation>Berichterstattung</translation>
    </message>
    <message>
        <source>Policy questions</source>
        <translation>Politikfragen</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Agendapunkt</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Speaking order</source>
        <translation>Redereihenfolge</translation>
    </message>
    <message>
        <source>No invited speakers yet.</source>
        <translation>Noch keine Podiumsgäste.</translation>
    </message>
    <message>
        <source>%1, from %2</source>
        <translation>%1, ab %2</translation>
    </message>
    <message>
        <source>The empty chair</source>
        <translation>Der leere Stuhl</translation>
    </message>
    <message>
        <source>An empty chair stands next to the speakers. The moderator invites the audience to take it to bring new perspectives or to challenge the speakers; the online moderator takes it on behalf of online participants whenever they wish to join.</source>
        <translation>Neben dem Podium steht ein leerer Stuhl. Die Moderation lädt das Publikum ein, dort Platz zu nehmen, um neue Perspektiven einzubringen oder dem Podium zu widersprechen; die Online-Moderation nimmt ihn stellvertretend für Online-Teilnehmende ein, wann immer diese sich beteiligen möchten.</translation>
    </message>
    <message>
        <source>How online participants join</source>
        <translation>Wie sich Online-Teilnehmende beteiligen</translation>
    </message>
    <message>
        <source>The proposal does not say; agree on it with the online moderator.</source>
        <translation>Der Vorschlag sagt dazu nichts; stimmen Sie es mit der Online-Moderation ab.</translation>
    </message>
    <message>
        <source>Discussion facilitation</source>
        <translation>Moderation der Diskussion</translation>
    </message>
    <message>
        <source>Prepared questions</source>
        <translation>Vorbereitete Fragen</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>Noch keine.</translation>
    </message>
</context>
<context>
    <name>core::CaptionFeed</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <extracomment>%1 is a file name, %2 why it cannot be read</extracomment>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>core::CommandCatalogue</name>
    <message>
        <source>&quot;participant&quot; must be a whole number</source>
        <translation>„participant“ muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be text</source>
        <translation>„%1“ muss Text sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs &quot;%2&quot;</source>
        <translation>„%1“ erwartet „%2“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be: %2</source>
        <extracomment>%2 is a kind of value: integer, duration, boolean, text, list or object</extracomment>
        <translation>„%1“ muss vom Typ %2 sein</translation>
    </message>
    <message>
        <source>a participant&apos;s id is positive</source>
        <translation>die ID einer teilnehmenden Person muss positiv sein</translation>
    </message>
    <message>
        <source>say who: a participant&apos;s id or a name</source>
        <translation>angeben, wer: die ID einer teilnehmenden Person oder ein Name</translation>
    </message>
    <message>
        <source>a channel is onsite, online or hub, not &quot;%1&quot;</source>
        <translation>ein Kanal ist onsite, online oder hub, nicht „%1“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a positive number</source>
        <translation>„%1“ muss eine positive Zahl sein</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes no &quot;%2&quot;</source>
        <translation>„%1“ kennt das Feld „%2“ nicht</translation>
    </message>
    <message>
        <source>extend by some time, not zero</source>
        <translation>um eine Zeitspanne verlängern, nicht um null</translation>
    </message>
    <message>
        <source>pages count from 0</source>
        <translation>Seiten werden ab 0 gezählt</translation>
    </message>
    <message>
        <source>participation counts are not negative</source>
        <translation>die Teilnahmezahlen dürfen nicht negativ sein</translation>
    </message>
    <message>
        <source>name a file</source>
        <translation>eine Datei angeben</translation>
    </message>
    <message>
        <source>onsite moderator</source>
        <translation>Moderation vor Ort</translation>
    </message>
    <message>
        <source>co-moderator</source>
        <translation>Ko-Moderation</translation>
    </message>
    <message>
        <source>online moderator</source>
        <translation>Online-Moderation</translation>
    </message>
    <message>
        <source>rapporteur</source>
        <translation>Berichterstattung</translation>
    </message>
    <message>
        <source>observer</source>
        <translation>Beobachtung</translation>
    </message>
    <message>
        <source>room display</source>
        <translation>Saalanzeige</translation>
    </message>
    <message>
        <source>the %1 may not %2</source>
        <extracomment>%1 is a role (&quot;online moderator&quot;), %2 a command&apos;s name (&quot;chair-open&quot;).</extracomment>
        <translation>die Rolle %1 darf %2 nicht ausführen</translation>
    </message>
    <message>
        <source>a phone&apos;s limits are 0 to 60 minutes between questions and 1 to 100 waiting questions</source>
        <translation>die Grenzen eines Smartphones liegen bei 0 bis 60 Minuten zwischen zwei Fragen und 1 bis 100 wartenden Fragen</translation>
    </message>
    <message>
        <source>translator</source>
        <translation>Übersetzung</translation>
    </message>
    <message>
        <source>captioner</source>
        <translation>Live-Untertitelung</translation>
    </message>
    <message>
        <source>the volume is 0 to 100</source>
        <translation>die Lautstärke liegt zwischen 0 und 100</translation>
    </message>
    <message>
        <source>a position in a video is not negative</source>
        <translation>eine Position in einem Video ist nicht negativ</translation>
    </message>
    <message>
        <source>a caption line is empty</source>
        <translation>eine Untertitelzeile ist leer</translation>
    </message>
</context>
<context>
    <name>core::DisplayState</name>
    <message>
        <source>unknown scene &quot;%1&quot;</source>
        <translation>unbekannte Szene „%1“</translation>
    </message>
    <message>
        <source>no media file is chosen</source>
        <translation>es ist keine Mediendatei ausgewählt</translation>
    </message>
    <message>
        <source>a message has 1 to %1 characters</source>
        <translation>eine Nachricht hat 1 bis %1 Zeichen</translation>
    </message>
    <message>
        <source>there is no such media file</source>
        <translation>diese Mediendatei gibt es nicht</translation>
    </message>
    <message>
        <source>there is no such page</source>
        <translation>diese Seite gibt es nicht</translation>
    </message>
    <message>
        <source>the media file&apos;s description is not valid</source>
        <translation>die Beschreibung der Mediendatei ist ungültig</translation>
    </message>
    <message>
        <source>a key takeaway has 1 to %1 characters</source>
        <translation>eine wichtige Erkenntnis hat 1 bis %1 Zeichen</translation>
    </message>
    <message>
        <source>there is no such key takeaway</source>
        <translation>diese wichtige Erkenntnis gibt es nicht</translation>
    </message>
    <message>
        <source>unknown event &quot;%1&quot;</source>
        <translation>unbekanntes Ereignis „%1“</translation>
    </message>
    <message>
        <source>a comment on a key takeaway has 1 to %1 characters</source>
        <translation>ein Kommentar zu einer wichtigen Erkenntnis hat 1 bis %1 Zeichen</translation>
    </message>
    <message>
        <source>a participant&apos;s id is 1 or more (0: not named)</source>
        <translation>die ID einer teilnehmenden Person ist 1 oder größer (0: ohne Namen)</translation>
    </message>
    <message>
        <source>subtitles are shown with their video, not on their own</source>
        <translation>Untertitel werden mit ihrem Video angezeigt, nicht allein</translation>
    </message>
    <message>
        <source>the volume is 0 to 100</source>
        <translation>die Lautstärke liegt zwischen 0 und 100</translation>
    </message>
    <message>
        <source>no video is chosen for the room display</source>
        <translation>für die Saalanzeige ist kein Video ausgewählt</translation>
    </message>
    <message>
        <source>a position in a video is not negative</source>
        <translation>eine Position in einem Video ist nicht negativ</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code</source>
        <translation>„%1“ ist kein Sprachcode</translation>
    </message>
    <message>
        <source>a glossary has at most %1 terms</source>
        <translation>ein Glossar hat höchstens %1 Begriffe</translation>
    </message>
    <message>
        <source>each glossary term needs an id of its own</source>
        <translation>jeder Glossarbegriff braucht eine eigene ID</translation>
    </message>
    <message>
        <source>a glossary term has 1 to %1 characters and its explanation at most %2</source>
        <translation>ein Glossarbegriff hat 1 bis %1 Zeichen und seine Erklärung höchstens %2</translation>
    </message>
    <message>
        <source>there is no glossary term %1</source>
        <translation>den Glossarbegriff %1 gibt es nicht</translation>
    </message>
    <message>
        <source>there is no approved takeaway %1</source>
        <translation>die freigegebene Erkenntnis %1 gibt es nicht</translation>
    </message>
    <message>
        <source>the message&apos;s translation has no id</source>
        <translation>die Übersetzung der Nachricht hat keine ID</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not something that can be translated</source>
        <translation>„%1“ kann nicht übersetzt werden</translation>
    </message>
    <message>
        <source>a translation has at most %1 characters</source>
        <translation>eine Übersetzung hat höchstens %1 Zeichen</translation>
    </message>
    <message>
        <source>a caption size is small, medium or large, not &quot;%1&quot;</source>
        <translation>eine Untertitelgröße ist small, medium oder large, nicht „%1“</translation>
    </message>
    <message>
        <source>subtitles belong to a video of the session</source>
        <translation>Untertitel gehören zu einem Video der Sitzung</translation>
    </message>
    <message>
        <source>only subtitles have a language</source>
        <translation>nur Untertitel haben eine Sprache</translation>
    </message>
    <message>
        <source>there is no policy question %1</source>
        <translation>es gibt keine Politikfrage %1</translation>
    </message>
</context>
<context>
    <name>core::Error</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Die Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The file %1 already exists and was left untouched.</source>
        <translation>Die Datei %1 existiert bereits und wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Moderato. It was not opened and not changed.</source>
        <translation>%1 wurde mit einer neueren Version von Moderato geschrieben. Die Datei wurde weder geöffnet noch geändert.</translation>
    </message>
    <message>
        <source>The session file could not be read or written: %1</source>
        <translation>Die Sitzungsdatei konnte nicht gelesen oder geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Input/output error: %1</source>
        <translation>Ein-/Ausgabefehler: %1</translation>
    </message>
    <message>
        <source>Could not read the input: %1</source>
        <translation>Die Eingabe konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Invalid argument: %1</source>
        <translation>Ungültiges Argument: %1</translation>
    </message>
    <message>
        <source>Not possible now: %1</source>
        <translation>Derzeit nicht möglich: %1</translation>
    </message>
    <message>
        <source>%1 is not a Moderato session file. It was left untouched.</source>
        <translation>%1 ist keine Moderato-Sitzungsdatei. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The session file is damaged and was left untouched: %1</source>
        <translation>Die Sitzungsdatei ist beschädigt und wurde nicht verändert: %1</translation>
    </message>
    <message>
        <source>%1 is open in another Moderato window or program, which is the only one that may write to it. Nothing was changed.</source>
        <translation>%1 ist in einem anderen Moderato-Fenster oder Programm geöffnet; nur dort darf in die Datei geschrieben werden. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1 cannot be written (the file, its folder or the disk is read-only). Nothing was changed.</source>
        <translation>%1 kann nicht geschrieben werden (die Datei, ihr Ordner oder der Datenträger ist schreibgeschützt). Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>core::EventCatalogue</name>
    <message>
        <source>it holds the event &quot;%1&quot; of event vocabulary %2; this version knows vocabulary %3</source>
        <translation>darin steht das Ereignis „%1“ aus Ereignisvokabular %2; diese Version kennt Vokabular %3</translation>
    </message>
    <message>
        <source>it holds the event &quot;%1&quot;, which this version does not know</source>
        <translation>darin steht das Ereignis „%1“, das diese Version nicht kennt</translation>
    </message>
    <message>
        <source>the event &quot;%1&quot; lacks its field &quot;%2&quot;</source>
        <translation>dem Ereignis „%1“ fehlt sein Feld „%2“</translation>
    </message>
    <message>
        <source>the field &quot;%2&quot; of the event &quot;%1&quot; is not %3</source>
        <translation>das Feld „%2“ des Ereignisses „%1“ ist nicht vom Typ %3</translation>
    </message>
</context>
<context>
    <name>core::EventLog</name>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number</source>
        <translation>„%1“ muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>an event needs a &quot;type&quot; text and a &quot;data&quot; object</source>
        <translation>ein Ereignis braucht einen Text „type“ und ein Objekt „data“</translation>
    </message>
    <message>
        <source>event number %1 where %2 was expected</source>
        <translation>Ereignis Nummer %1, erwartet war %2</translation>
    </message>
    <message>
        <source>the log holds no events</source>
        <translation>das Protokoll enthält keine Ereignisse</translation>
    </message>
    <message>
        <source>the log is larger than %1, the most a log may have</source>
        <extracomment>%1 is the largest log accepted, like &quot;67.1 MB&quot;</extracomment>
        <translation>das Protokoll ist größer als %1, das Maximum für ein Protokoll</translation>
    </message>
    <message>
        <source>longer than %1, the most one event may take</source>
        <extracomment>%1 is the longest line accepted, like &quot;33.6 MB&quot;</extracomment>
        <translation>länger als %1, das Maximum für ein Ereignis</translation>
    </message>
    <message>
        <source>more than %1 events, the most a log may hold</source>
        <translation>mehr als %1 Ereignisse, das Maximum für ein Protokoll</translation>
    </message>
    <message>
        <source>%1 is too large (%2); an event log may have at most %3</source>
        <extracomment>%1 is a file name, %2 its size, %3 the largest log accepted (both like &quot;67.1 MB&quot;)</extracomment>
        <translation>%1 ist zu groß (%2); ein Ereignisprotokoll darf höchstens %3 groß sein</translation>
    </message>
    <message>
        <source>%1 is larger than %2, the most an event log may have</source>
        <extracomment>%1 is a file name, %2 the largest log accepted (like &quot;67.1 MB&quot;)</extracomment>
        <translation>%1 ist größer als %2, das Maximum für ein Ereignisprotokoll</translation>
    </message>
    <message>
        <source>%1: the log was made by a newer version of Moderato</source>
        <translation>%1: das Protokoll wurde mit einer neueren Version von Moderato erstellt</translation>
    </message>
</context>
<context>
    <name>core::FloorState</name>
    <message>
        <source>a participant needs an id and a name</source>
        <translation>eine teilnehmende Person braucht eine ID und einen Namen</translation>
    </message>
    <message>
        <source>unknown channel &quot;%1&quot;</source>
        <translation>unbekannter Kanal „%1“</translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot;</source>
        <translation>unbekannte Rolle „%1“</translation>
    </message>
    <message>
        <source>there is no such participant</source>
        <translation>diese teilnehmende Person gibt es nicht</translation>
    </message>
    <message>
        <source>participant %1 exists already</source>
        <translation>die teilnehmende Person %1 gibt es bereits</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already a participant</source>
        <translation>„%1“ nimmt bereits teil</translation>
    </message>
    <message>
        <source>a turn at the floor is a speaker&apos;s or the audience&apos;s</source>
        <translation>ein Redebeitrag kommt vom Podium oder aus dem Publikum</translation>
    </message>
    <message>
        <source>a turn needs a time limit of at least 10 seconds</source>
        <translation>ein Redebeitrag braucht ein Zeitlimit von mindestens 10 Sekunden</translation>
    </message>
    <message>
        <source>there is no such request to speak</source>
        <translation>diese Wortmeldung gibt es nicht</translation>
    </message>
    <message>
        <source>nobody holds the floor</source>
        <translation>niemand hat das Wort</translation>
    </message>
    <message>
        <source>requests to speak are out of order</source>
        <translation>die Wortmeldungen sind nicht in der richtigen Reihenfolge</translation>
    </message>
    <message>
        <source>%1 is already waiting to speak</source>
        <translation>%1 steht bereits auf der Redeliste</translation>
    </message>
    <message>
        <source>the new order does not match the queue</source>
        <translation>die neue Reihenfolge passt nicht zur Redeliste</translation>
    </message>
    <message>
        <source>unknown queue order &quot;%1&quot;</source>
        <translation>unbekannte Reihenfolge der Redeliste „%1“</translation>
    </message>
    <message>
        <source>the empty chair is already open</source>
        <translation>der leere Stuhl ist bereits offen</translation>
    </message>
    <message>
        <source>%1 is in the room: only remote participants claim the chair through the online moderator</source>
        <translation>%1 ist vor Ort: Nur Remote-Teilnehmende werden über die Online-Moderation für den Stuhl angemeldet</translation>
    </message>
    <message>
        <source>a claim on the empty chair is already waiting</source>
        <translation>eine Anmeldung für den leeren Stuhl wartet bereits</translation>
    </message>
    <message>
        <source>no claim on the empty chair is waiting</source>
        <translation>es wartet keine Anmeldung für den leeren Stuhl</translation>
    </message>
    <message>
        <source>the empty chair is not open</source>
        <translation>der leere Stuhl ist nicht offen</translation>
    </message>
    <message>
        <source>someone already sits in the empty chair</source>
        <translation>auf dem leeren Stuhl sitzt bereits jemand</translation>
    </message>
    <message>
        <source>nobody sits in the empty chair</source>
        <translation>auf dem leeren Stuhl sitzt niemand</translation>
    </message>
    <message>
        <source>%1 is not an invited speaker</source>
        <translation>%1 ist kein Podiumsgast</translation>
    </message>
    <message>
        <source>the speaking order must list every invited speaker once</source>
        <translation>die Redereihenfolge muss jeden Podiumsgast genau einmal enthalten</translation>
    </message>
    <message>
        <source>only invited speakers can be skipped</source>
        <translation>nur Podiumsgäste können übersprungen werden</translation>
    </message>
    <message>
        <source>unknown event &quot;%1&quot;</source>
        <translation>unbekanntes Ereignis „%1“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds the floor; end the turn before changing the roles</source>
        <translation>„%1“ hat das Wort; vor dem Ändern der Rollen den Redebeitrag beenden</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has taken part in the session and stays in its record</source>
        <translation>„%1“ hat an der Sitzung teilgenommen und bleibt in ihrer Aufzeichnung</translation>
    </message>
    <message>
        <source>a turn&apos;s time limit can be at most one hour</source>
        <translation>das Zeitlimit eines Redebeitrags beträgt höchstens eine Stunde</translation>
    </message>
    <message>
        <source>the warning time must be between 0 and 30 minutes</source>
        <translation>die Vorwarnzeit muss zwischen 0 und 30 Minuten liegen</translation>
    </message>
    <message>
        <source>the walk-in is not the participant of the event</source>
        <translation>die spontan hinzugekommene Person ist nicht die Person des Ereignisses</translation>
    </message>
    <message>
        <source>a walk-in is not an invited speaker</source>
        <translation>eine spontan hinzugekommene Person ist kein Podiumsgast</translation>
    </message>
    <message>
        <source>this event cannot add a participant</source>
        <translation>dieses Ereignis kann keine teilnehmende Person hinzufügen</translation>
    </message>
    <message>
        <source>a phone joined without its participant</source>
        <translation>ein Smartphone ist ohne seine teilnehmende Person beigetreten</translation>
    </message>
    <message>
        <source>a report-back names no break-out group</source>
        <translation>ein Gruppenbericht nennt keine Breakout-Gruppe</translation>
    </message>
</context>
<context>
    <name>core::MemoryStore</name>
    <message>
        <source>event %1 does not follow event %2</source>
        <translation>Ereignis %1 folgt nicht auf Ereignis %2</translation>
    </message>
    <message>
        <source>the session is open read-only</source>
        <translation>die Sitzung ist schreibgeschützt geöffnet</translation>
    </message>
    <message>
        <source>media %1 is stored already</source>
        <translation>Medium %1 ist bereits gespeichert</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a file name</source>
        <translation>„%1“ ist kein Dateiname</translation>
    </message>
    <message>
        <source>%1 is open here: save the copy under another name</source>
        <translation>%1 ist hier geöffnet: Speichern Sie die Kopie unter einem anderen Namen</translation>
    </message>
</context>
<context>
    <name>core::NoteState</name>
    <message>
        <source>unknown note tag &quot;%1&quot;</source>
        <translation>unbekanntes Schlagwort „%1“</translation>
    </message>
    <message>
        <source>a note has 1 to %1 characters</source>
        <translation>eine Notiz hat 1 bis %1 Zeichen</translation>
    </message>
    <message>
        <source>there is no such policy question</source>
        <translation>diese Politikfrage gibt es nicht</translation>
    </message>
    <message>
        <source>note %1 exists already</source>
        <translation>die Notiz %1 gibt es bereits</translation>
    </message>
    <message>
        <source>a note cannot be typed after it is saved</source>
        <translation>eine Notiz kann nicht nach ihrem Speichern getippt werden</translation>
    </message>
    <message>
        <source>there is no such note</source>
        <translation>diese Notiz gibt es nicht</translation>
    </message>
    <message>
        <source>unknown event &quot;%1&quot;</source>
        <translation>unbekanntes Ereignis „%1“</translation>
    </message>
</context>
<context>
    <name>core::NotesModel</name>
    <message>
        <source>%1 (empty chair)</source>
        <translation>%1 (leerer Stuhl)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>core::PeopleCsv</name>
    <message>
        <source>the file has more than %1 rows</source>
        <translation>die Datei hat mehr als %1 Zeilen</translation>
    </message>
    <message>
        <source>line %1: a quoted cell is not closed</source>
        <translation>Zeile %1: eine Zelle in Anführungszeichen wird nicht geschlossen</translation>
    </message>
    <message>
        <source>the file is larger than 5 MB</source>
        <translation>die Datei ist größer als 5 MB</translation>
    </message>
    <message>
        <source>this is not a text file</source>
        <translation>dies ist keine Textdatei</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>die Datei ist kein UTF-8-Text</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>the first row must name the columns, one of them &quot;name&quot;</source>
        <translation>die erste Zeile muss die Spalten benennen, darunter „name“</translation>
    </message>
    <message>
        <source>line %1: no name; the row is skipped</source>
        <translation>Zeile %1: kein Name; die Zeile wird übersprungen</translation>
    </message>
    <message>
        <source>line %1: the name is longer than 200 characters; the row is skipped</source>
        <translation>Zeile %1: der Name ist länger als 200 Zeichen; die Zeile wird übersprungen</translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; appears twice; the later row is skipped</source>
        <translation>Zeile %1: „%2“ kommt zweimal vor; die spätere Zeile wird übersprungen</translation>
    </message>
    <message>
        <source>line %1: a hub without a name; &quot;%2&quot; joins online</source>
        <translation>Zeile %1: ein Hub ohne Namen; „%2“ nimmt online teil</translation>
    </message>
    <message>
        <source>line %1: unknown channel &quot;%2&quot;; &quot;%3&quot; joins onsite</source>
        <translation>Zeile %1: unbekannter Kanal „%2“; „%3“ nimmt vor Ort teil</translation>
    </message>
    <message>
        <source>line %1: unknown role &quot;%2&quot; is left out</source>
        <translation>Zeile %1: die unbekannte Rolle „%2“ wird ausgelassen</translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>core::PersonEntryParser</name>
    <message>
        <source>Type the name first, then what you know of them, e.g. &quot;%1&quot;.</source>
        <translation>Zuerst den Namen eingeben, dann, was über die Person bekannt ist, z. B. „%1“.</translation>
    </message>
    <message>
        <source>Name the remote hub after &quot;hub&quot;, e.g. &quot;%1&quot;.</source>
        <translation>Den Remote-Hub nach „hub“ benennen, z. B. „%1“.</translation>
    </message>
    <message>
        <source>A name, then, after commas or slashes and in any order: stakeholder group (government, private sector, civil society, technical community, IGO), regional group (Africa, Asia-Pacific, EEG, GRULAC, WEOG), gender (woman, man, non-binary) and channel (room, online, hub NAME). Anything else is kept as the organisation.
Example: %1</source>
        <translation>Ein Name, dann nach Kommas oder Schrägstrichen in beliebiger Reihenfolge und mit diesen englischen Begriffen: Stakeholder-Gruppe (government, private sector, civil society, technical community, IGO), Regionalgruppe (Africa, Asia-Pacific, EEG, GRULAC, WEOG), Geschlecht (woman, man, non-binary) und Kanal (room, online, hub NAME). Alles andere wird als Organisation übernommen.
Beispiel: %1</translation>
    </message>
</context>
<context>
    <name>core::PreparationChecks</name>
    <message>
        <source>onsite moderator</source>
        <translation>Moderation vor Ort</translation>
    </message>
    <message>
        <source>online moderator</source>
        <translation>Online-Moderation</translation>
    </message>
    <message>
        <source>rapporteur</source>
        <translation>Berichterstattung</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>%1, %2 and %3</source>
        <translation>%1, %2 und %3</translation>
    </message>
    <message>
        <source>%1 is %2 at once: one person can hardly follow the room, the online participants and the notes together. Consider asking someone else to take one of these roles.</source>
        <translation>%1 übernimmt zugleich %2: Eine Person kann kaum gleichzeitig den Saal, die Online-Teilnehmenden und die Notizen im Blick behalten. Bitten Sie gegebenenfalls jemand anderen, eine dieser Rollen zu übernehmen.</translation>
    </message>
</context>
<context>
    <name>core::ProposalImporter</name>
    <message>
        <source>The title &quot;%1&quot; has no workshop code such as &quot;IGF 2019 WS #195&quot;.</source>
        <translation>Der Titel „%1“ hat keinen Workshop-Code wie „IGF 2019 WS #195“.</translation>
    </message>
    <message>
        <source>The organizer line &quot;%1&quot; names no person; it was left out.</source>
        <translation>Die Zeile „%1“ zur Organisation nennt keine Person; sie wurde ausgelassen.</translation>
    </message>
    <message>
        <source>The speaker line &quot;%1&quot; names no person; it was left out.</source>
        <translation>Die Zeile „%1“ zu den Podiumsgästen nennt keine Person; sie wurde ausgelassen.</translation>
    </message>
    <message>
        <source>Could not read the onsite moderator from &quot;%1&quot;.</source>
        <translation>Die Moderation vor Ort konnte aus „%1“ nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Could not read the online moderator from &quot;%1&quot;.</source>
        <translation>Die Online-Moderation konnte aus „%1“ nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Could not read the rapporteur from &quot;%1&quot;.</source>
        <translation>Die Berichterstattung konnte aus „%1“ nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The line &quot;%1&quot; after the online moderator has no &quot;Rapporteur:&quot; label; it was read as the rapporteur.</source>
        <translation>Die Zeile „%1“ nach der Online-Moderation hat keine Bezeichnung „Rapporteur:“; sie wurde als Berichterstattung gelesen.</translation>
    </message>
    <message>
        <source>The proposal has no agenda; one was built for %L1 minutes.</source>
        <translation>Der Vorschlag hat keine Agenda; es wurde eine für %L1 Minuten erstellt.</translation>
    </message>
    <message>
        <source>The proposal has no agenda; one was built for the format &quot;%1&quot; and %L2 minutes.</source>
        <translation>Der Vorschlag hat keine Agenda; es wurde eine für das Format „%1“ und %L2 Minuten erstellt.</translation>
    </message>
    <message>
        <source>Introduction of speakers and ice-breaker</source>
        <translation>Vorstellung der Podiumsgäste und Einstieg</translation>
    </message>
    <message>
        <source>Agenda item %1</source>
        <translation>Agendapunkt %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln agenda item(s) give no duration: %1. They share the minutes the other items leave of the session.</source>
        <translation>
            <numerusform>%Ln Agendapunkt nennt keine Dauer: %1. Er erhält die Minuten, die die anderen Punkte von der Sitzung übrig lassen.</numerusform>
            <numerusform>%Ln Agendapunkte nennen keine Dauer: %1. Sie teilen sich die Minuten, die die anderen Punkte von der Sitzung übrig lassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The agenda gives the floor to the speakers, but the proposal names none; &quot;%1&quot; was kept as one item.</source>
        <translation>Die Agenda gibt den Podiumsgästen das Wort, aber der Vorschlag nennt keine; „%1“ bleibt ein einzelner Punkt.</translation>
    </message>
    <message>
        <source>The agenda adds up to %L1 minutes; the format says %L2 (%L3 more).</source>
        <translation>Die Agenda ergibt %L1 Minuten; das Format sieht %L2 vor (%L3 mehr).</translation>
    </message>
    <message>
        <source>The agenda adds up to %L1 minutes; the format says %L2 (%L3 fewer).</source>
        <translation>Die Agenda ergibt %L1 Minuten; das Format sieht %L2 vor (%L3 weniger).</translation>
    </message>
    <message>
        <source>the text is not an IGF workshop proposal: it has no title with a workshop code and none of the fields such as &quot;Speaker 1:&quot;</source>
        <translation>der Text ist kein IGF-Workshopvorschlag: er hat weder einen Titel mit Workshop-Code noch Felder wie „Speaker 1:“</translation>
    </message>
    <message>
        <source>Untitled workshop</source>
        <translation>Workshop ohne Titel</translation>
    </message>
    <message>
        <source>The proposal has no title; the session is called &quot;%1&quot;.</source>
        <translation>Der Vorschlag hat keinen Titel; die Sitzung heißt „%1“.</translation>
    </message>
    <message>
        <source>The proposal names no speakers.</source>
        <translation>Der Vorschlag nennt keine Podiumsgäste.</translation>
    </message>
    <message>
        <source>The proposal names no session format; %L1 minutes were assumed.</source>
        <translation>Der Vorschlag nennt kein Sitzungsformat; es wurden %L1 Minuten angenommen.</translation>
    </message>
    <message>
        <source>The session format &quot;%1&quot; gives no duration; %L2 minutes were assumed.</source>
        <translation>Das Sitzungsformat „%1“ nennt keine Dauer; es wurden %L2 Minuten angenommen.</translation>
    </message>
    <message>
        <source>The proposal names no onsite moderator.</source>
        <translation>Der Vorschlag nennt keine Moderation vor Ort.</translation>
    </message>
    <message>
        <source>The proposal names no online moderator.</source>
        <translation>Der Vorschlag nennt keine Online-Moderation.</translation>
    </message>
    <message>
        <source>The proposal names no rapporteur.</source>
        <translation>Der Vorschlag nennt keine Berichterstattung.</translation>
    </message>
    <message>
        <source>The proposal has no policy questions.</source>
        <translation>Der Vorschlag hat keine Politikfragen.</translation>
    </message>
    <message>
        <source>%L1 MB is too large for a proposal (at most 2 MB)</source>
        <translation>%L1 MB sind zu groß für einen Vorschlag (höchstens 2 MB)</translation>
    </message>
    <message>
        <source>the proposal is empty</source>
        <translation>der Vorschlag ist leer</translation>
    </message>
    <message>
        <source>the proposal holds binary data, not text</source>
        <translation>der Vorschlag enthält Binärdaten, keinen Text</translation>
    </message>
    <message>
        <source>the proposal is not UTF-8 text</source>
        <translation>der Vorschlag ist kein UTF-8-Text</translation>
    </message>
    <message>
        <source>Only the first %1 speakers were read.</source>
        <translation>Nur die ersten %1 Podiumsgäste wurden gelesen.</translation>
    </message>
    <message>
        <source>Only the first %1 agenda lines were read.</source>
        <translation>Nur die ersten %1 Zeilen der Agenda wurden gelesen.</translation>
    </message>
    <message>
        <source>%1 minutes are too few for a slot for each of the %2 speakers and the audience after each; &quot;%3&quot; was kept as one item.</source>
        <translation>%1 Minuten reichen nicht für einen Beitrag jedes der %2 Podiumsgäste und des Publikums danach; &quot;%3&quot; bleibt ein einziger Punkt.</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Gruppe %1</translation>
    </message>
    <message>
        <source>Online group</source>
        <translation>Online-Gruppe</translation>
    </message>
</context>
<context>
    <name>core::QuestionBank</name>
    <message>
        <source>a session can have at most %1 prepared questions</source>
        <translation>eine Sitzung kann höchstens %1 vorbereitete Fragen haben</translation>
    </message>
    <message>
        <source>a prepared question has an invalid id</source>
        <translation>eine vorbereitete Frage hat eine ungültige ID</translation>
    </message>
    <message>
        <source>a prepared question needs a text of 1 to %1 characters</source>
        <translation>eine vorbereitete Frage braucht einen Text mit 1 bis %1 Zeichen</translation>
    </message>
    <message>
        <source>a prepared question belongs to no agenda item</source>
        <translation>eine vorbereitete Frage gehört zu keinem Agendapunkt</translation>
    </message>
    <message>
        <source>a prepared question is for no participant</source>
        <translation>eine vorbereitete Frage richtet sich an keine teilnehmende Person</translation>
    </message>
    <message>
        <source>there is no such prepared question</source>
        <translation>diese vorbereitete Frage gibt es nicht</translation>
    </message>
    <message>
        <source>unknown event &quot;%1&quot;</source>
        <translation>unbekanntes Ereignis „%1“</translation>
    </message>
    <message>
        <source>a prepared question needs a text</source>
        <translation>eine vorbereitete Frage braucht einen Text</translation>
    </message>
</context>
<context>
    <name>core::ReplayScript</name>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>a quote is not closed</source>
        <translation>ein Anführungszeichen wird nicht geschlossen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time (M:SS or H:MM:SS)</source>
        <translation>„%1“ ist keine Zeitangabe (M:SS oder H:MM:SS)</translation>
    </message>
    <message>
        <source>the time goes backwards</source>
        <translation>die Zeit läuft rückwärts</translation>
    </message>
    <message>
        <source>an action is missing after the time</source>
        <translation>nach der Zeitangabe fehlt eine Aktion</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot;; known actions: %2</source>
        <translation>unbekannte Aktion „%1“; bekannte Aktionen: %2</translation>
    </message>
    <message>
        <source>wrong number of arguments for &quot;%1&quot;</source>
        <translation>falsche Anzahl von Argumenten für „%1“</translation>
    </message>
    <message>
        <source>goto needs an item number from 1</source>
        <translation>goto erwartet die Nummer eines Agendapunkts ab 1</translation>
    </message>
    <message>
        <source>extend needs +M or -M minutes</source>
        <translation>extend erwartet +M oder -M Minuten</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 erwartet einen Wert</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not take the option %2</source>
        <translation>„%1“ kennt die Option %2 nicht</translation>
    </message>
    <message>
        <source>a name is empty</source>
        <translation>ein Name ist leer</translation>
    </message>
    <message>
        <source>a note&apos;s tags are #takeaway, #action, #question, #agree, #disagree or #quote</source>
        <translation>die Schlagwörter einer Notiz sind #takeaway, #action, #question, #agree, #disagree oder #quote</translation>
    </message>
    <message>
        <source>--%1 takes %2</source>
        <translation>--%1 erwartet %2</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>a duration such as 90s, 2m, -1m or 1:30</source>
        <translation>eine Dauer wie 90s, 2m, -1m oder 1:30</translation>
    </message>
    <message>
        <source>yes or no</source>
        <translation>yes oder no</translation>
    </message>
    <message>
        <source>a JSON object or list</source>
        <translation>ein JSON-Objekt oder eine JSON-Liste</translation>
    </message>
    <message>
        <source>nobody is called &quot;%1&quot;</source>
        <translation>niemand heißt „%1“</translation>
    </message>
    <message>
        <source>--question needs a policy question&apos;s number from 1</source>
        <translation>--question erwartet die Nummer einer Politikfrage ab 1</translation>
    </message>
    <message>
        <source>groups needs the break-out item&apos;s id first</source>
        <translation>groups erwartet zuerst die ID des Breakout-Punkts</translation>
    </message>
    <message>
        <source>report-back takes a group&apos;s id</source>
        <translation>report-back erwartet die ID einer Gruppe</translation>
    </message>
    <message>
        <source>--group needs a break-out group&apos;s id</source>
        <translation>--group erwartet die ID einer Breakout-Gruppe</translation>
    </message>
</context>
<context>
    <name>core::Report</name>
    <message>
        <source>Key policy questions and expectations</source>
        <translation>Zentrale Politikfragen und Erwartungen</translation>
    </message>
    <message>
        <source>Discussion areas</source>
        <translation>Themenfelder der Diskussion</translation>
    </message>
    <message>
        <source>Policy recommendations or suggestions for the way forward</source>
        <translation>Politikempfehlungen oder Vorschläge für das weitere Vorgehen</translation>
    </message>
    <message>
        <source>Other initiatives addressing the session issues</source>
        <translation>Weitere Initiativen zu den Themen der Sitzung</translation>
    </message>
    <message>
        <source>Making progress for tackled issues</source>
        <translation>Fortschritte bei den behandelten Themen</translation>
    </message>
    <message>
        <source>Estimated participation</source>
        <translation>Geschätzte Teilnahme</translation>
    </message>
    <message>
        <source>Reflection to gender issues</source>
        <translation>Berücksichtigung von Geschlechterfragen</translation>
    </message>
    <message>
        <source>Session outputs</source>
        <translation>Ergebnisse der Sitzung</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Datum: %1</translation>
    </message>
    <message>
        <source>Organizers</source>
        <translation>Veranstaltende</translation>
    </message>
    <message>
        <source>Rapporteur</source>
        <translation>Berichterstattung</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Podiumsgäste</translation>
    </message>
    <message>
        <source>Short report</source>
        <translation>Kurzbericht</translation>
    </message>
    <message>
        <source>Key takeaways</source>
        <translation>Wichtigste Erkenntnisse</translation>
    </message>
    <message>
        <source>Calls to action</source>
        <translation>Handlungsaufrufe</translation>
    </message>
    <message>
        <source>Long report</source>
        <translation>Ausführlicher Bericht</translation>
    </message>
    <message>
        <source>Floor time by stakeholder group</source>
        <translation>Redezeit nach Stakeholder-Gruppe</translation>
    </message>
    <message>
        <source>Stakeholder group</source>
        <translation>Stakeholder-Gruppe</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Turns</source>
        <translation>Redebeiträge</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>keine Angabe</translation>
    </message>
    <message>
        <source>Planned and actual time</source>
        <translation>Geplante und tatsächliche Zeit</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Agendapunkt</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Tatsächlich</translation>
    </message>
    <message>
        <source>stakeholder group not given</source>
        <translation>Stakeholder-Gruppe nicht angegeben</translation>
    </message>
    <message numerus="yes">
        <source>%Ln participant(s) joined from their phones</source>
        <translation>
            <numerusform>%Ln teilnehmende Person ist per Smartphone beigetreten</numerusform>
            <numerusform>%Ln Teilnehmende sind per Smartphone beigetreten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln written question(s) sent</source>
        <translation>
            <numerusform>%Ln schriftliche Frage gesendet</numerusform>
            <numerusform>%Ln schriftliche Fragen gesendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln taken up by the moderator</source>
        <translation>
            <numerusform>davon %Ln von der Moderation aufgegriffen</numerusform>
            <numerusform>davon %Ln von der Moderation aufgegriffen</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2)</source>
        <translation>„%1“ (%2)</translation>
    </message>
    <message>
        <source>%1 — agree: %2, disagree: %3</source>
        <translation>%1 — Zustimmung: %2, Ablehnung: %3</translation>
    </message>
    <message>
        <source>Comments: %1</source>
        <translation>Kommentare: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>From participants&apos; phones</source>
        <translation>Von den Smartphones der Teilnehmenden</translation>
    </message>
    <message>
        <source>Reactions to the key takeaways</source>
        <translation>Reaktionen auf die wichtigsten Erkenntnisse</translation>
    </message>
    <message>
        <source>Participants&apos; own key takeaways</source>
        <translation>Eigene wichtige Erkenntnisse der Teilnehmenden</translation>
    </message>
    <message>
        <source>No Poverty</source>
        <translation>Keine Armut</translation>
    </message>
    <message>
        <source>Zero Hunger</source>
        <translation>Kein Hunger</translation>
    </message>
    <message>
        <source>Good Health and Well-Being</source>
        <translation>Gesundheit und Wohlergehen</translation>
    </message>
    <message>
        <source>Quality Education</source>
        <translation>Hochwertige Bildung</translation>
    </message>
    <message>
        <source>Gender Equality</source>
        <translation>Geschlechtergleichheit</translation>
    </message>
    <message>
        <source>Clean Water and Sanitation</source>
        <translation>Sauberes Wasser und Sanitäreinrichtungen</translation>
    </message>
    <message>
        <source>Affordable and Clean Energy</source>
        <translation>Bezahlbare und saubere Energie</translation>
    </message>
    <message>
        <source>Decent Work and Economic Growth</source>
        <translation>Menschenwürdige Arbeit und Wirtschaftswachstum</translation>
    </message>
    <message>
        <source>Industry, Innovation and Infrastructure</source>
        <translation>Industrie, Innovation und Infrastruktur</translation>
    </message>
    <message>
        <source>Reduced Inequalities</source>
        <translation>Weniger Ungleichheiten</translation>
    </message>
    <message>
        <source>Sustainable Cities and Communities</source>
        <translation>Nachhaltige Städte und Gemeinden</translation>
    </message>
    <message>
        <source>Responsible Consumption and Production</source>
        <translation>Nachhaltige/r Konsum und Produktion</translation>
    </message>
    <message>
        <source>Climate Action</source>
        <translation>Maßnahmen zum Klimaschutz</translation>
    </message>
    <message>
        <source>Life Below Water</source>
        <translation>Leben unter Wasser</translation>
    </message>
    <message>
        <source>Life on Land</source>
        <translation>Leben an Land</translation>
    </message>
    <message>
        <source>Peace, Justice and Strong Institutions</source>
        <translation>Frieden, Gerechtigkeit und starke Institutionen</translation>
    </message>
    <message>
        <source>Partnerships for the Goals</source>
        <translation>Partnerschaften zur Erreichung der Ziele</translation>
    </message>
    <message>
        <source>Women: %1 of the %2 people who took the floor (%3 % of the floor time).</source>
        <translation>Frauen: %1 der %2 Personen, die das Wort ergriffen haben (%3 % der Redezeit).</translation>
    </message>
    <message>
        <source>Men: %1 (%2 %). Gender described otherwise: %3 (%4 %). Gender not given: %5 (%6 %).</source>
        <translation>Männer: %1 (%2 %). Geschlecht anders beschrieben: %3 (%4 %). Geschlecht nicht angegeben: %5 (%6 %).</translation>
    </message>
    <message>
        <source>Invited speakers who are women: %1 of %2.</source>
        <translation>Weibliche Podiumsgäste: %1 von %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>Other initiatives: the names of the initiatives a sentence names, then the sentence</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Entered by the rapporteur: onsite %1, online %2, of whom women %3.</source>
        <translation>Von der Berichterstattung eingetragen: vor Ort %1, online %2, davon Frauen %3.</translation>
    </message>
    <message>
        <source>Estimated from who took part (the floor, the queue, the empty chair, phones): %1 in the room, %2 online, %3 at a remote hub.</source>
        <translation>Geschätzt anhand der Beteiligten (Redebeiträge, Redeliste, leerer Stuhl, Smartphones): %1 vor Ort, %2 online, %3 in einem Remote-Hub.</translation>
    </message>
    <message>
        <source>Women: %1 of the %2 people whose gender is known.</source>
        <translation>Frauen: %1 der %2 Personen, deren Geschlecht bekannt ist.</translation>
    </message>
    <message>
        <source>Nobody&apos;s gender is known.</source>
        <translation>Von niemandem ist das Geschlecht bekannt.</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <extracomment>When the session ran: its start and end time</extracomment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Goal %1: %2</source>
        <extracomment>A Sustainable Development Goal: its number and title</extracomment>
        <translation>Ziel %1: %2</translation>
    </message>
    <message>
        <source>Finding: %1</source>
        <translation>Befund: %1</translation>
    </message>
    <message>
        <source>Agreement: %1</source>
        <translation>Einigkeit: %1</translation>
    </message>
    <message>
        <source>Disagreement: %1</source>
        <translation>Uneinigkeit: %1</translation>
    </message>
    <message>
        <source>participant %1</source>
        <translation>teilnehmende Person %1</translation>
    </message>
    <message>
        <source>in the room</source>
        <translation>vor Ort</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>at the hub %1</source>
        <translation>im Hub %1</translation>
    </message>
    <message numerus="yes">
        <source>The empty chair was opened %Ln time(s)</source>
        <translation>
            <numerusform>Der leere Stuhl wurde %Ln-mal geöffnet</numerusform>
            <numerusform>Der leere Stuhl wurde %Ln-mal geöffnet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s) sat there</source>
        <translation>
            <numerusform>%Ln Person saß dort</numerusform>
            <numerusform>%Ln Personen saßen dort</numerusform>
        </translation>
    </message>
    <message>
        <source>for %1 in all.</source>
        <translation>insgesamt %1.</translation>
    </message>
    <message>
        <source>Time: %1</source>
        <translation>Uhrzeit: %1</translation>
    </message>
    <message>
        <source>Sustainable Development Goals</source>
        <translation>Ziele für nachhaltige Entwicklung</translation>
    </message>
    <message>
        <source>Onsite moderator</source>
        <translation>Moderation vor Ort</translation>
    </message>
    <message>
        <source>Online moderator</source>
        <translation>Online-Moderation</translation>
    </message>
    <message>
        <source>Draft from the session, for the rapporteur to confirm.</source>
        <translation>Entwurf aus der Sitzung, von der Berichterstattung zu bestätigen.</translation>
    </message>
    <message>
        <source>Floor time in the room, online and at hubs</source>
        <translation>Redezeit vor Ort, online und in Hubs</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>The empty chair</source>
        <translation>Der leere Stuhl</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Geöffnet</translation>
    </message>
    <message>
        <source>Who sat there</source>
        <translation>Wer dort saß</translation>
    </message>
    <message>
        <source>Via the online moderator</source>
        <translation>Über die Online-Moderation</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Invited speakers who are women: %1 of %2; gender not given for %3.</source>
        <translation>Weibliche Podiumsgäste: %1 von %2; Geschlecht nicht angegeben bei %3.</translation>
    </message>
    <message>
        <source>at %1</source>
        <extracomment>Where a drafted line comes from: the time on the session&apos;s clock</extracomment>
        <translation>um %1</translation>
    </message>
    <message>
        <source>the rapporteur&apos;s note %1</source>
        <translation>Notiz %1 der Berichterstattung</translation>
    </message>
    <message>
        <source>transcript, line %1</source>
        <translation>Transkript, Zeile %1</translation>
    </message>
    <message>
        <source>someone in the room</source>
        <translation>eine Person im Saal</translation>
    </message>
    <message>
        <source>On &quot;%1&quot;: %2: %3</source>
        <translation>Zu „%1“: %2: %3</translation>
    </message>
    <message>
        <source>Room: %1</source>
        <translation>Raum: %1</translation>
    </message>
    <message>
        <source>Comments from the room on the key takeaways</source>
        <translation>Kommentare aus dem Saal zu den wichtigsten Erkenntnissen</translation>
    </message>
    <message>
        <source>Sources of the drafted lines</source>
        <translation>Quellen der entworfenen Zeilen</translation>
    </message>
    <message>
        <source>Break-out groups</source>
        <translation>Breakout-Gruppen</translation>
    </message>
    <message>
        <source>Topic: %1</source>
        <translation>Thema: %1</translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation>Wo: %1</translation>
    </message>
    <message>
        <source>Facilitator: %1</source>
        <translation>Leitung: %1</translation>
    </message>
    <message>
        <source>Rapporteur: %1</source>
        <translation>Berichterstattung: %1</translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation>Wer teilgenommen hat</translation>
    </message>
    <message>
        <source>Key points</source>
        <translation>Kernpunkte</translation>
    </message>
    <message>
        <source>Report-back: %1</source>
        <translation>Gruppenbericht: %1</translation>
    </message>
    <message>
        <source>Notes from the report-back</source>
        <translation>Notizen aus dem Gruppenbericht</translation>
    </message>
</context>
<context>
    <name>core::ReportState</name>
    <message>
        <source>the report has no field &quot;%1&quot;</source>
        <translation>der Bericht hat kein Feld „%1“</translation>
    </message>
    <message>
        <source>a report field has at most 20,000 characters</source>
        <translation>ein Berichtsfeld hat höchstens 20.000 Zeichen</translation>
    </message>
    <message>
        <source>participation counts are 0 or more, and women are at most everyone counted</source>
        <translation>die Teilnahmezahlen sind 0 oder größer, und die Zahl der Frauen übersteigt nicht die Gesamtzahl</translation>
    </message>
    <message>
        <source>the transcript holds no turns</source>
        <translation>das Transkript enthält keine Redebeiträge</translation>
    </message>
    <message>
        <source>unknown event &quot;%1&quot;</source>
        <translation>unbekanntes Ereignis „%1“</translation>
    </message>
    <message>
        <source>the transcript&apos;s times do not fit its turns</source>
        <translation>die Zeiten des Transkripts passen nicht zu seinen Redebeiträgen</translation>
    </message>
    <message>
        <source>a caption line is empty</source>
        <translation>eine Untertitelzeile ist leer</translation>
    </message>
    <message>
        <source>a caption line has at most %1 characters and its speaker at most %2</source>
        <translation>eine Untertitelzeile hat höchstens %1 Zeichen und die Angabe der sprechenden Person höchstens %2</translation>
    </message>
    <message>
        <source>a caption line is one line of plain text</source>
        <translation>eine Untertitelzeile ist eine einzelne Zeile reiner Text</translation>
    </message>
    <message>
        <source>a caption line&apos;s speaker or time does not fit</source>
        <translation>sprechende Person oder Zeitangabe einer Untertitelzeile passen nicht</translation>
    </message>
</context>
<context>
    <name>core::Session</name>
    <message>
        <source>the session file holds no session</source>
        <translation>die Sitzungsdatei enthält keine Sitzung</translation>
    </message>
    <message>
        <source>the session has ended</source>
        <translation>die Sitzung ist beendet</translation>
    </message>
    <message>
        <source>this is the last agenda item</source>
        <translation>dies ist der letzte Agendapunkt</translation>
    </message>
    <message>
        <source>this is the first agenda item</source>
        <translation>dies ist der erste Agendapunkt</translation>
    </message>
    <message>
        <source>there is no such agenda item</source>
        <translation>diesen Agendapunkt gibt es nicht</translation>
    </message>
    <message>
        <source>the agenda has items 1 to %1, not %2</source>
        <translation>die Agenda hat die Punkte 1 bis %1, nicht %2</translation>
    </message>
    <message>
        <source>there is no such participant</source>
        <translation>diese teilnehmende Person gibt es nicht</translation>
    </message>
    <message>
        <source>nobody is waiting to speak</source>
        <translation>niemand steht auf der Redeliste</translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation>%1 ist keine Datei</translation>
    </message>
    <message>
        <source>%1 is %2; a media file may be at most %3</source>
        <translation>%1 ist %2 groß; eine Mediendatei darf höchstens %3 groß sein</translation>
    </message>
    <message>
        <source>the session&apos;s media would exceed %1; remove some first</source>
        <translation>die Medien der Sitzung würden %1 überschreiten; zuerst einige entfernen</translation>
    </message>
    <message>
        <source>%1 could not be read completely</source>
        <translation>%1 konnte nicht vollständig gelesen werden</translation>
    </message>
    <message>
        <source>%1 is %2: only images, SVG, PDF and video can be shown</source>
        <translation>%1 hat den Typ „%2“: Nur Bilder, SVG, PDF und Videos können angezeigt werden</translation>
    </message>
    <message>
        <source>the session is open read-only; save a copy to continue in it</source>
        <translation>die Sitzung ist schreibgeschützt geöffnet; speichern Sie eine Kopie, um darin weiterzuarbeiten</translation>
    </message>
    <message>
        <source>there is no such request to speak</source>
        <translation>diese Wortmeldung gibt es nicht</translation>
    </message>
    <message>
        <source>unknown note tag &quot;%1&quot;</source>
        <translation>unbekanntes Schlagwort „%1“</translation>
    </message>
    <message>
        <source>nothing to re-balance</source>
        <translation>nichts neu zu verteilen</translation>
    </message>
    <message>
        <source>unknown queue order &quot;%1&quot;</source>
        <translation>unbekannte Reihenfolge der Redeliste „%1“</translation>
    </message>
    <message>
        <source>unknown scene &quot;%1&quot;</source>
        <translation>unbekannte Szene „%1“</translation>
    </message>
    <message>
        <source>the store holds a session already</source>
        <translation>der Speicher enthält bereits eine Sitzung</translation>
    </message>
    <message>
        <source>this is a copy of a shared session: it changes only from the host</source>
        <translation>dies ist eine Kopie einer geteilten Sitzung: Sie ändert sich nur über den Host</translation>
    </message>
    <message>
        <source>only a copy of a shared session takes events from a host</source>
        <translation>nur die Kopie einer geteilten Sitzung nimmt Ereignisse von einem Host an</translation>
    </message>
    <message>
        <source>event %1 came where event %2 was due</source>
        <translation>Ereignis %1 kam, wo Ereignis %2 fällig war</translation>
    </message>
    <message>
        <source>%1 is a joined device&apos;s copy of a session shared by %2: it opens read-only; save a copy to continue in it</source>
        <translation>%1 ist die Kopie einer von %2 geteilten Sitzung auf einem beigetretenen Gerät: Sie wird schreibgeschützt geöffnet; speichern Sie eine Kopie, um darin weiterzuarbeiten</translation>
    </message>
    <message>
        <source>&quot;%1&quot; reads a file: only the host&apos;s own window can do it</source>
        <translation>„%1“ liest eine Datei: Das kann nur das eigene Fenster des Hosts</translation>
    </message>
    <message>
        <source>a phone asks only for its own participant</source>
        <translation>ein Smartphone meldet nur die eigene teilnehmende Person an</translation>
    </message>
    <message>
        <source>the empty chair is not open</source>
        <translation>der leere Stuhl ist nicht offen</translation>
    </message>
    <message>
        <source>%1 holds control characters</source>
        <translation>%1 enthält Steuerzeichen</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 ist leer</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters</source>
        <translation>%1 ist länger als %2 Zeichen</translation>
    </message>
    <message>
        <source>no phone &quot;%1&quot; joined</source>
        <translation>kein Smartphone „%1“ ist beigetreten</translation>
    </message>
    <message>
        <source>the moderator blocked this phone</source>
        <translation>die Moderation hat dieses Smartphone gesperrt</translation>
    </message>
    <message>
        <source>a phone may not &quot;%1&quot;</source>
        <translation>ein Smartphone darf „%1“ nicht ausführen</translation>
    </message>
    <message>
        <source>a phone&apos;s id is 1 to 32 lower-case letters and digits</source>
        <translation>die ID eines Smartphones besteht aus 1 bis 32 Kleinbuchstaben und Ziffern</translation>
    </message>
    <message>
        <source>the phone &quot;%1&quot; has joined already</source>
        <translation>das Smartphone „%1“ ist bereits beigetreten</translation>
    </message>
    <message>
        <source>joining from phones is closed</source>
        <translation>der Beitritt per Smartphone ist geschlossen</translation>
    </message>
    <message>
        <source>the name</source>
        <translation>der Name</translation>
    </message>
    <message>
        <source>a detail</source>
        <translation>eine Angabe</translation>
    </message>
    <message>
        <source>the question</source>
        <translation>die Frage</translation>
    </message>
    <message>
        <source>there is no such policy question</source>
        <translation>diese Politikfrage gibt es nicht</translation>
    </message>
    <message>
        <source>this phone&apos;s questions are still waiting for the moderator</source>
        <translation>die Fragen dieses Smartphones warten noch auf die Moderation</translation>
    </message>
    <message>
        <source>this phone sent a question a moment ago</source>
        <translation>dieses Smartphone hat gerade erst eine Frage gesendet</translation>
    </message>
    <message>
        <source>there is no such takeaway</source>
        <translation>diese Erkenntnis gibt es nicht</translation>
    </message>
    <message>
        <source>the comment</source>
        <translation>der Kommentar</translation>
    </message>
    <message>
        <source>a reaction is agree, disagree or comment, not &quot;%1&quot;</source>
        <translation>eine Reaktion ist agree, disagree oder comment, nicht „%1“</translation>
    </message>
    <message>
        <source>only a comment has text</source>
        <translation>nur ein Kommentar hat einen Text</translation>
    </message>
    <message>
        <source>this phone&apos;s reaction is already &quot;%1&quot;</source>
        <translation>die Reaktion dieses Smartphones ist bereits „%1“</translation>
    </message>
    <message>
        <source>the takeaway</source>
        <translation>die Erkenntnis</translation>
    </message>
    <message>
        <source>the phone is blocked already</source>
        <translation>das Smartphone ist bereits gesperrt</translation>
    </message>
    <message>
        <source>the phone is not blocked</source>
        <translation>das Smartphone ist nicht gesperrt</translation>
    </message>
    <message>
        <source>joining from phones is open already</source>
        <translation>der Beitritt per Smartphone ist bereits offen</translation>
    </message>
    <message>
        <source>joining from phones is closed already</source>
        <translation>der Beitritt per Smartphone ist bereits geschlossen</translation>
    </message>
    <message>
        <source>the session has not started, so the transcript&apos;s times cannot be placed from its start</source>
        <translation>die Sitzung hat noch nicht begonnen, daher können die Zeiten des Transkripts nicht ab ihrem Beginn zugeordnet werden</translation>
    </message>
    <message>
        <source>there is no such key takeaway</source>
        <translation>diese wichtige Erkenntnis gibt es nicht</translation>
    </message>
    <message>
        <source>there is no such break-out item</source>
        <translation>diesen Breakout-Punkt gibt es nicht</translation>
    </message>
    <message>
        <source>every group of &quot;%1&quot; has reported back</source>
        <translation>alle Gruppen von „%1“ haben bereits berichtet</translation>
    </message>
    <message>
        <source>no break-out item with groups comes before this one</source>
        <translation>vor diesem Punkt gibt es keinen Breakout-Punkt mit Gruppen</translation>
    </message>
    <message>
        <source>there is no such break-out group</source>
        <translation>diese Breakout-Gruppe gibt es nicht</translation>
    </message>
    <message>
        <source>the group &quot;%1&quot; has nobody to report back: give it a rapporteur</source>
        <translation>die Gruppe „%1“ hat niemanden für den Bericht: ihr eine Berichterstattung zuweisen</translation>
    </message>
    <message>
        <source>there is no video %1 in the session</source>
        <translation>in der Sitzung gibt es kein Video %1</translation>
    </message>
    <message>
        <source>%1 cannot be read as subtitles: %2</source>
        <extracomment>%1 is a file name, %2 what is wrong with it</extracomment>
        <translation>%1 kann nicht als Untertitel gelesen werden: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code</source>
        <translation>„%1“ ist kein Sprachcode</translation>
    </message>
    <message>
        <source>there is no glossary term %1</source>
        <translation>den Glossarbegriff %1 gibt es nicht</translation>
    </message>
    <message>
        <source>a caption line is empty</source>
        <translation>eine Untertitelzeile ist leer</translation>
    </message>
    <message>
        <source>there is no participant %1</source>
        <translation>die teilnehmende Person %1 gibt es nicht</translation>
    </message>
    <message>
        <source>a caption line cannot be said before the session or later than now</source>
        <translation>eine Untertitelzeile kann nicht vor der Sitzung oder später als jetzt gesprochen werden</translation>
    </message>
    <message>
        <source>a caption size is small, medium or large, not &quot;%1&quot;</source>
        <translation>eine Untertitelgröße ist small, medium oder large, nicht „%1“</translation>
    </message>
    <message>
        <source>there is no policy question %1</source>
        <translation>es gibt keine Politikfrage %1</translation>
    </message>
</context>
<context>
    <name>core::SessionDefinition</name>
    <message>
        <source>the session has no title</source>
        <translation>die Sitzung hat keinen Titel</translation>
    </message>
    <message>
        <source>New workshop</source>
        <translation>Neuer Workshop</translation>
    </message>
</context>
<context>
    <name>core::SessionFiles</name>
    <message>
        <source>%1 is not a regular file</source>
        <translation>%1 ist keine reguläre Datei</translation>
    </message>
</context>
<context>
    <name>core::SessionState</name>
    <message>
        <source>event %1 is older than the event before it</source>
        <translation>Ereignis %1 ist älter als das vorherige Ereignis</translation>
    </message>
    <message>
        <source>the session log does not start with the session&apos;s definition</source>
        <translation>das Sitzungsprotokoll beginnt nicht mit der Definition der Sitzung</translation>
    </message>
    <message>
        <source>there is no such agenda item</source>
        <translation>diesen Agendapunkt gibt es nicht</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a block, not a single item</source>
        <translation>„%1“ ist ein Block, kein einzelner Agendapunkt</translation>
    </message>
    <message>
        <source>the session is defined twice</source>
        <translation>die Sitzung ist doppelt definiert</translation>
    </message>
    <message>
        <source>the session has ended</source>
        <translation>die Sitzung ist beendet</translation>
    </message>
    <message>
        <source>the clock has already started</source>
        <translation>die Uhr läuft bereits</translation>
    </message>
    <message>
        <source>the clock is not running</source>
        <translation>die Uhr läuft nicht</translation>
    </message>
    <message>
        <source>the clock is not paused</source>
        <translation>die Uhr ist nicht pausiert</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already the current item</source>
        <translation>„%1“ ist bereits der aktuelle Agendapunkt</translation>
    </message>
    <message>
        <source>an agenda item cannot be shorter than one minute</source>
        <translation>ein Agendapunkt kann nicht kürzer als eine Minute sein</translation>
    </message>
    <message>
        <source>the re-balanced plan is not valid</source>
        <translation>der neu verteilte Plan ist ungültig</translation>
    </message>
    <message>
        <source>the re-balanced plan is empty</source>
        <translation>der neu verteilte Plan ist leer</translation>
    </message>
    <message>
        <source>the clock has not started</source>
        <translation>die Uhr wurde noch nicht gestartet</translation>
    </message>
    <message>
        <source>the agenda can be edited until the clock starts; then extend or re-balance items</source>
        <translation>die Agenda kann bearbeitet werden, bis die Uhr startet; danach Punkte verlängern oder die Restzeit neu verteilen</translation>
    </message>
    <message>
        <source>the session&apos;s details can be edited until the clock starts</source>
        <translation>die Sitzungsdetails können bearbeitet werden, bis die Uhr startet</translation>
    </message>
    <message>
        <source>the title can have at most 300 characters, the code 100</source>
        <translation>der Titel darf höchstens 300 Zeichen haben, die Kennung 100</translation>
    </message>
    <message>
        <source>a session lasts between 1 and 600 minutes</source>
        <translation>eine Sitzung dauert zwischen 1 und 600 Minuten</translation>
    </message>
    <message>
        <source>a session can have at most 20 policy questions</source>
        <translation>eine Sitzung kann höchstens 20 Politikfragen haben</translation>
    </message>
    <message>
        <source>a note is linked to policy question %1, which would no longer exist</source>
        <translation>eine Notiz ist mit der Politikfrage %1 verknüpft, die es dann nicht mehr gäbe</translation>
    </message>
    <message>
        <source>a declined re-balancing needs the overrun it was declined at</source>
        <translation>eine abgelehnte Neuverteilung braucht den Rückstand, bei dem sie abgelehnt wurde</translation>
    </message>
    <message>
        <source>event %1 has no known type</source>
        <translation>Ereignis %1 hat keinen bekannten Typ</translation>
    </message>
    <message>
        <source>the room&apos;s name can have at most 200 characters</source>
        <translation>der Name des Raums darf höchstens 200 Zeichen haben</translation>
    </message>
    <message>
        <source>there is no break-out group %1</source>
        <translation>die Breakout-Gruppe %1 gibt es nicht</translation>
    </message>
    <message>
        <source>the group &quot;%1&quot; names a policy question the session does not have</source>
        <translation>die Gruppe „%1“ nennt eine Politikfrage, die es in der Sitzung nicht gibt</translation>
    </message>
    <message>
        <source>the group &quot;%1&quot; names participant %2, who is not in the session</source>
        <translation>die Gruppe „%1“ nennt die teilnehmende Person %2, die nicht zur Sitzung gehört</translation>
    </message>
</context>
<context>
    <name>core::SessionStats</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Planned %1, actual %2, paused %3</source>
        <translation>Geplant %1, tatsächlich %2, pausiert %3</translation>
    </message>
    <message>
        <source>%1%2  planned %3  actual %4</source>
        <translation>%1%2  geplant %3  tatsächlich %4</translation>
    </message>
    <message>
        <source>Phones: %1 joined, %2 questions, %3 reactions, %4 shared takeaways</source>
        <translation>Smartphones: %1 beigetreten, %2 Fragen, %3 Reaktionen, %4 geteilte Erkenntnisse</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>keine Angabe</translation>
    </message>
    <message>
        <source>in the room</source>
        <translation>vor Ort</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>hub %1</source>
        <translation>Hub %1</translation>
    </message>
    <message>
        <source>invited speakers</source>
        <translation>Podiumsgäste</translation>
    </message>
    <message>
        <source>moderators</source>
        <translation>Moderation</translation>
    </message>
    <message>
        <source>audience</source>
        <translation>Publikum</translation>
    </message>
    <message numerus="yes">
        <source>Floor: %Ln turn(s), %1</source>
        <translation>
            <numerusform>Redezeit: %Ln Redebeitrag, %1</numerusform>
            <numerusform>Redezeit: %Ln Redebeiträge, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>By person</source>
        <translation>Nach Person</translation>
    </message>
    <message numerus="yes">
        <source>    %1  %Ln turn(s)  %2</source>
        <translation>
            <numerusform>    %1  %Ln Redebeitrag  %2</numerusform>
            <numerusform>    %1  %Ln Redebeiträge  %2</numerusform>
        </translation>
    </message>
    <message>
        <source>By stakeholder group</source>
        <translation>Nach Stakeholder-Gruppe</translation>
    </message>
    <message>
        <source>By region</source>
        <translation>Nach Region</translation>
    </message>
    <message>
        <source>By gender</source>
        <translation>Nach Geschlecht</translation>
    </message>
    <message>
        <source>By channel</source>
        <translation>Nach Kanal</translation>
    </message>
    <message>
        <source>By role</source>
        <translation>Nach Rolle</translation>
    </message>
    <message numerus="yes">
        <source>    %1  %Ln turn(s)  %2  %3 %</source>
        <extracomment>A row of the floor balance: who, turns, time, share of the floor time</extracomment>
        <translation>
            <numerusform>    %1  %Ln Redebeitrag  %2  %3 %</numerusform>
            <numerusform>    %1  %Ln Redebeiträge  %2  %3 %</numerusform>
        </translation>
    </message>
    <message>
        <source>replies by invited speakers</source>
        <translation>Antworten der Podiumsgäste</translation>
    </message>
    <message>
        <source>Break-out &quot;%1&quot;: group work planned %2, actual %3</source>
        <translation>Breakout „%1“: Gruppenarbeit geplant %2, tatsächlich %3</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>  %1: %Ln member(s) (%2); report-back %3</source>
        <translation>
            <numerusform>  %1: %Ln Mitglied (%2); Bericht %3</numerusform>
            <numerusform>  %1: %Ln Mitglieder (%2); Bericht %3</numerusform>
        </translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
</context>
<context>
    <name>core::SessionStore</name>
    <message>
        <source>the file is cut short: it has %1 bytes of the %2 that its header gives</source>
        <translation>die Datei ist abgeschnitten: Vorhanden sind %1 der %2 Bytes, die ihr Dateikopf angibt</translation>
    </message>
    <message>
        <source>events %1 to %2 are missing from the log</source>
        <translation>die Ereignisse %1 bis %2 fehlen im Protokoll</translation>
    </message>
    <message>
        <source>event %1 is out of order</source>
        <translation>Ereignis %1 ist nicht in der richtigen Reihenfolge</translation>
    </message>
    <message>
        <source>%1 was left from an earlier file and has been moved to %2.</source>
        <translation>%1 stammt von einer früheren Datei und wurde nach %2 verschoben.</translation>
    </message>
    <message>
        <source>A write-ahead log beside the file did not belong to it; it was not applied and has been moved to %1.</source>
        <translation>Ein Write-Ahead-Log (WAL-Datei) neben der Datei gehörte nicht zu ihr; es wurde nicht angewendet und nach %1 verschoben.</translation>
    </message>
    <message>
        <source>A write-ahead log beside the file does not belong to it; it was ignored.</source>
        <translation>Ein Write-Ahead-Log (WAL-Datei) neben der Datei gehört nicht zu ihr; es wurde ignoriert.</translation>
    </message>
    <message>
        <source>the file has no schema version</source>
        <translation>die Datei hat keine Schemaversion</translation>
    </message>
    <message>
        <source>the file was opened read-only</source>
        <translation>die Datei wurde schreibgeschützt geöffnet</translation>
    </message>
    <message>
        <source>%1 is the file open here: save the copy under another name</source>
        <translation>%1 ist die hier geöffnete Datei: Speichern Sie die Kopie unter einem anderen Namen</translation>
    </message>
</context>
<context>
    <name>core::SpeakerQueueModel</name>
    <message>
        <source>hub %1</source>
        <translation>Hub %1</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>in the room</source>
        <translation>vor Ort</translation>
    </message>
    <message>
        <source>first time</source>
        <translation>erste Wortmeldung</translation>
    </message>
    <message numerus="yes">
        <source>%Ln turn(s), %1</source>
        <translation>
            <numerusform>%Ln Redebeitrag, %1</numerusform>
            <numerusform>%Ln Redebeiträge, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>from a phone</source>
        <translation>per Smartphone</translation>
    </message>
</context>
<context>
    <name>core::Subtitles</name>
    <message>
        <source>a subtitle file may be at most %1</source>
        <extracomment>%1 is the largest subtitle file accepted, like &quot;2 MB&quot;</extracomment>
        <translation>eine Untertiteldatei darf höchstens %1 groß sein</translation>
    </message>
    <message>
        <source>the subtitles are not a text file</source>
        <translation>die Untertitel sind keine Textdatei</translation>
    </message>
</context>
<context>
    <name>core::Transcript</name>
    <message>
        <source>the transcript holds no turns</source>
        <translation>das Transkript enthält keine Redebeiträge</translation>
    </message>
    <message>
        <source>%1 is too large (%2); at most %3 can be read</source>
        <extracomment>%1 is a file name, %2 its size, %3 the largest size accepted (both like &quot;8.4 MB&quot;)</extracomment>
        <translation>%1 ist zu groß (%2); höchstens %3 können gelesen werden</translation>
    </message>
    <message>
        <source>%1 is larger than %2, the most that can be read</source>
        <extracomment>%1 is a file name, %2 the largest size accepted (like &quot;8.4 MB&quot;)</extracomment>
        <translation>%1 ist größer als %2, das Maximum, das gelesen werden kann</translation>
    </message>
    <message>
        <source>%1 is not a text file</source>
        <translation>%1 ist keine Textdatei</translation>
    </message>
    <message>
        <source>the transcript is longer than %1, the most a transcript may have</source>
        <extracomment>%1 is the largest transcript accepted, like &quot;8.4 MB&quot;</extracomment>
        <translation>das Transkript ist länger als %1, das Maximum für ein Transkript</translation>
    </message>
    <message>
        <source>line %1: a caption cue needs a timing such as %2</source>
        <extracomment>%1 is a line number, %2 an example of a cue timing (keep it as it is)</extracomment>
        <translation>Zeile %1: ein Untertitel braucht eine Zeitangabe wie %2</translation>
    </message>
    <message>
        <source>line %1: the cue timing is not valid; a valid one reads like %2</source>
        <extracomment>%1 is a line number, %2 an example of a cue timing (keep it as it is)</extracomment>
        <translation>Zeile %1: die Zeitangabe des Untertitels ist ungültig; sie sollte etwa so aussehen: %2</translation>
    </message>
    <message>
        <source>line %1: the cue ends before it starts</source>
        <extracomment>%1 is a line number</extracomment>
        <translation>Zeile %1: der Untertitel endet, bevor er beginnt</translation>
    </message>
    <message>
        <source>the text is neither SRT nor WebVTT captions</source>
        <translation>der Text ist weder SRT- noch WebVTT-Untertitel</translation>
    </message>
    <message>
        <source>the captions hold no cue</source>
        <translation>die Untertitel enthalten keinen Eintrag</translation>
    </message>
</context>
<context>
    <name>core::Vocabulary</name>
    <message>
        <source>Government</source>
        <comment>stakeholder group</comment>
        <translation>Regierung</translation>
    </message>
    <message>
        <source>Private Sector</source>
        <comment>stakeholder group</comment>
        <translation>Privatwirtschaft</translation>
    </message>
    <message>
        <source>Civil Society</source>
        <comment>stakeholder group</comment>
        <translation>Zivilgesellschaft</translation>
    </message>
    <message>
        <source>Technical Community</source>
        <comment>stakeholder group</comment>
        <translation>Technische Community</translation>
    </message>
    <message>
        <source>Intergovernmental Organization</source>
        <comment>stakeholder group</comment>
        <translation>Zwischenstaatliche Organisation</translation>
    </message>
    <message>
        <source>African Group</source>
        <comment>UN regional group</comment>
        <translation>Gruppe der afrikanischen Staaten</translation>
    </message>
    <message>
        <source>Asia-Pacific Group</source>
        <comment>UN regional group</comment>
        <translation>Gruppe der asiatisch-pazifischen Staaten</translation>
    </message>
    <message>
        <source>Eastern European Group</source>
        <comment>UN regional group</comment>
        <translation>Gruppe der osteuropäischen Staaten</translation>
    </message>
    <message>
        <source>GRULAC</source>
        <comment>UN regional group: the Latin American and Caribbean Group</comment>
        <translation>GRULAC</translation>
    </message>
    <message>
        <source>WEOG</source>
        <comment>UN regional group: the Western European and Others Group</comment>
        <translation>WEOG</translation>
    </message>
    <message>
        <source>Intergovernmental Organization</source>
        <comment>UN regional group</comment>
        <translation>Zwischenstaatliche Organisation</translation>
    </message>
    <message>
        <source>woman</source>
        <comment>gender</comment>
        <translation>Frau</translation>
    </message>
    <message>
        <source>man</source>
        <comment>gender</comment>
        <translation>Mann</translation>
    </message>
</context>
<context>
    <name>core::WorkFolder</name>
    <message>
        <source>cannot make a temporary folder in %1: %2</source>
        <translation>in %1 kann kein temporärer Ordner angelegt werden: %2</translation>
    </message>
</context>
<context>
    <name>core::share::JoinCodes</name>
    <message>
        <source>the join code for %1 is damaged</source>
        <translation>der Beitrittscode für %1 ist beschädigt</translation>
    </message>
    <message>
        <source>the join codes are damaged</source>
        <translation>die Beitrittscodes sind beschädigt</translation>
    </message>
</context>
<context>
    <name>core::share::Protocol</name>
    <message>
        <source>the message is larger than %1 bytes</source>
        <translation>die Nachricht ist größer als %1 Byte</translation>
    </message>
    <message>
        <source>the message is not a JSON object</source>
        <translation>die Nachricht ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>a device may not send &quot;%1&quot;</source>
        <translation>ein Gerät darf „%1“ nicht senden</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs &quot;%2&quot;</source>
        <translation>„%1“ erwartet „%2“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a wrong &quot;%2&quot;</source>
        <translation>„%1“ hat ein falsches „%2“</translation>
    </message>
    <message>
        <source>&quot;%2&quot; of &quot;%1&quot; is longer than %3 characters</source>
        <translation>„%2“ von „%1“ ist länger als %3 Zeichen</translation>
    </message>
    <message>
        <source>unknown message &quot;%1&quot;</source>
        <translation>unbekannte Nachricht „%1“</translation>
    </message>
    <message>
        <source>an event has a wrong &quot;%1&quot;</source>
        <translation>ein Ereignis hat ein falsches „%1“</translation>
    </message>
    <message>
        <source>an event has no data</source>
        <translation>ein Ereignis hat keine Daten</translation>
    </message>
</context>
<context>
    <name>core::share::ShareClient</name>
    <message>
        <source>The host gave an unknown role.</source>
        <translation>Der Host hat eine unbekannte Rolle angegeben.</translation>
    </message>
</context>
<context>
    <name>core::share::ShareHost</name>
    <message>
        <source>The join code was renewed: join again with the new code.</source>
        <translation>Der Beitrittscode wurde erneuert: Treten Sie mit dem neuen Code erneut bei.</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>Moderation</translation>
    </message>
    <message>
        <source>The session has as many devices as it can take (%1).</source>
        <translation>Die Sitzung hat bereits so viele Geräte, wie sie aufnehmen kann (%1).</translation>
    </message>
    <message>
        <source>Too many messages: at most %1 a second.</source>
        <translation>Zu viele Nachrichten: höchstens %1 pro Sekunde.</translation>
    </message>
    <message>
        <source>Join the session first.</source>
        <translation>Treten Sie zuerst der Sitzung bei.</translation>
    </message>
    <message>
        <source>This device has joined already.</source>
        <translation>Dieses Gerät ist bereits beigetreten.</translation>
    </message>
    <message>
        <source>This device speaks protocol %1 and the host speaks %2: use the same version of Moderato on both.</source>
        <translation>Dieses Gerät spricht Protokoll %1 und der Host Protokoll %2: Verwenden Sie auf beiden dieselbe Version von Moderato.</translation>
    </message>
    <message>
        <source>Too many wrong join codes from this address: wait a minute.</source>
        <translation>Zu viele falsche Beitrittscodes von dieser Adresse: Warten Sie eine Minute.</translation>
    </message>
    <message>
        <source>This join code is not valid (it may have been renewed).</source>
        <translation>Dieser Beitrittscode ist ungültig (er wurde möglicherweise erneuert).</translation>
    </message>
    <message>
        <source>A device needs a name and an id to join.</source>
        <translation>Ein Gerät braucht zum Beitreten einen Namen und eine ID.</translation>
    </message>
    <message>
        <source>This device connected again.</source>
        <translation>Dieses Gerät hat sich erneut verbunden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; reads a file on the host: only the host&apos;s own window can do it</source>
        <translation>„%1“ liest eine Datei auf dem Host: Das kann nur das eigene Fenster des Hosts</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The moderator&apos;s console for multi-stakeholder workshops.</source>
        <translation>Die Moderationskonsole für Multi-Stakeholder-Workshops.</translation>
    </message>
    <message>
        <source>Open the built-in demo workshop.</source>
        <translation>Den integrierten Demo-Workshop öffnen.</translation>
    </message>
    <message>
        <source>Render the console to PNG files in DIR without showing a window, then exit.</source>
        <translation>Die Konsole ohne sichtbares Fenster als PNG-Dateien in VERZEICHNIS rendern und dann beenden.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>VERZEICHNIS</translation>
    </message>
    <message>
        <source>The language of the interface (en, ar, de, es, fr, pt_BR, ru, zh_CN).</source>
        <translation>Die Sprache der Oberfläche (en, ar, de, es, fr, pt_BR, ru, zh_CN).</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>SPRACHE</translation>
    </message>
    <message>
        <source>Print the time of the first paint and exit (start-up benchmark).</source>
        <translation>Den Zeitpunkt der ersten Darstellung ausgeben und beenden (Start-Benchmark).</translation>
    </message>
    <message>
        <source>A session file to open (.moderato).</source>
        <translation>Eine zu öffnende Sitzungsdatei (.moderato).</translation>
    </message>
    <message>
        <source>[FILE]</source>
        <translation>[DATEI]</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot;; available: %2</source>
        <translation>unbekannte Sprache „%1“; verfügbar: %2</translation>
    </message>
    <message>
        <source>open one session file at a time</source>
        <translation>nur eine Sitzungsdatei auf einmal öffnen</translation>
    </message>
    <message>
        <source>Moderato</source>
        <translation>Moderato</translation>
    </message>
    <message>
        <source>Add FILE (image, SVG, PDF, video) to the session and show it on the room display.</source>
        <translation>DATEI (Bild, SVG, PDF, Video) zur Sitzung hinzufügen und auf der Saalanzeige zeigen.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>%1 is open in another Moderato window, which has been brought to the front.</source>
        <translation>%1 ist in einem anderen Moderato-Fenster geöffnet, das in den Vordergrund geholt wurde.</translation>
    </message>
    <message>
        <source>Join the session a moderator shares, at ADDRESS (moderato://HOST:PORT/CODE).</source>
        <translation>Einer von der Moderation geteilten Sitzung unter ADRESSE (moderato://HOST:PORT/CODE) beitreten.</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADRESSE</translation>
    </message>
    <message>
        <source>The name to join with (asked for when not given).</source>
        <translation>Der Name, mit dem beigetreten wird (wird erfragt, wenn er fehlt).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>--join opens a shared session: give no file</source>
        <translation>--join öffnet eine geteilte Sitzung: keine Datei angeben</translation>
    </message>
    <message>
        <source>--name goes with --join</source>
        <translation>--name gehört zu --join</translation>
    </message>
    <message>
        <source>Ask where to save a new, blank session and open it.</source>
        <translation>Fragen, wo eine neue, leere Sitzung gespeichert werden soll, und sie dann öffnen.</translation>
    </message>
    <message>
        <source>Open FILE in a new window, even when a Moderato window is running.</source>
        <translation>DATEI in einem neuen Fenster öffnen, auch wenn bereits ein Moderato-Fenster läuft.</translation>
    </message>
    <message>
        <source>%1 has been handed to the Moderato window that is running.</source>
        <translation>%1 wurde an das laufende Moderato-Fenster übergeben.</translation>
    </message>
</context>
<context>
    <name>net::PhoneServer</name>
    <message>
        <source>cannot listen on %1 port %2: %3</source>
        <translation>kann nicht auf %1 Port %2 lauschen: %3</translation>
    </message>
</context>
<context>
    <name>net::SharingConnection</name>
    <message>
        <source>&quot;%1&quot; is not a join address like moderato://HOST:PORT/CODE</source>
        <translation>„%1“ ist keine Beitrittsadresse wie moderato://HOST:PORT/CODE</translation>
    </message>
    <message>
        <source>The host&apos;s certificate is not the one in the join address.</source>
        <translation>Das Zertifikat des Hosts ist nicht das in der Beitrittsadresse angegebene.</translation>
    </message>
</context>
<context>
    <name>net::SharingServer</name>
    <message>
        <source>cannot listen on %1 port %2: %3</source>
        <translation>kann nicht auf %1 Port %2 lauschen: %3</translation>
    </message>
    <message>
        <source>Only text messages are understood.</source>
        <translation>Nur Textnachrichten werden verstanden.</translation>
    </message>
    <message>
        <source>this build of Qt has no TLS</source>
        <translation>dieser Build von Qt unterstützt kein TLS</translation>
    </message>
    <message>
        <source>no TLS library is available (OpenSSL)</source>
        <translation>keine TLS-Bibliothek verfügbar (OpenSSL)</translation>
    </message>
    <message>
        <source>TLS must be chosen before sharing starts</source>
        <translation>TLS muss vor Beginn des Teilens gewählt werden</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate</source>
        <translation>%1 enthält kein PEM-Zertifikat</translation>
    </message>
    <message>
        <source>%1 holds no PEM private key (RSA or EC, without a passphrase)</source>
        <translation>%1 enthält keinen privaten PEM-Schlüssel (RSA oder EC, ohne Passphrase)</translation>
    </message>
</context>
<context>
    <name>ui::AgendaEditor</name>
    <message>
        <source>Opening</source>
        <translation>Eröffnung</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Podiumsgast</translation>
    </message>
    <message>
        <source>Audience input</source>
        <translation>Beiträge aus dem Publikum</translation>
    </message>
    <message>
        <source>Empty chair</source>
        <translation>Leerer Stuhl</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Move item</source>
        <translation>Punkt verschieben</translation>
    </message>
    <message>
        <source>Edit the agenda</source>
        <translation>Agenda bearbeiten</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Agendapunkt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Minutes:</source>
        <translation>&amp;Minuten:</translation>
    </message>
    <message>
        <source>S&amp;peaker:</source>
        <translation>&amp;Podiumsgast:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translation>Punkt &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>&amp;Nest</source>
        <translation>Ein&amp;rücken</translation>
    </message>
    <message>
        <source>Un-n&amp;est</source>
        <translation>Ausrüc&amp;ken</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>The clock has started: the agenda can no longer be edited. Lengthen, shorten or re-balance items from the console.</source>
        <translation>Die Uhr läuft: Die Agenda kann nicht mehr bearbeitet werden. Punkte lassen sich in der Konsole verlängern, kürzen oder neu verteilen.</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Block</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>Neuer Punkt</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Punkt hinzufügen</translation>
    </message>
    <message>
        <source>The agenda needs at least one item.</source>
        <translation>Die Agenda braucht mindestens einen Punkt.</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>Punkt entfernen</translation>
    </message>
    <message>
        <source>Only an item with an item before it can be nested into that item.</source>
        <translation>Nur ein Punkt, vor dem ein anderer Punkt steht, kann diesem untergeordnet werden.</translation>
    </message>
    <message>
        <source>Nest item</source>
        <translation>Punkt einrücken</translation>
    </message>
    <message>
        <source>Un-nest item</source>
        <translation>Punkt ausrücken</translation>
    </message>
    <message>
        <source>Change length</source>
        <translation>Dauer ändern</translation>
    </message>
    <message>
        <source>An agenda item needs a title.</source>
        <translation>Ein Agendapunkt braucht einen Titel.</translation>
    </message>
    <message>
        <source>Rename item</source>
        <translation>Punkt umbenennen</translation>
    </message>
    <message>
        <source>Change kind</source>
        <translation>Art ändern</translation>
    </message>
    <message>
        <source>Change speaker</source>
        <translation>Podiumsgast ändern</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(niemand)</translation>
    </message>
    <message>
        <source>Total %1 of %2</source>
        <translation>Gesamt %1 von %2</translation>
    </message>
    <message>
        <source>(%1 over)</source>
        <translation>(%1 zu viel)</translation>
    </message>
    <message>
        <source>(%1 left)</source>
        <translation>(%1 übrig)</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;otiz:</translation>
    </message>
    <message>
        <source>Change note</source>
        <translation>Notiz ändern</translation>
    </message>
    <message>
        <source>Break-out groups</source>
        <translation>Breakout-Gruppen</translation>
    </message>
    <message>
        <source>&amp;Groups…</source>
        <translation>&amp;Gruppen…</translation>
    </message>
    <message>
        <source>Groups, topics, places, leaders and members of this break-out item</source>
        <translation>Gruppen, Themen, Orte, Leitung und Mitglieder dieses Breakout-Punkts</translation>
    </message>
    <message>
        <source>Give the item the kind &quot;Break-out groups&quot; to edit its groups</source>
        <translation>Geben Sie dem Punkt die Art „Breakout-Gruppen“, um seine Gruppen zu bearbeiten</translation>
    </message>
</context>
<context>
    <name>ui::BalancePanel</name>
    <message>
        <source>not given</source>
        <translation>keine Angabe</translation>
    </message>
    <message>
        <source>in the room</source>
        <translation>vor Ort</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>hub %1</source>
        <translation>Hub %1</translation>
    </message>
    <message>
        <source>invited speakers</source>
        <translation>Podiumsgäste</translation>
    </message>
    <message>
        <source>moderators</source>
        <translation>Moderation</translation>
    </message>
    <message>
        <source>audience</source>
        <translation>Publikum</translation>
    </message>
    <message>
        <source>Floor time appears here once someone has the floor.</source>
        <translation>Die Redezeit erscheint hier, sobald jemand das Wort hat.</translation>
    </message>
    <message>
        <source>Stakeholder group</source>
        <translation>Stakeholder-Gruppe</translation>
    </message>
    <message>
        <source>Regional group</source>
        <translation>Regionalgruppe</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %Ln turn(s)</source>
        <translation>
            <numerusform>%1 · %Ln Redebeitrag</numerusform>
            <numerusform>%1 · %Ln Redebeiträge</numerusform>
        </translation>
    </message>
    <message>
        <source>replies by invited speakers</source>
        <translation>Antworten der Podiumsgäste</translation>
    </message>
    <message>
        <source>Presentations, replies and audience</source>
        <translation>Präsentationen, Antworten und Publikum</translation>
    </message>
    <message numerus="yes">
        <source>Moderation, not counted above: %1 · %Ln turn(s)</source>
        <translation>
            <numerusform>Moderation, oben nicht gezählt: %1 · %Ln Redebeitrag</numerusform>
            <numerusform>Moderation, oben nicht gezählt: %1 · %Ln Redebeiträge</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::BreakOutActions</name>
    <message>
        <source>Break-out &amp;groups…</source>
        <translation>Breakout-&amp;Gruppen…</translation>
    </message>
    <message>
        <source>Next &amp;report-back</source>
        <translation>Nächster &amp;Gruppenbericht</translation>
    </message>
    <message>
        <source>Give the floor to the next break-out group&apos;s rapporteur</source>
        <translation>Der Berichterstattung der nächsten Breakout-Gruppe das Wort erteilen</translation>
    </message>
    <message>
        <source>The agenda has no break-out item: give an item the kind &quot;Break-out groups&quot; in the agenda editor.</source>
        <translation>Die Agenda hat keinen Breakout-Punkt: Geben Sie einem Punkt im Agenda-Editor die Art „Breakout-Gruppen“.</translation>
    </message>
    <message>
        <source>No session is open.</source>
        <translation>Es ist keine Sitzung geöffnet.</translation>
    </message>
</context>
<context>
    <name>ui::BreakOutDialog</name>
    <message>
        <source>Break-out groups</source>
        <translation>Breakout-Gruppen</translation>
    </message>
    <message>
        <source>This agenda item is not a break-out item.</source>
        <translation>Dieser Agendapunkt ist kein Breakout-Punkt.</translation>
    </message>
    <message>
        <source>&amp;Add group</source>
        <translation>Gruppe &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove group</source>
        <translation>Gruppe &amp;entfernen</translation>
    </message>
    <message>
        <source>Report back &amp;earlier</source>
        <translation>&amp;Früher berichten</translation>
    </message>
    <message>
        <source>Report back &amp;later</source>
        <translation>&amp;Später berichten</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>&amp;Thema:</translation>
    </message>
    <message>
        <source>A policy question, or your own words</source>
        <translation>Eine Politikfrage oder eigene Worte</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>O&amp;rt:</translation>
    </message>
    <message>
        <source>table 2, left corner…</source>
        <translation>Tisch 2, linke Ecke…</translation>
    </message>
    <message>
        <source>&amp;Online</source>
        <translation>&amp;Online</translation>
    </message>
    <message>
        <source>&amp;Facilitator:</source>
        <translation>Gruppen&amp;leitung:</translation>
    </message>
    <message>
        <source>Ra&amp;pporteur:</source>
        <translation>&amp;Berichterstattung:</translation>
    </message>
    <message>
        <source>Who is in which group (drag people between the lists):</source>
        <translation>Wer ist in welcher Gruppe (Personen zwischen den Listen ziehen):</translation>
    </message>
    <message>
        <source>&amp;Move to…</source>
        <translation>&amp;Verschieben nach…</translation>
    </message>
    <message>
        <source>Assign a&amp;utomatically</source>
        <translation>&amp;Automatisch zuteilen</translation>
    </message>
    <message>
        <source>Balanced groups that spread stakeholder groups, regions and genders; possible until the group phase starts</source>
        <translation>Ausgewogene Gruppen, auf die Stakeholder-Gruppen, Regionen und Geschlechter verteilt werden; möglich, bis die Gruppenphase beginnt</translation>
    </message>
    <message>
        <source>Add a &amp;latecomer</source>
        <translation>Verspätete &amp;Person hinzufügen</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Participant %1</source>
        <translation>Teilnehmende Person %1</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>In no group</source>
        <translation>In keiner Gruppe</translation>
    </message>
    <message>
        <source>facilitator</source>
        <translation>Leitung</translation>
    </message>
    <message>
        <source>rapporteur</source>
        <translation>Berichterstattung</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(niemand)</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Gruppe %1</translation>
    </message>
    <message>
        <source>A group needs a name.</source>
        <translation>Eine Gruppe braucht einen Namen.</translation>
    </message>
    <message>
        <source>There is no such participant.</source>
        <translation>Diese teilnehmende Person gibt es nicht.</translation>
    </message>
    <message>
        <source>There is no such group.</source>
        <translation>Diese Gruppe gibt es nicht.</translation>
    </message>
    <message>
        <source>The group phase has started: add latecomers or move people by hand.</source>
        <translation>Die Gruppenphase hat begonnen: Fügen Sie verspätete Personen hinzu oder verschieben Sie Personen von Hand.</translation>
    </message>
    <message>
        <source>Group sizes %1–%2. Largest differences between groups: stakeholder groups %3, regions %4, genders %5.</source>
        <translation>Gruppengrößen %1–%2. Größte Unterschiede zwischen den Gruppen: Stakeholder-Gruppen %3, Regionen %4, Geschlechter %5.</translation>
    </message>
    <message>
        <source>Choose who came late.</source>
        <translation>Wählen Sie, wer später gekommen ist.</translation>
    </message>
    <message>
        <source>%1 joins %2.</source>
        <translation>%1 kommt zu %2.</translation>
    </message>
    <message>
        <source>Select someone in a group&apos;s list first.</source>
        <translation>Wählen Sie zuerst eine Person in der Liste einer Gruppe aus.</translation>
    </message>
    <message>
        <source>Edit break-out groups</source>
        <translation>Breakout-Gruppen bearbeiten</translation>
    </message>
    <message numerus="yes">
        <source>%Ln person&apos;s own choice could not be kept.</source>
        <translation>
            <numerusform>Die eigene Wahl von %Ln Person konnte nicht berücksichtigt werden.</numerusform>
            <numerusform>Die eigene Wahl von %Ln Personen konnte nicht berücksichtigt werden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::BriefingDialog</name>
    <message>
        <source>Briefing pack</source>
        <translation>Briefing-Mappe</translation>
    </message>
    <message>
        <source>Show the &amp;date</source>
        <translation>&amp;Datum anzeigen</translation>
    </message>
    <message>
        <source>Include the prepared &amp;questions</source>
        <translation>Vorbereitete &amp;Fragen aufnehmen</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>&amp;PDF exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;Markdown…</source>
        <translation>&amp;Markdown exportieren…</translation>
    </message>
    <message>
        <source>&amp;Starts at:</source>
        <translation>&amp;Beginn:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <source>Export the briefing pack</source>
        <translation>Briefing-Mappe exportieren</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>The briefing pack could not be written: %1</source>
        <translation>Die Briefing-Mappe konnte nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>ui::CaptionControl</name>
    <message>
        <source>Follow a caption file</source>
        <translation>Einer Untertiteldatei folgen</translation>
    </message>
    <message>
        <source>Captions (*.txt *.srt *.vtt);;All files (*)</source>
        <translation>Untertitel (*.txt *.srt *.vtt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Following %1: each new line is shown.</source>
        <translation>Folge %1: Jede neue Zeile wird angezeigt.</translation>
    </message>
    <message>
        <source>No caption file is followed.</source>
        <translation>Keiner Untertiteldatei wird gefolgt.</translation>
    </message>
    <message>
        <source>&amp;Captions</source>
        <translation>&amp;Untertitel</translation>
    </message>
    <message>
        <source>&amp;Show captions</source>
        <translation>Untertitel &amp;anzeigen</translation>
    </message>
    <message>
        <source>Caption si&amp;ze</source>
        <translation>Untertitel&amp;größe</translation>
    </message>
    <message>
        <source>&amp;Small</source>
        <translation>&amp;Klein</translation>
    </message>
    <message>
        <source>&amp;Medium</source>
        <translation>&amp;Mittel</translation>
    </message>
    <message>
        <source>&amp;Large</source>
        <translation>&amp;Groß</translation>
    </message>
    <message>
        <source>&amp;Type captions…</source>
        <translation>Untertitel &amp;eingeben…</translation>
    </message>
    <message>
        <source>&amp;Follow a caption file…</source>
        <translation>Einer Untertitel&amp;datei folgen…</translation>
    </message>
    <message>
        <source>S&amp;top following the caption file</source>
        <translation>Der Untertiteldatei nicht &amp;mehr folgen</translation>
    </message>
    <message>
        <source>Captions</source>
        <translation>Untertitel</translation>
    </message>
    <message>
        <source>Speaker:</source>
        <translation>Sprechende Person:</translation>
    </message>
    <message>
        <source>Optional: who is speaking</source>
        <translation>Optional: wer spricht</translation>
    </message>
    <message>
        <source>Type a caption line and press Enter</source>
        <translation>Untertitelzeile eingeben und Eingabetaste drücken</translation>
    </message>
</context>
<context>
    <name>ui::EmptyChairView</name>
    <message>
        <source>The empty chair is closed.</source>
        <translation>Der leere Stuhl ist geschlossen.</translation>
    </message>
    <message>
        <source>Invite the room to the empty chair (C)</source>
        <translation>Saal zum leeren Stuhl einladen (C)</translation>
    </message>
    <message>
        <source>The empty chair is open: anyone in the room may take it; online participants join through the online moderator.</source>
        <translation>Der leere Stuhl ist offen: Alle vor Ort können ihn einnehmen; Online-Teilnehmende kommen über die Online-Moderation dazu.</translation>
    </message>
    <message>
        <source>Close the empty chair (C)</source>
        <translation>Leeren Stuhl schließen (C)</translation>
    </message>
    <message>
        <source>%1 replies to the empty chair.</source>
        <translation>%1 antwortet dem leeren Stuhl.</translation>
    </message>
    <message>
        <source>%1 sits in the empty chair (%2).</source>
        <translation>%1 sitzt auf dem leeren Stuhl (%2).</translation>
    </message>
    <message>
        <source>The empty chair is taken.</source>
        <translation>Der leere Stuhl ist besetzt.</translation>
    </message>
    <message>
        <source>Release the empty chair (C)</source>
        <translation>Leeren Stuhl freigeben (C)</translation>
    </message>
    <message>
        <source>The speaker has finished: invite the room to the empty chair now (C).</source>
        <translation>Der Redebeitrag ist beendet: Jetzt den Saal zum leeren Stuhl einladen (C).</translation>
    </message>
    <message>
        <source>The online moderator claims the empty chair for %1 (%2).</source>
        <translation>Die Online-Moderation meldet %1 (%2) für den leeren Stuhl an.</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>Nobody has taken the empty chair yet.</source>
        <translation>Noch niemand hat den leeren Stuhl eingenommen.</translation>
    </message>
    <message>
        <source>In the chair so far: %1</source>
        <translation>Bisher auf dem Stuhl: %1</translation>
    </message>
    <message>
        <source>Open or close the empty &amp;chair</source>
        <translation>Leeren &amp;Stuhl öffnen oder schließen</translation>
    </message>
    <message>
        <source>&amp;Accept the claim on the empty chair</source>
        <translation>Anmeldung für den leeren Stuhl &amp;annehmen</translation>
    </message>
    <message>
        <source>Empty chair</source>
        <translation>Leerer Stuhl</translation>
    </message>
    <message>
        <source>Accept (A)</source>
        <translation>Annehmen (A)</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Take the chair</source>
        <translation>Stuhl einnehmen</translation>
    </message>
    <message>
        <source>Remote participant (for the online moderator)</source>
        <translation>Person online (für die Online-Moderation)</translation>
    </message>
    <message>
        <source>Claim for them</source>
        <translation>Stellvertretend anmelden</translation>
    </message>
    <message>
        <source>Speaker replies</source>
        <translation>Podium antwortet</translation>
    </message>
    <message>
        <source>%1 (%2) asks for the empty chair from their phone.</source>
        <translation>%1 (%2) bittet per Smartphone um den leeren Stuhl.</translation>
    </message>
    <message>
        <source>Who takes the chair: name, group, region, gender, room or online</source>
        <translation>Wer den Stuhl einnimmt: Name, Gruppe, Region, Geschlecht, room oder online</translation>
    </message>
</context>
<context>
    <name>ui::FloorHolderView</name>
    <message>
        <source>Give the floor to %1 (S)</source>
        <translation>%1 das Wort erteilen (S)</translation>
    </message>
    <message>
        <source>Give the floor to the speaker (S)</source>
        <translation>Dem Podiumsgast das Wort erteilen (S)</translation>
    </message>
    <message>
        <source>Nobody holds the floor</source>
        <translation>Niemand hat das Wort</translation>
    </message>
    <message>
        <source>invited speaker</source>
        <translation>Podiumsgast</translation>
    </message>
    <message>
        <source>intervention</source>
        <translation>Beitrag aus dem Publikum</translation>
    </message>
    <message>
        <source>in the empty chair, through the online moderator</source>
        <translation>auf dem leeren Stuhl, über die Online-Moderation</translation>
    </message>
    <message>
        <source>in the empty chair</source>
        <translation>auf dem leeren Stuhl</translation>
    </message>
    <message>
        <source>reply to the empty chair</source>
        <translation>Antwort an den leeren Stuhl</translation>
    </message>
    <message>
        <source>Give the floor to the &amp;speaker</source>
        <translation>Dem &amp;Podiumsgast das Wort erteilen</translation>
    </message>
    <message>
        <source>&amp;End the turn</source>
        <translation>Redebeitrag &amp;beenden</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>Das Wort hat</translation>
    </message>
    <message>
        <source>End turn (Y)</source>
        <translation>Beitrag beenden (Y)</translation>
    </message>
    <message>
        <source>reply</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>moderation</source>
        <translation>Moderation</translation>
    </message>
</context>
<context>
    <name>ui::FloorPart</name>
    <message>
        <source>in the room</source>
        <translation>vor Ort</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>hub %1</source>
        <translation>Hub %1</translation>
    </message>
</context>
<context>
    <name>ui::GlossaryDialog</name>
    <message>
        <source>Glossary</source>
        <translation>Glossar</translation>
    </message>
    <message>
        <source>Key terms of the session with short explanations, for the room&apos;s non-native speakers. The room display shows them as a scene, or one at a time.</source>
        <translation>Zentrale Begriffe der Sitzung mit kurzen Erklärungen für alle im Saal, die nicht in ihrer Muttersprache zuhören. Die Saalanzeige zeigt sie als Szene oder einzeln.</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Begriff</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Erklärung</translation>
    </message>
    <message>
        <source>&amp;Add a term</source>
        <translation>Begriff &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove the term</source>
        <translation>Begriff &amp;entfernen</translation>
    </message>
    <message>
        <source>Edit the glossary</source>
        <translation>Glossar bearbeiten</translation>
    </message>
</context>
<context>
    <name>ui::JoinDialog</name>
    <message>
        <source>Join a shared session</source>
        <translation>Einer geteilten Sitzung beitreten</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Beitreten</translation>
    </message>
    <message>
        <source>The moderator&apos;s Moderato shows an address for each role under File › Share on the network. Type or paste the one for your role; it decides what you can do.</source>
        <translation>Das Moderato der Moderation zeigt unter Datei › Im Netzwerk teilen für jede Rolle eine Adresse. Geben Sie die Adresse Ihrer Rolle ein oder fügen Sie sie ein; sie bestimmt, was Sie tun können.</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Ihr &amp;Name:</translation>
    </message>
</context>
<context>
    <name>ui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Clock</source>
        <translation>&amp;Uhr</translation>
    </message>
    <message>
        <source>&amp;Go to agenda item</source>
        <translation>&amp;Gehe zu Agendapunkt</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;New session…</source>
        <translation>&amp;Neue Sitzung…</translation>
    </message>
    <message>
        <source>&amp;Open session…</source>
        <translation>Sitzung ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Write a copy of the session file and continue in the copy</source>
        <translation>Eine Kopie der Sitzungsdatei schreiben und in der Kopie weiterarbeiten</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Start or pause</source>
        <translation>&amp;Starten oder pausieren</translation>
    </message>
    <message>
        <source>Start or &amp;resume</source>
        <translation>Starten oder &amp;fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <source>&amp;Next agenda item</source>
        <translation>&amp;Nächster Agendapunkt</translation>
    </message>
    <message>
        <source>&amp;Previous agenda item</source>
        <translation>&amp;Vorheriger Agendapunkt</translation>
    </message>
    <message>
        <source>Add one &amp;minute</source>
        <translation>Eine &amp;Minute hinzufügen</translation>
    </message>
    <message>
        <source>Remove one m&amp;inute</source>
        <translation>Eine Minute &amp;abziehen</translation>
    </message>
    <message>
        <source>Re-&amp;balance the agenda</source>
        <translation>Restzeit neu ve&amp;rteilen</translation>
    </message>
    <message>
        <source>&amp;End the session…</source>
        <translation>Sitzung &amp;beenden…</translation>
    </message>
    <message>
        <source>&amp;Mute chimes</source>
        <translation>&amp;Glockentöne stummschalten</translation>
    </message>
    <message>
        <source>&amp;About Moderato</source>
        <translation>&amp;Über Moderato</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>−1 min</source>
        <translation>−1 Min.</translation>
    </message>
    <message>
        <source>+1 min</source>
        <translation>+1 Min.</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Stumm</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Vergangen</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Verbleibend</translation>
    </message>
    <message>
        <source>Projected end</source>
        <translation>Voraussichtliches Ende</translation>
    </message>
    <message>
        <source>Against plan</source>
        <translation>Gegenüber Plan</translation>
    </message>
    <message>
        <source>No session is open.</source>
        <translation>Keine Sitzung geöffnet.</translation>
    </message>
    <message>
        <source>Not started: press Space to start the clock.</source>
        <translation>Nicht gestartet: Leertaste drücken, um die Uhr zu starten.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Paused for %1</source>
        <translation>Pausiert seit %1</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>The session has ended.</source>
        <translation>Die Sitzung ist beendet.</translation>
    </message>
    <message>
        <source>planned %1</source>
        <translation>geplant %1</translation>
    </message>
    <message>
        <source>Next: %1 (%2)</source>
        <translation>Als Nächstes: %1 (%2)</translation>
    </message>
    <message>
        <source>Next: end of the session</source>
        <translation>Als Nächstes: Ende der Sitzung</translation>
    </message>
    <message>
        <source>%1 behind</source>
        <translation>%1 hinter dem Plan</translation>
    </message>
    <message>
        <source>%1 ahead</source>
        <translation>%1 vor dem Plan</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Im Plan</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message numerus="yes">
        <source>Running %1 behind. Shorten %Ln item(s) not yet started so the session ends on time; the summary keeps its time.</source>
        <translation>
            <numerusform>Die Sitzung liegt %1 hinter dem Plan. Vorschlag: %Ln noch nicht begonnenen Agendapunkt kürzen, damit sie pünktlich endet; die Zusammenfassung behält ihre Zeit.</numerusform>
            <numerusform>Die Sitzung liegt %1 hinter dem Plan. Vorschlag: %Ln noch nicht begonnene Agendapunkte kürzen, damit sie pünktlich endet; die Zusammenfassung behält ihre Zeit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Even so, the session ends %1 late.</source>
        <translation>Trotzdem endet die Sitzung %1 zu spät.</translation>
    </message>
    <message>
        <source>Nothing to re-balance: the session is on time or no item can be shortened.</source>
        <translation>Nichts neu zu verteilen: Die Sitzung liegt im Plan oder kein Agendapunkt lässt sich kürzen.</translation>
    </message>
    <message>
        <source>Moderato</source>
        <translation>Moderato</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (demo, kept only until you quit; use Save as to keep it) — Moderato</source>
        <translation>%1 (Demo, nur bis zum Beenden erhalten; mit „Speichern unter“ behalten) — Moderato</translation>
    </message>
    <message>
        <source>This is the demo workshop in a temporary file.</source>
        <translation>Dies ist der Demo-Workshop in einer temporären Datei.</translation>
    </message>
    <message>
        <source>%1 — %2 — Moderato</source>
        <translation>%1 — %2 — Moderato</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>Sitzung öffnen</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Neue Sitzung</translation>
    </message>
    <message>
        <source>Moderato sessions (*.moderato)</source>
        <translation>Moderato-Sitzungen (*.moderato)</translation>
    </message>
    <message>
        <source>Save session as</source>
        <translation>Sitzung speichern unter</translation>
    </message>
    <message>
        <source>End the session</source>
        <translation>Sitzung beenden</translation>
    </message>
    <message>
        <source>End the session now? The clock stops for good; the record stays.</source>
        <translation>Sitzung jetzt beenden? Die Uhr stoppt endgültig; die Aufzeichnung bleibt erhalten.</translation>
    </message>
    <message>
        <source>About Moderato</source>
        <translation>Über Moderato</translation>
    </message>
    <message>
        <source>Moderato %1
The moderator&apos;s console for multi-stakeholder workshops.</source>
        <translation>Moderato %1
Die Moderationskonsole für Multi-Stakeholder-Workshops.</translation>
    </message>
    <message>
        <source>no session is open</source>
        <translation>keine Sitzung ist geöffnet</translation>
    </message>
    <message>
        <source>F&amp;loor</source>
        <translation>&amp;Wortmeldungen</translation>
    </message>
    <message>
        <source>Balance of the floor</source>
        <translation>Verteilung der Redezeit</translation>
    </message>
    <message>
        <source>Next page or agenda item (clicker)</source>
        <translation>Nächste Seite oder nächster Agendapunkt (Presenter)</translation>
    </message>
    <message>
        <source>Previous page or agenda item (clicker)</source>
        <translation>Vorherige Seite oder vorheriger Agendapunkt (Presenter)</translation>
    </message>
    <message>
        <source>Rapporteur&apos;s notes</source>
        <translation>Notizen der Berichterstattung</translation>
    </message>
    <message>
        <source>Session re&amp;port…</source>
        <translation>Sitzungsbe&amp;richt…</translation>
    </message>
    <message>
        <source>&amp;Prepare</source>
        <translation>&amp;Vorbereiten</translation>
    </message>
    <message>
        <source>&amp;Import workshop proposal…</source>
        <translation>Workshopvorschlag &amp;importieren…</translation>
    </message>
    <message>
        <source>Make a new session from an IGF workshop proposal copied as text</source>
        <translation>Eine neue Sitzung aus einem als Text kopierten IGF-Workshopvorschlag erstellen</translation>
    </message>
    <message>
        <source>Edit the &amp;agenda…</source>
        <translation>&amp;Agenda bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;People…</source>
        <translation>&amp;Personen…</translation>
    </message>
    <message>
        <source>Prepared &amp;questions…</source>
        <translation>Vorbereitete &amp;Fragen…</translation>
    </message>
    <message>
        <source>Session &amp;settings…</source>
        <translation>Sitzungs&amp;einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Briefing pack…</source>
        <translation>Briefing-&amp;Mappe…</translation>
    </message>
    <message>
        <source>Import workshop proposal</source>
        <translation>Workshopvorschlag importieren</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Textdateien (*.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The proposal could not be read: %1</source>
        <translation>Der Vorschlag konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Session &amp;details…</source>
        <translation>&amp;Sitzungsdetails…</translation>
    </message>
    <message>
        <source>Another Moderato window asked to open this session, which is open here.</source>
        <translation>Ein anderes Moderato-Fenster wollte diese Sitzung öffnen, die hier geöffnet ist.</translation>
    </message>
    <message>
        <source>%1 is open in another window or on another computer, which is the only one that may write to it.

You can look at it here without changing it, or save a copy and continue in the copy.</source>
        <translation>%1 ist in einem anderen Fenster oder auf einem anderen Computer geöffnet; nur dort darf in die Datei geschrieben werden.

Sie können die Sitzung hier ansehen, ohne sie zu ändern, oder eine Kopie speichern und in der Kopie weiterarbeiten.</translation>
    </message>
    <message>
        <source>Open &amp;read-only</source>
        <translation>&amp;Schreibgeschützt öffnen</translation>
    </message>
    <message>
        <source>&amp;Save a copy…</source>
        <translation>&amp;Kopie speichern…</translation>
    </message>
    <message>
        <source>%1 — %2 (read-only) — Moderato</source>
        <translation>%1 — %2 (schreibgeschützt) — Moderato</translation>
    </message>
    <message>
        <source>Read-only: nothing is recorded here. Use Save as to continue in a copy.</source>
        <translation>Schreibgeschützt: Hier wird nichts aufgezeichnet. Mit „Speichern unter“ in einer Kopie weiterarbeiten.</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <extracomment>Edit menu; %1 names the step, such as &quot;Rename item&quot;</extracomment>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <extracomment>Edit menu; %1 names the step, such as &quot;Rename item&quot;</extracomment>
        <translation>&amp;Wiederholen: %1</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>S&amp;hare on the network…</source>
        <translation>Im Netzwerk &amp;teilen…</translation>
    </message>
    <message>
        <source>Message to the moderator</source>
        <translation>Nachricht an die Moderation</translation>
    </message>
    <message>
        <source>A short message for the moderator&apos;s console:</source>
        <translation>Eine kurze Nachricht für die Moderationskonsole:</translation>
    </message>
    <message>
        <source>&amp;Join a shared session…</source>
        <translation>Einer &amp;geteilten Sitzung beitreten…</translation>
    </message>
    <message>
        <source>&amp;Message to the moderator…</source>
        <translation>N&amp;achricht an die Moderation…</translation>
    </message>
    <message>
        <source>Only the moderator&apos;s own Moderato shares the session.</source>
        <translation>Nur das eigene Moderato der Moderation teilt die Sitzung.</translation>
    </message>
    <message>
        <source>Joining a shared session — Moderato</source>
        <translation>Beitritt zu einer geteilten Sitzung — Moderato</translation>
    </message>
    <message>
        <source>%1 — joined as %2 — Moderato</source>
        <extracomment>%1 is the session&apos;s name, %2 the role (&quot;Rapporteur&quot;) this window joined in</extracomment>
        <translation>%1 — beigetreten in der Rolle %2 — Moderato</translation>
    </message>
    <message>
        <source>%1 — %2 (a joined device&apos;s copy, read-only) — Moderato</source>
        <extracomment>%1 is the session&apos;s name, %2 the file&apos;s</extracomment>
        <translation>%1 — %2 (Kopie eines beigetretenen Geräts, schreibgeschützt) — Moderato</translation>
    </message>
    <message>
        <source>Saved a copy of the shared session so far as %1; this window keeps following the host.</source>
        <translation>Der bisherige Stand der geteilten Sitzung wurde als Kopie unter %1 gespeichert; dieses Fenster folgt weiter dem Host.</translation>
    </message>
    <message>
        <source>give the name you join with</source>
        <translation>den Namen angeben, mit dem Sie beitreten</translation>
    </message>
    <message>
        <source>The host refused this device: %1</source>
        <translation>Der Host hat dieses Gerät abgelehnt: %1</translation>
    </message>
    <message>
        <source>Join a shared session</source>
        <translation>Einer geteilten Sitzung beitreten</translation>
    </message>
    <message>
        <source>Not connected to the host: the message was not sent.</source>
        <translation>Keine Verbindung zum Host: Die Nachricht wurde nicht gesendet.</translation>
    </message>
    <message>
        <source>Sent to the moderator: %1</source>
        <translation>An die Moderation gesendet: %1</translation>
    </message>
    <message>
        <source>Not connected: the host refused this device (%1).</source>
        <translation>Nicht verbunden: Der Host hat dieses Gerät abgelehnt (%1).</translation>
    </message>
    <message>
        <source>Online as %1 · %2 ms to the host</source>
        <translation>Online in der Rolle %1 · %2 ms zum Host</translation>
    </message>
    <message>
        <source>Online as %1</source>
        <translation>Online in der Rolle %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) on the way</source>
        <translation>
            <numerusform>%Ln Änderung unterwegs</numerusform>
            <numerusform>%Ln Änderungen unterwegs</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline since %1: you keep working on the last copy; what you do is sent when the connection returns.</source>
        <translation>Offline seit %1: Sie arbeiten mit der letzten Kopie weiter; was Sie tun, wird gesendet, sobald die Verbindung wieder besteht.</translation>
    </message>
    <message>
        <source>Connecting to the host…</source>
        <translation>Verbindung zum Host wird hergestellt…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) kept on this device.</source>
        <translation>
            <numerusform>%Ln Änderung wird auf diesem Gerät aufbewahrt.</numerusform>
            <numerusform>%Ln Änderungen werden auf diesem Gerät aufbewahrt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>Nicht verbunden: %1</translation>
    </message>
    <message>
        <source>Participants&apos; phones</source>
        <translation>Smartphones der Teilnehmenden</translation>
    </message>
</context>
<context>
    <name>ui::PeopleEditor</name>
    <message>
        <source>onsite</source>
        <translation>vor Ort</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>hub: %1</source>
        <translation>Hub: %1</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Podiumsgast</translation>
    </message>
    <message>
        <source>Onsite moderator</source>
        <translation>Moderation vor Ort</translation>
    </message>
    <message>
        <source>Online moderator</source>
        <translation>Online-Moderation</translation>
    </message>
    <message>
        <source>Rapporteur</source>
        <translation>Berichterstattung</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Publikum</translation>
    </message>
    <message>
        <source>New participant</source>
        <translation>Neue teilnehmende Person</translation>
    </message>
    <message>
        <source>New participant %1</source>
        <translation>Neue teilnehmende Person %1</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Stakeholder group</source>
        <translation>Stakeholder-Gruppe</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>Stakeholder &amp;group:</source>
        <translation>Stakeholder-Gr&amp;uppe:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>Gen&amp;der:</source>
        <translation>Geschle&amp;cht:</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Kanal:</translation>
    </message>
    <message>
        <source>&amp;Hub:</source>
        <translation>&amp;Hub:</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Rollen:</translation>
    </message>
    <message>
        <source>remote hub</source>
        <translation>Remote-Hub</translation>
    </message>
    <message>
        <source>as the person describes it; optional</source>
        <translation>so, wie die Person es beschreibt; optional</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>Hin&amp;zufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>CSV &amp;importieren…</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Who has spoken, asked to speak or claimed the chair stays in the session&apos;s record.</source>
        <translation>Wer gesprochen, sich zu Wort gemeldet oder für den Stuhl angemeldet hat, bleibt in der Aufzeichnung der Sitzung.</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>no session is open</source>
        <translation>keine Sitzung ist geöffnet</translation>
    </message>
    <message>
        <source>Import people</source>
        <translation>Personen importieren</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be updated</source>
        <translation>„%1“ konnte nicht aktualisiert werden</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be added</source>
        <translation>„%1“ konnte nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>%1 added, %2 updated.</source>
        <translation>%1 hinzugefügt, %2 aktualisiert.</translation>
    </message>
    <message>
        <source>cannot write &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export people</source>
        <translation>Personen exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>A participant needs a name.</source>
        <translation>Eine teilnehmende Person braucht einen Namen.</translation>
    </message>
    <message>
        <source>Remote hub</source>
        <translation>Remote-Hub</translation>
    </message>
</context>
<context>
    <name>ui::PhonesPanel</name>
    <message>
        <source>in the room</source>
        <translation>vor Ort</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>at a hub</source>
        <translation>über einen Hub</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>über %1</translation>
    </message>
    <message>
        <source>someone who left</source>
        <translation>eine Person, die gegangen ist</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A participant&apos;s name and their stakeholder group</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>for policy question %1: %2</source>
        <translation>zu Politikfrage %1: %2</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>an %1</translation>
    </message>
    <message>
        <source>Inbox (%1)</source>
        <translation>Posteingang (%1)</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Posteingang</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>gesperrt</translation>
    </message>
    <message>
        <source>Phone %1</source>
        <translation>Smartphone %1</translation>
    </message>
    <message>
        <source>Phones (%1)</source>
        <translation>Smartphones (%1)</translation>
    </message>
    <message>
        <source>The room PIN and the page&apos;s address are on the host&apos;s console.</source>
        <translation>Die Saal-PIN und die Adresse der Seite stehen in der Konsole des Hosts.</translation>
    </message>
    <message>
        <source>Share the session on the network (File › Share on the network…) to let participants join from their phones.</source>
        <translation>Teilen Sie die Sitzung im Netzwerk (Datei › Im Netzwerk teilen…), damit Teilnehmende per Smartphone beitreten können.</translation>
    </message>
    <message>
        <source>Room PIN: %1 %2</source>
        <extracomment>The room PIN, shown in two groups of three digits</extracomment>
        <translation>Saal-PIN: %1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln phone(s) connected</source>
        <translation>
            <numerusform>%Ln Smartphone verbunden</numerusform>
            <numerusform>%Ln Smartphones verbunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Participants open %1</source>
        <translation>Teilnehmende öffnen %1</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>Participants may join from their phones</source>
        <translation>Teilnehmende dürfen per Smartphone beitreten</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>Neue PIN</translation>
    </message>
    <message>
        <source>Phones that joined stay; new ones need the new PIN.</source>
        <translation>Bereits beigetretene Smartphones bleiben verbunden; neue brauchen die neue PIN.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Question or comment</source>
        <translation>Frage oder Kommentar</translation>
    </message>
    <message>
        <source>Read out</source>
        <translation>Vorlesen</translation>
    </message>
    <message>
        <source>Show to the room</source>
        <translation>Dem Saal zeigen</translation>
    </message>
    <message>
        <source>Add to prepared questions</source>
        <translation>Zu den vorbereiteten Fragen hinzufügen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Takeaway</source>
        <translation>Erkenntnis</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>Zustimmung</translation>
    </message>
    <message>
        <source>Disagree</source>
        <translation>Ablehnung</translation>
    </message>
    <message>
        <source>Reactions</source>
        <translation>Reaktionen</translation>
    </message>
    <message>
        <source>Their takeaways</source>
        <translation>Eigene Erkenntnisse</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Stakeholder group</source>
        <translation>Stakeholder-Gruppe</translation>
    </message>
    <message>
        <source>Taking part</source>
        <translation>Teilnahme</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>Its requests disappear and it can no longer send anything.</source>
        <translation>Seine Anfragen verschwinden, und es kann nichts mehr senden.</translation>
    </message>
    <message>
        <source>Unblock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>Seconds between two questions of a phone:</source>
        <translation>Sekunden zwischen zwei Fragen eines Smartphones:</translation>
    </message>
    <message>
        <source>Questions of a phone waiting at most:</source>
        <translation>Höchstens wartende Fragen je Smartphone:</translation>
    </message>
    <message>
        <source>Apply limits</source>
        <translation>Grenzen anwenden</translation>
    </message>
</context>
<context>
    <name>ui::ProposalImportDialog</name>
    <message>
        <source>Import workshop proposal</source>
        <translation>Workshopvorschlag importieren</translation>
    </message>
    <message>
        <source>Format: %1</source>
        <translation>Format: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln speaker(s), %1 policy question(s)</source>
        <translation>
            <numerusform>%Ln Podiumsgast, Politikfragen: %1</numerusform>
            <numerusform>%Ln Podiumsgäste, Politikfragen: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Agenda: %Ln item(s), %1</source>
        <translation>
            <numerusform>Agenda: %Ln Punkt, %1</numerusform>
            <numerusform>Agenda: %Ln Punkte, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The proposal has no agenda: one was built for its format. Check it in Prepare &gt; Edit the agenda.</source>
        <translation>Der Vorschlag hat keine Agenda: Es wurde eine passend zu seinem Format erstellt. Prüfen Sie sie unter Vorbereiten &gt; Agenda bearbeiten.</translation>
    </message>
    <message>
        <source>The agenda is %1 longer than the session; nothing was changed.</source>
        <translation>Die Agenda ist %1 länger als die Sitzung; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The agenda is %1 shorter than the session; nothing was changed.</source>
        <translation>Die Agenda ist %1 kürzer als die Sitzung; es wurde nichts geändert.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln thing(s) could not be read; see the details.</source>
        <translation>
            <numerusform>%Ln Angabe konnte nicht gelesen werden; siehe Details.</numerusform>
            <numerusform>%Ln Angaben konnten nicht gelesen werden; siehe Details.</numerusform>
        </translation>
    </message>
    <message>
        <source>Create the session…</source>
        <translation>Sitzung erstellen…</translation>
    </message>
</context>
<context>
    <name>ui::QuestionBankDialog</name>
    <message>
        <source>Prepared questions</source>
        <translation>Vorbereitete Fragen</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Agendapunkt</translation>
    </message>
    <message>
        <source>For speaker</source>
        <translation>Für Podiumsgast</translation>
    </message>
    <message>
        <source>Questions to ask if the conversation stalls. The console shows those of the current item, of the speaker who has the floor, and those for any moment.</source>
        <translation>Fragen für den Fall, dass das Gespräch ins Stocken gerät. Die Konsole zeigt die Fragen zum aktuellen Punkt, zum Podiumsgast, der das Wort hat, und die jederzeit passenden Fragen.</translation>
    </message>
    <message>
        <source>&amp;Add question</source>
        <translation>Frage &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>New question</source>
        <translation>Neue Frage</translation>
    </message>
    <message>
        <source>any item</source>
        <translation>beliebiger Punkt</translation>
    </message>
    <message>
        <source>anyone</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>Edit the prepared questions</source>
        <translation>Vorbereitete Fragen bearbeiten</translation>
    </message>
</context>
<context>
    <name>ui::QuestionsPanel</name>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Write the questions to ask if the conversation stalls</source>
        <translation>Fragen für den Fall notieren, dass das Gespräch ins Stocken gerät</translation>
    </message>
    <message>
        <source>Prepared questions (%1 not asked)</source>
        <translation>Vorbereitete Fragen (%1 nicht gestellt)</translation>
    </message>
    <message>
        <source>No prepared questions for this moment.</source>
        <translation>Keine vorbereiteten Fragen für diesen Moment.</translation>
    </message>
</context>
<context>
    <name>ui::RapporteurPane</name>
    <message>
        <source>add note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>edit note</source>
        <translation>Notiz bearbeiten</translation>
    </message>
    <message>
        <source>delete note</source>
        <translation>Notiz löschen</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Notiz bearbeiten</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Notiz:</translation>
    </message>
    <message>
        <source>no note is selected</source>
        <translation>keine Notiz ist ausgewählt</translation>
    </message>
    <message>
        <source>Policy question %1: %2</source>
        <translation>Politikfrage %1: %2</translation>
    </message>
    <message>
        <source>Every speaker</source>
        <translation>Alle Redenden</translation>
    </message>
    <message>
        <source>Every agenda item</source>
        <translation>Alle Agendapunkte</translation>
    </message>
    <message>
        <source>Every tag</source>
        <translation>Alle Schlagwörter</translation>
    </message>
    <message>
        <source>No policy question</source>
        <translation>Keine Politikfrage</translation>
    </message>
    <message>
        <source>Type a note, Enter to save it</source>
        <translation>Notiz tippen, mit der Eingabetaste speichern</translation>
    </message>
    <message>
        <source>Key takeaway</source>
        <translation>Wichtige Erkenntnis</translation>
    </message>
    <message>
        <source>Call to action</source>
        <translation>Handlungsaufruf</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Einigkeit</translation>
    </message>
    <message>
        <source>Disagreement</source>
        <translation>Uneinigkeit</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <source>Alt+%1</source>
        <translation>Alt+%1</translation>
    </message>
    <message>
        <source>Tags while typing: Alt+1 key takeaway, Alt+2 call to action, Alt+3 question, Alt+4 agreement, Alt+5 disagreement, Alt+6 quote. Esc leaves the field.</source>
        <translation>Schlagwörter beim Tippen: Alt+1 wichtige Erkenntnis, Alt+2 Handlungsaufruf, Alt+3 Frage, Alt+4 Einigkeit, Alt+5 Uneinigkeit, Alt+6 Zitat. Esc verlässt das Feld.</translation>
    </message>
    <message>
        <source>Search the notes</source>
        <translation>Notizen durchsuchen</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>No break-out group</source>
        <translation>Keine Breakout-Gruppe</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The break-out group the next notes are for</source>
        <translation>Die Breakout-Gruppe, zu der die nächsten Notizen gehören</translation>
    </message>
</context>
<context>
    <name>ui::ReportDialog</name>
    <message>
        <source>Session report</source>
        <translation>Sitzungsbericht</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Onsite</source>
        <translation>Vor Ort</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Of whom women</source>
        <translation>Davon Frauen</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>Teilnahme</translation>
    </message>
    <message>
        <source>Short report</source>
        <translation>Kurzbericht</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Copy as Markdown</source>
        <translation>Als Markdown kopieren</translation>
    </message>
    <message>
        <source>Show the takeaways to the room</source>
        <translation>Dem Saal die wichtigsten Erkenntnisse zeigen</translation>
    </message>
    <message>
        <source>Import transcript…</source>
        <translation>Transkript importieren…</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;OpenDocument text (*.odt);;HTML (*.html);;Markdown (*.md)</source>
        <translation>PDF (*.pdf);;OpenDocument-Text (*.odt);;HTML (*.html);;Markdown (*.md)</translation>
    </message>
    <message>
        <source>Import a transcript</source>
        <translation>Transkript importieren</translation>
    </message>
    <message>
        <source>Text (*.txt);;All files (*)</source>
        <translation>Text (*.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>no session is open</source>
        <translation>keine Sitzung ist geöffnet</translation>
    </message>
    <message>
        <source>%1: use .md, .html, .odt or .pdf</source>
        <translation>%1: .md, .html, .odt oder .pdf verwenden</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>Draft from the session: edit it, or confirm it as it stands.</source>
        <translation>Entwurf aus der Sitzung: bearbeiten oder unverändert bestätigen.</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Drafted line</source>
        <translation>Entworfene Zeile</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Agendapunkt</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Choose a line to see the notes or transcript turns it was drafted from.</source>
        <translation>Eine Zeile wählen, um die Notizen oder Redebeiträge des Transkripts zu sehen, aus denen sie entworfen wurde.</translation>
    </message>
    <message>
        <source>The sources of the chosen line appear here.</source>
        <translation>Die Quellen der gewählten Zeile erscheinen hier.</translation>
    </message>
    <message>
        <source>Drafted lines and their sources</source>
        <translation>Entworfene Zeilen und ihre Quellen</translation>
    </message>
    <message>
        <source>Draft from the proposal…</source>
        <translation>Aus dem Vorschlag entwerfen…</translation>
    </message>
    <message>
        <source>Read the workshop proposal for the drafts, e.g. the other initiatives it names.</source>
        <translation>Den Workshopvorschlag für die Entwürfe lesen, z. B. die weiteren Initiativen, die er nennt.</translation>
    </message>
    <message>
        <source>Draft from the workshop proposal</source>
        <translation>Aus dem Workshopvorschlag entwerfen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>note %1</source>
        <translation>Notiz %1</translation>
    </message>
    <message>
        <source>transcript, line %1</source>
        <translation>Transkript, Zeile %1</translation>
    </message>
    <message>
        <source>Key takeaways</source>
        <translation>Wichtigste Erkenntnisse</translation>
    </message>
    <message>
        <source>Calls to action</source>
        <translation>Handlungsaufrufe</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Note %1, typed at %2: %3</source>
        <translation>Notiz %1, getippt um %2: %3</translation>
    </message>
    <message>
        <source>Line %1, %2: %3</source>
        <translation>Zeile %1, %2: %3</translation>
    </message>
    <message>
        <source>no speaker named</source>
        <translation>keine sprechende Person genannt</translation>
    </message>
    <message>
        <source>%1: not a workshop proposal in plain text (at most 2 MB)</source>
        <translation>%1: kein Workshopvorschlag im Klartext (höchstens 2 MB)</translation>
    </message>
    <message>
        <source>Transcripts (*.txt *.srt *.vtt);;Captions (*.srt *.vtt);;Text (*.txt);;All files (*)</source>
        <extracomment>File dialog filters: keep the patterns in parentheses as they are</extracomment>
        <translation>Transkripte (*.txt *.srt *.vtt);;Untertitel (*.srt *.vtt);;Text (*.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>One a line; the IGF asks for three.</source>
        <translation>Ein Eintrag pro Zeile; das IGF erwartet drei.</translation>
    </message>
    <message>
        <source>In exports and copies, number the drafted lines and list their sources</source>
        <translation>In Exporten und Kopien die entworfenen Zeilen nummerieren und ihre Quellen auflisten</translation>
    </message>
    <message>
        <source>Who said each drafted key takeaway and call to action, during which agenda item, when, and from which note or transcript line.</source>
        <translation>Wer jede entworfene wichtige Erkenntnis und jeden entworfenen Handlungsaufruf geäußert hat, während welches Agendapunkts, wann und aus welcher Notiz oder Transkriptzeile.</translation>
    </message>
</context>
<context>
    <name>ui::ReportExporter</name>
    <message>
        <source>Nobody has had the floor yet.</source>
        <translation>Noch hatte niemand das Wort.</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>keine Angabe</translation>
    </message>
</context>
<context>
    <name>ui::RoomControl</name>
    <message>
        <source>Message to the room</source>
        <translation>Nachricht an den Saal</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>Nachricht:</translation>
    </message>
    <message>
        <source>Add media</source>
        <translation>Medien hinzufügen</translation>
    </message>
    <message>
        <source>Images, slides and video (*.png *.jpg *.jpeg *.svg *.pdf *.mp4 *.webm *.mkv *.ogv);;All files (*)</source>
        <translation>Bilder, Folien und Videos (*.png *.jpg *.jpeg *.svg *.pdf *.mp4 *.webm *.mkv *.ogv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Key takeaway, as the room will read it:</source>
        <translation>Wichtige Erkenntnis, wie der Saal sie lesen wird:</translation>
    </message>
    <message>
        <source>no session is open</source>
        <translation>keine Sitzung ist geöffnet</translation>
    </message>
    <message>
        <source>In a window (to share online)</source>
        <translation>In einem Fenster (zum Teilen online)</translation>
    </message>
    <message>
        <source>Full screen on %1 (%2×%3)</source>
        <translation>Vollbild auf %1 (%2×%3)</translation>
    </message>
    <message>
        <source>As the console</source>
        <translation>Wie in der Konsole</translation>
    </message>
    <message>
        <source>&amp;Room display</source>
        <translation>&amp;Saalanzeige</translation>
    </message>
    <message>
        <source>&amp;Show the room display</source>
        <translation>&amp;Saalanzeige zeigen</translation>
    </message>
    <message>
        <source>Show &amp;on</source>
        <translation>Anzeigen a&amp;uf</translation>
    </message>
    <message>
        <source>Follow the session (&amp;automatic scene)</source>
        <translation>Der Sitzung folgen (&amp;automatische Szene)</translation>
    </message>
    <message>
        <source>Scene: a&amp;genda</source>
        <translation>Szene: A&amp;genda</translation>
    </message>
    <message>
        <source>Scene: s&amp;peaker</source>
        <translation>Szene: &amp;Redebeitrag</translation>
    </message>
    <message>
        <source>Scene: empty &amp;chair</source>
        <translation>Szene: &amp;leerer Stuhl</translation>
    </message>
    <message>
        <source>Scene: &amp;media</source>
        <translation>Szene: &amp;Medien</translation>
    </message>
    <message>
        <source>Scene: key &amp;takeaways</source>
        <translation>Szene: wichtigste &amp;Erkenntnisse</translation>
    </message>
    <message>
        <source>Scene: m&amp;essage</source>
        <translation>Szene: Nachrich&amp;t</translation>
    </message>
    <message>
        <source>&amp;Blank the room display</source>
        <translation>Saalanzeige aus&amp;blenden</translation>
    </message>
    <message>
        <source>Show a message to the &amp;room…</source>
        <translation>Dem Saal eine Nachricht &amp;zeigen…</translation>
    </message>
    <message>
        <source>A&amp;dd media…</source>
        <translation>Medien h&amp;inzufügen…</translation>
    </message>
    <message>
        <source>Show media &amp;file</source>
        <translation>Medien&amp;datei zeigen</translation>
    </message>
    <message>
        <source>Ne&amp;xt page</source>
        <translation>&amp;Nächste Seite</translation>
    </message>
    <message>
        <source>Play or pause the &amp;video</source>
        <translation>Video abspielen oder &amp;pausieren</translation>
    </message>
    <message>
        <source>Approve a &amp;key takeaway…</source>
        <translation>Wichtige Er&amp;kenntnis freigeben…</translation>
    </message>
    <message>
        <source>Room &amp;language</source>
        <translation>Spra&amp;che im Saal</translation>
    </message>
    <message>
        <source>Previo&amp;us page</source>
        <translation>Vorherige S&amp;eite</translation>
    </message>
    <message>
        <source>Change the room&apos;s language</source>
        <translation>Sprache im Saal ändern</translation>
    </message>
    <message>
        <source>The language of this computer&apos;s room display only</source>
        <translation>Nur die Sprache der Saalanzeige dieses Computers</translation>
    </message>
    <message>
        <source>Scene: &amp;join from a phone</source>
        <translation>Szene: Beitritt per Smartph&amp;one</translation>
    </message>
    <message>
        <source>Withdraw a key takeaway</source>
        <translation>Wichtige Erkenntnis zurückziehen</translation>
    </message>
    <message>
        <source>No key takeaway has been approved for the room.</source>
        <translation>Für den Saal wurde noch keine wichtige Erkenntnis freigegeben.</translation>
    </message>
    <message>
        <source>The key takeaway to take off the room display:</source>
        <translation>Die wichtige Erkenntnis, die von der Saalanzeige genommen wird:</translation>
    </message>
    <message>
        <source>&amp;Withdraw a key takeaway…</source>
        <translation>Wichtige Erkenntnis &amp;zurückziehen…</translation>
    </message>
    <message>
        <source>Edit a key takeaway</source>
        <translation>Wichtige Erkenntnis bearbeiten</translation>
    </message>
    <message>
        <source>The key takeaway to reword:</source>
        <translation>Die wichtige Erkenntnis, die umformuliert wird:</translation>
    </message>
    <message>
        <source>Record a comment from the room</source>
        <translation>Kommentar aus dem Saal erfassen</translation>
    </message>
    <message>
        <source>Someone in the room (not named)</source>
        <translation>Eine Person im Saal (ohne Namen)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>What was said about it, for the report</source>
        <translation>Was dazu gesagt wurde, für den Bericht</translation>
    </message>
    <message>
        <source>&amp;Key takeaway:</source>
        <translation>Wichtige &amp;Erkenntnis:</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>&amp;Wer:</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Kommentar:</translation>
    </message>
    <message>
        <source>Ed&amp;it a key takeaway…</source>
        <translation>&amp;Wichtige Erkenntnis bearbeiten…</translation>
    </message>
    <message>
        <source>Record a comment from t&amp;he room…</source>
        <translation>Kommentar aus dem Saal er&amp;fassen…</translation>
    </message>
    <message>
        <source>&amp;Mute the video&apos;s sound (volume %1)</source>
        <extracomment>%1 is the video&apos;s volume, like &quot;70 %&quot;</extracomment>
        <translation>Videoton &amp;stummschalten (Lautstärke %1)</translation>
    </message>
    <message>
        <source>Add subtitles</source>
        <translation>Untertitel hinzufügen</translation>
    </message>
    <message>
        <source>The video the subtitles belong to:</source>
        <translation>Das Video, zu dem die Untertitel gehören:</translation>
    </message>
    <message>
        <source>Subtitles (*.srt *.vtt);;All files (*)</source>
        <translation>Untertitel (*.srt *.vtt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The subtitles&apos; language, as a code (en, fr, es, zh_CN; empty: not said):</source>
        <translation>Die Sprache der Untertitel als Code (en, fr, es, zh_CN; leer: keine Angabe):</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>The glossary is empty: add key terms with Room display › Glossary first.</source>
        <translation>Das Glossar ist leer: Fügen Sie zuerst unter Saalanzeige › Glossar zentrale Begriffe hinzu.</translation>
    </message>
    <message>
        <source>Show a glossary term</source>
        <translation>Glossarbegriff anzeigen</translation>
    </message>
    <message>
        <source>Term the speaker used:</source>
        <translation>Begriff, den die sprechende Person verwendet hat:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the glossary.</source>
        <translation>„%1“ steht nicht im Glossar.</translation>
    </message>
    <message>
        <source>Change the room&apos;s second language</source>
        <translation>Zweitsprache des Saals ändern</translation>
    </message>
    <message>
        <source>Scene: break-out &amp;groups</source>
        <translation>Szene: Breakout-Gr&amp;uppen</translation>
    </message>
    <message>
        <source>Scene: &amp;key terms</source>
        <translation>Szene: zentrale Begri&amp;ffe</translation>
    </message>
    <message>
        <source>Video: back 10 seconds</source>
        <translation>Video: 10 Sekunden zurück</translation>
    </message>
    <message>
        <source>Video: forward 10 seconds</source>
        <translation>Video: 10 Sekunden vor</translation>
    </message>
    <message>
        <source>Video: sound louder</source>
        <translation>Video: lauter</translation>
    </message>
    <message>
        <source>Video: sound softer</source>
        <translation>Video: leiser</translation>
    </message>
    <message>
        <source>Add su&amp;btitles to a video…</source>
        <translation>&amp;Untertitel zu einem Video hinzufügen…</translation>
    </message>
    <message>
        <source>Second lan&amp;guage</source>
        <translation>Z&amp;weitsprache</translation>
    </message>
    <message>
        <source>Tra&amp;nslations for the room…</source>
        <translation>Übersetzungen &amp;für den Saal…</translation>
    </message>
    <message>
        <source>G&amp;lossary…</source>
        <translation>G&amp;lossar…</translation>
    </message>
    <message>
        <source>Show or hide a glossary &amp;term…</source>
        <translation>Glossarbegriff &amp;zeigen oder ausblenden…</translation>
    </message>
</context>
<context>
    <name>ui::RoomRenderer</name>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Projected end: %1</source>
        <translation>Voraussichtliches Ende: %1</translation>
    </message>
    <message>
        <source>The floor is open</source>
        <translation>Die Diskussion ist eröffnet</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>Ask the moderator for the floor</source>
        <translation>Wortmeldungen bitte bei der Moderation</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Jetzt: %1</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Als Nächstes: %1</translation>
    </message>
    <message>
        <source>A speaker replies to the empty chair</source>
        <translation>Das Podium antwortet dem leeren Stuhl</translation>
    </message>
    <message>
        <source>In the empty chair</source>
        <translation>Auf dem leeren Stuhl</translation>
    </message>
    <message>
        <source>Online, through the online moderator</source>
        <translation>Online, über die Online-Moderation</translation>
    </message>
    <message>
        <source>The empty chair</source>
        <translation>Der leere Stuhl</translation>
    </message>
    <message>
        <source>Take the empty chair next to the speakers: bring a new perspective, or challenge what you heard.</source>
        <translation>Setzen Sie sich auf den leeren Stuhl neben dem Podium: Bringen Sie eine neue Sicht ein oder widersprechen Sie dem Gehörten.</translation>
    </message>
    <message>
        <source>Online? Tell the online moderator, who takes the chair for you.</source>
        <translation>Online dabei? Melden Sie sich bei der Online-Moderation, die den Stuhl für Sie einnimmt.</translation>
    </message>
    <message>
        <source>This file cannot be shown</source>
        <translation>Diese Datei kann nicht angezeigt werden</translation>
    </message>
    <message>
        <source>No media file chosen</source>
        <translation>Keine Mediendatei ausgewählt</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Key takeaways</source>
        <translation>Wichtigste Erkenntnisse</translation>
    </message>
    <message>
        <source>No key takeaways yet.</source>
        <translation>Noch keine wichtigen Erkenntnisse.</translation>
    </message>
    <message>
        <source>Your comments: ask the moderator for the floor, or write to the online moderator.</source>
        <translation>Ihre Anmerkungen: Melden Sie sich bei der Moderation zu Wort oder schreiben Sie der Online-Moderation.</translation>
    </message>
    <message>
        <source>Join from your phone</source>
        <translation>Mitmachen per Smartphone</translation>
    </message>
    <message>
        <source>PIN %1 %2</source>
        <translation>PIN %1 %2</translation>
    </message>
    <message>
        <source>Ask the moderator how to join.</source>
        <translation>Fragen Sie die Moderation, wie Sie teilnehmen können.</translation>
    </message>
    <message>
        <source>Scan the code, or open this address on the room&apos;s network:</source>
        <translation>Code scannen oder diese Adresse im Netzwerk des Saals öffnen:</translation>
    </message>
    <message>
        <source>Joining from phones is closed for now.</source>
        <translation>Der Beitritt per Smartphone ist vorerst geschlossen.</translation>
    </message>
    <message>
        <source>Room PIN</source>
        <translation>Saal-PIN</translation>
    </message>
    <message>
        <source>The file could not be read from the session.</source>
        <translation>Die Datei konnte nicht aus der Sitzung gelesen werden.</translation>
    </message>
    <message>
        <source>This computer cannot play video: Qt Multimedia has no backend.</source>
        <translation>Dieser Computer kann keine Videos abspielen: Qt Multimedia hat kein Backend.</translation>
    </message>
    <message>
        <source>The file is damaged or in a format the room display does not read.</source>
        <translation>Die Datei ist beschädigt oder hat ein Format, das die Saalanzeige nicht lesen kann.</translation>
    </message>
    <message>
        <source>The video&apos;s format cannot be decoded here.</source>
        <extracomment>Why a video cannot be played; %1 is the media framework&apos;s own words (often in English)</extracomment>
        <translation>Das Format des Videos kann hier nicht dekodiert werden.</translation>
    </message>
    <message>
        <source>The video cannot be played: %1</source>
        <translation>Das Video kann nicht abgespielt werden: %1</translation>
    </message>
    <message>
        <source>Break-out groups</source>
        <translation>Breakout-Gruppen</translation>
    </message>
    <message>
        <source>The groups are not formed yet.</source>
        <translation>Die Gruppen sind noch nicht gebildet.</translation>
    </message>
    <message>
        <source>Time to reconvene</source>
        <translation>Zurück ins Plenum</translation>
    </message>
    <message>
        <source>Please come back to your seats: each group&apos;s rapporteur reports back.</source>
        <translation>Bitte kehren Sie an Ihre Plätze zurück: Für jede Gruppe berichtet ihre Berichterstattung.</translation>
    </message>
    <message>
        <source>Facilitator: %1</source>
        <translation>Leitung: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln Person</numerusform>
            <numerusform>%Ln Personen</numerusform>
        </translation>
    </message>
    <message>
        <source>Key terms</source>
        <translation>Zentrale Begriffe</translation>
    </message>
    <message>
        <source>No key terms yet.</source>
        <translation>Noch keine zentralen Begriffe.</translation>
    </message>
    <message>
        <source>it did not load within 10 seconds; the file may be damaged.</source>
        <translation>es wurde nicht innerhalb von 10 Sekunden geladen; die Datei ist vielleicht beschädigt.</translation>
    </message>
    <message>
        <source>The video could not be prepared for playing: %1</source>
        <extracomment>%1: the system&apos;s reason (a full disk, say)</extracomment>
        <translation>Das Video konnte nicht zum Abspielen vorbereitet werden: %1</translation>
    </message>
</context>
<context>
    <name>ui::RotationView</name>
    <message>
        <source>%1 (skipped)</source>
        <translation>%1 (übersprungen)</translation>
    </message>
    <message>
        <source>Speaking order</source>
        <translation>Redereihenfolge</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Früher</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>Skip or bring back</source>
        <translation>Überspringen / zurückholen</translation>
    </message>
</context>
<context>
    <name>ui::Screenshot</name>
    <message>
        <source>Coffee break: we continue at 15:15 with the summary of the discussion.</source>
        <translation>Kaffeepause: Um 15:15 Uhr geht es weiter mit der Zusammenfassung der Diskussion.</translation>
    </message>
    <message>
        <source>A remote participant in Nairobi has a question on policy question 2.</source>
        <translation>Eine Teilnehmerin aus Nairobi hat eine Frage zur Politikfrage 2.</translation>
    </message>
    <message>
        <source>Who certifies the certifiers, and who pays for it?</source>
        <translation>Wer zertifiziert die Zertifizierer, und wer bezahlt das?</translation>
    </message>
    <message>
        <source>How can small suppliers afford the audits?</source>
        <translation>Wie können sich kleine Zulieferer die Audits leisten?</translation>
    </message>
    <message>
        <source>Only if buyers ask for it in every contract.</source>
        <translation>Nur wenn Käufer es in jedem Vertrag verlangen.</translation>
    </message>
    <message>
        <source>Security needs a budget line, not only a policy.</source>
        <translation>Sicherheit braucht einen Haushaltsposten, nicht nur eine Richtlinie.</translation>
    </message>
</context>
<context>
    <name>ui::SessionDetailsDialog</name>
    <message>
        <source>Session details</source>
        <translation>Sitzungsdetails</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>One question a line</source>
        <translation>Eine Frage pro Zeile</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Kennung:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>&amp;Anordnung:</translation>
    </message>
    <message>
        <source>Le&amp;ngth:</source>
        <translation>&amp;Länge:</translation>
    </message>
    <message>
        <source>&amp;Policy questions:</source>
        <translation>&amp;Politikfragen:</translation>
    </message>
    <message>
        <source>&amp;Discussion facilitation:</source>
        <translation>Moderation der &amp;Diskussion:</translation>
    </message>
    <message>
        <source>&amp;Online participation:</source>
        <translation>Online-&amp;Beteiligung:</translation>
    </message>
    <message>
        <source>The clock has started: the session&apos;s details can no longer be edited.</source>
        <translation>Die Uhr läuft bereits: Die Sitzungsdetails können nicht mehr bearbeitet werden.</translation>
    </message>
    <message>
        <source>Edit the session details</source>
        <translation>Sitzungsdetails bearbeiten</translation>
    </message>
    <message>
        <source>Where it takes place, e.g. Room VI</source>
        <translation>Wo die Sitzung stattfindet, z. B. Raum VI</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>&amp;Raum:</translation>
    </message>
</context>
<context>
    <name>ui::SessionSettingsDialog</name>
    <message>
        <source>Session settings</source>
        <translation>Sitzungseinstellungen</translation>
    </message>
    <message>
        <source> s</source>
        <translation> Sek.</translation>
    </message>
    <message>
        <source>Each item&apos;s own (one minute)</source>
        <translation>Eigene Zeit jedes Punkts (eine Minute)</translation>
    </message>
    <message>
        <source>Chime when time is up (the flash is always shown)</source>
        <translation>Glockenton, wenn die Zeit abgelaufen ist (das Blinken wird immer angezeigt)</translation>
    </message>
    <message>
        <source>In order of request</source>
        <translation>In Reihenfolge der Meldung</translation>
    </message>
    <message>
        <source>First-time speakers first</source>
        <translation>Erste Wortmeldungen zuerst</translation>
    </message>
    <message>
        <source>Onsite and online in turn</source>
        <translation>Vor Ort und online im Wechsel</translation>
    </message>
    <message>
        <source>Least-heard stakeholder groups first</source>
        <translation>Am wenigsten gehörte Stakeholder-Gruppen zuerst</translation>
    </message>
    <message>
        <source>Audience &amp;turn limit:</source>
        <translation>Zeitlimit für &amp;Publikumsbeiträge:</translation>
    </message>
    <message>
        <source>Empty-&amp;chair turn limit:</source>
        <translation>Zeitlimit am leeren &amp;Stuhl:</translation>
    </message>
    <message>
        <source>&amp;Warning before the end of an item:</source>
        <translation>&amp;Vorwarnung vor dem Ende eines Punkts:</translation>
    </message>
    <message>
        <source>&amp;Queue order:</source>
        <translation>&amp;Reihenfolge der Redeliste:</translation>
    </message>
    <message>
        <source>An invited speaker&apos;s limit is their agenda slot. These settings are kept in the session file.</source>
        <translation>Das Zeitlimit eines Podiumsgasts ist sein Zeitfenster in der Agenda. Diese Einstellungen werden in der Sitzungsdatei gespeichert.</translation>
    </message>
    <message>
        <source>Change the session settings</source>
        <translation>Sitzungseinstellungen ändern</translation>
    </message>
</context>
<context>
    <name>ui::SessionUndo</name>
    <message>
        <source>no session is open</source>
        <translation>keine Sitzung ist geöffnet</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be undone: %2</source>
        <extracomment>%1 names the edit (such as &quot;Rename item&quot;), %2 says why the session refused it</extracomment>
        <translation>„%1“ kann nicht rückgängig gemacht werden: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be redone: %2</source>
        <extracomment>%1 names the edit (such as &quot;Rename item&quot;), %2 says why the session refused it</extracomment>
        <translation>„%1“ kann nicht wiederholt werden: %2</translation>
    </message>
</context>
<context>
    <name>ui::ShareDialog</name>
    <message>
        <source>Onsite moderator</source>
        <translation>Moderation vor Ort</translation>
    </message>
    <message>
        <source>Co-moderator</source>
        <translation>Ko-Moderation</translation>
    </message>
    <message>
        <source>Online moderator</source>
        <translation>Online-Moderation</translation>
    </message>
    <message>
        <source>Rapporteur</source>
        <translation>Berichterstattung</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Beobachtung</translation>
    </message>
    <message>
        <source>Share on the network</source>
        <translation>Im Netzwerk teilen</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>Teilen</translation>
    </message>
    <message>
        <source>Every address of this computer</source>
        <translation>Alle Adressen dieses Computers</translation>
    </message>
    <message>
        <source>This computer only (a rehearsal)</source>
        <translation>Nur dieser Computer (eine Probe)</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>ein freier Port</translation>
    </message>
    <message>
        <source>Listen on:</source>
        <translation>Empfangen auf:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>How to join</source>
        <translation>So tritt man bei</translation>
    </message>
    <message>
        <source>Address of this computer:</source>
        <translation>Adresse dieses Computers:</translation>
    </message>
    <message>
        <source>Renew</source>
        <translation>Erneuern</translation>
    </message>
    <message>
        <source>A new code for this role: the devices that joined with the old one are disconnected.</source>
        <translation>Ein neuer Code für diese Rolle: Geräte, die mit dem alten beigetreten sind, werden getrennt.</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Round trip</source>
        <translation>Umlaufzeit</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Trennen</translation>
    </message>
    <message>
        <source>Messages with the team</source>
        <translation>Nachrichten mit dem Team</translation>
    </message>
    <message>
        <source>A message to every joined device</source>
        <translation>Eine Nachricht an alle beigetretenen Geräte</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>The moderator disconnected this device.</source>
        <translation>Die Moderation hat dieses Gerät getrennt.</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation>Teilen beenden</translation>
    </message>
    <message>
        <source>Start sharing</source>
        <translation>Teilen beginnen</translation>
    </message>
    <message>
        <source>Sharing on port %1. Each role joins with its own address.</source>
        <translation>Geteilt auf Port %1. Jede Rolle tritt mit ihrer eigenen Adresse bei.</translation>
    </message>
    <message>
        <source>Not shared: nobody can join.</source>
        <translation>Nicht geteilt: niemand kann beitreten.</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>vor %1</translation>
    </message>
    <message>
        <source>You: %1</source>
        <translation>Sie: %1</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>Room display</source>
        <translation>Saalanzeige</translation>
    </message>
    <message>
        <source>optional: a PEM file; devices then connect encrypted</source>
        <translation>optional: eine PEM-Datei; Geräte verbinden sich dann verschlüsselt</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.key);;All files (*)</source>
        <translation>PEM-Dateien (*.pem *.crt *.key);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>TLS certificate:</source>
        <translation>TLS-Zertifikat:</translation>
    </message>
    <message>
        <source>TLS certificate</source>
        <translation>TLS-Zertifikat</translation>
    </message>
    <message>
        <source>TLS private key:</source>
        <translation>Privater TLS-Schlüssel:</translation>
    </message>
    <message>
        <source>TLS private key</source>
        <translation>Privater TLS-Schlüssel</translation>
    </message>
    <message>
        <source>Sharing on port %1, encrypted (TLS). Each role joins with its own address, which names this computer&apos;s certificate.</source>
        <translation>Geteilt auf Port %1, verschlüsselt (TLS). Jede Rolle tritt mit ihrer eigenen Adresse bei, die das Zertifikat dieses Computers angibt.</translation>
    </message>
    <message>
        <source>Translator</source>
        <translation>Übersetzung</translation>
    </message>
    <message>
        <source>Captioner</source>
        <translation>Live-Untertitelung</translation>
    </message>
</context>
<context>
    <name>ui::Sharing</name>
    <message>
        <source>only a session open for writing can be shared</source>
        <translation>nur eine zum Schreiben geöffnete Sitzung kann geteilt werden</translation>
    </message>
    <message>
        <source>for TLS, give both the certificate and its private key</source>
        <translation>für TLS müssen das Zertifikat und sein privater Schlüssel angegeben werden</translation>
    </message>
    <message>
        <source>the session is not shared</source>
        <translation>die Sitzung ist nicht geteilt</translation>
    </message>
</context>
<context>
    <name>ui::SpeakerQueueView</name>
    <message>
        <source>Next from the queue (Q)</source>
        <translation>Nächste Wortmeldung (Q)</translation>
    </message>
    <message>
        <source>Next: %1 (Q)</source>
        <translation>Als Nächstes: %1 (Q)</translation>
    </message>
    <message numerus="yes">
        <source>Queue: %Ln waiting</source>
        <translation>
            <numerusform>Redeliste: %Ln Wortmeldung</numerusform>
            <numerusform>Redeliste: %Ln Wortmeldungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Next from the &amp;queue</source>
        <translation>&amp;Nächste Wortmeldung</translation>
    </message>
    <message>
        <source>Add a &amp;request to speak…</source>
        <translation>&amp;Wortmeldung hinzufügen…</translation>
    </message>
    <message>
        <source>In order of request</source>
        <translation>In Reihenfolge der Meldung</translation>
    </message>
    <message>
        <source>First-time speakers first</source>
        <translation>Erste Wortmeldungen zuerst</translation>
    </message>
    <message>
        <source>Alternate in the room and online</source>
        <translation>Abwechselnd vor Ort und online</translation>
    </message>
    <message>
        <source>Groups that spoke least first</source>
        <translation>Gruppen mit wenig Redezeit zuerst</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Give the floor</source>
        <translation>Wort erteilen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Who asks to speak: name, group, region, gender, room or online (I)</source>
        <translation>Wer sich zu Wort meldet: Name, Gruppe, Region, Geschlecht, room oder online (I)</translation>
    </message>
</context>
<context>
    <name>ui::TakeawayDialog</name>
    <message>
        <source>Approve a key takeaway</source>
        <translation>Wichtige Erkenntnis freigeben</translation>
    </message>
    <message>
        <source>On a joined device, translate the takeaway in Room › Translations once it is approved.</source>
        <translation>Auf einem verbundenen Gerät übersetzen Sie die Erkenntnis unter „Saalanzeige › Übersetzungen für den Saal“, sobald sie freigegeben ist.</translation>
    </message>
    <message>
        <source>Key takeaway, as the room will read it:</source>
        <translation>Wichtige Erkenntnis, wie der Saal sie lesen wird:</translation>
    </message>
    <message>
        <source>Its &amp;translation (optional), into:</source>
        <translation>Ihre Ü&amp;bersetzung (freiwillig), Sprache:</translation>
    </message>
    <message>
        <source>Type the key takeaway first.</source>
        <translation>Geben Sie zuerst die wichtige Erkenntnis ein.</translation>
    </message>
</context>
<context>
    <name>ui::TranslationsDialog</name>
    <message>
        <source>Translations for the room</source>
        <translation>Übersetzungen für den Saal</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Übersetzung</translation>
    </message>
    <message>
        <source>The room display shows a translation in the room&apos;s language, and in its second language under it. Content without a translation shows as written.</source>
        <translation>Die Saalanzeige zeigt eine Übersetzung in der Sprache des Saals und darunter in seiner Zweitsprache. Inhalte ohne Übersetzung erscheinen so, wie sie geschrieben wurden.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Agendapunkt</translation>
    </message>
    <message>
        <source>Message to the room</source>
        <translation>Nachricht an den Saal</translation>
    </message>
    <message>
        <source>Key takeaway</source>
        <translation>Wichtige Erkenntnis</translation>
    </message>
    <message>
        <source>Glossary term</source>
        <translation>Glossarbegriff</translation>
    </message>
    <message>
        <source>Its explanation</source>
        <translation>Seine Erklärung</translation>
    </message>
    <message>
        <source>Translate for the room</source>
        <translation>Für den Saal übersetzen</translation>
    </message>
    <message>
        <source>Policy question %L1</source>
        <translation>Politikfrage %L1</translation>
    </message>
</context>
</TS>
