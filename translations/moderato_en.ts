<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Cli</name>
    <message>
        <source>Try &apos;moderato-cli --help&apos;.</source>
        <translation>Try &apos;moderato-cli --help&apos;.</translation>
    </message>
    <message>
        <source>Moderato on the command line: works on .moderato session files.</source>
        <translation>Moderato on the command line: works on .moderato session files.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Show this help.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Show the version.</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>unknown command &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Apply a timed replay script to a new session file.</source>
        <translation>Apply a timed replay script to a new session file.</translation>
    </message>
    <message>
        <source>The session file to write.</source>
        <translation>The session file to write.</translation>
    </message>
    <message>
        <source>SESSION</source>
        <translation>SESSION</translation>
    </message>
    <message>
        <source>Build the new session from this session&apos;s plan.</source>
        <translation>Build the new session from this session&apos;s plan.</translation>
    </message>
    <message>
        <source>Replace the output file if it exists.</source>
        <translation>Replace the output file if it exists.</translation>
    </message>
    <message>
        <source>The replay script.</source>
        <translation>The replay script.</translation>
    </message>
    <message>
        <source>replay needs exactly one script</source>
        <translation>replay needs exactly one script</translation>
    </message>
    <message>
        <source>replay needs -o SESSION</source>
        <translation>replay needs -o SESSION</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%Ln action(s))</source>
        <translation>
            <numerusform>Wrote %1 (%Ln action)</numerusform>
            <numerusform>Wrote %1 (%Ln actions)</numerusform>
        </translation>
    </message>
    <message>
        <source>Print planned and actual times of a session.</source>
        <translation>Print planned and actual times of a session.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Print JSON.</translation>
    </message>
    <message>
        <source>The session file.</source>
        <translation>The session file.</translation>
    </message>
    <message>
        <source>stats needs exactly one session file</source>
        <translation>stats needs exactly one session file</translation>
    </message>
    <message>
        <source>Print a session&apos;s event log as JSON Lines.</source>
        <translation>Print a session&apos;s event log as JSON Lines.</translation>
    </message>
    <message>
        <source>export-log needs exactly one session file</source>
        <translation>export-log needs exactly one session file</translation>
    </message>
    <message>
        <source>Rebuild a session file from an event log in JSON Lines.</source>
        <translation>Rebuild a session file from an event log in JSON Lines.</translation>
    </message>
    <message>
        <source>The event log (JSON Lines).</source>
        <translation>The event log (JSON Lines).</translation>
    </message>
    <message>
        <source>import-log needs exactly one log file</source>
        <translation>import-log needs exactly one log file</translation>
    </message>
    <message>
        <source>import-log needs -o SESSION</source>
        <translation>import-log needs -o SESSION</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%Ln event(s))</source>
        <translation>
            <numerusform>Wrote %1 (%Ln event)</numerusform>
            <numerusform>Wrote %1 (%Ln events)</numerusform>
        </translation>
    </message>
    <message>
        <source>Draft a discussion summary, key takeaways, calls to action and topics from a transcript (one turn a line as &quot;Speaker: text&quot;, or the live-captioning style with &quot;&gt;&gt;&quot; turn markers).</source>
        <translation>Draft a discussion summary, key takeaways, calls to action and topics from a transcript (one turn a line as &quot;Speaker: text&quot;, or the live-captioning style with &quot;&gt;&gt;&quot; turn markers).</translation>
    </message>
    <message>
        <source>The rapporteur&apos;s notes, one a line; #takeaway and #action weigh most.</source>
        <translation>The rapporteur&apos;s notes, one a line; #takeaway and #action weigh most.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>The most words the summary may have (default %1).</source>
        <translation>The most words the summary may have (default %1).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>The transcript.</source>
        <translation>The transcript.</translation>
    </message>
    <message>
        <source>summarize needs exactly one transcript</source>
        <translation>summarize needs exactly one transcript</translation>
    </message>
    <message>
        <source>--words needs a number from 10 to 10000</source>
        <translation>--words needs a number from 10 to 10000</translation>
    </message>
    <message>
        <source>md, html, odt or pdf.</source>
        <translation>md, html, odt or pdf.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>The report file to write.</source>
        <translation>The report file to write.</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>OUT</translation>
    </message>
    <message>
        <source>report needs exactly one session file</source>
        <translation>report needs exactly one session file</translation>
    </message>
    <message>
        <source>report needs --format md, html, odt or pdf</source>
        <translation>report needs --format md, html, odt or pdf</translation>
    </message>
    <message>
        <source>report needs -o OUT</source>
        <translation>report needs -o OUT</translation>
    </message>
    <message>
        <source>Read an IGF workshop proposal (plain text, as copied from the IGF website) and print the session it describes as JSON. What could not be read is reported as warnings on standard error.</source>
        <translation>Read an IGF workshop proposal (plain text, as copied from the IGF website) and print the session it describes as JSON. What could not be read is reported as warnings on standard error.</translation>
    </message>
    <message>
        <source>Also create this session file.</source>
        <translation>Also create this session file.</translation>
    </message>
    <message>
        <source>The proposal, a UTF-8 text file.</source>
        <translation>The proposal, a UTF-8 text file.</translation>
    </message>
    <message>
        <source>import-proposal needs exactly one proposal file</source>
        <translation>import-proposal needs exactly one proposal file</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>warning: %1</translation>
    </message>
    <message>
        <source>Write the briefing pack of a session for its speakers and co-moderators.</source>
        <translation>Write the briefing pack of a session for its speakers and co-moderators.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>The file to write.</translation>
    </message>
    <message>
        <source>When the session starts (default 09:00).</source>
        <translation>When the session starts (default 09:00).</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <source>The day of the session.</source>
        <translation>The day of the session.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Leave out the prepared questions.</source>
        <translation>Leave out the prepared questions.</translation>
    </message>
    <message>
        <source>briefing needs exactly one session file</source>
        <translation>briefing needs exactly one session file</translation>
    </message>
    <message>
        <source>briefing needs --format md, html, odt or pdf</source>
        <translation>briefing needs --format md, html, odt or pdf</translation>
    </message>
    <message>
        <source>briefing needs -o OUT</source>
        <translation>briefing needs -o OUT</translation>
    </message>
    <message>
        <source>--start needs a time such as 14:30</source>
        <translation>--start needs a time such as 14:30</translation>
    </message>
    <message>
        <source>--date needs a day such as 2019-11-26</source>
        <translation>--date needs a day such as 2019-11-26</translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation>%1 is not a file</translation>
    </message>
    <message>
        <source>Run commands on a session file, in order; each records one event. A refused command stops the run; those before it stay recorded.</source>
        <translation>Run commands on a session file, in order; each records one event. A refused command stops the run; those before it stay recorded.</translation>
    </message>
    <message>
        <source>The role to act in (default onsite_moderator).</source>
        <translation>The role to act in (default onsite_moderator).</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLE</translation>
    </message>
    <message>
        <source>A command as JSON, e.g. {&quot;command&quot;: &quot;start&quot;}.</source>
        <translation>A command as JSON, e.g. {&quot;command&quot;: &quot;start&quot;}.</translation>
    </message>
    <message>
        <source>command needs a session file and at least one command</source>
        <translation>command needs a session file and at least one command</translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot;; roles: %2</source>
        <translation>unknown role &quot;%1&quot;; roles: %2</translation>
    </message>
    <message>
        <source>command %1 is not a JSON object</source>
        <translation>command %1 is not a JSON object</translation>
    </message>
    <message>
        <source>command %1: %2</source>
        <translation>command %1: %2</translation>
    </message>
    <message>
        <source>command %1 (%2): %3</source>
        <translation>command %1 (%2): %3</translation>
    </message>
    <message>
        <source>List every command a session takes, its fields and who may issue it.</source>
        <translation>List every command a session takes, its fields and who may issue it.</translation>
    </message>
    <message>
        <source>commands takes no arguments</source>
        <translation>commands takes no arguments</translation>
    </message>
    <message>
        <source>roles: %1</source>
        <translation>roles: %1</translation>
    </message>
    <message>
        <source>Share a session with other devices (co-moderator, online moderator, rapporteur, observer) without a window. Prints one join address per role, then serves until the time is up or it is interrupted. The join codes are kept in the session file, so restarting shares with the same codes.</source>
        <translation>Share a session with other devices (co-moderator, online moderator, rapporteur, observer) without a window. Prints one join address per role, then serves until the time is up or it is interrupted. The join codes are kept in the session file, so restarting shares with the same codes.</translation>
    </message>
    <message>
        <source>The address and port to listen on (default: every address of this machine, port %1).</source>
        <translation>The address and port to listen on (default: every address of this machine, port %1).</translation>
    </message>
    <message>
        <source>ADDRESS:PORT</source>
        <translation>ADDRESS:PORT</translation>
    </message>
    <message>
        <source>Stop after this many seconds.</source>
        <translation>Stop after this many seconds.</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <source>Make new join codes (devices with the old ones cannot join).</source>
        <translation>Make new join codes (devices with the old ones cannot join).</translation>
    </message>
    <message>
        <source>share needs exactly one session file</source>
        <translation>share needs exactly one session file</translation>
    </message>
    <message>
        <source>--listen needs ADDRESS:PORT, e.g. 127.0.0.1:%1</source>
        <translation>--listen needs ADDRESS:PORT, e.g. 127.0.0.1:%1</translation>
    </message>
    <message>
        <source>--for needs a number of seconds</source>
        <translation>--for needs a number of seconds</translation>
    </message>
    <message>
        <source>Sharing %1 on port %2.</source>
        <translation>Sharing %1 on port %2.</translation>
    </message>
    <message>
        <source>Devices: %1</source>
        <translation>Devices: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Join a shared session and send a replay script&apos;s actions as this device&apos;s commands, in order, each when the host has answered the one before. Prints each refusal; the exit code is 1 if any was refused.</source>
        <translation>Join a shared session and send a replay script&apos;s actions as this device&apos;s commands, in order, each when the host has answered the one before. Prints each refusal; the exit code is 1 if any was refused.</translation>
    </message>
    <message>
        <source>The name this device joins with.</source>
        <translation>The name this device joins with.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Give up after this many seconds (default 30).</source>
        <translation>Give up after this many seconds (default 30).</translation>
    </message>
    <message>
        <source>The join address, moderato://HOST:PORT/CODE.</source>
        <translation>The join address, moderato://HOST:PORT/CODE.</translation>
    </message>
    <message>
        <source>The word replay, then the script.</source>
        <translation>The word replay, then the script.</translation>
    </message>
    <message>
        <source>join needs ADDRESS replay SCRIPT</source>
        <translation>join needs ADDRESS replay SCRIPT</translation>
    </message>
    <message>
        <source>join needs --name NAME</source>
        <translation>join needs --name NAME</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds</source>
        <translation>--timeout needs a number of seconds</translation>
    </message>
    <message>
        <source>line %1: refused: %2</source>
        <translation>line %1: refused: %2</translation>
    </message>
    <message>
        <source>Joined as %1.</source>
        <translation>Joined as %1.</translation>
    </message>
    <message>
        <source>line %1: %2 done</source>
        <translation>line %1: %2 done</translation>
    </message>
    <message>
        <source>The host refused: %1</source>
        <translation>The host refused: %1</translation>
    </message>
    <message numerus="yes">
        <source>Gave up after %Ln second(s).</source>
        <translation>
            <numerusform>Gave up after %Ln second.</numerusform>
            <numerusform>Gave up after %Ln seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is larger than 4 MiB, too large for a replay script</source>
        <translation>%1 is larger than 4 MiB, too large for a replay script</translation>
    </message>
    <message>
        <source>Encrypt the connections (wss://) with this PEM certificate; a self-signed one will do (the join addresses carry its fingerprint). Needs --tls-key.</source>
        <translation>Encrypt the connections (wss://) with this PEM certificate; a self-signed one will do (the join addresses carry its fingerprint). Needs --tls-key.</translation>
    </message>
    <message>
        <source>The PEM private key of --tls-cert.</source>
        <translation>The PEM private key of --tls-cert.</translation>
    </message>
    <message>
        <source>--tls-cert and --tls-key go together</source>
        <translation>--tls-cert and --tls-key go together</translation>
    </message>
    <message>
        <source>roles: none (a participant&apos;s phone sends it, through the phone host)</source>
        <translation>roles: none (a participant&apos;s phone sends it, through the phone host)</translation>
    </message>
    <message>
        <source>Also serve the participants&apos; page on this port of the same address (0: any free port) and open joining from phones; prints its address and the room PIN.</source>
        <translation>Also serve the participants&apos; page on this port of the same address (0: any free port) and open joining from phones; prints its address and the room PIN.</translation>
    </message>
    <message>
        <source>PORT</source>
        <translation>PORT</translation>
    </message>
    <message>
        <source>Make a new room PIN for phones.</source>
        <translation>Make a new room PIN for phones.</translation>
    </message>
    <message>
        <source>--phones needs a port number (0: any free port)</source>
        <translation>--phones needs a port number (0: any free port)</translation>
    </message>
    <message>
        <source>--renew-pin goes with --phones</source>
        <translation>--renew-pin goes with --phones</translation>
    </message>
    <message>
        <source>Room PIN: %1</source>
        <translation>Room PIN: %1</translation>
    </message>
    <message>
        <source>Phones connected: %1</source>
        <translation>Phones connected: %1</translation>
    </message>
    <message>
        <source>import-proposal, replay, stats, export-log, import-log, summarize, transcript, report, briefing, command, commands, share or join</source>
        <translation>import-proposal, replay, stats, export-log, import-log, summarize, transcript, report, briefing, command, commands, share or join</translation>
    </message>
    <message>
        <source>The transcript&apos;s language: %1 (default: found from the text).</source>
        <translation>The transcript&apos;s language: %1 (default: found from the text).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>--language needs one of %1</source>
        <translation>--language needs one of %1</translation>
    </message>
    <message>
        <source>Import a transcript into a session, as the report dialog does: plain text (&quot;Speaker: text&quot; lines or the live-captioning style with &quot;&gt;&gt;&quot; turn markers), SRT or WebVTT captions. The captions&apos; times are placed on the session&apos;s clock: the file&apos;s 00:00 is when the clock was first started, unless --offset says at what time of day it was.</source>
        <translation>Import a transcript into a session, as the report dialog does: plain text (&quot;Speaker: text&quot; lines or the live-captioning style with &quot;&gt;&gt;&quot; turn markers), SRT or WebVTT captions. The captions&apos; times are placed on the session&apos;s clock: the file&apos;s 00:00 is when the clock was first started, unless --offset says at what time of day it was.</translation>
    </message>
    <message>
        <source>The time of day, on the session&apos;s day and in local time, that the file&apos;s 00:00 corresponds to.</source>
        <translation>The time of day, on the session&apos;s day and in local time, that the file&apos;s 00:00 corresponds to.</translation>
    </message>
    <message>
        <source>HH:MM[:SS]</source>
        <translation>HH:MM[:SS]</translation>
    </message>
    <message>
        <source>The file&apos;s 00:00 is when the clock was first started (the default once the session has started).</source>
        <translation>The file&apos;s 00:00 is when the clock was first started (the default once the session has started).</translation>
    </message>
    <message>
        <source>What to do: import.</source>
        <translation>What to do: import.</translation>
    </message>
    <message>
        <source>transcript needs import SESSION FILE</source>
        <translation>transcript needs import SESSION FILE</translation>
    </message>
    <message>
        <source>--offset and --at-start cannot go together</source>
        <translation>--offset and --at-start cannot go together</translation>
    </message>
    <message>
        <source>--offset needs a time of day such as 14:30 or 14:30:15</source>
        <translation>--offset needs a time of day such as 14:30 or 14:30:15</translation>
    </message>
    <message>
        <source>the session has not started, so the transcript&apos;s times cannot be placed; leave out --offset and --at-start to import it without placing them</source>
        <translation>the session has not started, so the transcript&apos;s times cannot be placed; leave out --offset and --at-start to import it without placing them</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln turn(s) from %1.</source>
        <translation>
            <numerusform>Imported %Ln turn from %1.</numerusform>
            <numerusform>Imported %Ln turns from %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln turn(s) with times.</source>
        <translation>
            <numerusform>%Ln turn with times.</numerusform>
            <numerusform>%Ln turns with times.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln speaker(s) matched to participants.</source>
        <translation>
            <numerusform>%1 of %Ln speaker matched to participants.</numerusform>
            <numerusform>%1 of %Ln speakers matched to participants.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the IGF session report of a session, or print its participation.</source>
        <translation>Write the IGF session report of a session, or print its participation.</translation>
    </message>
    <message>
        <source>The workshop proposal (plain text), for the drafts (e.g. other initiatives).</source>
        <translation>The workshop proposal (plain text), for the drafts (e.g. other initiatives).</translation>
    </message>
    <message>
        <source>Print the participation instead of writing a report.</source>
        <translation>Print the participation instead of writing a report.</translation>
    </message>
    <message>
        <source>With --participation: print JSON.</source>
        <translation>With --participation: print JSON.</translation>
    </message>
    <message>
        <source>--json goes with --participation</source>
        <translation>--json goes with --participation</translation>
    </message>
    <message>
        <source>%1: not a workshop proposal in plain text (at most 2 MB)</source>
        <translation>%1: not a workshop proposal in plain text (at most 2 MB)</translation>
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
        <translation>Commands:
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
Run &apos;moderato-cli COMMAND --help&apos; for the options of a command.</translation>
    </message>
    <message>
        <source>Number the drafted key takeaways and calls to action and list where each comes from (who, agenda item, time, note or transcript line).</source>
        <translation>Number the drafted key takeaways and calls to action and list where each comes from (who, agenda item, time, note or transcript line).</translation>
    </message>
    <message>
        <source>report --participation writes no file: leave out --format, -o, --proposal and --sources</source>
        <translation>report --participation writes no file: leave out --format, -o, --proposal and --sources</translation>
    </message>
</context>
<context>
    <name>CommandCatalogue</name>
    <message>
        <source>unknown command</source>
        <translation>unknown command</translation>
    </message>
</context>
<context>
    <name>core::Agenda</name>
    <message>
        <source>agenda items are nested too deeply</source>
        <translation>agenda items are nested too deeply</translation>
    </message>
    <message>
        <source>an agenda item is not an object</source>
        <translation>an agenda item is not an object</translation>
    </message>
    <message>
        <source>an agenda item has no title</source>
        <translation>an agenda item has no title</translation>
    </message>
    <message>
        <source>unknown agenda item kind &quot;%1&quot;</source>
        <translation>unknown agenda item kind &quot;%1&quot;</translation>
    </message>
    <message>
        <source>agenda item &quot;%1&quot; has an invalid id</source>
        <translation>agenda item &quot;%1&quot; has an invalid id</translation>
    </message>
    <message>
        <source>agenda item &quot;%1&quot; needs a duration between 1 minute and 24 hours</source>
        <translation>agenda item &quot;%1&quot; needs a duration between 1 minute and 24 hours</translation>
    </message>
    <message>
        <source>agenda item &quot;%1&quot; has a negative warning time</source>
        <translation>agenda item &quot;%1&quot; has a negative warning time</translation>
    </message>
    <message>
        <source>the agenda has no items</source>
        <translation>the agenda has no items</translation>
    </message>
    <message>
        <source>break-out item &quot;%1&quot;: %2</source>
        <translation>break-out item &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>a report-back needs a time limit between 10 seconds and an hour</source>
        <translation>a report-back needs a time limit between 10 seconds and an hour</translation>
    </message>
    <message>
        <source>the report-back order is not a list of groups</source>
        <translation>the report-back order is not a list of groups</translation>
    </message>
    <message>
        <source>more than %1 groups</source>
        <translation>more than %1 groups</translation>
    </message>
    <message>
        <source>a group has no name</source>
        <translation>a group has no name</translation>
    </message>
    <message>
        <source>the group &quot;%1&quot; has an invalid id</source>
        <translation>the group &quot;%1&quot; has an invalid id</translation>
    </message>
    <message>
        <source>the group &quot;%1&quot; names an invalid policy question</source>
        <translation>the group &quot;%1&quot; names an invalid policy question</translation>
    </message>
    <message>
        <source>the group &quot;%1&quot; lists someone who is not a participant</source>
        <translation>the group &quot;%1&quot; lists someone who is not a participant</translation>
    </message>
    <message>
        <source>participant %1 is in two groups</source>
        <translation>participant %1 is in two groups</translation>
    </message>
    <message>
        <source>participant %1 leads one group and is a member of another</source>
        <translation>participant %1 leads one group and is a member of another</translation>
    </message>
    <message>
        <source>agenda item &quot;%1&quot; has groups but is not a break-out</source>
        <translation>agenda item &quot;%1&quot; has groups but is not a break-out</translation>
    </message>
    <message>
        <source>the break-out item &quot;%1&quot; cannot have items of its own</source>
        <translation>the break-out item &quot;%1&quot; cannot have items of its own</translation>
    </message>
    <message>
        <source>Break-out</source>
        <translation>Break-out</translation>
    </message>
    <message>
        <source>there is no such break-out item</source>
        <translation>there is no such break-out item</translation>
    </message>
</context>
<context>
    <name>core::AgendaModel</name>
    <message>
        <source>Agenda item</source>
        <translation>Agenda item</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Actual</translation>
    </message>
</context>
<context>
    <name>core::AgendaTemplates</name>
    <message>
        <source>Presentations</source>
        <translation>Presentations</translation>
    </message>
    <message>
        <source>Panel presentations</source>
        <translation>Panel presentations</translation>
    </message>
    <message>
        <source>Audience questions and answers</source>
        <translation>Audience questions and answers</translation>
    </message>
    <message>
        <source>Round of interventions</source>
        <translation>Round of interventions</translation>
    </message>
    <message>
        <source>Open discussion in groups</source>
        <translation>Open discussion in groups</translation>
    </message>
    <message>
        <source>Report back from the groups</source>
        <translation>Report back from the groups</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Introduction</translation>
    </message>
    <message>
        <source>Speaker %1</source>
        <translation>Speaker %1</translation>
    </message>
    <message>
        <source>Audience input</source>
        <translation>Audience input</translation>
    </message>
    <message>
        <source>Speakers and audience input</source>
        <translation>Speakers and audience input</translation>
    </message>
    <message>
        <source>Presentations and audience input</source>
        <translation>Presentations and audience input</translation>
    </message>
    <message>
        <source>Open discussion</source>
        <translation>Open discussion</translation>
    </message>
    <message>
        <source>Summary and key takeaways</source>
        <translation>Summary and key takeaways</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
</context>
<context>
    <name>core::AudienceState</name>
    <message>
        <source>event %1 is not about participants&apos; phones</source>
        <translation>event %1 is not about participants&apos; phones</translation>
    </message>
    <message>
        <source>an event names the phone &quot;%1&quot;, which did not join</source>
        <translation>an event names the phone &quot;%1&quot;, which did not join</translation>
    </message>
    <message>
        <source>a phone&apos;s id is 1 to 32 characters</source>
        <translation>a phone&apos;s id is 1 to 32 characters</translation>
    </message>
    <message>
        <source>the phone &quot;%1&quot; joined twice</source>
        <translation>the phone &quot;%1&quot; joined twice</translation>
    </message>
    <message>
        <source>no phone &quot;%1&quot; joined</source>
        <translation>no phone &quot;%1&quot; joined</translation>
    </message>
    <message>
        <source>a phone&apos;s limits are 0 to 60 minutes between questions and 1 to 100 waiting questions</source>
        <translation>a phone&apos;s limits are 0 to 60 minutes between questions and 1 to 100 waiting questions</translation>
    </message>
    <message>
        <source>questions in the inbox are out of order</source>
        <translation>questions in the inbox are out of order</translation>
    </message>
    <message>
        <source>no question %1 in the inbox</source>
        <translation>no question %1 in the inbox</translation>
    </message>
    <message>
        <source>question %1 was already answered</source>
        <translation>question %1 was already answered</translation>
    </message>
    <message>
        <source>a question is accepted as read, display or bank, not &quot;%1&quot;</source>
        <translation>a question is accepted as read, display or bank, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a reaction is agree, disagree or comment, not &quot;%1&quot;</source>
        <translation>a reaction is agree, disagree or comment, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>shared takeaways are out of order</source>
        <translation>shared takeaways are out of order</translation>
    </message>
</context>
<context>
    <name>core::BreakOutAssigner</name>
    <message>
        <source>%1 and %2</source>
        <comment>the last two of a list</comment>
        <translation>%1 and %2</translation>
    </message>
    <message>
        <source>the break-out item has no groups to assign people to</source>
        <translation>the break-out item has no groups to assign people to</translation>
    </message>
    <message>
        <source>a person is named twice or has no id</source>
        <translation>a person is named twice or has no id</translation>
    </message>
    <message>
        <source>there is nobody to put into groups</source>
        <translation>there is nobody to put into groups</translation>
    </message>
    <message>
        <source>participant %1 leads two groups; a person can lead one group only</source>
        <translation>participant %1 leads two groups; a person can lead one group only</translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s) take part online, but no group is online: add an online group</source>
        <translation>
            <numerusform>%Ln person take part online, but no group is online: add an online group</numerusform>
            <numerusform>%Ln people take part online, but no group is online: add an online group</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s) are in the room, but every group is online: add a group in the room</source>
        <translation>
            <numerusform>%Ln person are in the room, but every group is online: add a group in the room</numerusform>
            <numerusform>%Ln people are in the room, but every group is online: add a group in the room</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln online group(s) for %1 people online: there are more groups than people</source>
        <translation>
            <numerusform>%Ln online group for %1 people online: there are more groups than people</numerusform>
            <numerusform>%Ln online groups for %1 people online: there are more groups than people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln group(s) in the room for %1 people there: there are more groups than people</source>
        <translation>
            <numerusform>%Ln group in the room for %1 people there: there are more groups than people</numerusform>
            <numerusform>%Ln groups in the room for %1 people there: there are more groups than people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the group &quot;%1&quot; has more leaders than its share of %Ln person(s)</source>
        <translation>
            <numerusform>the group &quot;%1&quot; has more leaders than its share of %Ln person</numerusform>
            <numerusform>the group &quot;%1&quot; has more leaders than its share of %Ln people</numerusform>
        </translation>
    </message>
    <message>
        <source>this person is already in the group &quot;%1&quot;</source>
        <translation>this person is already in the group &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no group is online: add an online group for people who join online</source>
        <translation>no group is online: add an online group for people who join online</translation>
    </message>
    <message>
        <source>every group is online: add a group in the room</source>
        <translation>every group is online: add a group in the room</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>group counts: in the room, then online</comment>
        <translation>%1 and %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln group(s) of %1 in the room</source>
        <translation>
            <numerusform>%Ln group of %1 in the room</numerusform>
            <numerusform>%Ln groups of %1 in the room</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln online group(s) of %1</source>
        <translation>
            <numerusform>%Ln online group of %1</numerusform>
            <numerusform>%Ln online groups of %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln group(s) of %1</source>
        <translation>
            <numerusform>%Ln group of %1</numerusform>
            <numerusform>%Ln groups of %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln group(s), nobody in them yet</source>
        <translation>
            <numerusform>%Ln group, nobody in them yet</numerusform>
            <numerusform>%Ln groups, nobody in them yet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; the stakeholder groups&apos; numbers differ by at most %Ln between groups.</source>
        <translation>
            <numerusform>%1; the stakeholder groups&apos; numbers differ by at most %Ln between groups.</numerusform>
            <numerusform>%1; the stakeholder groups&apos; numbers differ by at most %Ln between groups.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; each has at least one person from %2.</source>
        <translation>%1; each has at least one person from %2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln person&apos;s own choice could not be kept: the group was full.</source>
        <comment>plural: people&apos;s own choices</comment>
        <translation>
            <numerusform>%Ln person&apos;s own choice could not be kept: the group was full.</numerusform>
            <numerusform>%Ln person&apos;s own choice could not be kept: the group was full.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>core::Briefing</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>after &quot;%1&quot;</source>
        <translation>after &quot;%1&quot;</translation>
    </message>
    <message>
        <source>after %1&apos;s presentation</source>
        <translation>after %1&apos;s presentation</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>for %1</translation>
    </message>
    <message>
        <source>Briefing for speakers and co-moderators</source>
        <translation>Briefing for speakers and co-moderators</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Organizers</source>
        <translation>Organizers</translation>
    </message>
    <message>
        <source>Onsite moderator</source>
        <translation>Onsite moderator</translation>
    </message>
    <message>
        <source>Online moderator</source>
        <translation>Online moderator</translation>
    </message>
    <message>
        <source>Rapporteur</source>
        <translation>Rapporteur</translation>
    </message>
    <message>
        <source>Policy questions</source>
        <translation>Policy questions</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Length</translation>
    </message>
    <message>
        <source>Speaking order</source>
        <translation>Speaking order</translation>
    </message>
    <message>
        <source>No invited speakers yet.</source>
        <translation>No invited speakers yet.</translation>
    </message>
    <message>
        <source>%1, from %2</source>
        <translation>%1, from %2</translation>
    </message>
    <message>
        <source>The empty chair</source>
        <translation>The empty chair</translation>
    </message>
    <message>
        <source>An empty chair stands next to the speakers. The moderator invites the audience to take it to bring new perspectives or to challenge the speakers; the online moderator takes it on behalf of online participants whenever they wish to join.</source>
        <translation>An empty chair stands next to the speakers. The moderator invites the audience to take it to bring new perspectives or to challenge the speakers; the online moderator takes it on behalf of online participants whenever they wish to join.</translation>
    </message>
    <message>
        <source>How online participants join</source>
        <translation>How online participants join</translation>
    </message>
    <message>
        <source>The proposal does not say; agree on it with the online moderator.</source>
        <translation>The proposal does not say; agree on it with the online moderator.</translation>
    </message>
    <message>
        <source>Discussion facilitation</source>
        <translation>Discussion facilitation</translation>
    </message>
    <message>
        <source>Prepared questions</source>
        <translation>Prepared questions</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>None yet.</translation>
    </message>
</context>
<context>
    <name>core::CaptionFeed</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <extracomment>%1 is a file name, %2 why it cannot be read</extracomment>
        <translation>%1 cannot be read: %2</translation>
    </message>
</context>
<context>
    <name>core::CommandCatalogue</name>
    <message>
        <source>&quot;participant&quot; must be a whole number</source>
        <translation>&quot;participant&quot; must be a whole number</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be text</source>
        <translation>&quot;%1&quot; must be text</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs &quot;%2&quot;</source>
        <translation>&quot;%1&quot; needs &quot;%2&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be: %2</source>
        <extracomment>%2 is a kind of value: integer, duration, boolean, text, list or object</extracomment>
        <translation>&quot;%1&quot; must be: %2</translation>
    </message>
    <message>
        <source>a participant&apos;s id is positive</source>
        <translation>a participant&apos;s id is positive</translation>
    </message>
    <message>
        <source>say who: a participant&apos;s id or a name</source>
        <translation>say who: a participant&apos;s id or a name</translation>
    </message>
    <message>
        <source>a channel is onsite, online or hub, not &quot;%1&quot;</source>
        <translation>a channel is onsite, online or hub, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a positive number</source>
        <translation>&quot;%1&quot; must be a positive number</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>unknown command &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes no &quot;%2&quot;</source>
        <translation>&quot;%1&quot; takes no &quot;%2&quot;</translation>
    </message>
    <message>
        <source>extend by some time, not zero</source>
        <translation>extend by some time, not zero</translation>
    </message>
    <message>
        <source>pages count from 0</source>
        <translation>pages count from 0</translation>
    </message>
    <message>
        <source>participation counts are not negative</source>
        <translation>participation counts are not negative</translation>
    </message>
    <message>
        <source>name a file</source>
        <translation>name a file</translation>
    </message>
    <message>
        <source>onsite moderator</source>
        <translation>onsite moderator</translation>
    </message>
    <message>
        <source>co-moderator</source>
        <translation>co-moderator</translation>
    </message>
    <message>
        <source>online moderator</source>
        <translation>online moderator</translation>
    </message>
    <message>
        <source>rapporteur</source>
        <translation>rapporteur</translation>
    </message>
    <message>
        <source>observer</source>
        <translation>observer</translation>
    </message>
    <message>
        <source>room display</source>
        <translation>room display</translation>
    </message>
    <message>
        <source>the %1 may not %2</source>
        <extracomment>%1 is a role (&quot;online moderator&quot;), %2 a command&apos;s name (&quot;chair-open&quot;).</extracomment>
        <translation>the %1 may not %2</translation>
    </message>
    <message>
        <source>a phone&apos;s limits are 0 to 60 minutes between questions and 1 to 100 waiting questions</source>
        <translation>a phone&apos;s limits are 0 to 60 minutes between questions and 1 to 100 waiting questions</translation>
    </message>
    <message>
        <source>translator</source>
        <translation>translator</translation>
    </message>
    <message>
        <source>captioner</source>
        <translation>captioner</translation>
    </message>
    <message>
        <source>the volume is 0 to 100</source>
        <translation>the volume is 0 to 100</translation>
    </message>
    <message>
        <source>a position in a video is not negative</source>
        <translation>a position in a video is not negative</translation>
    </message>
    <message>
        <source>a caption line is empty</source>
        <translation>a caption line is empty</translation>
    </message>
</context>
<context>
    <name>core::DisplayState</name>
    <message>
        <source>unknown scene &quot;%1&quot;</source>
        <translation>unknown scene &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no media file is chosen</source>
        <translation>no media file is chosen</translation>
    </message>
    <message>
        <source>a message has 1 to %1 characters</source>
        <translation>a message has 1 to %1 characters</translation>
    </message>
    <message>
        <source>there is no such media file</source>
        <translation>there is no such media file</translation>
    </message>
    <message>
        <source>there is no such page</source>
        <translation>there is no such page</translation>
    </message>
    <message>
        <source>the media file&apos;s description is not valid</source>
        <translation>the media file&apos;s description is not valid</translation>
    </message>
    <message>
        <source>a key takeaway has 1 to %1 characters</source>
        <translation>a key takeaway has 1 to %1 characters</translation>
    </message>
    <message>
        <source>there is no such key takeaway</source>
        <translation>there is no such key takeaway</translation>
    </message>
    <message>
        <source>unknown event &quot;%1&quot;</source>
        <translation>unknown event &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a comment on a key takeaway has 1 to %1 characters</source>
        <translation>a comment on a key takeaway has 1 to %1 characters</translation>
    </message>
    <message>
        <source>a participant&apos;s id is 1 or more (0: not named)</source>
        <translation>a participant&apos;s id is 1 or more (0: not named)</translation>
    </message>
    <message>
        <source>subtitles are shown with their video, not on their own</source>
        <translation>subtitles are shown with their video, not on their own</translation>
    </message>
    <message>
        <source>the volume is 0 to 100</source>
        <translation>the volume is 0 to 100</translation>
    </message>
    <message>
        <source>no video is chosen for the room display</source>
        <translation>no video is chosen for the room display</translation>
    </message>
    <message>
        <source>a position in a video is not negative</source>
        <translation>a position in a video is not negative</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code</source>
        <translation>&quot;%1&quot; is not a language code</translation>
    </message>
    <message>
        <source>a glossary has at most %1 terms</source>
        <translation>a glossary has at most %1 terms</translation>
    </message>
    <message>
        <source>each glossary term needs an id of its own</source>
        <translation>each glossary term needs an id of its own</translation>
    </message>
    <message>
        <source>a glossary term has 1 to %1 characters and its explanation at most %2</source>
        <translation>a glossary term has 1 to %1 characters and its explanation at most %2</translation>
    </message>
    <message>
        <source>there is no glossary term %1</source>
        <translation>there is no glossary term %1</translation>
    </message>
    <message>
        <source>there is no approved takeaway %1</source>
        <translation>there is no approved takeaway %1</translation>
    </message>
    <message>
        <source>the message&apos;s translation has no id</source>
        <translation>the message&apos;s translation has no id</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not something that can be translated</source>
        <translation>&quot;%1&quot; is not something that can be translated</translation>
    </message>
    <message>
        <source>a translation has at most %1 characters</source>
        <translation>a translation has at most %1 characters</translation>
    </message>
    <message>
        <source>a caption size is small, medium or large, not &quot;%1&quot;</source>
        <translation>a caption size is small, medium or large, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>subtitles belong to a video of the session</source>
        <translation>subtitles belong to a video of the session</translation>
    </message>
    <message>
        <source>only subtitles have a language</source>
        <translation>only subtitles have a language</translation>
    </message>
    <message>
        <source>there is no policy question %1</source>
        <translation>there is no policy question %1</translation>
    </message>
</context>
<context>
    <name>core::Error</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>The file %1 does not exist.</translation>
    </message>
    <message>
        <source>The file %1 already exists and was left untouched.</source>
        <translation>The file %1 already exists and was left untouched.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Moderato. It was not opened and not changed.</source>
        <translation>%1 was written by a newer version of Moderato. It was not opened and not changed.</translation>
    </message>
    <message>
        <source>The session file could not be read or written: %1</source>
        <translation>The session file could not be read or written: %1</translation>
    </message>
    <message>
        <source>Input/output error: %1</source>
        <translation>Input/output error: %1</translation>
    </message>
    <message>
        <source>Could not read the input: %1</source>
        <translation>Could not read the input: %1</translation>
    </message>
    <message>
        <source>Invalid argument: %1</source>
        <translation>Invalid argument: %1</translation>
    </message>
    <message>
        <source>Not possible now: %1</source>
        <translation>Not possible now: %1</translation>
    </message>
    <message>
        <source>%1 is not a Moderato session file. It was left untouched.</source>
        <translation>%1 is not a Moderato session file. It was left untouched.</translation>
    </message>
    <message>
        <source>The session file is damaged and was left untouched: %1</source>
        <translation>The session file is damaged and was left untouched: %1</translation>
    </message>
    <message>
        <source>%1 is open in another Moderato window or program, which is the only one that may write to it. Nothing was changed.</source>
        <translation>%1 is open in another Moderato window or program, which is the only one that may write to it. Nothing was changed.</translation>
    </message>
    <message>
        <source>%1 cannot be written (the file, its folder or the disk is read-only). Nothing was changed.</source>
        <translation>%1 cannot be written (the file, its folder or the disk is read-only). Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>core::EventCatalogue</name>
    <message>
        <source>it holds the event &quot;%1&quot; of event vocabulary %2; this version knows vocabulary %3</source>
        <translation>it holds the event &quot;%1&quot; of event vocabulary %2; this version knows vocabulary %3</translation>
    </message>
    <message>
        <source>it holds the event &quot;%1&quot;, which this version does not know</source>
        <translation>it holds the event &quot;%1&quot;, which this version does not know</translation>
    </message>
    <message>
        <source>the event &quot;%1&quot; lacks its field &quot;%2&quot;</source>
        <translation>the event &quot;%1&quot; lacks its field &quot;%2&quot;</translation>
    </message>
    <message>
        <source>the field &quot;%2&quot; of the event &quot;%1&quot; is not %3</source>
        <translation>the field &quot;%2&quot; of the event &quot;%1&quot; is not %3</translation>
    </message>
</context>
<context>
    <name>core::EventLog</name>
    <message>
        <source>line %1: %2</source>
        <translation>line %1: %2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>not a JSON object</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number</source>
        <translation>&quot;%1&quot; must be a whole number</translation>
    </message>
    <message>
        <source>an event needs a &quot;type&quot; text and a &quot;data&quot; object</source>
        <translation>an event needs a &quot;type&quot; text and a &quot;data&quot; object</translation>
    </message>
    <message>
        <source>event number %1 where %2 was expected</source>
        <translation>event number %1 where %2 was expected</translation>
    </message>
    <message>
        <source>the log holds no events</source>
        <translation>the log holds no events</translation>
    </message>
    <message>
        <source>the log is larger than %1, the most a log may have</source>
        <extracomment>%1 is the largest log accepted, like &quot;67.1 MB&quot;</extracomment>
        <translation>the log is larger than %1, the most a log may have</translation>
    </message>
    <message>
        <source>longer than %1, the most one event may take</source>
        <extracomment>%1 is the longest line accepted, like &quot;33.6 MB&quot;</extracomment>
        <translation>longer than %1, the most one event may take</translation>
    </message>
    <message>
        <source>more than %1 events, the most a log may hold</source>
        <translation>more than %1 events, the most a log may hold</translation>
    </message>
    <message>
        <source>%1 is too large (%2); an event log may have at most %3</source>
        <extracomment>%1 is a file name, %2 its size, %3 the largest log accepted (both like &quot;67.1 MB&quot;)</extracomment>
        <translation>%1 is too large (%2); an event log may have at most %3</translation>
    </message>
    <message>
        <source>%1 is larger than %2, the most an event log may have</source>
        <extracomment>%1 is a file name, %2 the largest log accepted (like &quot;67.1 MB&quot;)</extracomment>
        <translation>%1 is larger than %2, the most an event log may have</translation>
    </message>
    <message>
        <source>%1: the log was made by a newer version of Moderato</source>
        <translation>%1: the log was made by a newer version of Moderato</translation>
    </message>
</context>
<context>
    <name>core::FloorState</name>
    <message>
        <source>a participant needs an id and a name</source>
        <translation>a participant needs an id and a name</translation>
    </message>
    <message>
        <source>unknown channel &quot;%1&quot;</source>
        <translation>unknown channel &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot;</source>
        <translation>unknown role &quot;%1&quot;</translation>
    </message>
    <message>
        <source>there is no such participant</source>
        <translation>there is no such participant</translation>
    </message>
    <message>
        <source>participant %1 exists already</source>
        <translation>participant %1 exists already</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already a participant</source>
        <translation>&quot;%1&quot; is already a participant</translation>
    </message>
    <message>
        <source>a turn at the floor is a speaker&apos;s or the audience&apos;s</source>
        <translation>a turn at the floor is a speaker&apos;s or the audience&apos;s</translation>
    </message>
    <message>
        <source>a turn needs a time limit of at least 10 seconds</source>
        <translation>a turn needs a time limit of at least 10 seconds</translation>
    </message>
    <message>
        <source>there is no such request to speak</source>
        <translation>there is no such request to speak</translation>
    </message>
    <message>
        <source>nobody holds the floor</source>
        <translation>nobody holds the floor</translation>
    </message>
    <message>
        <source>requests to speak are out of order</source>
        <translation>requests to speak are out of order</translation>
    </message>
    <message>
        <source>%1 is already waiting to speak</source>
        <translation>%1 is already waiting to speak</translation>
    </message>
    <message>
        <source>the new order does not match the queue</source>
        <translation>the new order does not match the queue</translation>
    </message>
    <message>
        <source>unknown queue order &quot;%1&quot;</source>
        <translation>unknown queue order &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the empty chair is already open</source>
        <translation>the empty chair is already open</translation>
    </message>
    <message>
        <source>%1 is in the room: only remote participants claim the chair through the online moderator</source>
        <translation>%1 is in the room: only remote participants claim the chair through the online moderator</translation>
    </message>
    <message>
        <source>a claim on the empty chair is already waiting</source>
        <translation>a claim on the empty chair is already waiting</translation>
    </message>
    <message>
        <source>no claim on the empty chair is waiting</source>
        <translation>no claim on the empty chair is waiting</translation>
    </message>
    <message>
        <source>the empty chair is not open</source>
        <translation>the empty chair is not open</translation>
    </message>
    <message>
        <source>someone already sits in the empty chair</source>
        <translation>someone already sits in the empty chair</translation>
    </message>
    <message>
        <source>nobody sits in the empty chair</source>
        <translation>nobody sits in the empty chair</translation>
    </message>
    <message>
        <source>%1 is not an invited speaker</source>
        <translation>%1 is not an invited speaker</translation>
    </message>
    <message>
        <source>the speaking order must list every invited speaker once</source>
        <translation>the speaking order must list every invited speaker once</translation>
    </message>
    <message>
        <source>only invited speakers can be skipped</source>
        <translation>only invited speakers can be skipped</translation>
    </message>
    <message>
        <source>unknown event &quot;%1&quot;</source>
        <translation>unknown event &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds the floor; end the turn before changing the roles</source>
        <translation>&quot;%1&quot; holds the floor; end the turn before changing the roles</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has taken part in the session and stays in its record</source>
        <translation>&quot;%1&quot; has taken part in the session and stays in its record</translation>
    </message>
    <message>
        <source>a turn&apos;s time limit can be at most one hour</source>
        <translation>a turn&apos;s time limit can be at most one hour</translation>
    </message>
    <message>
        <source>the warning time must be between 0 and 30 minutes</source>
        <translation>the warning time must be between 0 and 30 minutes</translation>
    </message>
    <message>
        <source>the walk-in is not the participant of the event</source>
        <translation>the walk-in is not the participant of the event</translation>
    </message>
    <message>
        <source>a walk-in is not an invited speaker</source>
        <translation>a walk-in is not an invited speaker</translation>
    </message>
    <message>
        <source>this event cannot add a participant</source>
        <translation>this event cannot add a participant</translation>
    </message>
    <message>
        <source>a phone joined without its participant</source>
        <translation>a phone joined without its participant</translation>
    </message>
    <message>
        <source>a report-back names no break-out group</source>
        <translation>a report-back names no break-out group</translation>
    </message>
</context>
<context>
    <name>core::MemoryStore</name>
    <message>
        <source>event %1 does not follow event %2</source>
        <translation>event %1 does not follow event %2</translation>
    </message>
    <message>
        <source>the session is open read-only</source>
        <translation>the session is open read-only</translation>
    </message>
    <message>
        <source>media %1 is stored already</source>
        <translation>media %1 is stored already</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a file name</source>
        <translation>&quot;%1&quot; is not a file name</translation>
    </message>
    <message>
        <source>%1 is open here: save the copy under another name</source>
        <translation>%1 is open here: save the copy under another name</translation>
    </message>
</context>
<context>
    <name>core::NoteState</name>
    <message>
        <source>unknown note tag &quot;%1&quot;</source>
        <translation>unknown note tag &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a note has 1 to %1 characters</source>
        <translation>a note has 1 to %1 characters</translation>
    </message>
    <message>
        <source>there is no such policy question</source>
        <translation>there is no such policy question</translation>
    </message>
    <message>
        <source>note %1 exists already</source>
        <translation>note %1 exists already</translation>
    </message>
    <message>
        <source>a note cannot be typed after it is saved</source>
        <translation>a note cannot be typed after it is saved</translation>
    </message>
    <message>
        <source>there is no such note</source>
        <translation>there is no such note</translation>
    </message>
    <message>
        <source>unknown event &quot;%1&quot;</source>
        <translation>unknown event &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>core::NotesModel</name>
    <message>
        <source>%1 (empty chair)</source>
        <translation>%1 (empty chair)</translation>
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
        <translation>the file has more than %1 rows</translation>
    </message>
    <message>
        <source>line %1: a quoted cell is not closed</source>
        <translation>line %1: a quoted cell is not closed</translation>
    </message>
    <message>
        <source>the file is larger than 5 MB</source>
        <translation>the file is larger than 5 MB</translation>
    </message>
    <message>
        <source>this is not a text file</source>
        <translation>this is not a text file</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>the file is not UTF-8 text</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <source>the first row must name the columns, one of them &quot;name&quot;</source>
        <translation>the first row must name the columns, one of them &quot;name&quot;</translation>
    </message>
    <message>
        <source>line %1: no name; the row is skipped</source>
        <translation>line %1: no name; the row is skipped</translation>
    </message>
    <message>
        <source>line %1: the name is longer than 200 characters; the row is skipped</source>
        <translation>line %1: the name is longer than 200 characters; the row is skipped</translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; appears twice; the later row is skipped</source>
        <translation>line %1: &quot;%2&quot; appears twice; the later row is skipped</translation>
    </message>
    <message>
        <source>line %1: a hub without a name; &quot;%2&quot; joins online</source>
        <translation>line %1: a hub without a name; &quot;%2&quot; joins online</translation>
    </message>
    <message>
        <source>line %1: unknown channel &quot;%2&quot;; &quot;%3&quot; joins onsite</source>
        <translation>line %1: unknown channel &quot;%2&quot;; &quot;%3&quot; joins onsite</translation>
    </message>
    <message>
        <source>line %1: unknown role &quot;%2&quot; is left out</source>
        <translation>line %1: unknown role &quot;%2&quot; is left out</translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot;: %2</source>
        <translation>cannot read &quot;%1&quot;: %2</translation>
    </message>
</context>
<context>
    <name>core::PersonEntryParser</name>
    <message>
        <source>Type the name first, then what you know of them, e.g. &quot;%1&quot;.</source>
        <translation>Type the name first, then what you know of them, e.g. &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Name the remote hub after &quot;hub&quot;, e.g. &quot;%1&quot;.</source>
        <translation>Name the remote hub after &quot;hub&quot;, e.g. &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A name, then, after commas or slashes and in any order: stakeholder group (government, private sector, civil society, technical community, IGO), regional group (Africa, Asia-Pacific, EEG, GRULAC, WEOG), gender (woman, man, non-binary) and channel (room, online, hub NAME). Anything else is kept as the organisation.
Example: %1</source>
        <translation>A name, then, after commas or slashes and in any order: stakeholder group (government, private sector, civil society, technical community, IGO), regional group (Africa, Asia-Pacific, EEG, GRULAC, WEOG), gender (woman, man, non-binary) and channel (room, online, hub NAME). Anything else is kept as the organisation.
Example: %1</translation>
    </message>
</context>
<context>
    <name>core::PreparationChecks</name>
    <message>
        <source>onsite moderator</source>
        <translation>onsite moderator</translation>
    </message>
    <message>
        <source>online moderator</source>
        <translation>online moderator</translation>
    </message>
    <message>
        <source>rapporteur</source>
        <translation>rapporteur</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 and %2</translation>
    </message>
    <message>
        <source>%1, %2 and %3</source>
        <translation>%1, %2 and %3</translation>
    </message>
    <message>
        <source>%1 is %2 at once: one person can hardly follow the room, the online participants and the notes together. Consider asking someone else to take one of these roles.</source>
        <translation>%1 is %2 at once: one person can hardly follow the room, the online participants and the notes together. Consider asking someone else to take one of these roles.</translation>
    </message>
</context>
<context>
    <name>core::ProposalImporter</name>
    <message>
        <source>The title &quot;%1&quot; has no workshop code such as &quot;IGF 2019 WS #195&quot;.</source>
        <translation>The title &quot;%1&quot; has no workshop code such as &quot;IGF 2019 WS #195&quot;.</translation>
    </message>
    <message>
        <source>The organizer line &quot;%1&quot; names no person; it was left out.</source>
        <translation>The organizer line &quot;%1&quot; names no person; it was left out.</translation>
    </message>
    <message>
        <source>The speaker line &quot;%1&quot; names no person; it was left out.</source>
        <translation>The speaker line &quot;%1&quot; names no person; it was left out.</translation>
    </message>
    <message>
        <source>Could not read the onsite moderator from &quot;%1&quot;.</source>
        <translation>Could not read the onsite moderator from &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Could not read the online moderator from &quot;%1&quot;.</source>
        <translation>Could not read the online moderator from &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Could not read the rapporteur from &quot;%1&quot;.</source>
        <translation>Could not read the rapporteur from &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The line &quot;%1&quot; after the online moderator has no &quot;Rapporteur:&quot; label; it was read as the rapporteur.</source>
        <translation>The line &quot;%1&quot; after the online moderator has no &quot;Rapporteur:&quot; label; it was read as the rapporteur.</translation>
    </message>
    <message>
        <source>The proposal has no agenda; one was built for %L1 minutes.</source>
        <translation>The proposal has no agenda; one was built for %L1 minutes.</translation>
    </message>
    <message>
        <source>The proposal has no agenda; one was built for the format &quot;%1&quot; and %L2 minutes.</source>
        <translation>The proposal has no agenda; one was built for the format &quot;%1&quot; and %L2 minutes.</translation>
    </message>
    <message>
        <source>Introduction of speakers and ice-breaker</source>
        <translation>Introduction of speakers and ice-breaker</translation>
    </message>
    <message>
        <source>Agenda item %1</source>
        <translation>Agenda item %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln agenda item(s) give no duration: %1. They share the minutes the other items leave of the session.</source>
        <translation>
            <numerusform>%Ln agenda item gives no duration: %1. It gets the minutes the other items leave of the session.</numerusform>
            <numerusform>%Ln agenda items give no duration: %1. They share the minutes the other items leave of the session.</numerusform>
        </translation>
    </message>
    <message>
        <source>The agenda gives the floor to the speakers, but the proposal names none; &quot;%1&quot; was kept as one item.</source>
        <translation>The agenda gives the floor to the speakers, but the proposal names none; &quot;%1&quot; was kept as one item.</translation>
    </message>
    <message>
        <source>The agenda adds up to %L1 minutes; the format says %L2 (%L3 more).</source>
        <translation>The agenda adds up to %L1 minutes; the format says %L2 (%L3 more).</translation>
    </message>
    <message>
        <source>The agenda adds up to %L1 minutes; the format says %L2 (%L3 fewer).</source>
        <translation>The agenda adds up to %L1 minutes; the format says %L2 (%L3 fewer).</translation>
    </message>
    <message>
        <source>the text is not an IGF workshop proposal: it has no title with a workshop code and none of the fields such as &quot;Speaker 1:&quot;</source>
        <translation>the text is not an IGF workshop proposal: it has no title with a workshop code and none of the fields such as &quot;Speaker 1:&quot;</translation>
    </message>
    <message>
        <source>Untitled workshop</source>
        <translation>Untitled workshop</translation>
    </message>
    <message>
        <source>The proposal has no title; the session is called &quot;%1&quot;.</source>
        <translation>The proposal has no title; the session is called &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The proposal names no speakers.</source>
        <translation>The proposal names no speakers.</translation>
    </message>
    <message>
        <source>The proposal names no session format; %L1 minutes were assumed.</source>
        <translation>The proposal names no session format; %L1 minutes were assumed.</translation>
    </message>
    <message>
        <source>The session format &quot;%1&quot; gives no duration; %L2 minutes were assumed.</source>
        <translation>The session format &quot;%1&quot; gives no duration; %L2 minutes were assumed.</translation>
    </message>
    <message>
        <source>The proposal names no onsite moderator.</source>
        <translation>The proposal names no onsite moderator.</translation>
    </message>
    <message>
        <source>The proposal names no online moderator.</source>
        <translation>The proposal names no online moderator.</translation>
    </message>
    <message>
        <source>The proposal names no rapporteur.</source>
        <translation>The proposal names no rapporteur.</translation>
    </message>
    <message>
        <source>The proposal has no policy questions.</source>
        <translation>The proposal has no policy questions.</translation>
    </message>
    <message>
        <source>%L1 MB is too large for a proposal (at most 2 MB)</source>
        <translation>%L1 MB is too large for a proposal (at most 2 MB)</translation>
    </message>
    <message>
        <source>the proposal is empty</source>
        <translation>the proposal is empty</translation>
    </message>
    <message>
        <source>the proposal holds binary data, not text</source>
        <translation>the proposal holds binary data, not text</translation>
    </message>
    <message>
        <source>the proposal is not UTF-8 text</source>
        <translation>the proposal is not UTF-8 text</translation>
    </message>
    <message>
        <source>Only the first %1 speakers were read.</source>
        <translation>Only the first %1 speakers were read.</translation>
    </message>
    <message>
        <source>Only the first %1 agenda lines were read.</source>
        <translation>Only the first %1 agenda lines were read.</translation>
    </message>
    <message>
        <source>%1 minutes are too few for a slot for each of the %2 speakers and the audience after each; &quot;%3&quot; was kept as one item.</source>
        <translation>%1 minutes are too few for a slot for each of the %2 speakers and the audience after each; &quot;%3&quot; was kept as one item.</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Group %1</translation>
    </message>
    <message>
        <source>Online group</source>
        <translation>Online group</translation>
    </message>
</context>
<context>
    <name>core::QuestionBank</name>
    <message>
        <source>a session can have at most %1 prepared questions</source>
        <translation>a session can have at most %1 prepared questions</translation>
    </message>
    <message>
        <source>a prepared question has an invalid id</source>
        <translation>a prepared question has an invalid id</translation>
    </message>
    <message>
        <source>a prepared question needs a text of 1 to %1 characters</source>
        <translation>a prepared question needs a text of 1 to %1 characters</translation>
    </message>
    <message>
        <source>a prepared question belongs to no agenda item</source>
        <translation>a prepared question belongs to no agenda item</translation>
    </message>
    <message>
        <source>a prepared question is for no participant</source>
        <translation>a prepared question is for no participant</translation>
    </message>
    <message>
        <source>there is no such prepared question</source>
        <translation>there is no such prepared question</translation>
    </message>
    <message>
        <source>unknown event &quot;%1&quot;</source>
        <translation>unknown event &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a prepared question needs a text</source>
        <translation>a prepared question needs a text</translation>
    </message>
</context>
<context>
    <name>core::ReplayScript</name>
    <message>
        <source>line %1: %2</source>
        <translation>line %1: %2</translation>
    </message>
    <message>
        <source>a quote is not closed</source>
        <translation>a quote is not closed</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time (M:SS or H:MM:SS)</source>
        <translation>&quot;%1&quot; is not a time (M:SS or H:MM:SS)</translation>
    </message>
    <message>
        <source>the time goes backwards</source>
        <translation>the time goes backwards</translation>
    </message>
    <message>
        <source>an action is missing after the time</source>
        <translation>an action is missing after the time</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot;; known actions: %2</source>
        <translation>unknown action &quot;%1&quot;; known actions: %2</translation>
    </message>
    <message>
        <source>wrong number of arguments for &quot;%1&quot;</source>
        <translation>wrong number of arguments for &quot;%1&quot;</translation>
    </message>
    <message>
        <source>goto needs an item number from 1</source>
        <translation>goto needs an item number from 1</translation>
    </message>
    <message>
        <source>extend needs +M or -M minutes</source>
        <translation>extend needs +M or -M minutes</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 needs a value</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not take the option %2</source>
        <translation>&quot;%1&quot; does not take the option %2</translation>
    </message>
    <message>
        <source>a name is empty</source>
        <translation>a name is empty</translation>
    </message>
    <message>
        <source>a note&apos;s tags are #takeaway, #action, #question, #agree, #disagree or #quote</source>
        <translation>a note&apos;s tags are #takeaway, #action, #question, #agree, #disagree or #quote</translation>
    </message>
    <message>
        <source>--%1 takes %2</source>
        <translation>--%1 takes %2</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>a whole number</translation>
    </message>
    <message>
        <source>a duration such as 90s, 2m, -1m or 1:30</source>
        <translation>a duration such as 90s, 2m, -1m or 1:30</translation>
    </message>
    <message>
        <source>yes or no</source>
        <translation>yes or no</translation>
    </message>
    <message>
        <source>a JSON object or list</source>
        <translation>a JSON object or list</translation>
    </message>
    <message>
        <source>nobody is called &quot;%1&quot;</source>
        <translation>nobody is called &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--question needs a policy question&apos;s number from 1</source>
        <translation>--question needs a policy question&apos;s number from 1</translation>
    </message>
    <message>
        <source>groups needs the break-out item&apos;s id first</source>
        <translation>groups needs the break-out item&apos;s id first</translation>
    </message>
    <message>
        <source>report-back takes a group&apos;s id</source>
        <translation>report-back takes a group&apos;s id</translation>
    </message>
    <message>
        <source>--group needs a break-out group&apos;s id</source>
        <translation>--group needs a break-out group&apos;s id</translation>
    </message>
</context>
<context>
    <name>core::Report</name>
    <message>
        <source>Key policy questions and expectations</source>
        <translation>Key policy questions and expectations</translation>
    </message>
    <message>
        <source>Discussion areas</source>
        <translation>Discussion areas</translation>
    </message>
    <message>
        <source>Policy recommendations or suggestions for the way forward</source>
        <translation>Policy recommendations or suggestions for the way forward</translation>
    </message>
    <message>
        <source>Other initiatives addressing the session issues</source>
        <translation>Other initiatives addressing the session issues</translation>
    </message>
    <message>
        <source>Making progress for tackled issues</source>
        <translation>Making progress for tackled issues</translation>
    </message>
    <message>
        <source>Estimated participation</source>
        <translation>Estimated participation</translation>
    </message>
    <message>
        <source>Reflection to gender issues</source>
        <translation>Reflection to gender issues</translation>
    </message>
    <message>
        <source>Session outputs</source>
        <translation>Session outputs</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Date: %1</translation>
    </message>
    <message>
        <source>Organizers</source>
        <translation>Organizers</translation>
    </message>
    <message>
        <source>Rapporteur</source>
        <translation>Rapporteur</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Speakers</translation>
    </message>
    <message>
        <source>Short report</source>
        <translation>Short report</translation>
    </message>
    <message>
        <source>Key takeaways</source>
        <translation>Key takeaways</translation>
    </message>
    <message>
        <source>Calls to action</source>
        <translation>Calls to action</translation>
    </message>
    <message>
        <source>Long report</source>
        <translation>Long report</translation>
    </message>
    <message>
        <source>Floor time by stakeholder group</source>
        <translation>Floor time by stakeholder group</translation>
    </message>
    <message>
        <source>Stakeholder group</source>
        <translation>Stakeholder group</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Turns</source>
        <translation>Turns</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>not given</translation>
    </message>
    <message>
        <source>Planned and actual time</source>
        <translation>Planned and actual time</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Agenda item</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>stakeholder group not given</source>
        <translation>stakeholder group not given</translation>
    </message>
    <message numerus="yes">
        <source>%Ln participant(s) joined from their phones</source>
        <translation>
            <numerusform>%Ln participant joined from their phone</numerusform>
            <numerusform>%Ln participants joined from their phones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln written question(s) sent</source>
        <translation>
            <numerusform>%Ln written question sent</numerusform>
            <numerusform>%Ln written questions sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln taken up by the moderator</source>
        <translation>
            <numerusform>%Ln taken up by the moderator</numerusform>
            <numerusform>%Ln taken up by the moderator</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2)</source>
        <translation>&quot;%1&quot; (%2)</translation>
    </message>
    <message>
        <source>%1 — agree: %2, disagree: %3</source>
        <translation>%1 — agree: %2, disagree: %3</translation>
    </message>
    <message>
        <source>Comments: %1</source>
        <translation>Comments: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>From participants&apos; phones</source>
        <translation>From participants&apos; phones</translation>
    </message>
    <message>
        <source>Reactions to the key takeaways</source>
        <translation>Reactions to the key takeaways</translation>
    </message>
    <message>
        <source>Participants&apos; own key takeaways</source>
        <translation>Participants&apos; own key takeaways</translation>
    </message>
    <message>
        <source>No Poverty</source>
        <translation>No Poverty</translation>
    </message>
    <message>
        <source>Zero Hunger</source>
        <translation>Zero Hunger</translation>
    </message>
    <message>
        <source>Good Health and Well-Being</source>
        <translation>Good Health and Well-Being</translation>
    </message>
    <message>
        <source>Quality Education</source>
        <translation>Quality Education</translation>
    </message>
    <message>
        <source>Gender Equality</source>
        <translation>Gender Equality</translation>
    </message>
    <message>
        <source>Clean Water and Sanitation</source>
        <translation>Clean Water and Sanitation</translation>
    </message>
    <message>
        <source>Affordable and Clean Energy</source>
        <translation>Affordable and Clean Energy</translation>
    </message>
    <message>
        <source>Decent Work and Economic Growth</source>
        <translation>Decent Work and Economic Growth</translation>
    </message>
    <message>
        <source>Industry, Innovation and Infrastructure</source>
        <translation>Industry, Innovation and Infrastructure</translation>
    </message>
    <message>
        <source>Reduced Inequalities</source>
        <translation>Reduced Inequalities</translation>
    </message>
    <message>
        <source>Sustainable Cities and Communities</source>
        <translation>Sustainable Cities and Communities</translation>
    </message>
    <message>
        <source>Responsible Consumption and Production</source>
        <translation>Responsible Consumption and Production</translation>
    </message>
    <message>
        <source>Climate Action</source>
        <translation>Climate Action</translation>
    </message>
    <message>
        <source>Life Below Water</source>
        <translation>Life Below Water</translation>
    </message>
    <message>
        <source>Life on Land</source>
        <translation>Life on Land</translation>
    </message>
    <message>
        <source>Peace, Justice and Strong Institutions</source>
        <translation>Peace, Justice and Strong Institutions</translation>
    </message>
    <message>
        <source>Partnerships for the Goals</source>
        <translation>Partnerships for the Goals</translation>
    </message>
    <message>
        <source>Women: %1 of the %2 people who took the floor (%3 % of the floor time).</source>
        <translation>Women: %1 of the %2 people who took the floor (%3 % of the floor time).</translation>
    </message>
    <message>
        <source>Men: %1 (%2 %). Gender described otherwise: %3 (%4 %). Gender not given: %5 (%6 %).</source>
        <translation>Men: %1 (%2 %). Gender described otherwise: %3 (%4 %). Gender not given: %5 (%6 %).</translation>
    </message>
    <message>
        <source>Invited speakers who are women: %1 of %2.</source>
        <translation>Invited speakers who are women: %1 of %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>Other initiatives: the names of the initiatives a sentence names, then the sentence</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Entered by the rapporteur: onsite %1, online %2, of whom women %3.</source>
        <translation>Entered by the rapporteur: onsite %1, online %2, of whom women %3.</translation>
    </message>
    <message>
        <source>Estimated from who took part (the floor, the queue, the empty chair, phones): %1 in the room, %2 online, %3 at a remote hub.</source>
        <translation>Estimated from who took part (the floor, the queue, the empty chair, phones): %1 in the room, %2 online, %3 at a remote hub.</translation>
    </message>
    <message>
        <source>Women: %1 of the %2 people whose gender is known.</source>
        <translation>Women: %1 of the %2 people whose gender is known.</translation>
    </message>
    <message>
        <source>Nobody&apos;s gender is known.</source>
        <translation>Nobody&apos;s gender is known.</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <extracomment>When the session ran: its start and end time</extracomment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Goal %1: %2</source>
        <extracomment>A Sustainable Development Goal: its number and title</extracomment>
        <translation>Goal %1: %2</translation>
    </message>
    <message>
        <source>Finding: %1</source>
        <translation>Finding: %1</translation>
    </message>
    <message>
        <source>Agreement: %1</source>
        <translation>Agreement: %1</translation>
    </message>
    <message>
        <source>Disagreement: %1</source>
        <translation>Disagreement: %1</translation>
    </message>
    <message>
        <source>participant %1</source>
        <translation>participant %1</translation>
    </message>
    <message>
        <source>in the room</source>
        <translation>in the room</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>at the hub %1</source>
        <translation>at the hub %1</translation>
    </message>
    <message numerus="yes">
        <source>The empty chair was opened %Ln time(s)</source>
        <translation>
            <numerusform>The empty chair was opened %Ln time</numerusform>
            <numerusform>The empty chair was opened %Ln times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s) sat there</source>
        <translation>
            <numerusform>%Ln person sat there</numerusform>
            <numerusform>%Ln people sat there</numerusform>
        </translation>
    </message>
    <message>
        <source>for %1 in all.</source>
        <translation>for %1 in all.</translation>
    </message>
    <message>
        <source>Time: %1</source>
        <translation>Time: %1</translation>
    </message>
    <message>
        <source>Sustainable Development Goals</source>
        <translation>Sustainable Development Goals</translation>
    </message>
    <message>
        <source>Onsite moderator</source>
        <translation>Onsite moderator</translation>
    </message>
    <message>
        <source>Online moderator</source>
        <translation>Online moderator</translation>
    </message>
    <message>
        <source>Draft from the session, for the rapporteur to confirm.</source>
        <translation>Draft from the session, for the rapporteur to confirm.</translation>
    </message>
    <message>
        <source>Floor time in the room, online and at hubs</source>
        <translation>Floor time in the room, online and at hubs</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>The empty chair</source>
        <translation>The empty chair</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
    <message>
        <source>Who sat there</source>
        <translation>Who sat there</translation>
    </message>
    <message>
        <source>Via the online moderator</source>
        <translation>Via the online moderator</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nobody</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Invited speakers who are women: %1 of %2; gender not given for %3.</source>
        <translation>Invited speakers who are women: %1 of %2; gender not given for %3.</translation>
    </message>
    <message>
        <source>at %1</source>
        <extracomment>Where a drafted line comes from: the time on the session&apos;s clock</extracomment>
        <translation>at %1</translation>
    </message>
    <message>
        <source>the rapporteur&apos;s note %1</source>
        <translation>the rapporteur&apos;s note %1</translation>
    </message>
    <message>
        <source>transcript, line %1</source>
        <translation>transcript, line %1</translation>
    </message>
    <message>
        <source>someone in the room</source>
        <translation>someone in the room</translation>
    </message>
    <message>
        <source>On &quot;%1&quot;: %2: %3</source>
        <translation>On &quot;%1&quot;: %2: %3</translation>
    </message>
    <message>
        <source>Room: %1</source>
        <translation>Room: %1</translation>
    </message>
    <message>
        <source>Comments from the room on the key takeaways</source>
        <translation>Comments from the room on the key takeaways</translation>
    </message>
    <message>
        <source>Sources of the drafted lines</source>
        <translation>Sources of the drafted lines</translation>
    </message>
    <message>
        <source>Break-out groups</source>
        <translation>Break-out groups</translation>
    </message>
    <message>
        <source>Topic: %1</source>
        <translation>Topic: %1</translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation>Where: %1</translation>
    </message>
    <message>
        <source>Facilitator: %1</source>
        <translation>Facilitator: %1</translation>
    </message>
    <message>
        <source>Rapporteur: %1</source>
        <translation>Rapporteur: %1</translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation>Who took part</translation>
    </message>
    <message>
        <source>Key points</source>
        <translation>Key points</translation>
    </message>
    <message>
        <source>Report-back: %1</source>
        <translation>Report-back: %1</translation>
    </message>
    <message>
        <source>Notes from the report-back</source>
        <translation>Notes from the report-back</translation>
    </message>
</context>
<context>
    <name>core::ReportState</name>
    <message>
        <source>the report has no field &quot;%1&quot;</source>
        <translation>the report has no field &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a report field has at most 20,000 characters</source>
        <translation>a report field has at most 20,000 characters</translation>
    </message>
    <message>
        <source>participation counts are 0 or more, and women are at most everyone counted</source>
        <translation>participation counts are 0 or more, and women are at most everyone counted</translation>
    </message>
    <message>
        <source>the transcript holds no turns</source>
        <translation>the transcript holds no turns</translation>
    </message>
    <message>
        <source>unknown event &quot;%1&quot;</source>
        <translation>unknown event &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the transcript&apos;s times do not fit its turns</source>
        <translation>the transcript&apos;s times do not fit its turns</translation>
    </message>
    <message>
        <source>a caption line is empty</source>
        <translation>a caption line is empty</translation>
    </message>
    <message>
        <source>a caption line has at most %1 characters and its speaker at most %2</source>
        <translation>a caption line has at most %1 characters and its speaker at most %2</translation>
    </message>
    <message>
        <source>a caption line is one line of plain text</source>
        <translation>a caption line is one line of plain text</translation>
    </message>
    <message>
        <source>a caption line&apos;s speaker or time does not fit</source>
        <translation>a caption line&apos;s speaker or time does not fit</translation>
    </message>
</context>
<context>
    <name>core::Session</name>
    <message>
        <source>the session file holds no session</source>
        <translation>the session file holds no session</translation>
    </message>
    <message>
        <source>the session has ended</source>
        <translation>the session has ended</translation>
    </message>
    <message>
        <source>this is the last agenda item</source>
        <translation>this is the last agenda item</translation>
    </message>
    <message>
        <source>this is the first agenda item</source>
        <translation>this is the first agenda item</translation>
    </message>
    <message>
        <source>there is no such agenda item</source>
        <translation>there is no such agenda item</translation>
    </message>
    <message>
        <source>the agenda has items 1 to %1, not %2</source>
        <translation>the agenda has items 1 to %1, not %2</translation>
    </message>
    <message>
        <source>there is no such participant</source>
        <translation>there is no such participant</translation>
    </message>
    <message>
        <source>nobody is waiting to speak</source>
        <translation>nobody is waiting to speak</translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation>%1 is not a file</translation>
    </message>
    <message>
        <source>%1 is %2; a media file may be at most %3</source>
        <translation>%1 is %2; a media file may be at most %3</translation>
    </message>
    <message>
        <source>the session&apos;s media would exceed %1; remove some first</source>
        <translation>the session&apos;s media would exceed %1; remove some first</translation>
    </message>
    <message>
        <source>%1 could not be read completely</source>
        <translation>%1 could not be read completely</translation>
    </message>
    <message>
        <source>%1 is %2: only images, SVG, PDF and video can be shown</source>
        <translation>%1 is %2: only images, SVG, PDF and video can be shown</translation>
    </message>
    <message>
        <source>the session is open read-only; save a copy to continue in it</source>
        <translation>the session is open read-only; save a copy to continue in it</translation>
    </message>
    <message>
        <source>there is no such request to speak</source>
        <translation>there is no such request to speak</translation>
    </message>
    <message>
        <source>unknown note tag &quot;%1&quot;</source>
        <translation>unknown note tag &quot;%1&quot;</translation>
    </message>
    <message>
        <source>nothing to re-balance</source>
        <translation>nothing to re-balance</translation>
    </message>
    <message>
        <source>unknown queue order &quot;%1&quot;</source>
        <translation>unknown queue order &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown scene &quot;%1&quot;</source>
        <translation>unknown scene &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the store holds a session already</source>
        <translation>the store holds a session already</translation>
    </message>
    <message>
        <source>this is a copy of a shared session: it changes only from the host</source>
        <translation>this is a copy of a shared session: it changes only from the host</translation>
    </message>
    <message>
        <source>only a copy of a shared session takes events from a host</source>
        <translation>only a copy of a shared session takes events from a host</translation>
    </message>
    <message>
        <source>event %1 came where event %2 was due</source>
        <translation>event %1 came where event %2 was due</translation>
    </message>
    <message>
        <source>%1 is a joined device&apos;s copy of a session shared by %2: it opens read-only; save a copy to continue in it</source>
        <translation>%1 is a joined device&apos;s copy of a session shared by %2: it opens read-only; save a copy to continue in it</translation>
    </message>
    <message>
        <source>&quot;%1&quot; reads a file: only the host&apos;s own window can do it</source>
        <translation>&quot;%1&quot; reads a file: only the host&apos;s own window can do it</translation>
    </message>
    <message>
        <source>a phone asks only for its own participant</source>
        <translation>a phone asks only for its own participant</translation>
    </message>
    <message>
        <source>the empty chair is not open</source>
        <translation>the empty chair is not open</translation>
    </message>
    <message>
        <source>%1 holds control characters</source>
        <translation>%1 holds control characters</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 is empty</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters</source>
        <translation>%1 is longer than %2 characters</translation>
    </message>
    <message>
        <source>no phone &quot;%1&quot; joined</source>
        <translation>no phone &quot;%1&quot; joined</translation>
    </message>
    <message>
        <source>the moderator blocked this phone</source>
        <translation>the moderator blocked this phone</translation>
    </message>
    <message>
        <source>a phone may not &quot;%1&quot;</source>
        <translation>a phone may not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a phone&apos;s id is 1 to 32 lower-case letters and digits</source>
        <translation>a phone&apos;s id is 1 to 32 lower-case letters and digits</translation>
    </message>
    <message>
        <source>the phone &quot;%1&quot; has joined already</source>
        <translation>the phone &quot;%1&quot; has joined already</translation>
    </message>
    <message>
        <source>joining from phones is closed</source>
        <translation>joining from phones is closed</translation>
    </message>
    <message>
        <source>the name</source>
        <translation>the name</translation>
    </message>
    <message>
        <source>a detail</source>
        <translation>a detail</translation>
    </message>
    <message>
        <source>the question</source>
        <translation>the question</translation>
    </message>
    <message>
        <source>there is no such policy question</source>
        <translation>there is no such policy question</translation>
    </message>
    <message>
        <source>this phone&apos;s questions are still waiting for the moderator</source>
        <translation>this phone&apos;s questions are still waiting for the moderator</translation>
    </message>
    <message>
        <source>this phone sent a question a moment ago</source>
        <translation>this phone sent a question a moment ago</translation>
    </message>
    <message>
        <source>there is no such takeaway</source>
        <translation>there is no such takeaway</translation>
    </message>
    <message>
        <source>the comment</source>
        <translation>the comment</translation>
    </message>
    <message>
        <source>a reaction is agree, disagree or comment, not &quot;%1&quot;</source>
        <translation>a reaction is agree, disagree or comment, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>only a comment has text</source>
        <translation>only a comment has text</translation>
    </message>
    <message>
        <source>this phone&apos;s reaction is already &quot;%1&quot;</source>
        <translation>this phone&apos;s reaction is already &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the takeaway</source>
        <translation>the takeaway</translation>
    </message>
    <message>
        <source>the phone is blocked already</source>
        <translation>the phone is blocked already</translation>
    </message>
    <message>
        <source>the phone is not blocked</source>
        <translation>the phone is not blocked</translation>
    </message>
    <message>
        <source>joining from phones is open already</source>
        <translation>joining from phones is open already</translation>
    </message>
    <message>
        <source>joining from phones is closed already</source>
        <translation>joining from phones is closed already</translation>
    </message>
    <message>
        <source>the session has not started, so the transcript&apos;s times cannot be placed from its start</source>
        <translation>the session has not started, so the transcript&apos;s times cannot be placed from its start</translation>
    </message>
    <message>
        <source>there is no such key takeaway</source>
        <translation>there is no such key takeaway</translation>
    </message>
    <message>
        <source>there is no such break-out item</source>
        <translation>there is no such break-out item</translation>
    </message>
    <message>
        <source>every group of &quot;%1&quot; has reported back</source>
        <translation>every group of &quot;%1&quot; has reported back</translation>
    </message>
    <message>
        <source>no break-out item with groups comes before this one</source>
        <translation>no break-out item with groups comes before this one</translation>
    </message>
    <message>
        <source>there is no such break-out group</source>
        <translation>there is no such break-out group</translation>
    </message>
    <message>
        <source>the group &quot;%1&quot; has nobody to report back: give it a rapporteur</source>
        <translation>the group &quot;%1&quot; has nobody to report back: give it a rapporteur</translation>
    </message>
    <message>
        <source>there is no video %1 in the session</source>
        <translation>there is no video %1 in the session</translation>
    </message>
    <message>
        <source>%1 cannot be read as subtitles: %2</source>
        <extracomment>%1 is a file name, %2 what is wrong with it</extracomment>
        <translation>%1 cannot be read as subtitles: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code</source>
        <translation>&quot;%1&quot; is not a language code</translation>
    </message>
    <message>
        <source>there is no glossary term %1</source>
        <translation>there is no glossary term %1</translation>
    </message>
    <message>
        <source>a caption line is empty</source>
        <translation>a caption line is empty</translation>
    </message>
    <message>
        <source>there is no participant %1</source>
        <translation>there is no participant %1</translation>
    </message>
    <message>
        <source>a caption line cannot be said before the session or later than now</source>
        <translation>a caption line cannot be said before the session or later than now</translation>
    </message>
    <message>
        <source>a caption size is small, medium or large, not &quot;%1&quot;</source>
        <translation>a caption size is small, medium or large, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>there is no policy question %1</source>
        <translation>there is no policy question %1</translation>
    </message>
</context>
<context>
    <name>core::SessionDefinition</name>
    <message>
        <source>the session has no title</source>
        <translation>the session has no title</translation>
    </message>
    <message>
        <source>New workshop</source>
        <translation>New workshop</translation>
    </message>
</context>
<context>
    <name>core::SessionFiles</name>
    <message>
        <source>%1 is not a regular file</source>
        <translation>%1 is not a regular file</translation>
    </message>
</context>
<context>
    <name>core::SessionState</name>
    <message>
        <source>event %1 is older than the event before it</source>
        <translation>event %1 is older than the event before it</translation>
    </message>
    <message>
        <source>the session log does not start with the session&apos;s definition</source>
        <translation>the session log does not start with the session&apos;s definition</translation>
    </message>
    <message>
        <source>there is no such agenda item</source>
        <translation>there is no such agenda item</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a block, not a single item</source>
        <translation>&quot;%1&quot; is a block, not a single item</translation>
    </message>
    <message>
        <source>the session is defined twice</source>
        <translation>the session is defined twice</translation>
    </message>
    <message>
        <source>the session has ended</source>
        <translation>the session has ended</translation>
    </message>
    <message>
        <source>the clock has already started</source>
        <translation>the clock has already started</translation>
    </message>
    <message>
        <source>the clock is not running</source>
        <translation>the clock is not running</translation>
    </message>
    <message>
        <source>the clock is not paused</source>
        <translation>the clock is not paused</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already the current item</source>
        <translation>&quot;%1&quot; is already the current item</translation>
    </message>
    <message>
        <source>an agenda item cannot be shorter than one minute</source>
        <translation>an agenda item cannot be shorter than one minute</translation>
    </message>
    <message>
        <source>the re-balanced plan is not valid</source>
        <translation>the re-balanced plan is not valid</translation>
    </message>
    <message>
        <source>the re-balanced plan is empty</source>
        <translation>the re-balanced plan is empty</translation>
    </message>
    <message>
        <source>the clock has not started</source>
        <translation>the clock has not started</translation>
    </message>
    <message>
        <source>the agenda can be edited until the clock starts; then extend or re-balance items</source>
        <translation>the agenda can be edited until the clock starts; then extend or re-balance items</translation>
    </message>
    <message>
        <source>the session&apos;s details can be edited until the clock starts</source>
        <translation>the session&apos;s details can be edited until the clock starts</translation>
    </message>
    <message>
        <source>the title can have at most 300 characters, the code 100</source>
        <translation>the title can have at most 300 characters, the code 100</translation>
    </message>
    <message>
        <source>a session lasts between 1 and 600 minutes</source>
        <translation>a session lasts between 1 and 600 minutes</translation>
    </message>
    <message>
        <source>a session can have at most 20 policy questions</source>
        <translation>a session can have at most 20 policy questions</translation>
    </message>
    <message>
        <source>a note is linked to policy question %1, which would no longer exist</source>
        <translation>a note is linked to policy question %1, which would no longer exist</translation>
    </message>
    <message>
        <source>a declined re-balancing needs the overrun it was declined at</source>
        <translation>a declined re-balancing needs the overrun it was declined at</translation>
    </message>
    <message>
        <source>event %1 has no known type</source>
        <translation>event %1 has no known type</translation>
    </message>
    <message>
        <source>the room&apos;s name can have at most 200 characters</source>
        <translation>the room&apos;s name can have at most 200 characters</translation>
    </message>
    <message>
        <source>there is no break-out group %1</source>
        <translation>there is no break-out group %1</translation>
    </message>
    <message>
        <source>the group &quot;%1&quot; names a policy question the session does not have</source>
        <translation>the group &quot;%1&quot; names a policy question the session does not have</translation>
    </message>
    <message>
        <source>the group &quot;%1&quot; names participant %2, who is not in the session</source>
        <translation>the group &quot;%1&quot; names participant %2, who is not in the session</translation>
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
        <translation>Planned %1, actual %2, paused %3</translation>
    </message>
    <message>
        <source>%1%2  planned %3  actual %4</source>
        <translation>%1%2  planned %3  actual %4</translation>
    </message>
    <message>
        <source>Phones: %1 joined, %2 questions, %3 reactions, %4 shared takeaways</source>
        <translation>Phones: %1 joined, %2 questions, %3 reactions, %4 shared takeaways</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>not given</translation>
    </message>
    <message>
        <source>in the room</source>
        <translation>in the room</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>hub %1</source>
        <translation>hub %1</translation>
    </message>
    <message>
        <source>invited speakers</source>
        <translation>invited speakers</translation>
    </message>
    <message>
        <source>moderators</source>
        <translation>moderators</translation>
    </message>
    <message>
        <source>audience</source>
        <translation>audience</translation>
    </message>
    <message numerus="yes">
        <source>Floor: %Ln turn(s), %1</source>
        <translation>
            <numerusform>Floor: %Ln turn, %1</numerusform>
            <numerusform>Floor: %Ln turns, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>By person</source>
        <translation>By person</translation>
    </message>
    <message numerus="yes">
        <source>    %1  %Ln turn(s)  %2</source>
        <translation>
            <numerusform>    %1  %Ln turn  %2</numerusform>
            <numerusform>    %1  %Ln turns  %2</numerusform>
        </translation>
    </message>
    <message>
        <source>By stakeholder group</source>
        <translation>By stakeholder group</translation>
    </message>
    <message>
        <source>By region</source>
        <translation>By region</translation>
    </message>
    <message>
        <source>By gender</source>
        <translation>By gender</translation>
    </message>
    <message>
        <source>By channel</source>
        <translation>By channel</translation>
    </message>
    <message>
        <source>By role</source>
        <translation>By role</translation>
    </message>
    <message numerus="yes">
        <source>    %1  %Ln turn(s)  %2  %3 %</source>
        <extracomment>A row of the floor balance: who, turns, time, share of the floor time</extracomment>
        <translation>
            <numerusform>    %1  %Ln turn  %2  %3 %</numerusform>
            <numerusform>    %1  %Ln turns  %2  %3 %</numerusform>
        </translation>
    </message>
    <message>
        <source>replies by invited speakers</source>
        <translation>replies by invited speakers</translation>
    </message>
    <message>
        <source>Break-out &quot;%1&quot;: group work planned %2, actual %3</source>
        <translation>Break-out &quot;%1&quot;: group work planned %2, actual %3</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>  %1: %Ln member(s) (%2); report-back %3</source>
        <translation>
            <numerusform>  %1: %Ln member (%2); report-back %3</numerusform>
            <numerusform>  %1: %Ln members (%2); report-back %3</numerusform>
        </translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>not yet</translation>
    </message>
</context>
<context>
    <name>core::SessionStore</name>
    <message>
        <source>the file is cut short: it has %1 bytes of the %2 that its header gives</source>
        <translation>the file is cut short: it has %1 bytes of the %2 that its header gives</translation>
    </message>
    <message>
        <source>events %1 to %2 are missing from the log</source>
        <translation>events %1 to %2 are missing from the log</translation>
    </message>
    <message>
        <source>event %1 is out of order</source>
        <translation>event %1 is out of order</translation>
    </message>
    <message>
        <source>%1 was left from an earlier file and has been moved to %2.</source>
        <translation>%1 was left from an earlier file and has been moved to %2.</translation>
    </message>
    <message>
        <source>A write-ahead log beside the file did not belong to it; it was not applied and has been moved to %1.</source>
        <translation>A write-ahead log beside the file did not belong to it; it was not applied and has been moved to %1.</translation>
    </message>
    <message>
        <source>A write-ahead log beside the file does not belong to it; it was ignored.</source>
        <translation>A write-ahead log beside the file does not belong to it; it was ignored.</translation>
    </message>
    <message>
        <source>the file has no schema version</source>
        <translation>the file has no schema version</translation>
    </message>
    <message>
        <source>the file was opened read-only</source>
        <translation>the file was opened read-only</translation>
    </message>
    <message>
        <source>%1 is the file open here: save the copy under another name</source>
        <translation>%1 is the file open here: save the copy under another name</translation>
    </message>
</context>
<context>
    <name>core::SpeakerQueueModel</name>
    <message>
        <source>hub %1</source>
        <translation>hub %1</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>in the room</source>
        <translation>in the room</translation>
    </message>
    <message>
        <source>first time</source>
        <translation>first time</translation>
    </message>
    <message numerus="yes">
        <source>%Ln turn(s), %1</source>
        <translation>
            <numerusform>%Ln turn, %1</numerusform>
            <numerusform>%Ln turns, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>from a phone</source>
        <translation>from a phone</translation>
    </message>
</context>
<context>
    <name>core::Subtitles</name>
    <message>
        <source>a subtitle file may be at most %1</source>
        <extracomment>%1 is the largest subtitle file accepted, like &quot;2 MB&quot;</extracomment>
        <translation>a subtitle file may be at most %1</translation>
    </message>
    <message>
        <source>the subtitles are not a text file</source>
        <translation>the subtitles are not a text file</translation>
    </message>
</context>
<context>
    <name>core::Transcript</name>
    <message>
        <source>the transcript holds no turns</source>
        <translation>the transcript holds no turns</translation>
    </message>
    <message>
        <source>%1 is too large (%2); at most %3 can be read</source>
        <extracomment>%1 is a file name, %2 its size, %3 the largest size accepted (both like &quot;8.4 MB&quot;)</extracomment>
        <translation>%1 is too large (%2); at most %3 can be read</translation>
    </message>
    <message>
        <source>%1 is larger than %2, the most that can be read</source>
        <extracomment>%1 is a file name, %2 the largest size accepted (like &quot;8.4 MB&quot;)</extracomment>
        <translation>%1 is larger than %2, the most that can be read</translation>
    </message>
    <message>
        <source>%1 is not a text file</source>
        <translation>%1 is not a text file</translation>
    </message>
    <message>
        <source>the transcript is longer than %1, the most a transcript may have</source>
        <extracomment>%1 is the largest transcript accepted, like &quot;8.4 MB&quot;</extracomment>
        <translation>the transcript is longer than %1, the most a transcript may have</translation>
    </message>
    <message>
        <source>line %1: a caption cue needs a timing such as %2</source>
        <extracomment>%1 is a line number, %2 an example of a cue timing (keep it as it is)</extracomment>
        <translation>line %1: a caption cue needs a timing such as %2</translation>
    </message>
    <message>
        <source>line %1: the cue timing is not valid; a valid one reads like %2</source>
        <extracomment>%1 is a line number, %2 an example of a cue timing (keep it as it is)</extracomment>
        <translation>line %1: the cue timing is not valid; it reads like %2</translation>
    </message>
    <message>
        <source>line %1: the cue ends before it starts</source>
        <extracomment>%1 is a line number</extracomment>
        <translation>line %1: the cue ends before it starts</translation>
    </message>
    <message>
        <source>the text is neither SRT nor WebVTT captions</source>
        <translation>the text is neither SRT nor WebVTT captions</translation>
    </message>
    <message>
        <source>the captions hold no cue</source>
        <translation>the captions hold no cue</translation>
    </message>
</context>
<context>
    <name>core::Vocabulary</name>
    <message>
        <source>Government</source>
        <comment>stakeholder group</comment>
        <translation>Government</translation>
    </message>
    <message>
        <source>Private Sector</source>
        <comment>stakeholder group</comment>
        <translation>Private Sector</translation>
    </message>
    <message>
        <source>Civil Society</source>
        <comment>stakeholder group</comment>
        <translation>Civil Society</translation>
    </message>
    <message>
        <source>Technical Community</source>
        <comment>stakeholder group</comment>
        <translation>Technical Community</translation>
    </message>
    <message>
        <source>Intergovernmental Organization</source>
        <comment>stakeholder group</comment>
        <translation>Intergovernmental Organization</translation>
    </message>
    <message>
        <source>African Group</source>
        <comment>UN regional group</comment>
        <translation>African Group</translation>
    </message>
    <message>
        <source>Asia-Pacific Group</source>
        <comment>UN regional group</comment>
        <translation>Asia-Pacific Group</translation>
    </message>
    <message>
        <source>Eastern European Group</source>
        <comment>UN regional group</comment>
        <translation>Eastern European Group</translation>
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
        <translation>Intergovernmental Organization</translation>
    </message>
    <message>
        <source>woman</source>
        <comment>gender</comment>
        <translation>woman</translation>
    </message>
    <message>
        <source>man</source>
        <comment>gender</comment>
        <translation>man</translation>
    </message>
</context>
<context>
    <name>core::WorkFolder</name>
    <message>
        <source>cannot make a temporary folder in %1: %2</source>
        <translation>cannot make a temporary folder in %1: %2</translation>
    </message>
</context>
<context>
    <name>core::share::JoinCodes</name>
    <message>
        <source>the join code for %1 is damaged</source>
        <translation>the join code for %1 is damaged</translation>
    </message>
    <message>
        <source>the join codes are damaged</source>
        <translation>the join codes are damaged</translation>
    </message>
</context>
<context>
    <name>core::share::Protocol</name>
    <message>
        <source>the message is larger than %1 bytes</source>
        <translation>the message is larger than %1 bytes</translation>
    </message>
    <message>
        <source>the message is not a JSON object</source>
        <translation>the message is not a JSON object</translation>
    </message>
    <message>
        <source>a device may not send &quot;%1&quot;</source>
        <translation>a device may not send &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs &quot;%2&quot;</source>
        <translation>&quot;%1&quot; needs &quot;%2&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a wrong &quot;%2&quot;</source>
        <translation>&quot;%1&quot; has a wrong &quot;%2&quot;</translation>
    </message>
    <message>
        <source>&quot;%2&quot; of &quot;%1&quot; is longer than %3 characters</source>
        <translation>&quot;%2&quot; of &quot;%1&quot; is longer than %3 characters</translation>
    </message>
    <message>
        <source>unknown message &quot;%1&quot;</source>
        <translation>unknown message &quot;%1&quot;</translation>
    </message>
    <message>
        <source>an event has a wrong &quot;%1&quot;</source>
        <translation>an event has a wrong &quot;%1&quot;</translation>
    </message>
    <message>
        <source>an event has no data</source>
        <translation>an event has no data</translation>
    </message>
</context>
<context>
    <name>core::share::ShareClient</name>
    <message>
        <source>The host gave an unknown role.</source>
        <translation>The host gave an unknown role.</translation>
    </message>
</context>
<context>
    <name>core::share::ShareHost</name>
    <message>
        <source>The join code was renewed: join again with the new code.</source>
        <translation>The join code was renewed: join again with the new code.</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>Moderator</translation>
    </message>
    <message>
        <source>The session has as many devices as it can take (%1).</source>
        <translation>The session has as many devices as it can take (%1).</translation>
    </message>
    <message>
        <source>Too many messages: at most %1 a second.</source>
        <translation>Too many messages: at most %1 a second.</translation>
    </message>
    <message>
        <source>Join the session first.</source>
        <translation>Join the session first.</translation>
    </message>
    <message>
        <source>This device has joined already.</source>
        <translation>This device has joined already.</translation>
    </message>
    <message>
        <source>This device speaks protocol %1 and the host speaks %2: use the same version of Moderato on both.</source>
        <translation>This device speaks protocol %1 and the host speaks %2: use the same version of Moderato on both.</translation>
    </message>
    <message>
        <source>Too many wrong join codes from this address: wait a minute.</source>
        <translation>Too many wrong join codes from this address: wait a minute.</translation>
    </message>
    <message>
        <source>This join code is not valid (it may have been renewed).</source>
        <translation>This join code is not valid (it may have been renewed).</translation>
    </message>
    <message>
        <source>A device needs a name and an id to join.</source>
        <translation>A device needs a name and an id to join.</translation>
    </message>
    <message>
        <source>This device connected again.</source>
        <translation>This device connected again.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; reads a file on the host: only the host&apos;s own window can do it</source>
        <translation>&quot;%1&quot; reads a file on the host: only the host&apos;s own window can do it</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The moderator&apos;s console for multi-stakeholder workshops.</source>
        <translation>The moderator&apos;s console for multi-stakeholder workshops.</translation>
    </message>
    <message>
        <source>Open the built-in demo workshop.</source>
        <translation>Open the built-in demo workshop.</translation>
    </message>
    <message>
        <source>Render the console to PNG files in DIR without showing a window, then exit.</source>
        <translation>Render the console to PNG files in DIR without showing a window, then exit.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>The language of the interface (en, ar, de, es, fr, pt_BR, ru, zh_CN).</source>
        <translation>The language of the interface (en, ar, de, es, fr, pt_BR, ru, zh_CN).</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <source>Print the time of the first paint and exit (start-up benchmark).</source>
        <translation>Print the time of the first paint and exit (start-up benchmark).</translation>
    </message>
    <message>
        <source>A session file to open (.moderato).</source>
        <translation>A session file to open (.moderato).</translation>
    </message>
    <message>
        <source>[FILE]</source>
        <translation>[FILE]</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot;; available: %2</source>
        <translation>unknown language &quot;%1&quot;; available: %2</translation>
    </message>
    <message>
        <source>open one session file at a time</source>
        <translation>open one session file at a time</translation>
    </message>
    <message>
        <source>Moderato</source>
        <translation>Moderato</translation>
    </message>
    <message>
        <source>Add FILE (image, SVG, PDF, video) to the session and show it on the room display.</source>
        <translation>Add FILE (image, SVG, PDF, video) to the session and show it on the room display.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>%1 is open in another Moderato window, which has been brought to the front.</source>
        <translation>%1 is open in another Moderato window, which has been brought to the front.</translation>
    </message>
    <message>
        <source>Join the session a moderator shares, at ADDRESS (moderato://HOST:PORT/CODE).</source>
        <translation>Join the session a moderator shares, at ADDRESS (moderato://HOST:PORT/CODE).</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADDRESS</translation>
    </message>
    <message>
        <source>The name to join with (asked for when not given).</source>
        <translation>The name to join with (asked for when not given).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>--join opens a shared session: give no file</source>
        <translation>--join opens a shared session: give no file</translation>
    </message>
    <message>
        <source>--name goes with --join</source>
        <translation>--name goes with --join</translation>
    </message>
    <message>
        <source>Ask where to save a new, blank session and open it.</source>
        <translation>Ask where to save a new, blank session and open it.</translation>
    </message>
    <message>
        <source>Open FILE in a new window, even when a Moderato window is running.</source>
        <translation>Open FILE in a new window, even when a Moderato window is running.</translation>
    </message>
    <message>
        <source>%1 has been handed to the Moderato window that is running.</source>
        <translation>%1 has been handed to the Moderato window that is running.</translation>
    </message>
</context>
<context>
    <name>net::PhoneServer</name>
    <message>
        <source>cannot listen on %1 port %2: %3</source>
        <translation>cannot listen on %1 port %2: %3</translation>
    </message>
</context>
<context>
    <name>net::SharingConnection</name>
    <message>
        <source>&quot;%1&quot; is not a join address like moderato://HOST:PORT/CODE</source>
        <translation>&quot;%1&quot; is not a join address like moderato://HOST:PORT/CODE</translation>
    </message>
    <message>
        <source>The host&apos;s certificate is not the one in the join address.</source>
        <translation>The host&apos;s certificate is not the one in the join address.</translation>
    </message>
</context>
<context>
    <name>net::SharingServer</name>
    <message>
        <source>cannot listen on %1 port %2: %3</source>
        <translation>cannot listen on %1 port %2: %3</translation>
    </message>
    <message>
        <source>Only text messages are understood.</source>
        <translation>Only text messages are understood.</translation>
    </message>
    <message>
        <source>this build of Qt has no TLS</source>
        <translation>this build of Qt has no TLS</translation>
    </message>
    <message>
        <source>no TLS library is available (OpenSSL)</source>
        <translation>no TLS library is available (OpenSSL)</translation>
    </message>
    <message>
        <source>TLS must be chosen before sharing starts</source>
        <translation>TLS must be chosen before sharing starts</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate</source>
        <translation>%1 holds no PEM certificate</translation>
    </message>
    <message>
        <source>%1 holds no PEM private key (RSA or EC, without a passphrase)</source>
        <translation>%1 holds no PEM private key (RSA or EC, without a passphrase)</translation>
    </message>
</context>
<context>
    <name>ui::AgendaEditor</name>
    <message>
        <source>Opening</source>
        <translation>Opening</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <source>Audience input</source>
        <translation>Audience input</translation>
    </message>
    <message>
        <source>Empty chair</source>
        <translation>Empty chair</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Move item</source>
        <translation>Move item</translation>
    </message>
    <message>
        <source>Edit the agenda</source>
        <translation>Edit the agenda</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Length</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Minutes:</source>
        <translation>&amp;Minutes:</translation>
    </message>
    <message>
        <source>S&amp;peaker:</source>
        <translation>S&amp;peaker:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translation>&amp;Add item</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Move &amp;down</translation>
    </message>
    <message>
        <source>&amp;Nest</source>
        <translation>&amp;Nest</translation>
    </message>
    <message>
        <source>Un-n&amp;est</source>
        <translation>Un-n&amp;est</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>The clock has started: the agenda can no longer be edited. Lengthen, shorten or re-balance items from the console.</source>
        <translation>The clock has started: the agenda can no longer be edited. Lengthen, shorten or re-balance items from the console.</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Block</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>New item</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Add item</translation>
    </message>
    <message>
        <source>The agenda needs at least one item.</source>
        <translation>The agenda needs at least one item.</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>Remove item</translation>
    </message>
    <message>
        <source>Only an item with an item before it can be nested into that item.</source>
        <translation>Only an item with an item before it can be nested into that item.</translation>
    </message>
    <message>
        <source>Nest item</source>
        <translation>Nest item</translation>
    </message>
    <message>
        <source>Un-nest item</source>
        <translation>Un-nest item</translation>
    </message>
    <message>
        <source>Change length</source>
        <translation>Change length</translation>
    </message>
    <message>
        <source>An agenda item needs a title.</source>
        <translation>An agenda item needs a title.</translation>
    </message>
    <message>
        <source>Rename item</source>
        <translation>Rename item</translation>
    </message>
    <message>
        <source>Change kind</source>
        <translation>Change kind</translation>
    </message>
    <message>
        <source>Change speaker</source>
        <translation>Change speaker</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(nobody)</translation>
    </message>
    <message>
        <source>Total %1 of %2</source>
        <translation>Total %1 of %2</translation>
    </message>
    <message>
        <source>(%1 over)</source>
        <translation>(%1 over)</translation>
    </message>
    <message>
        <source>(%1 left)</source>
        <translation>(%1 left)</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <source>Change note</source>
        <translation>Change note</translation>
    </message>
    <message>
        <source>Break-out groups</source>
        <translation>Break-out groups</translation>
    </message>
    <message>
        <source>&amp;Groups…</source>
        <translation>&amp;Groups…</translation>
    </message>
    <message>
        <source>Groups, topics, places, leaders and members of this break-out item</source>
        <translation>Groups, topics, places, leaders and members of this break-out item</translation>
    </message>
    <message>
        <source>Give the item the kind &quot;Break-out groups&quot; to edit its groups</source>
        <translation>Give the item the kind &quot;Break-out groups&quot; to edit its groups</translation>
    </message>
</context>
<context>
    <name>ui::BalancePanel</name>
    <message>
        <source>not given</source>
        <translation>not given</translation>
    </message>
    <message>
        <source>in the room</source>
        <translation>in the room</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>hub %1</source>
        <translation>hub %1</translation>
    </message>
    <message>
        <source>invited speakers</source>
        <translation>invited speakers</translation>
    </message>
    <message>
        <source>moderators</source>
        <translation>moderators</translation>
    </message>
    <message>
        <source>audience</source>
        <translation>audience</translation>
    </message>
    <message>
        <source>Floor time appears here once someone has the floor.</source>
        <translation>Floor time appears here once someone has the floor.</translation>
    </message>
    <message>
        <source>Stakeholder group</source>
        <translation>Stakeholder group</translation>
    </message>
    <message>
        <source>Regional group</source>
        <translation>Regional group</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %Ln turn(s)</source>
        <translation>
            <numerusform>%1 · %Ln turn</numerusform>
            <numerusform>%1 · %Ln turns</numerusform>
        </translation>
    </message>
    <message>
        <source>replies by invited speakers</source>
        <translation>replies by invited speakers</translation>
    </message>
    <message>
        <source>Presentations, replies and audience</source>
        <translation>Presentations, replies and audience</translation>
    </message>
    <message numerus="yes">
        <source>Moderation, not counted above: %1 · %Ln turn(s)</source>
        <translation>
            <numerusform>Moderation, not counted above: %1 · %Ln turn</numerusform>
            <numerusform>Moderation, not counted above: %1 · %Ln turns</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::BreakOutActions</name>
    <message>
        <source>Break-out &amp;groups…</source>
        <translation>Break-out &amp;groups…</translation>
    </message>
    <message>
        <source>Next &amp;report-back</source>
        <translation>Next &amp;report-back</translation>
    </message>
    <message>
        <source>Give the floor to the next break-out group&apos;s rapporteur</source>
        <translation>Give the floor to the next break-out group&apos;s rapporteur</translation>
    </message>
    <message>
        <source>The agenda has no break-out item: give an item the kind &quot;Break-out groups&quot; in the agenda editor.</source>
        <translation>The agenda has no break-out item: give an item the kind &quot;Break-out groups&quot; in the agenda editor.</translation>
    </message>
    <message>
        <source>No session is open.</source>
        <translation>No session is open.</translation>
    </message>
</context>
<context>
    <name>ui::BreakOutDialog</name>
    <message>
        <source>Break-out groups</source>
        <translation>Break-out groups</translation>
    </message>
    <message>
        <source>This agenda item is not a break-out item.</source>
        <translation>This agenda item is not a break-out item.</translation>
    </message>
    <message>
        <source>&amp;Add group</source>
        <translation>&amp;Add group</translation>
    </message>
    <message>
        <source>&amp;Remove group</source>
        <translation>&amp;Remove group</translation>
    </message>
    <message>
        <source>Report back &amp;earlier</source>
        <translation>Report back &amp;earlier</translation>
    </message>
    <message>
        <source>Report back &amp;later</source>
        <translation>Report back &amp;later</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>&amp;Topic:</translation>
    </message>
    <message>
        <source>A policy question, or your own words</source>
        <translation>A policy question, or your own words</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <source>table 2, left corner…</source>
        <translation>table 2, left corner…</translation>
    </message>
    <message>
        <source>&amp;Online</source>
        <translation>&amp;Online</translation>
    </message>
    <message>
        <source>&amp;Facilitator:</source>
        <translation>&amp;Facilitator:</translation>
    </message>
    <message>
        <source>Ra&amp;pporteur:</source>
        <translation>Ra&amp;pporteur:</translation>
    </message>
    <message>
        <source>Who is in which group (drag people between the lists):</source>
        <translation>Who is in which group (drag people between the lists):</translation>
    </message>
    <message>
        <source>&amp;Move to…</source>
        <translation>&amp;Move to…</translation>
    </message>
    <message>
        <source>Assign a&amp;utomatically</source>
        <translation>Assign a&amp;utomatically</translation>
    </message>
    <message>
        <source>Balanced groups that spread stakeholder groups, regions and genders; possible until the group phase starts</source>
        <translation>Balanced groups that spread stakeholder groups, regions and genders; possible until the group phase starts</translation>
    </message>
    <message>
        <source>Add a &amp;latecomer</source>
        <translation>Add a &amp;latecomer</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Participant %1</source>
        <translation>Participant %1</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>In no group</source>
        <translation>In no group</translation>
    </message>
    <message>
        <source>facilitator</source>
        <translation>facilitator</translation>
    </message>
    <message>
        <source>rapporteur</source>
        <translation>rapporteur</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(nobody)</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Group %1</translation>
    </message>
    <message>
        <source>A group needs a name.</source>
        <translation>A group needs a name.</translation>
    </message>
    <message>
        <source>There is no such participant.</source>
        <translation>There is no such participant.</translation>
    </message>
    <message>
        <source>There is no such group.</source>
        <translation>There is no such group.</translation>
    </message>
    <message>
        <source>The group phase has started: add latecomers or move people by hand.</source>
        <translation>The group phase has started: add latecomers or move people by hand.</translation>
    </message>
    <message>
        <source>Group sizes %1–%2. Largest differences between groups: stakeholder groups %3, regions %4, genders %5.</source>
        <translation>Group sizes %1–%2. Largest differences between groups: stakeholder groups %3, regions %4, genders %5.</translation>
    </message>
    <message>
        <source>Choose who came late.</source>
        <translation>Choose who came late.</translation>
    </message>
    <message>
        <source>%1 joins %2.</source>
        <translation>%1 joins %2.</translation>
    </message>
    <message>
        <source>Select someone in a group&apos;s list first.</source>
        <translation>Select someone in a group&apos;s list first.</translation>
    </message>
    <message>
        <source>Edit break-out groups</source>
        <translation>Edit break-out groups</translation>
    </message>
    <message numerus="yes">
        <source>%Ln person&apos;s own choice could not be kept.</source>
        <translation>
            <numerusform>%Ln person&apos;s own choice could not be kept.</numerusform>
            <numerusform>%Ln people&apos;s own choices could not be kept.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::BriefingDialog</name>
    <message>
        <source>Briefing pack</source>
        <translation>Briefing pack</translation>
    </message>
    <message>
        <source>Show the &amp;date</source>
        <translation>Show the &amp;date</translation>
    </message>
    <message>
        <source>Include the prepared &amp;questions</source>
        <translation>Include the prepared &amp;questions</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Export &amp;PDF…</translation>
    </message>
    <message>
        <source>Export &amp;Markdown…</source>
        <translation>Export &amp;Markdown…</translation>
    </message>
    <message>
        <source>&amp;Starts at:</source>
        <translation>&amp;Starts at:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>Export the briefing pack</source>
        <translation>Export the briefing pack</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>The briefing pack could not be written: %1</source>
        <translation>The briefing pack could not be written: %1</translation>
    </message>
</context>
<context>
    <name>ui::CaptionControl</name>
    <message>
        <source>Follow a caption file</source>
        <translation>Follow a caption file</translation>
    </message>
    <message>
        <source>Captions (*.txt *.srt *.vtt);;All files (*)</source>
        <translation>Captions (*.txt *.srt *.vtt);;All files (*)</translation>
    </message>
    <message>
        <source>Following %1: each new line is shown.</source>
        <translation>Following %1: each new line is shown.</translation>
    </message>
    <message>
        <source>No caption file is followed.</source>
        <translation>No caption file is followed.</translation>
    </message>
    <message>
        <source>&amp;Captions</source>
        <translation>&amp;Captions</translation>
    </message>
    <message>
        <source>&amp;Show captions</source>
        <translation>&amp;Show captions</translation>
    </message>
    <message>
        <source>Caption si&amp;ze</source>
        <translation>Caption si&amp;ze</translation>
    </message>
    <message>
        <source>&amp;Small</source>
        <translation>&amp;Small</translation>
    </message>
    <message>
        <source>&amp;Medium</source>
        <translation>&amp;Medium</translation>
    </message>
    <message>
        <source>&amp;Large</source>
        <translation>&amp;Large</translation>
    </message>
    <message>
        <source>&amp;Type captions…</source>
        <translation>&amp;Type captions…</translation>
    </message>
    <message>
        <source>&amp;Follow a caption file…</source>
        <translation>&amp;Follow a caption file…</translation>
    </message>
    <message>
        <source>S&amp;top following the caption file</source>
        <translation>S&amp;top following the caption file</translation>
    </message>
    <message>
        <source>Captions</source>
        <translation>Captions</translation>
    </message>
    <message>
        <source>Speaker:</source>
        <translation>Speaker:</translation>
    </message>
    <message>
        <source>Optional: who is speaking</source>
        <translation>Optional: who is speaking</translation>
    </message>
    <message>
        <source>Type a caption line and press Enter</source>
        <translation>Type a caption line and press Enter</translation>
    </message>
</context>
<context>
    <name>ui::EmptyChairView</name>
    <message>
        <source>The empty chair is closed.</source>
        <translation>The empty chair is closed.</translation>
    </message>
    <message>
        <source>Invite the room to the empty chair (C)</source>
        <translation>Invite the room to the empty chair (C)</translation>
    </message>
    <message>
        <source>The empty chair is open: anyone in the room may take it; online participants join through the online moderator.</source>
        <translation>The empty chair is open: anyone in the room may take it; online participants join through the online moderator.</translation>
    </message>
    <message>
        <source>Close the empty chair (C)</source>
        <translation>Close the empty chair (C)</translation>
    </message>
    <message>
        <source>%1 replies to the empty chair.</source>
        <translation>%1 replies to the empty chair.</translation>
    </message>
    <message>
        <source>%1 sits in the empty chair (%2).</source>
        <translation>%1 sits in the empty chair (%2).</translation>
    </message>
    <message>
        <source>The empty chair is taken.</source>
        <translation>The empty chair is taken.</translation>
    </message>
    <message>
        <source>Release the empty chair (C)</source>
        <translation>Release the empty chair (C)</translation>
    </message>
    <message>
        <source>The speaker has finished: invite the room to the empty chair now (C).</source>
        <translation>The speaker has finished: invite the room to the empty chair now (C).</translation>
    </message>
    <message>
        <source>The online moderator claims the empty chair for %1 (%2).</source>
        <translation>The online moderator claims the empty chair for %1 (%2).</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>Nobody has taken the empty chair yet.</source>
        <translation>Nobody has taken the empty chair yet.</translation>
    </message>
    <message>
        <source>In the chair so far: %1</source>
        <translation>In the chair so far: %1</translation>
    </message>
    <message>
        <source>Open or close the empty &amp;chair</source>
        <translation>Open or close the empty &amp;chair</translation>
    </message>
    <message>
        <source>&amp;Accept the claim on the empty chair</source>
        <translation>&amp;Accept the claim on the empty chair</translation>
    </message>
    <message>
        <source>Empty chair</source>
        <translation>Empty chair</translation>
    </message>
    <message>
        <source>Accept (A)</source>
        <translation>Accept (A)</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Decline</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Take the chair</source>
        <translation>Take the chair</translation>
    </message>
    <message>
        <source>Remote participant (for the online moderator)</source>
        <translation>Remote participant (for the online moderator)</translation>
    </message>
    <message>
        <source>Claim for them</source>
        <translation>Claim for them</translation>
    </message>
    <message>
        <source>Speaker replies</source>
        <translation>Speaker replies</translation>
    </message>
    <message>
        <source>%1 (%2) asks for the empty chair from their phone.</source>
        <translation>%1 (%2) asks for the empty chair from their phone.</translation>
    </message>
    <message>
        <source>Who takes the chair: name, group, region, gender, room or online</source>
        <translation>Who takes the chair: name, group, region, gender, room or online</translation>
    </message>
</context>
<context>
    <name>ui::FloorHolderView</name>
    <message>
        <source>Give the floor to %1 (S)</source>
        <translation>Give the floor to %1 (S)</translation>
    </message>
    <message>
        <source>Give the floor to the speaker (S)</source>
        <translation>Give the floor to the speaker (S)</translation>
    </message>
    <message>
        <source>Nobody holds the floor</source>
        <translation>Nobody holds the floor</translation>
    </message>
    <message>
        <source>invited speaker</source>
        <translation>invited speaker</translation>
    </message>
    <message>
        <source>intervention</source>
        <translation>intervention</translation>
    </message>
    <message>
        <source>in the empty chair, through the online moderator</source>
        <translation>in the empty chair, through the online moderator</translation>
    </message>
    <message>
        <source>in the empty chair</source>
        <translation>in the empty chair</translation>
    </message>
    <message>
        <source>reply to the empty chair</source>
        <translation>reply to the empty chair</translation>
    </message>
    <message>
        <source>Give the floor to the &amp;speaker</source>
        <translation>Give the floor to the &amp;speaker</translation>
    </message>
    <message>
        <source>&amp;End the turn</source>
        <translation>&amp;End the turn</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>Floor</translation>
    </message>
    <message>
        <source>End turn (Y)</source>
        <translation>End turn (Y)</translation>
    </message>
    <message>
        <source>reply</source>
        <translation>reply</translation>
    </message>
    <message>
        <source>moderation</source>
        <translation>moderation</translation>
    </message>
</context>
<context>
    <name>ui::FloorPart</name>
    <message>
        <source>in the room</source>
        <translation>in the room</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>hub %1</source>
        <translation>hub %1</translation>
    </message>
</context>
<context>
    <name>ui::GlossaryDialog</name>
    <message>
        <source>Glossary</source>
        <translation>Glossary</translation>
    </message>
    <message>
        <source>Key terms of the session with short explanations, for the room&apos;s non-native speakers. The room display shows them as a scene, or one at a time.</source>
        <translation>Key terms of the session with short explanations, for the room&apos;s non-native speakers. The room display shows them as a scene, or one at a time.</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Term</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>&amp;Add a term</source>
        <translation>&amp;Add a term</translation>
    </message>
    <message>
        <source>&amp;Remove the term</source>
        <translation>&amp;Remove the term</translation>
    </message>
    <message>
        <source>Edit the glossary</source>
        <translation>Edit the glossary</translation>
    </message>
</context>
<context>
    <name>ui::JoinDialog</name>
    <message>
        <source>Join a shared session</source>
        <translation>Join a shared session</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Join</translation>
    </message>
    <message>
        <source>The moderator&apos;s Moderato shows an address for each role under File › Share on the network. Type or paste the one for your role; it decides what you can do.</source>
        <translation>The moderator&apos;s Moderato shows an address for each role under File › Share on the network. Type or paste the one for your role; it decides what you can do.</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Your &amp;name:</translation>
    </message>
</context>
<context>
    <name>ui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <source>&amp;Clock</source>
        <translation>&amp;Clock</translation>
    </message>
    <message>
        <source>&amp;Go to agenda item</source>
        <translation>&amp;Go to agenda item</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;New session…</source>
        <translation>&amp;New session…</translation>
    </message>
    <message>
        <source>&amp;Open session…</source>
        <translation>&amp;Open session…</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Save &amp;as…</translation>
    </message>
    <message>
        <source>Write a copy of the session file and continue in the copy</source>
        <translation>Write a copy of the session file and continue in the copy</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Start or pause</source>
        <translation>&amp;Start or pause</translation>
    </message>
    <message>
        <source>Start or &amp;resume</source>
        <translation>Start or &amp;resume</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>&amp;Next agenda item</source>
        <translation>&amp;Next agenda item</translation>
    </message>
    <message>
        <source>&amp;Previous agenda item</source>
        <translation>&amp;Previous agenda item</translation>
    </message>
    <message>
        <source>Add one &amp;minute</source>
        <translation>Add one &amp;minute</translation>
    </message>
    <message>
        <source>Remove one m&amp;inute</source>
        <translation>Remove one m&amp;inute</translation>
    </message>
    <message>
        <source>Re-&amp;balance the agenda</source>
        <translation>Re-&amp;balance the agenda</translation>
    </message>
    <message>
        <source>&amp;End the session…</source>
        <translation>&amp;End the session…</translation>
    </message>
    <message>
        <source>&amp;Mute chimes</source>
        <translation>&amp;Mute chimes</translation>
    </message>
    <message>
        <source>&amp;About Moderato</source>
        <translation>&amp;About Moderato</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Previous</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>−1 min</source>
        <translation>−1 min</translation>
    </message>
    <message>
        <source>+1 min</source>
        <translation>+1 min</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Mute</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accept</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Decline</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Elapsed</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Remaining</translation>
    </message>
    <message>
        <source>Projected end</source>
        <translation>Projected end</translation>
    </message>
    <message>
        <source>Against plan</source>
        <translation>Against plan</translation>
    </message>
    <message>
        <source>No session is open.</source>
        <translation>No session is open.</translation>
    </message>
    <message>
        <source>Not started: press Space to start the clock.</source>
        <translation>Not started: press Space to start the clock.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Running</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Paused for %1</source>
        <translation>Paused for %1</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <source>The session has ended.</source>
        <translation>The session has ended.</translation>
    </message>
    <message>
        <source>planned %1</source>
        <translation>planned %1</translation>
    </message>
    <message>
        <source>Next: %1 (%2)</source>
        <translation>Next: %1 (%2)</translation>
    </message>
    <message>
        <source>Next: end of the session</source>
        <translation>Next: end of the session</translation>
    </message>
    <message>
        <source>%1 behind</source>
        <translation>%1 behind</translation>
    </message>
    <message>
        <source>%1 ahead</source>
        <translation>%1 ahead</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>On time</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message numerus="yes">
        <source>Running %1 behind. Shorten %Ln item(s) not yet started so the session ends on time; the summary keeps its time.</source>
        <translation>
            <numerusform>Running %1 behind. Shorten %Ln item not yet started so the session ends on time; the summary keeps its time.</numerusform>
            <numerusform>Running %1 behind. Shorten %Ln items not yet started so the session ends on time; the summary keeps its time.</numerusform>
        </translation>
    </message>
    <message>
        <source>Even so, the session ends %1 late.</source>
        <translation>Even so, the session ends %1 late.</translation>
    </message>
    <message>
        <source>Nothing to re-balance: the session is on time or no item can be shortened.</source>
        <translation>Nothing to re-balance: the session is on time or no item can be shortened.</translation>
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
        <translation>%1 (demo, kept only until you quit; use Save as to keep it) — Moderato</translation>
    </message>
    <message>
        <source>This is the demo workshop in a temporary file.</source>
        <translation>This is the demo workshop in a temporary file.</translation>
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
        <translation>Open session</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>New session</translation>
    </message>
    <message>
        <source>Moderato sessions (*.moderato)</source>
        <translation>Moderato sessions (*.moderato)</translation>
    </message>
    <message>
        <source>Save session as</source>
        <translation>Save session as</translation>
    </message>
    <message>
        <source>End the session</source>
        <translation>End the session</translation>
    </message>
    <message>
        <source>End the session now? The clock stops for good; the record stays.</source>
        <translation>End the session now? The clock stops for good; the record stays.</translation>
    </message>
    <message>
        <source>About Moderato</source>
        <translation>About Moderato</translation>
    </message>
    <message>
        <source>Moderato %1
The moderator&apos;s console for multi-stakeholder workshops.</source>
        <translation>Moderato %1
The moderator&apos;s console for multi-stakeholder workshops.</translation>
    </message>
    <message>
        <source>no session is open</source>
        <translation>no session is open</translation>
    </message>
    <message>
        <source>F&amp;loor</source>
        <translation>F&amp;loor</translation>
    </message>
    <message>
        <source>Balance of the floor</source>
        <translation>Balance of the floor</translation>
    </message>
    <message>
        <source>Next page or agenda item (clicker)</source>
        <translation>Next page or agenda item (clicker)</translation>
    </message>
    <message>
        <source>Previous page or agenda item (clicker)</source>
        <translation>Previous page or agenda item (clicker)</translation>
    </message>
    <message>
        <source>Rapporteur&apos;s notes</source>
        <translation>Rapporteur&apos;s notes</translation>
    </message>
    <message>
        <source>Session re&amp;port…</source>
        <translation>Session re&amp;port…</translation>
    </message>
    <message>
        <source>&amp;Prepare</source>
        <translation>&amp;Prepare</translation>
    </message>
    <message>
        <source>&amp;Import workshop proposal…</source>
        <translation>&amp;Import workshop proposal…</translation>
    </message>
    <message>
        <source>Make a new session from an IGF workshop proposal copied as text</source>
        <translation>Make a new session from an IGF workshop proposal copied as text</translation>
    </message>
    <message>
        <source>Edit the &amp;agenda…</source>
        <translation>Edit the &amp;agenda…</translation>
    </message>
    <message>
        <source>&amp;People…</source>
        <translation>&amp;People…</translation>
    </message>
    <message>
        <source>Prepared &amp;questions…</source>
        <translation>Prepared &amp;questions…</translation>
    </message>
    <message>
        <source>Session &amp;settings…</source>
        <translation>Session &amp;settings…</translation>
    </message>
    <message>
        <source>&amp;Briefing pack…</source>
        <translation>&amp;Briefing pack…</translation>
    </message>
    <message>
        <source>Import workshop proposal</source>
        <translation>Import workshop proposal</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Text files (*.txt);;All files (*)</translation>
    </message>
    <message>
        <source>The proposal could not be read: %1</source>
        <translation>The proposal could not be read: %1</translation>
    </message>
    <message>
        <source>Session &amp;details…</source>
        <translation>Session &amp;details…</translation>
    </message>
    <message>
        <source>Another Moderato window asked to open this session, which is open here.</source>
        <translation>Another Moderato window asked to open this session, which is open here.</translation>
    </message>
    <message>
        <source>%1 is open in another window or on another computer, which is the only one that may write to it.

You can look at it here without changing it, or save a copy and continue in the copy.</source>
        <translation>%1 is open in another window or on another computer, which is the only one that may write to it.

You can look at it here without changing it, or save a copy and continue in the copy.</translation>
    </message>
    <message>
        <source>Open &amp;read-only</source>
        <translation>Open &amp;read-only</translation>
    </message>
    <message>
        <source>&amp;Save a copy…</source>
        <translation>&amp;Save a copy…</translation>
    </message>
    <message>
        <source>%1 — %2 (read-only) — Moderato</source>
        <translation>%1 — %2 (read-only) — Moderato</translation>
    </message>
    <message>
        <source>Read-only: nothing is recorded here. Use Save as to continue in a copy.</source>
        <translation>Read-only: nothing is recorded here. Use Save as to continue in a copy.</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <extracomment>Edit menu; %1 names the step, such as &quot;Rename item&quot;</extracomment>
        <translation>&amp;Undo %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <extracomment>Edit menu; %1 names the step, such as &quot;Rename item&quot;</extracomment>
        <translation>&amp;Redo %1</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>S&amp;hare on the network…</source>
        <translation>S&amp;hare on the network…</translation>
    </message>
    <message>
        <source>Message to the moderator</source>
        <translation>Message to the moderator</translation>
    </message>
    <message>
        <source>A short message for the moderator&apos;s console:</source>
        <translation>A short message for the moderator&apos;s console:</translation>
    </message>
    <message>
        <source>&amp;Join a shared session…</source>
        <translation>&amp;Join a shared session…</translation>
    </message>
    <message>
        <source>&amp;Message to the moderator…</source>
        <translation>&amp;Message to the moderator…</translation>
    </message>
    <message>
        <source>Only the moderator&apos;s own Moderato shares the session.</source>
        <translation>Only the moderator&apos;s own Moderato shares the session.</translation>
    </message>
    <message>
        <source>Joining a shared session — Moderato</source>
        <translation>Joining a shared session — Moderato</translation>
    </message>
    <message>
        <source>%1 — joined as %2 — Moderato</source>
        <extracomment>%1 is the session&apos;s name, %2 the role (&quot;Rapporteur&quot;) this window joined in</extracomment>
        <translation>%1 — joined as %2 — Moderato</translation>
    </message>
    <message>
        <source>%1 — %2 (a joined device&apos;s copy, read-only) — Moderato</source>
        <extracomment>%1 is the session&apos;s name, %2 the file&apos;s</extracomment>
        <translation>%1 — %2 (a joined device&apos;s copy, read-only) — Moderato</translation>
    </message>
    <message>
        <source>Saved a copy of the shared session so far as %1; this window keeps following the host.</source>
        <translation>Saved a copy of the shared session so far as %1; this window keeps following the host.</translation>
    </message>
    <message>
        <source>give the name you join with</source>
        <translation>give the name you join with</translation>
    </message>
    <message>
        <source>The host refused this device: %1</source>
        <translation>The host refused this device: %1</translation>
    </message>
    <message>
        <source>Join a shared session</source>
        <translation>Join a shared session</translation>
    </message>
    <message>
        <source>Not connected to the host: the message was not sent.</source>
        <translation>Not connected to the host: the message was not sent.</translation>
    </message>
    <message>
        <source>Sent to the moderator: %1</source>
        <translation>Sent to the moderator: %1</translation>
    </message>
    <message>
        <source>Not connected: the host refused this device (%1).</source>
        <translation>Not connected: the host refused this device (%1).</translation>
    </message>
    <message>
        <source>Online as %1 · %2 ms to the host</source>
        <translation>Online as %1 · %2 ms to the host</translation>
    </message>
    <message>
        <source>Online as %1</source>
        <translation>Online as %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) on the way</source>
        <translation>
            <numerusform>%Ln change on the way</numerusform>
            <numerusform>%Ln changes on the way</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline since %1: you keep working on the last copy; what you do is sent when the connection returns.</source>
        <translation>Offline since %1: you keep working on the last copy; what you do is sent when the connection returns.</translation>
    </message>
    <message>
        <source>Connecting to the host…</source>
        <translation>Connecting to the host…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) kept on this device.</source>
        <translation>
            <numerusform>%Ln change kept on this device.</numerusform>
            <numerusform>%Ln changes kept on this device.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>Not connected: %1</translation>
    </message>
    <message>
        <source>Participants&apos; phones</source>
        <translation>Participants&apos; phones</translation>
    </message>
</context>
<context>
    <name>ui::PeopleEditor</name>
    <message>
        <source>onsite</source>
        <translation>onsite</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>hub: %1</source>
        <translation>hub: %1</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <source>Onsite moderator</source>
        <translation>Onsite moderator</translation>
    </message>
    <message>
        <source>Online moderator</source>
        <translation>Online moderator</translation>
    </message>
    <message>
        <source>Rapporteur</source>
        <translation>Rapporteur</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>New participant</source>
        <translation>New participant</translation>
    </message>
    <message>
        <source>New participant %1</source>
        <translation>New participant %1</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organization</translation>
    </message>
    <message>
        <source>Stakeholder group</source>
        <translation>Stakeholder group</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Organization:</translation>
    </message>
    <message>
        <source>Stakeholder &amp;group:</source>
        <translation>Stakeholder &amp;group:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>Gen&amp;der:</source>
        <translation>Gen&amp;der:</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Channel:</translation>
    </message>
    <message>
        <source>&amp;Hub:</source>
        <translation>&amp;Hub:</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Roles:</translation>
    </message>
    <message>
        <source>remote hub</source>
        <translation>remote hub</translation>
    </message>
    <message>
        <source>as the person describes it; optional</source>
        <translation>as the person describes it; optional</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Import CSV…</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xport CSV…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Who has spoken, asked to speak or claimed the chair stays in the session&apos;s record.</source>
        <translation>Who has spoken, asked to speak or claimed the chair stays in the session&apos;s record.</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Add %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Remove %1</translation>
    </message>
    <message>
        <source>no session is open</source>
        <translation>no session is open</translation>
    </message>
    <message>
        <source>Import people</source>
        <translation>Import people</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be updated</source>
        <translation>&quot;%1&quot; could not be updated</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be added</source>
        <translation>&quot;%1&quot; could not be added</translation>
    </message>
    <message>
        <source>%1 added, %2 updated.</source>
        <translation>%1 added, %2 updated.</translation>
    </message>
    <message>
        <source>cannot write &quot;%1&quot;: %2</source>
        <translation>cannot write &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV files (*.csv);;All files (*)</translation>
    </message>
    <message>
        <source>Export people</source>
        <translation>Export people</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>A participant needs a name.</source>
        <translation>A participant needs a name.</translation>
    </message>
    <message>
        <source>Remote hub</source>
        <translation>Remote hub</translation>
    </message>
</context>
<context>
    <name>ui::PhonesPanel</name>
    <message>
        <source>in the room</source>
        <translation>in the room</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>at a hub</source>
        <translation>at a hub</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>at %1</translation>
    </message>
    <message>
        <source>someone who left</source>
        <translation>someone who left</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A participant&apos;s name and their stakeholder group</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>for policy question %1: %2</source>
        <translation>for policy question %1: %2</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>for %1</translation>
    </message>
    <message>
        <source>Inbox (%1)</source>
        <translation>Inbox (%1)</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Inbox</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>blocked</translation>
    </message>
    <message>
        <source>Phone %1</source>
        <translation>Phone %1</translation>
    </message>
    <message>
        <source>Phones (%1)</source>
        <translation>Phones (%1)</translation>
    </message>
    <message>
        <source>The room PIN and the page&apos;s address are on the host&apos;s console.</source>
        <translation>The room PIN and the page&apos;s address are on the host&apos;s console.</translation>
    </message>
    <message>
        <source>Share the session on the network (File › Share on the network…) to let participants join from their phones.</source>
        <translation>Share the session on the network (File › Share on the network…) to let participants join from their phones.</translation>
    </message>
    <message>
        <source>Room PIN: %1 %2</source>
        <extracomment>The room PIN, shown in two groups of three digits</extracomment>
        <translation>Room PIN: %1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln phone(s) connected</source>
        <translation>
            <numerusform>%Ln phone connected</numerusform>
            <numerusform>%Ln phones connected</numerusform>
        </translation>
    </message>
    <message>
        <source>Participants open %1</source>
        <translation>Participants open %1</translation>
    </message>
    <message>
        <source> or </source>
        <translation> or </translation>
    </message>
    <message>
        <source>Participants may join from their phones</source>
        <translation>Participants may join from their phones</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>New PIN</translation>
    </message>
    <message>
        <source>Phones that joined stay; new ones need the new PIN.</source>
        <translation>Phones that joined stay; new ones need the new PIN.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Question or comment</source>
        <translation>Question or comment</translation>
    </message>
    <message>
        <source>Read out</source>
        <translation>Read out</translation>
    </message>
    <message>
        <source>Show to the room</source>
        <translation>Show to the room</translation>
    </message>
    <message>
        <source>Add to prepared questions</source>
        <translation>Add to prepared questions</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <source>Takeaway</source>
        <translation>Takeaway</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>Agree</translation>
    </message>
    <message>
        <source>Disagree</source>
        <translation>Disagree</translation>
    </message>
    <message>
        <source>Reactions</source>
        <translation>Reactions</translation>
    </message>
    <message>
        <source>Their takeaways</source>
        <translation>Their takeaways</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Stakeholder group</source>
        <translation>Stakeholder group</translation>
    </message>
    <message>
        <source>Taking part</source>
        <translation>Taking part</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Block</translation>
    </message>
    <message>
        <source>Its requests disappear and it can no longer send anything.</source>
        <translation>Its requests disappear and it can no longer send anything.</translation>
    </message>
    <message>
        <source>Unblock</source>
        <translation>Unblock</translation>
    </message>
    <message>
        <source>Seconds between two questions of a phone:</source>
        <translation>Seconds between two questions of a phone:</translation>
    </message>
    <message>
        <source>Questions of a phone waiting at most:</source>
        <translation>Questions of a phone waiting at most:</translation>
    </message>
    <message>
        <source>Apply limits</source>
        <translation>Apply limits</translation>
    </message>
</context>
<context>
    <name>ui::ProposalImportDialog</name>
    <message>
        <source>Import workshop proposal</source>
        <translation>Import workshop proposal</translation>
    </message>
    <message>
        <source>Format: %1</source>
        <translation>Format: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln speaker(s), %1 policy question(s)</source>
        <translation>
            <numerusform>%Ln speaker, %1 policy question(s)</numerusform>
            <numerusform>%Ln speakers, %1 policy question(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Agenda: %Ln item(s), %1</source>
        <translation>
            <numerusform>Agenda: %Ln item, %1</numerusform>
            <numerusform>Agenda: %Ln items, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The proposal has no agenda: one was built for its format. Check it in Prepare &gt; Edit the agenda.</source>
        <translation>The proposal has no agenda: one was built for its format. Check it in Prepare &gt; Edit the agenda.</translation>
    </message>
    <message>
        <source>The agenda is %1 longer than the session; nothing was changed.</source>
        <translation>The agenda is %1 longer than the session; nothing was changed.</translation>
    </message>
    <message>
        <source>The agenda is %1 shorter than the session; nothing was changed.</source>
        <translation>The agenda is %1 shorter than the session; nothing was changed.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln thing(s) could not be read; see the details.</source>
        <translation>
            <numerusform>%Ln thing could not be read; see the details.</numerusform>
            <numerusform>%Ln things could not be read; see the details.</numerusform>
        </translation>
    </message>
    <message>
        <source>Create the session…</source>
        <translation>Create the session…</translation>
    </message>
</context>
<context>
    <name>ui::QuestionBankDialog</name>
    <message>
        <source>Prepared questions</source>
        <translation>Prepared questions</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Agenda item</translation>
    </message>
    <message>
        <source>For speaker</source>
        <translation>For speaker</translation>
    </message>
    <message>
        <source>Questions to ask if the conversation stalls. The console shows those of the current item, of the speaker who has the floor, and those for any moment.</source>
        <translation>Questions to ask if the conversation stalls. The console shows those of the current item, of the speaker who has the floor, and those for any moment.</translation>
    </message>
    <message>
        <source>&amp;Add question</source>
        <translation>&amp;Add question</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>New question</source>
        <translation>New question</translation>
    </message>
    <message>
        <source>any item</source>
        <translation>any item</translation>
    </message>
    <message>
        <source>anyone</source>
        <translation>anyone</translation>
    </message>
    <message>
        <source>Edit the prepared questions</source>
        <translation>Edit the prepared questions</translation>
    </message>
</context>
<context>
    <name>ui::QuestionsPanel</name>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Write the questions to ask if the conversation stalls</source>
        <translation>Write the questions to ask if the conversation stalls</translation>
    </message>
    <message>
        <source>Prepared questions (%1 not asked)</source>
        <translation>Prepared questions (%1 not asked)</translation>
    </message>
    <message>
        <source>No prepared questions for this moment.</source>
        <translation>No prepared questions for this moment.</translation>
    </message>
</context>
<context>
    <name>ui::RapporteurPane</name>
    <message>
        <source>add note</source>
        <translation>add note</translation>
    </message>
    <message>
        <source>edit note</source>
        <translation>edit note</translation>
    </message>
    <message>
        <source>delete note</source>
        <translation>delete note</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Edit note</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>no note is selected</source>
        <translation>no note is selected</translation>
    </message>
    <message>
        <source>Policy question %1: %2</source>
        <translation>Policy question %1: %2</translation>
    </message>
    <message>
        <source>Every speaker</source>
        <translation>Every speaker</translation>
    </message>
    <message>
        <source>Every agenda item</source>
        <translation>Every agenda item</translation>
    </message>
    <message>
        <source>Every tag</source>
        <translation>Every tag</translation>
    </message>
    <message>
        <source>No policy question</source>
        <translation>No policy question</translation>
    </message>
    <message>
        <source>Type a note, Enter to save it</source>
        <translation>Type a note, Enter to save it</translation>
    </message>
    <message>
        <source>Key takeaway</source>
        <translation>Key takeaway</translation>
    </message>
    <message>
        <source>Call to action</source>
        <translation>Call to action</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>Disagreement</source>
        <translation>Disagreement</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Quote</translation>
    </message>
    <message>
        <source>Alt+%1</source>
        <translation>Alt+%1</translation>
    </message>
    <message>
        <source>Tags while typing: Alt+1 key takeaway, Alt+2 call to action, Alt+3 question, Alt+4 agreement, Alt+5 disagreement, Alt+6 quote. Esc leaves the field.</source>
        <translation>Tags while typing: Alt+1 key takeaway, Alt+2 call to action, Alt+3 question, Alt+4 agreement, Alt+5 disagreement, Alt+6 quote. Esc leaves the field.</translation>
    </message>
    <message>
        <source>Search the notes</source>
        <translation>Search the notes</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>No break-out group</source>
        <translation>No break-out group</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The break-out group the next notes are for</source>
        <translation>The break-out group the next notes are for</translation>
    </message>
</context>
<context>
    <name>ui::ReportDialog</name>
    <message>
        <source>Session report</source>
        <translation>Session report</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Onsite</source>
        <translation>Onsite</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Of whom women</source>
        <translation>Of whom women</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>Participation</translation>
    </message>
    <message>
        <source>Short report</source>
        <translation>Short report</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Copy as Markdown</source>
        <translation>Copy as Markdown</translation>
    </message>
    <message>
        <source>Show the takeaways to the room</source>
        <translation>Show the takeaways to the room</translation>
    </message>
    <message>
        <source>Import transcript…</source>
        <translation>Import transcript…</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Export the report</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;OpenDocument text (*.odt);;HTML (*.html);;Markdown (*.md)</source>
        <translation>PDF (*.pdf);;OpenDocument text (*.odt);;HTML (*.html);;Markdown (*.md)</translation>
    </message>
    <message>
        <source>Import a transcript</source>
        <translation>Import a transcript</translation>
    </message>
    <message>
        <source>Text (*.txt);;All files (*)</source>
        <translation>Text (*.txt);;All files (*)</translation>
    </message>
    <message>
        <source>no session is open</source>
        <translation>no session is open</translation>
    </message>
    <message>
        <source>%1: use .md, .html, .odt or .pdf</source>
        <translation>%1: use .md, .html, .odt or .pdf</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Save the report</translation>
    </message>
    <message>
        <source>Draft from the session: edit it, or confirm it as it stands.</source>
        <translation>Draft from the session: edit it, or confirm it as it stands.</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <source>Drafted line</source>
        <translation>Drafted line</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Agenda item</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Choose a line to see the notes or transcript turns it was drafted from.</source>
        <translation>Choose a line to see the notes or transcript turns it was drafted from.</translation>
    </message>
    <message>
        <source>The sources of the chosen line appear here.</source>
        <translation>The sources of the chosen line appear here.</translation>
    </message>
    <message>
        <source>Drafted lines and their sources</source>
        <translation>Drafted lines and their sources</translation>
    </message>
    <message>
        <source>Draft from the proposal…</source>
        <translation>Draft from the proposal…</translation>
    </message>
    <message>
        <source>Read the workshop proposal for the drafts, e.g. the other initiatives it names.</source>
        <translation>Read the workshop proposal for the drafts, e.g. the other initiatives it names.</translation>
    </message>
    <message>
        <source>Draft from the workshop proposal</source>
        <translation>Draft from the workshop proposal</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>note %1</source>
        <translation>note %1</translation>
    </message>
    <message>
        <source>transcript, line %1</source>
        <translation>transcript, line %1</translation>
    </message>
    <message>
        <source>Key takeaways</source>
        <translation>Key takeaways</translation>
    </message>
    <message>
        <source>Calls to action</source>
        <translation>Calls to action</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Note %1, typed at %2: %3</source>
        <translation>Note %1, typed at %2: %3</translation>
    </message>
    <message>
        <source>Line %1, %2: %3</source>
        <translation>Line %1, %2: %3</translation>
    </message>
    <message>
        <source>no speaker named</source>
        <translation>no speaker named</translation>
    </message>
    <message>
        <source>%1: not a workshop proposal in plain text (at most 2 MB)</source>
        <translation>%1: not a workshop proposal in plain text (at most 2 MB)</translation>
    </message>
    <message>
        <source>Transcripts (*.txt *.srt *.vtt);;Captions (*.srt *.vtt);;Text (*.txt);;All files (*)</source>
        <extracomment>File dialog filters: keep the patterns in parentheses as they are</extracomment>
        <translation>Transcripts (*.txt *.srt *.vtt);;Captions (*.srt *.vtt);;Text (*.txt);;All files (*)</translation>
    </message>
    <message>
        <source>One a line; the IGF asks for three.</source>
        <translation>One a line; the IGF asks for three.</translation>
    </message>
    <message>
        <source>In exports and copies, number the drafted lines and list their sources</source>
        <translation>In exports and copies, number the drafted lines and list their sources</translation>
    </message>
    <message>
        <source>Who said each drafted key takeaway and call to action, during which agenda item, when, and from which note or transcript line.</source>
        <translation>Who said each drafted key takeaway and call to action, during which agenda item, when, and from which note or transcript line.</translation>
    </message>
</context>
<context>
    <name>ui::ReportExporter</name>
    <message>
        <source>Nobody has had the floor yet.</source>
        <translation>Nobody has had the floor yet.</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>not given</translation>
    </message>
</context>
<context>
    <name>ui::RoomControl</name>
    <message>
        <source>Message to the room</source>
        <translation>Message to the room</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>Message:</translation>
    </message>
    <message>
        <source>Add media</source>
        <translation>Add media</translation>
    </message>
    <message>
        <source>Images, slides and video (*.png *.jpg *.jpeg *.svg *.pdf *.mp4 *.webm *.mkv *.ogv);;All files (*)</source>
        <translation>Images, slides and video (*.png *.jpg *.jpeg *.svg *.pdf *.mp4 *.webm *.mkv *.ogv);;All files (*)</translation>
    </message>
    <message>
        <source>Key takeaway, as the room will read it:</source>
        <translation>Key takeaway, as the room will read it:</translation>
    </message>
    <message>
        <source>no session is open</source>
        <translation>no session is open</translation>
    </message>
    <message>
        <source>In a window (to share online)</source>
        <translation>In a window (to share online)</translation>
    </message>
    <message>
        <source>Full screen on %1 (%2×%3)</source>
        <translation>Full screen on %1 (%2×%3)</translation>
    </message>
    <message>
        <source>As the console</source>
        <translation>As the console</translation>
    </message>
    <message>
        <source>&amp;Room display</source>
        <translation>&amp;Room display</translation>
    </message>
    <message>
        <source>&amp;Show the room display</source>
        <translation>&amp;Show the room display</translation>
    </message>
    <message>
        <source>Show &amp;on</source>
        <translation>Show &amp;on</translation>
    </message>
    <message>
        <source>Follow the session (&amp;automatic scene)</source>
        <translation>Follow the session (&amp;automatic scene)</translation>
    </message>
    <message>
        <source>Scene: a&amp;genda</source>
        <translation>Scene: a&amp;genda</translation>
    </message>
    <message>
        <source>Scene: s&amp;peaker</source>
        <translation>Scene: s&amp;peaker</translation>
    </message>
    <message>
        <source>Scene: empty &amp;chair</source>
        <translation>Scene: empty &amp;chair</translation>
    </message>
    <message>
        <source>Scene: &amp;media</source>
        <translation>Scene: &amp;media</translation>
    </message>
    <message>
        <source>Scene: key &amp;takeaways</source>
        <translation>Scene: key &amp;takeaways</translation>
    </message>
    <message>
        <source>Scene: m&amp;essage</source>
        <translation>Scene: m&amp;essage</translation>
    </message>
    <message>
        <source>&amp;Blank the room display</source>
        <translation>&amp;Blank the room display</translation>
    </message>
    <message>
        <source>Show a message to the &amp;room…</source>
        <translation>Show a message to the &amp;room…</translation>
    </message>
    <message>
        <source>A&amp;dd media…</source>
        <translation>A&amp;dd media…</translation>
    </message>
    <message>
        <source>Show media &amp;file</source>
        <translation>Show media &amp;file</translation>
    </message>
    <message>
        <source>Ne&amp;xt page</source>
        <translation>Ne&amp;xt page</translation>
    </message>
    <message>
        <source>Play or pause the &amp;video</source>
        <translation>Play or pause the &amp;video</translation>
    </message>
    <message>
        <source>Approve a &amp;key takeaway…</source>
        <translation>Approve a &amp;key takeaway…</translation>
    </message>
    <message>
        <source>Room &amp;language</source>
        <translation>Room &amp;language</translation>
    </message>
    <message>
        <source>Previo&amp;us page</source>
        <translation>Previo&amp;us page</translation>
    </message>
    <message>
        <source>Change the room&apos;s language</source>
        <translation>Change the room&apos;s language</translation>
    </message>
    <message>
        <source>The language of this computer&apos;s room display only</source>
        <translation>The language of this computer&apos;s room display only</translation>
    </message>
    <message>
        <source>Scene: &amp;join from a phone</source>
        <translation>Scene: &amp;join from a phone</translation>
    </message>
    <message>
        <source>Withdraw a key takeaway</source>
        <translation>Withdraw a key takeaway</translation>
    </message>
    <message>
        <source>No key takeaway has been approved for the room.</source>
        <translation>No key takeaway has been approved for the room.</translation>
    </message>
    <message>
        <source>The key takeaway to take off the room display:</source>
        <translation>The key takeaway to take off the room display:</translation>
    </message>
    <message>
        <source>&amp;Withdraw a key takeaway…</source>
        <translation>&amp;Withdraw a key takeaway…</translation>
    </message>
    <message>
        <source>Edit a key takeaway</source>
        <translation>Edit a key takeaway</translation>
    </message>
    <message>
        <source>The key takeaway to reword:</source>
        <translation>The key takeaway to reword:</translation>
    </message>
    <message>
        <source>Record a comment from the room</source>
        <translation>Record a comment from the room</translation>
    </message>
    <message>
        <source>Someone in the room (not named)</source>
        <translation>Someone in the room (not named)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>What was said about it, for the report</source>
        <translation>What was said about it, for the report</translation>
    </message>
    <message>
        <source>&amp;Key takeaway:</source>
        <translation>&amp;Key takeaway:</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>&amp;Who:</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Comment:</translation>
    </message>
    <message>
        <source>Ed&amp;it a key takeaway…</source>
        <translation>Ed&amp;it a key takeaway…</translation>
    </message>
    <message>
        <source>Record a comment from t&amp;he room…</source>
        <translation>Record a comment from t&amp;he room…</translation>
    </message>
    <message>
        <source>&amp;Mute the video&apos;s sound (volume %1)</source>
        <extracomment>%1 is the video&apos;s volume, like &quot;70 %&quot;</extracomment>
        <translation>&amp;Mute the video&apos;s sound (volume %1)</translation>
    </message>
    <message>
        <source>Add subtitles</source>
        <translation>Add subtitles</translation>
    </message>
    <message>
        <source>The video the subtitles belong to:</source>
        <translation>The video the subtitles belong to:</translation>
    </message>
    <message>
        <source>Subtitles (*.srt *.vtt);;All files (*)</source>
        <translation>Subtitles (*.srt *.vtt);;All files (*)</translation>
    </message>
    <message>
        <source>The subtitles&apos; language, as a code (en, fr, es, zh_CN; empty: not said):</source>
        <translation>The subtitles&apos; language, as a code (en, fr, es, zh_CN; empty: not said):</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>The glossary is empty: add key terms with Room display › Glossary first.</source>
        <translation>The glossary is empty: add key terms with Room display › Glossary first.</translation>
    </message>
    <message>
        <source>Show a glossary term</source>
        <translation>Show a glossary term</translation>
    </message>
    <message>
        <source>Term the speaker used:</source>
        <translation>Term the speaker used:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the glossary.</source>
        <translation>&quot;%1&quot; is not in the glossary.</translation>
    </message>
    <message>
        <source>Change the room&apos;s second language</source>
        <translation>Change the room&apos;s second language</translation>
    </message>
    <message>
        <source>Scene: break-out &amp;groups</source>
        <translation>Scene: break-out &amp;groups</translation>
    </message>
    <message>
        <source>Scene: &amp;key terms</source>
        <translation>Scene: &amp;key terms</translation>
    </message>
    <message>
        <source>Video: back 10 seconds</source>
        <translation>Video: back 10 seconds</translation>
    </message>
    <message>
        <source>Video: forward 10 seconds</source>
        <translation>Video: forward 10 seconds</translation>
    </message>
    <message>
        <source>Video: sound louder</source>
        <translation>Video: sound louder</translation>
    </message>
    <message>
        <source>Video: sound softer</source>
        <translation>Video: sound softer</translation>
    </message>
    <message>
        <source>Add su&amp;btitles to a video…</source>
        <translation>Add su&amp;btitles to a video…</translation>
    </message>
    <message>
        <source>Second lan&amp;guage</source>
        <translation>Second lan&amp;guage</translation>
    </message>
    <message>
        <source>Tra&amp;nslations for the room…</source>
        <translation>Tra&amp;nslations for the room…</translation>
    </message>
    <message>
        <source>G&amp;lossary…</source>
        <translation>G&amp;lossary…</translation>
    </message>
    <message>
        <source>Show or hide a glossary &amp;term…</source>
        <translation>Show or hide a glossary &amp;term…</translation>
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
        <translation>Projected end: %1</translation>
    </message>
    <message>
        <source>The floor is open</source>
        <translation>The floor is open</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>Ask the moderator for the floor</source>
        <translation>Ask the moderator for the floor</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Now: %1</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Next: %1</translation>
    </message>
    <message>
        <source>A speaker replies to the empty chair</source>
        <translation>A speaker replies to the empty chair</translation>
    </message>
    <message>
        <source>In the empty chair</source>
        <translation>In the empty chair</translation>
    </message>
    <message>
        <source>Online, through the online moderator</source>
        <translation>Online, through the online moderator</translation>
    </message>
    <message>
        <source>The empty chair</source>
        <translation>The empty chair</translation>
    </message>
    <message>
        <source>Take the empty chair next to the speakers: bring a new perspective, or challenge what you heard.</source>
        <translation>Take the empty chair next to the speakers: bring a new perspective, or challenge what you heard.</translation>
    </message>
    <message>
        <source>Online? Tell the online moderator, who takes the chair for you.</source>
        <translation>Online? Tell the online moderator, who takes the chair for you.</translation>
    </message>
    <message>
        <source>This file cannot be shown</source>
        <translation>This file cannot be shown</translation>
    </message>
    <message>
        <source>No media file chosen</source>
        <translation>No media file chosen</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Key takeaways</source>
        <translation>Key takeaways</translation>
    </message>
    <message>
        <source>No key takeaways yet.</source>
        <translation>No key takeaways yet.</translation>
    </message>
    <message>
        <source>Your comments: ask the moderator for the floor, or write to the online moderator.</source>
        <translation>Your comments: ask the moderator for the floor, or write to the online moderator.</translation>
    </message>
    <message>
        <source>Join from your phone</source>
        <translation>Join from your phone</translation>
    </message>
    <message>
        <source>PIN %1 %2</source>
        <translation>PIN %1 %2</translation>
    </message>
    <message>
        <source>Ask the moderator how to join.</source>
        <translation>Ask the moderator how to join.</translation>
    </message>
    <message>
        <source>Scan the code, or open this address on the room&apos;s network:</source>
        <translation>Scan the code, or open this address on the room&apos;s network:</translation>
    </message>
    <message>
        <source>Joining from phones is closed for now.</source>
        <translation>Joining from phones is closed for now.</translation>
    </message>
    <message>
        <source>Room PIN</source>
        <translation>Room PIN</translation>
    </message>
    <message>
        <source>The file could not be read from the session.</source>
        <translation>The file could not be read from the session.</translation>
    </message>
    <message>
        <source>This computer cannot play video: Qt Multimedia has no backend.</source>
        <translation>This computer cannot play video: Qt Multimedia has no backend.</translation>
    </message>
    <message>
        <source>The file is damaged or in a format the room display does not read.</source>
        <translation>The file is damaged or in a format the room display does not read.</translation>
    </message>
    <message>
        <source>The video&apos;s format cannot be decoded here.</source>
        <extracomment>Why a video cannot be played; %1 is the media framework&apos;s own words (often in English)</extracomment>
        <translation>The video&apos;s format cannot be decoded here.</translation>
    </message>
    <message>
        <source>The video cannot be played: %1</source>
        <translation>The video cannot be played: %1</translation>
    </message>
    <message>
        <source>Break-out groups</source>
        <translation>Break-out groups</translation>
    </message>
    <message>
        <source>The groups are not formed yet.</source>
        <translation>The groups are not formed yet.</translation>
    </message>
    <message>
        <source>Time to reconvene</source>
        <translation>Time to reconvene</translation>
    </message>
    <message>
        <source>Please come back to your seats: each group&apos;s rapporteur reports back.</source>
        <translation>Please come back to your seats: each group&apos;s rapporteur reports back.</translation>
    </message>
    <message>
        <source>Facilitator: %1</source>
        <translation>Facilitator: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln person</numerusform>
            <numerusform>%Ln people</numerusform>
        </translation>
    </message>
    <message>
        <source>Key terms</source>
        <translation>Key terms</translation>
    </message>
    <message>
        <source>No key terms yet.</source>
        <translation>No key terms yet.</translation>
    </message>
    <message>
        <source>it did not load within 10 seconds; the file may be damaged.</source>
        <translation>it did not load within 10 seconds; the file may be damaged.</translation>
    </message>
    <message>
        <source>The video could not be prepared for playing: %1</source>
        <extracomment>%1: the system&apos;s reason (a full disk, say)</extracomment>
        <translation>The video could not be prepared for playing: %1</translation>
    </message>
</context>
<context>
    <name>ui::RotationView</name>
    <message>
        <source>%1 (skipped)</source>
        <translation>%1 (skipped)</translation>
    </message>
    <message>
        <source>Speaking order</source>
        <translation>Speaking order</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Earlier</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>Skip or bring back</source>
        <translation>Skip or bring back</translation>
    </message>
</context>
<context>
    <name>ui::Screenshot</name>
    <message>
        <source>Coffee break: we continue at 15:15 with the summary of the discussion.</source>
        <translation>Coffee break: we continue at 15:15 with the summary of the discussion.</translation>
    </message>
    <message>
        <source>A remote participant in Nairobi has a question on policy question 2.</source>
        <translation>A remote participant in Nairobi has a question on policy question 2.</translation>
    </message>
    <message>
        <source>Who certifies the certifiers, and who pays for it?</source>
        <translation>Who certifies the certifiers, and who pays for it?</translation>
    </message>
    <message>
        <source>How can small suppliers afford the audits?</source>
        <translation>How can small suppliers afford the audits?</translation>
    </message>
    <message>
        <source>Only if buyers ask for it in every contract.</source>
        <translation>Only if buyers ask for it in every contract.</translation>
    </message>
    <message>
        <source>Security needs a budget line, not only a policy.</source>
        <translation>Security needs a budget line, not only a policy.</translation>
    </message>
</context>
<context>
    <name>ui::SessionDetailsDialog</name>
    <message>
        <source>Session details</source>
        <translation>Session details</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>One question a line</source>
        <translation>One question a line</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>&amp;Layout:</translation>
    </message>
    <message>
        <source>Le&amp;ngth:</source>
        <translation>Le&amp;ngth:</translation>
    </message>
    <message>
        <source>&amp;Policy questions:</source>
        <translation>&amp;Policy questions:</translation>
    </message>
    <message>
        <source>&amp;Discussion facilitation:</source>
        <translation>&amp;Discussion facilitation:</translation>
    </message>
    <message>
        <source>&amp;Online participation:</source>
        <translation>&amp;Online participation:</translation>
    </message>
    <message>
        <source>The clock has started: the session&apos;s details can no longer be edited.</source>
        <translation>The clock has started: the session&apos;s details can no longer be edited.</translation>
    </message>
    <message>
        <source>Edit the session details</source>
        <translation>Edit the session details</translation>
    </message>
    <message>
        <source>Where it takes place, e.g. Room VI</source>
        <translation>Where it takes place, e.g. Room VI</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>&amp;Room:</translation>
    </message>
</context>
<context>
    <name>ui::SessionSettingsDialog</name>
    <message>
        <source>Session settings</source>
        <translation>Session settings</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Each item&apos;s own (one minute)</source>
        <translation>Each item&apos;s own (one minute)</translation>
    </message>
    <message>
        <source>Chime when time is up (the flash is always shown)</source>
        <translation>Chime when time is up (the flash is always shown)</translation>
    </message>
    <message>
        <source>In order of request</source>
        <translation>In order of request</translation>
    </message>
    <message>
        <source>First-time speakers first</source>
        <translation>First-time speakers first</translation>
    </message>
    <message>
        <source>Onsite and online in turn</source>
        <translation>Onsite and online in turn</translation>
    </message>
    <message>
        <source>Least-heard stakeholder groups first</source>
        <translation>Least-heard stakeholder groups first</translation>
    </message>
    <message>
        <source>Audience &amp;turn limit:</source>
        <translation>Audience &amp;turn limit:</translation>
    </message>
    <message>
        <source>Empty-&amp;chair turn limit:</source>
        <translation>Empty-&amp;chair turn limit:</translation>
    </message>
    <message>
        <source>&amp;Warning before the end of an item:</source>
        <translation>&amp;Warning before the end of an item:</translation>
    </message>
    <message>
        <source>&amp;Queue order:</source>
        <translation>&amp;Queue order:</translation>
    </message>
    <message>
        <source>An invited speaker&apos;s limit is their agenda slot. These settings are kept in the session file.</source>
        <translation>An invited speaker&apos;s limit is their agenda slot. These settings are kept in the session file.</translation>
    </message>
    <message>
        <source>Change the session settings</source>
        <translation>Change the session settings</translation>
    </message>
</context>
<context>
    <name>ui::SessionUndo</name>
    <message>
        <source>no session is open</source>
        <translation>no session is open</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be undone: %2</source>
        <extracomment>%1 names the edit (such as &quot;Rename item&quot;), %2 says why the session refused it</extracomment>
        <translation>&quot;%1&quot; cannot be undone: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be redone: %2</source>
        <extracomment>%1 names the edit (such as &quot;Rename item&quot;), %2 says why the session refused it</extracomment>
        <translation>&quot;%1&quot; cannot be redone: %2</translation>
    </message>
</context>
<context>
    <name>ui::ShareDialog</name>
    <message>
        <source>Onsite moderator</source>
        <translation>Onsite moderator</translation>
    </message>
    <message>
        <source>Co-moderator</source>
        <translation>Co-moderator</translation>
    </message>
    <message>
        <source>Online moderator</source>
        <translation>Online moderator</translation>
    </message>
    <message>
        <source>Rapporteur</source>
        <translation>Rapporteur</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Observer</translation>
    </message>
    <message>
        <source>Share on the network</source>
        <translation>Share on the network</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>Sharing</translation>
    </message>
    <message>
        <source>Every address of this computer</source>
        <translation>Every address of this computer</translation>
    </message>
    <message>
        <source>This computer only (a rehearsal)</source>
        <translation>This computer only (a rehearsal)</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>any free port</translation>
    </message>
    <message>
        <source>Listen on:</source>
        <translation>Listen on:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>How to join</source>
        <translation>How to join</translation>
    </message>
    <message>
        <source>Address of this computer:</source>
        <translation>Address of this computer:</translation>
    </message>
    <message>
        <source>Renew</source>
        <translation>Renew</translation>
    </message>
    <message>
        <source>A new code for this role: the devices that joined with the old one are disconnected.</source>
        <translation>A new code for this role: the devices that joined with the old one are disconnected.</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Devices</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Round trip</source>
        <translation>Round trip</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Last seen</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Disconnect</translation>
    </message>
    <message>
        <source>Messages with the team</source>
        <translation>Messages with the team</translation>
    </message>
    <message>
        <source>A message to every joined device</source>
        <translation>A message to every joined device</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>The moderator disconnected this device.</source>
        <translation>The moderator disconnected this device.</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation>Stop sharing</translation>
    </message>
    <message>
        <source>Start sharing</source>
        <translation>Start sharing</translation>
    </message>
    <message>
        <source>Sharing on port %1. Each role joins with its own address.</source>
        <translation>Sharing on port %1. Each role joins with its own address.</translation>
    </message>
    <message>
        <source>Not shared: nobody can join.</source>
        <translation>Not shared: nobody can join.</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>not yet</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>%1 ago</translation>
    </message>
    <message>
        <source>You: %1</source>
        <translation>You: %1</translation>
    </message>
    <message>
        <source>now</source>
        <translation>now</translation>
    </message>
    <message>
        <source>Room display</source>
        <translation>Room display</translation>
    </message>
    <message>
        <source>optional: a PEM file; devices then connect encrypted</source>
        <translation>optional: a PEM file; devices then connect encrypted</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.key);;All files (*)</source>
        <translation>PEM files (*.pem *.crt *.key);;All files (*)</translation>
    </message>
    <message>
        <source>TLS certificate:</source>
        <translation>TLS certificate:</translation>
    </message>
    <message>
        <source>TLS certificate</source>
        <translation>TLS certificate</translation>
    </message>
    <message>
        <source>TLS private key:</source>
        <translation>TLS private key:</translation>
    </message>
    <message>
        <source>TLS private key</source>
        <translation>TLS private key</translation>
    </message>
    <message>
        <source>Sharing on port %1, encrypted (TLS). Each role joins with its own address, which names this computer&apos;s certificate.</source>
        <translation>Sharing on port %1, encrypted (TLS). Each role joins with its own address, which names this computer&apos;s certificate.</translation>
    </message>
    <message>
        <source>Translator</source>
        <translation>Translator</translation>
    </message>
    <message>
        <source>Captioner</source>
        <translation>Captioner</translation>
    </message>
</context>
<context>
    <name>ui::Sharing</name>
    <message>
        <source>only a session open for writing can be shared</source>
        <translation>only a session open for writing can be shared</translation>
    </message>
    <message>
        <source>for TLS, give both the certificate and its private key</source>
        <translation>for TLS, give both the certificate and its private key</translation>
    </message>
    <message>
        <source>the session is not shared</source>
        <translation>the session is not shared</translation>
    </message>
</context>
<context>
    <name>ui::SpeakerQueueView</name>
    <message>
        <source>Next from the queue (Q)</source>
        <translation>Next from the queue (Q)</translation>
    </message>
    <message>
        <source>Next: %1 (Q)</source>
        <translation>Next: %1 (Q)</translation>
    </message>
    <message numerus="yes">
        <source>Queue: %Ln waiting</source>
        <translation>
            <numerusform>Queue: %Ln waiting</numerusform>
            <numerusform>Queue: %Ln waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>Next from the &amp;queue</source>
        <translation>Next from the &amp;queue</translation>
    </message>
    <message>
        <source>Add a &amp;request to speak…</source>
        <translation>Add a &amp;request to speak…</translation>
    </message>
    <message>
        <source>In order of request</source>
        <translation>In order of request</translation>
    </message>
    <message>
        <source>First-time speakers first</source>
        <translation>First-time speakers first</translation>
    </message>
    <message>
        <source>Alternate in the room and online</source>
        <translation>Alternate in the room and online</translation>
    </message>
    <message>
        <source>Groups that spoke least first</source>
        <translation>Groups that spoke least first</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Give the floor</source>
        <translation>Give the floor</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Who asks to speak: name, group, region, gender, room or online (I)</source>
        <translation>Who asks to speak: name, group, region, gender, room or online (I)</translation>
    </message>
</context>
<context>
    <name>ui::TakeawayDialog</name>
    <message>
        <source>Approve a key takeaway</source>
        <translation>Approve a key takeaway</translation>
    </message>
    <message>
        <source>On a joined device, translate the takeaway in Room › Translations once it is approved.</source>
        <translation>On a joined device, translate the takeaway in Room › Translations once it is approved.</translation>
    </message>
    <message>
        <source>Key takeaway, as the room will read it:</source>
        <translation>Key takeaway, as the room will read it:</translation>
    </message>
    <message>
        <source>Its &amp;translation (optional), into:</source>
        <translation>Its &amp;translation (optional), into:</translation>
    </message>
    <message>
        <source>Type the key takeaway first.</source>
        <translation>Type the key takeaway first.</translation>
    </message>
</context>
<context>
    <name>ui::TranslationsDialog</name>
    <message>
        <source>Translations for the room</source>
        <translation>Translations for the room</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Translation</translation>
    </message>
    <message>
        <source>The room display shows a translation in the room&apos;s language, and in its second language under it. Content without a translation shows as written.</source>
        <translation>The room display shows a translation in the room&apos;s language, and in its second language under it. Content without a translation shows as written.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Agenda item</translation>
    </message>
    <message>
        <source>Message to the room</source>
        <translation>Message to the room</translation>
    </message>
    <message>
        <source>Key takeaway</source>
        <translation>Key takeaway</translation>
    </message>
    <message>
        <source>Glossary term</source>
        <translation>Glossary term</translation>
    </message>
    <message>
        <source>Its explanation</source>
        <translation>Its explanation</translation>
    </message>
    <message>
        <source>Translate for the room</source>
        <translation>Translate for the room</translation>
    </message>
    <message>
        <source>Policy question %L1</source>
        <translation>Policy question %L1</translation>
    </message>
</context>
</TS>
