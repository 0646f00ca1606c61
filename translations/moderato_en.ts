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
        <source>Commands:
  replay SCRIPT -o SESSION [--from SESSION] [--force]
                 Apply a timed script of moderator actions to a new session
                 (built from the demo workshop, or from --from SESSION).
  stats SESSION [--json]
                 Planned and actual time of the session and of each agenda item.
Run &apos;moderato-cli COMMAND --help&apos; for the options of a command.</source>
        <translation>Commands:
  replay SCRIPT -o SESSION [--from SESSION] [--force]
                 Apply a timed script of moderator actions to a new session
                 (built from the demo workshop, or from --from SESSION).
  stats SESSION [--json]
                 Planned and actual time of the session and of each agenda item.
Run &apos;moderato-cli COMMAND --help&apos; for the options of a command.</translation>
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
        <source>replay or stats</source>
        <translation>replay or stats</translation>
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
        <source>Wrote %1 (%n action(s))</source>
        <translation>
            <numerusform>Wrote %1 (%n action)</numerusform>
            <numerusform>Wrote %1 (%n actions)</numerusform>
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
        <source>%1 is not a Moderato session file.</source>
        <translation>%1 is not a Moderato session file.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Moderato. It was not opened and not changed.</source>
        <translation>%1 was written by a newer version of Moderato. It was not opened and not changed.</translation>
    </message>
    <message>
        <source>The session file is damaged: %1</source>
        <translation>The session file is damaged: %1</translation>
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
        <source>there is nothing to re-balance</source>
        <translation>there is nothing to re-balance</translation>
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
</context>
<context>
    <name>core::SessionDefinition</name>
    <message>
        <source>the session has no title</source>
        <translation>the session has no title</translation>
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
        <source>Introduction</source>
        <translation>Introduction</translation>
    </message>
    <message>
        <source>Speakers and audience input</source>
        <translation>Speakers and audience input</translation>
    </message>
    <message>
        <source>Summary and key takeaways</source>
        <translation>Summary and key takeaways</translation>
    </message>
    <message>
        <source>New workshop</source>
        <translation>New workshop</translation>
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
        <source>unknown event &quot;%1&quot;</source>
        <translation>unknown event &quot;%1&quot;</translation>
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
        <translation type="unfinished">Moderato</translation>
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
        <source>Running %1 behind. Shorten %n item(s) not yet started so the session ends on time; the summary keeps its time.</source>
        <translation>
            <numerusform>Running %1 behind. Shorten %n item not yet started so the session ends on time; the summary keeps its time.</numerusform>
            <numerusform>Running %1 behind. Shorten %n items not yet started so the session ends on time; the summary keeps its time.</numerusform>
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
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
