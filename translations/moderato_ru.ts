<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>Cli</name>
    <message>
        <source>Try &apos;moderato-cli --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:
  replay SCRIPT -o SESSION [--from SESSION] [--force]
                 Apply a timed script of moderator actions to a new session
                 (built from the demo workshop, or from --from SESSION).
  stats SESSION [--json]
                 Planned and actual time of the session and of each agenda item.
Run &apos;moderato-cli COMMAND --help&apos; for the options of a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderato on the command line: works on .moderato session files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replay or stats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply a timed replay script to a new session file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SESSION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build the new session from this session&apos;s plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the output file if it exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The replay script.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replay needs exactly one script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replay needs -o SESSION</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n action(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Print planned and actual times of a session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stats needs exactly one session file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::Agenda</name>
    <message>
        <source>agenda items are nested too deeply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an agenda item is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an agenda item has no title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown agenda item kind &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agenda item &quot;%1&quot; has an invalid id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agenda item &quot;%1&quot; needs a duration between 1 minute and 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agenda item &quot;%1&quot; has a negative warning time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the agenda has no items</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::AgendaModel</name>
    <message>
        <source>Agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::Error</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 already exists and was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Moderato session file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Moderato. It was not opened and not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session file is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session file could not be read or written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input/output error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the input: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not possible now: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::ReplayScript</name>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quote is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time (M:SS or H:MM:SS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the time goes backwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an action is missing after the time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot;; known actions: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong number of arguments for &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goto needs an item number from 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extend needs +M or -M minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is nothing to re-balance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::Session</name>
    <message>
        <source>the session file holds no session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the session has ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is the last agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is the first agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no such agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the agenda has items 1 to %1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::SessionDefinition</name>
    <message>
        <source>the session has no title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speakers and audience input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary and key takeaways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New workshop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::SessionState</name>
    <message>
        <source>event %1 is older than the event before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the session log does not start with the session&apos;s definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no such agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a block, not a single item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the session is defined twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the session has ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the clock has already started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the clock is not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the clock is not paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already the current item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an agenda item cannot be shorter than one minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the re-balanced plan is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the re-balanced plan is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the clock has not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown event &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::SessionStats</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned %1, actual %2, paused %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%2  planned %3  actual %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The moderator&apos;s console for multi-stakeholder workshops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the built-in demo workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render the console to PNG files in DIR without showing a window, then exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the interface (en, ar, de, es, fr, pt_BR, ru, zh_CN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LANG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the time of the first paint and exit (start-up benchmark).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A session file to open (.moderato).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[FILE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot;; available: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open one session file at a time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go to agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a copy of the session file and continue in the copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start or pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start or &amp;resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add one &amp;minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove one m&amp;inute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-&amp;balance the agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End the session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mute chimes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Moderato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>−1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projected end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Against plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No session is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started: press Space to start the clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: end of the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Running %1 behind. Shorten %n item(s) not yet started so the session ends on time; the summary keeps its time.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Even so, the session ends %1 late.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to re-balance: the session is on time or no item can be shortened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (demo, kept only until you quit; use Save as to keep it) — Moderato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the demo workshop in a temporary file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 — Moderato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderato sessions (*.moderato)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save session as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the session now? The clock stops for good; the record stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Moderato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderato %1
The moderator&apos;s console for multi-stakeholder workshops.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
