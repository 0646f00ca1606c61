<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Cli</name>
    <message>
        <source>Try &apos;moderato-cli --help&apos;.</source>
        <translation>请尝试运行“moderato-cli --help”。</translation>
    </message>
    <message>
        <source>Moderato on the command line: works on .moderato session files.</source>
        <translation>命令行版 Moderato：处理 .moderato 会议文件。</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>显示版本。</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>未知命令“%1”</translation>
    </message>
    <message>
        <source>Apply a timed replay script to a new session file.</source>
        <translation>将带时间标记的 replay 脚本应用到新的会议文件。</translation>
    </message>
    <message>
        <source>The session file to write.</source>
        <translation>要写入的会议文件。</translation>
    </message>
    <message>
        <source>SESSION</source>
        <translation>SESSION</translation>
    </message>
    <message>
        <source>Build the new session from this session&apos;s plan.</source>
        <translation>按照此会议的计划创建新会议。</translation>
    </message>
    <message>
        <source>Replace the output file if it exists.</source>
        <translation>如果输出文件已存在，则替换它。</translation>
    </message>
    <message>
        <source>The replay script.</source>
        <translation>replay 脚本。</translation>
    </message>
    <message>
        <source>replay needs exactly one script</source>
        <translation>replay 需要且只需要一个脚本</translation>
    </message>
    <message>
        <source>replay needs -o SESSION</source>
        <translation>replay 需要 -o SESSION</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%Ln action(s))</source>
        <translation>
            <numerusform>已写入 %1（%Ln 个操作）</numerusform>
        </translation>
    </message>
    <message>
        <source>Print planned and actual times of a session.</source>
        <translation>输出会议的计划时间和实际时间。</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>以 JSON 格式输出。</translation>
    </message>
    <message>
        <source>The session file.</source>
        <translation>会议文件。</translation>
    </message>
    <message>
        <source>stats needs exactly one session file</source>
        <translation>stats 需要且只需要一个会议文件</translation>
    </message>
    <message>
        <source>Print a session&apos;s event log as JSON Lines.</source>
        <translation>以 JSON Lines 格式输出会议的事件日志。</translation>
    </message>
    <message>
        <source>export-log needs exactly one session file</source>
        <translation>export-log 需要且只需要一个会议文件</translation>
    </message>
    <message>
        <source>Rebuild a session file from an event log in JSON Lines.</source>
        <translation>根据 JSON Lines 格式的事件日志重建会议文件。</translation>
    </message>
    <message>
        <source>The event log (JSON Lines).</source>
        <translation>事件日志（JSON Lines）。</translation>
    </message>
    <message>
        <source>import-log needs exactly one log file</source>
        <translation>import-log 需要且只需要一个日志文件</translation>
    </message>
    <message>
        <source>import-log needs -o SESSION</source>
        <translation>import-log 需要 -o SESSION</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%Ln event(s))</source>
        <translation>
            <numerusform>已写入 %1（%Ln 个事件）</numerusform>
        </translation>
    </message>
    <message>
        <source>Draft a discussion summary, key takeaways, calls to action and topics from a transcript (one turn a line as &quot;Speaker: text&quot;, or the live-captioning style with &quot;&gt;&gt;&quot; turn markers).</source>
        <translation>根据记录稿起草讨论总结、主要结论、行动呼吁和议题（每行一段发言，格式为“Speaker: text”；或采用实时字幕格式，以“&gt;&gt;”标记每段发言）。</translation>
    </message>
    <message>
        <source>The rapporteur&apos;s notes, one a line; #takeaway and #action weigh most.</source>
        <translation>报告员的笔记，每行一条；#takeaway 和 #action 的权重最高。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>The most words the summary may have (default %1).</source>
        <translation>总结最多可包含的词数（默认 %1）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>The transcript.</source>
        <translation>记录稿。</translation>
    </message>
    <message>
        <source>summarize needs exactly one transcript</source>
        <translation>summarize 需要且只需要一个记录稿</translation>
    </message>
    <message>
        <source>--words needs a number from 10 to 10000</source>
        <translation>--words 需要 10 到 10000 之间的数字</translation>
    </message>
    <message>
        <source>md, html, odt or pdf.</source>
        <translation>md、html、odt 或 pdf。</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>The report file to write.</source>
        <translation>要写入的报告文件。</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>OUT</translation>
    </message>
    <message>
        <source>report needs exactly one session file</source>
        <translation>report 需要且只需要一个会议文件</translation>
    </message>
    <message>
        <source>report needs --format md, html, odt or pdf</source>
        <translation>report 需要 --format md、html、odt 或 pdf</translation>
    </message>
    <message>
        <source>report needs -o OUT</source>
        <translation>report 需要 -o OUT</translation>
    </message>
    <message>
        <source>Read an IGF workshop proposal (plain text, as copied from the IGF website) and print the session it describes as JSON. What could not be read is reported as warnings on standard error.</source>
        <translation>读取 IGF 研讨会提案（从 IGF 网站复制的纯文本），并以 JSON 格式输出其描述的会议。无法读取的内容会作为警告输出到标准错误。</translation>
    </message>
    <message>
        <source>Also create this session file.</source>
        <translation>同时创建此会议文件。</translation>
    </message>
    <message>
        <source>The proposal, a UTF-8 text file.</source>
        <translation>提案，一个 UTF-8 文本文件。</translation>
    </message>
    <message>
        <source>import-proposal needs exactly one proposal file</source>
        <translation>import-proposal 需要且仅需要一个提案文件</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Write the briefing pack of a session for its speakers and co-moderators.</source>
        <translation>将会议的简报材料写入文件，供发言人和联合主持人使用。</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>要写入的文件。</translation>
    </message>
    <message>
        <source>When the session starts (default 09:00).</source>
        <translation>会议开始时间（默认 09:00）。</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <source>The day of the session.</source>
        <translation>会议日期。</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Leave out the prepared questions.</source>
        <translation>不包含预备问题。</translation>
    </message>
    <message>
        <source>briefing needs exactly one session file</source>
        <translation>briefing 需要且只需要一个会议文件</translation>
    </message>
    <message>
        <source>briefing needs --format md, html, odt or pdf</source>
        <translation>briefing 需要 --format md、html、odt 或 pdf</translation>
    </message>
    <message>
        <source>briefing needs -o OUT</source>
        <translation>briefing 需要 -o OUT</translation>
    </message>
    <message>
        <source>--start needs a time such as 14:30</source>
        <translation>--start 需要一个时间，例如 14:30</translation>
    </message>
    <message>
        <source>--date needs a day such as 2019-11-26</source>
        <translation>--date 需要一个日期，例如 2019-11-26</translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation>%1 不是文件</translation>
    </message>
    <message>
        <source>Run commands on a session file, in order; each records one event. A refused command stops the run; those before it stay recorded.</source>
        <translation>按顺序对会议文件执行命令；每条命令记录一个事件。某条命令被拒绝时即停止运行；此前的命令仍保留在记录中。</translation>
    </message>
    <message>
        <source>The role to act in (default onsite_moderator).</source>
        <translation>以哪个角色执行（默认 onsite_moderator）。</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLE</translation>
    </message>
    <message>
        <source>A command as JSON, e.g. {&quot;command&quot;: &quot;start&quot;}.</source>
        <translation>JSON 格式的命令，例如 {&quot;command&quot;: &quot;start&quot;}。</translation>
    </message>
    <message>
        <source>command needs a session file and at least one command</source>
        <translation>command 需要一个会议文件和至少一条命令</translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot;; roles: %2</source>
        <translation>未知角色“%1”；可用角色：%2</translation>
    </message>
    <message>
        <source>command %1 is not a JSON object</source>
        <translation>第 %1 条命令不是 JSON 对象</translation>
    </message>
    <message>
        <source>command %1: %2</source>
        <translation>第 %1 条命令：%2</translation>
    </message>
    <message>
        <source>command %1 (%2): %3</source>
        <translation>第 %1 条命令（%2）：%3</translation>
    </message>
    <message>
        <source>List every command a session takes, its fields and who may issue it.</source>
        <translation>列出会议接受的所有命令、其字段以及谁可以发出这些命令。</translation>
    </message>
    <message>
        <source>commands takes no arguments</source>
        <translation>commands 不接受参数</translation>
    </message>
    <message>
        <source>roles: %1</source>
        <translation>角色：%1</translation>
    </message>
    <message>
        <source>Share a session with other devices (co-moderator, online moderator, rapporteur, observer) without a window. Prints one join address per role, then serves until the time is up or it is interrupted. The join codes are kept in the session file, so restarting shares with the same codes.</source>
        <translation>无需窗口即可与其他设备（联合主持人、线上主持人、报告员、观察员）共享会议。为每个角色输出一个加入地址，然后持续提供服务，直到时间结束或被中断。加入码保存在会议文件中，因此重新启动后仍使用相同的加入码共享。</translation>
    </message>
    <message>
        <source>The address and port to listen on (default: every address of this machine, port %1).</source>
        <translation>要监听的地址和端口（默认：本机的所有地址，端口 %1）。</translation>
    </message>
    <message>
        <source>ADDRESS:PORT</source>
        <translation>ADDRESS:PORT</translation>
    </message>
    <message>
        <source>Stop after this many seconds.</source>
        <translation>在指定秒数后停止。</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <source>Make new join codes (devices with the old ones cannot join).</source>
        <translation>生成新的加入码（持有旧加入码的设备将无法加入）。</translation>
    </message>
    <message>
        <source>share needs exactly one session file</source>
        <translation>share 需要且只需要一个会议文件</translation>
    </message>
    <message>
        <source>--listen needs ADDRESS:PORT, e.g. 127.0.0.1:%1</source>
        <translation>--listen 需要 ADDRESS:PORT，例如 127.0.0.1:%1</translation>
    </message>
    <message>
        <source>--for needs a number of seconds</source>
        <translation>--for 需要一个秒数</translation>
    </message>
    <message>
        <source>Sharing %1 on port %2.</source>
        <translation>正在端口 %2 上共享 %1。</translation>
    </message>
    <message>
        <source>Devices: %1</source>
        <translation>设备：%1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Join a shared session and send a replay script&apos;s actions as this device&apos;s commands, in order, each when the host has answered the one before. Prints each refusal; the exit code is 1 if any was refused.</source>
        <translation>加入共享会议，并将 replay 脚本中的操作作为本设备的命令按顺序发送，每条命令都在主机答复上一条后再发送。输出每次拒绝；如有任何命令被拒绝，退出码为 1。</translation>
    </message>
    <message>
        <source>The name this device joins with.</source>
        <translation>本设备加入时使用的名称。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Give up after this many seconds (default 30).</source>
        <translation>在指定秒数后放弃（默认 30）。</translation>
    </message>
    <message>
        <source>The join address, moderato://HOST:PORT/CODE.</source>
        <translation>加入地址，格式为 moderato://HOST:PORT/CODE。</translation>
    </message>
    <message>
        <source>The word replay, then the script.</source>
        <translation>单词 replay，后接脚本。</translation>
    </message>
    <message>
        <source>join needs ADDRESS replay SCRIPT</source>
        <translation>join 需要 ADDRESS replay SCRIPT</translation>
    </message>
    <message>
        <source>join needs --name NAME</source>
        <translation>join 需要 --name NAME</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds</source>
        <translation>--timeout 需要一个秒数</translation>
    </message>
    <message>
        <source>line %1: refused: %2</source>
        <translation>第 %1 行：被拒绝：%2</translation>
    </message>
    <message>
        <source>Joined as %1.</source>
        <translation>已以 %1 身份加入。</translation>
    </message>
    <message>
        <source>line %1: %2 done</source>
        <translation>第 %1 行：%2 已完成</translation>
    </message>
    <message>
        <source>The host refused: %1</source>
        <translation>主机拒绝：%1</translation>
    </message>
    <message numerus="yes">
        <source>Gave up after %Ln second(s).</source>
        <translation>
            <numerusform>%Ln 秒后放弃。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is larger than 4 MiB, too large for a replay script</source>
        <translation>%1 大于 4 MiB，作为回放脚本过大</translation>
    </message>
    <message>
        <source>Encrypt the connections (wss://) with this PEM certificate; a self-signed one will do (the join addresses carry its fingerprint). Needs --tls-key.</source>
        <translation>使用此 PEM 证书加密连接（wss://）；自签名证书即可（加入地址中包含其指纹）。需要同时指定 --tls-key。</translation>
    </message>
    <message>
        <source>The PEM private key of --tls-cert.</source>
        <translation>--tls-cert 所指定证书的 PEM 私钥。</translation>
    </message>
    <message>
        <source>--tls-cert and --tls-key go together</source>
        <translation>--tls-cert 和 --tls-key 必须同时指定</translation>
    </message>
    <message>
        <source>roles: none (a participant&apos;s phone sends it, through the phone host)</source>
        <translation>角色：无（由参与者的手机经手机主机发送）</translation>
    </message>
    <message>
        <source>Also serve the participants&apos; page on this port of the same address (0: any free port) and open joining from phones; prints its address and the room PIN.</source>
        <translation>同时在同一地址的此端口上提供参与者页面（0：任意空闲端口），并开放手机加入；输出页面地址和会场 PIN 码。</translation>
    </message>
    <message>
        <source>PORT</source>
        <translation>PORT</translation>
    </message>
    <message>
        <source>Make a new room PIN for phones.</source>
        <translation>为手机生成新的会场 PIN 码。</translation>
    </message>
    <message>
        <source>--phones needs a port number (0: any free port)</source>
        <translation>--phones 需要一个端口号（0：任意空闲端口）</translation>
    </message>
    <message>
        <source>--renew-pin goes with --phones</source>
        <translation>--renew-pin 需与 --phones 一起使用</translation>
    </message>
    <message>
        <source>Room PIN: %1</source>
        <translation>会场 PIN 码：%1</translation>
    </message>
    <message>
        <source>Phones connected: %1</source>
        <translation>已连接的手机：%1</translation>
    </message>
    <message>
        <source>import-proposal, replay, stats, export-log, import-log, summarize, transcript, report, briefing, command, commands, share or join</source>
        <translation>import-proposal、replay、stats、export-log、import-log、summarize、transcript、report、briefing、command、commands、share 或 join</translation>
    </message>
    <message>
        <source>The transcript&apos;s language: %1 (default: found from the text).</source>
        <translation>记录稿的语言：%1（默认：根据文本识别）。</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>--language needs one of %1</source>
        <translation>--language 需要以下值之一：%1</translation>
    </message>
    <message>
        <source>Import a transcript into a session, as the report dialog does: plain text (&quot;Speaker: text&quot; lines or the live-captioning style with &quot;&gt;&gt;&quot; turn markers), SRT or WebVTT captions. The captions&apos; times are placed on the session&apos;s clock: the file&apos;s 00:00 is when the clock was first started, unless --offset says at what time of day it was.</source>
        <translation>像报告对话框一样将记录稿导入会议：纯文本（“Speaker: text”格式的行，或以“&gt;&gt;”标记每段发言的实时字幕格式）、SRT 或 WebVTT 字幕。字幕的时间会对应到会议时钟上：文件的 00:00 即时钟首次启动的时刻，除非 --offset 指明它对应一天中的哪个时间。</translation>
    </message>
    <message>
        <source>The time of day, on the session&apos;s day and in local time, that the file&apos;s 00:00 corresponds to.</source>
        <translation>文件的 00:00 所对应的时刻（会议当天，当地时间）。</translation>
    </message>
    <message>
        <source>HH:MM[:SS]</source>
        <translation>HH:MM[:SS]</translation>
    </message>
    <message>
        <source>The file&apos;s 00:00 is when the clock was first started (the default once the session has started).</source>
        <translation>文件的 00:00 即时钟首次启动的时刻（会议开始后的默认设置）。</translation>
    </message>
    <message>
        <source>What to do: import.</source>
        <translation>要执行的操作：import。</translation>
    </message>
    <message>
        <source>transcript needs import SESSION FILE</source>
        <translation>transcript 需要 import SESSION FILE</translation>
    </message>
    <message>
        <source>--offset and --at-start cannot go together</source>
        <translation>--offset 和 --at-start 不能同时使用</translation>
    </message>
    <message>
        <source>--offset needs a time of day such as 14:30 or 14:30:15</source>
        <translation>--offset 需要一天中的某个时间，例如 14:30 或 14:30:15</translation>
    </message>
    <message>
        <source>the session has not started, so the transcript&apos;s times cannot be placed; leave out --offset and --at-start to import it without placing them</source>
        <translation>会议尚未开始，因此无法在会议时钟上定位记录稿的时间；请省略 --offset 和 --at-start，以便在不定位时间的情况下导入</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln turn(s) from %1.</source>
        <translation>
            <numerusform>已从 %1 导入 %Ln 段发言。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln turn(s) with times.</source>
        <translation>
            <numerusform>%Ln 段发言带有时间。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln speaker(s) matched to participants.</source>
        <translation>
            <numerusform>%Ln 位发言者中有 %1 位已与参与者匹配。</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the IGF session report of a session, or print its participation.</source>
        <translation>写入会议的 IGF 会议报告，或输出其参与情况。</translation>
    </message>
    <message>
        <source>The workshop proposal (plain text), for the drafts (e.g. other initiatives).</source>
        <translation>研讨会提案（纯文本），供起草使用（例如其他倡议）。</translation>
    </message>
    <message>
        <source>Print the participation instead of writing a report.</source>
        <translation>输出参与情况，而不写入报告。</translation>
    </message>
    <message>
        <source>With --participation: print JSON.</source>
        <translation>与 --participation 一起使用：以 JSON 格式输出。</translation>
    </message>
    <message>
        <source>--json goes with --participation</source>
        <translation>--json 需与 --participation 一起使用</translation>
    </message>
    <message>
        <source>%1: not a workshop proposal in plain text (at most 2 MB)</source>
        <translation>%1：不是纯文本格式的研讨会提案（最大 2 MB）</translation>
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
        <translation>命令：
  import-proposal FILE [-o SESSION] [--force]
                 读取 IGF 研讨会提案（纯文本），并以 JSON 格式输出；
                 使用 -o 时，还会据此创建会议文件。
  replay SCRIPT -o SESSION [--from SESSION] [--force]
                 将带时间标记的主持人操作脚本应用到新会议
                 （基于演示研讨会创建，或基于 --from SESSION 创建）。
  stats SESSION [--json]
                 会议及每个议程项的计划时间和实际时间；
                 按人员、利益相关方群体、地区、性别、参与方式统计的发言时间。
  export-log SESSION
                 以 JSON Lines 格式输出会议的事件日志。
  import-log JSONL -o SESSION [--force]
                 根据事件日志重建会议文件。
  summarize TRANSCRIPT [--notes FILE] [--words N] [--language CODE] [--json]
                 起草讨论总结、主要结论、行动呼吁和议题。
  transcript import SESSION FILE [--offset HH:MM[:SS] | --at-start]
                 将记录稿（纯文本、SRT 或 WebVTT）导入会议；带时间的发言
                 会放入相应的议程项，发言者会与人员匹配。
  report SESSION --format md|html|odt|pdf -o OUT [--proposal FILE] [--sources] [--force]
                 IGF 会议报告（提供提案时，草稿还会
                 参考提案中的描述；使用 --sources 时，以编号注释
                 列出每个草稿条目的来源）。
  report SESSION --participation [--json]
                 输出参与情况：报告员填写的数字；若未填写，
                 则为根据参与者估算的人数。
  briefing SESSION --format md|html|odt|pdf -o OUT [--start HH:MM] [--no-questions]
                 面向发言人和联合主持人的简报材料。
  command SESSION JSON... [--as ROLE]
                 对会议执行命令，每条形如 {&quot;command&quot;: NAME, ...}，各记录一个事件。
  commands [--json]
                 列出所有命令、其字段以及可以发出这些命令的角色。
  share SESSION [--listen ADDRESS:PORT] [--for SECONDS] [--phones PORT]
                 无需窗口即可与其他设备共享会议；输出每个
                 角色的加入地址（使用 --phones 时还输出参与者页面和 PIN 码）。
  join ADDRESS --name NAME replay SCRIPT
                 加入共享会议，并将 replay 脚本中的操作作为命令发送。
运行“moderato-cli COMMAND --help”可查看某个命令的选项。</translation>
    </message>
    <message>
        <source>Number the drafted key takeaways and calls to action and list where each comes from (who, agenda item, time, note or transcript line).</source>
        <translation>为起草的主要结论和行动呼吁编号，并列出每一条的来源（发言者、议程项、时间、笔记或记录稿行）。</translation>
    </message>
    <message>
        <source>report --participation writes no file: leave out --format, -o, --proposal and --sources</source>
        <translation>report --participation 不写入文件：请省略 --format、-o、--proposal 和 --sources</translation>
    </message>
</context>
<context>
    <name>CommandCatalogue</name>
    <message>
        <source>unknown command</source>
        <translation>未知命令</translation>
    </message>
</context>
<context>
    <name>core::Agenda</name>
    <message>
        <source>agenda items are nested too deeply</source>
        <translation>议程项嵌套层级过深</translation>
    </message>
    <message>
        <source>an agenda item is not an object</source>
        <translation>某个议程项不是对象</translation>
    </message>
    <message>
        <source>an agenda item has no title</source>
        <translation>某个议程项没有标题</translation>
    </message>
    <message>
        <source>unknown agenda item kind &quot;%1&quot;</source>
        <translation>未知的议程项类型“%1”</translation>
    </message>
    <message>
        <source>agenda item &quot;%1&quot; has an invalid id</source>
        <translation>议程项“%1”的 ID 无效</translation>
    </message>
    <message>
        <source>agenda item &quot;%1&quot; needs a duration between 1 minute and 24 hours</source>
        <translation>议程项“%1”的时长必须在 1 分钟到 24 小时之间</translation>
    </message>
    <message>
        <source>agenda item &quot;%1&quot; has a negative warning time</source>
        <translation>议程项“%1”的提醒时间为负数</translation>
    </message>
    <message>
        <source>the agenda has no items</source>
        <translation>议程中没有任何议程项</translation>
    </message>
    <message>
        <source>break-out item &quot;%1&quot;: %2</source>
        <translation>分组讨论项“%1”：%2</translation>
    </message>
    <message>
        <source>a report-back needs a time limit between 10 seconds and an hour</source>
        <translation>汇报时限须在 10 秒到 1 小时之间</translation>
    </message>
    <message>
        <source>the report-back order is not a list of groups</source>
        <translation>汇报顺序不是小组列表</translation>
    </message>
    <message>
        <source>more than %1 groups</source>
        <translation>小组数超过 %1 个</translation>
    </message>
    <message>
        <source>a group has no name</source>
        <translation>某个小组没有名称</translation>
    </message>
    <message>
        <source>the group &quot;%1&quot; has an invalid id</source>
        <translation>小组“%1”的 ID 无效</translation>
    </message>
    <message>
        <source>the group &quot;%1&quot; names an invalid policy question</source>
        <translation>小组“%1”指定了无效的政策问题</translation>
    </message>
    <message>
        <source>the group &quot;%1&quot; lists someone who is not a participant</source>
        <translation>小组“%1”列出了非参与者的人员</translation>
    </message>
    <message>
        <source>participant %1 is in two groups</source>
        <translation>参与者 %1 同时在两个小组中</translation>
    </message>
    <message>
        <source>participant %1 leads one group and is a member of another</source>
        <translation>参与者 %1 带领一个小组，同时又是另一个小组的成员</translation>
    </message>
    <message>
        <source>agenda item &quot;%1&quot; has groups but is not a break-out</source>
        <translation>议程项“%1”设有小组，但不是分组讨论项</translation>
    </message>
    <message>
        <source>the break-out item &quot;%1&quot; cannot have items of its own</source>
        <translation>分组讨论项“%1”不能包含子项</translation>
    </message>
    <message>
        <source>Break-out</source>
        <translation>分组讨论</translation>
    </message>
    <message>
        <source>there is no such break-out item</source>
        <translation>没有该分组讨论项</translation>
    </message>
</context>
<context>
    <name>core::AgendaModel</name>
    <message>
        <source>Agenda item</source>
        <translation>议程项</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
</context>
<context>
    <name>core::AgendaTemplates</name>
    <message>
        <source>Presentations</source>
        <translation>演讲</translation>
    </message>
    <message>
        <source>Panel presentations</source>
        <translation>小组嘉宾演讲</translation>
    </message>
    <message>
        <source>Audience questions and answers</source>
        <translation>听众问答</translation>
    </message>
    <message>
        <source>Round of interventions</source>
        <translation>轮流发言</translation>
    </message>
    <message>
        <source>Open discussion in groups</source>
        <translation>分组开放讨论</translation>
    </message>
    <message>
        <source>Report back from the groups</source>
        <translation>各组汇报</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>开场介绍</translation>
    </message>
    <message>
        <source>Speaker %1</source>
        <translation>发言人 %1</translation>
    </message>
    <message>
        <source>Audience input</source>
        <translation>听众发言</translation>
    </message>
    <message>
        <source>Speakers and audience input</source>
        <translation>发言人与听众发言</translation>
    </message>
    <message>
        <source>Presentations and audience input</source>
        <translation>演讲与听众发言</translation>
    </message>
    <message>
        <source>Open discussion</source>
        <translation>开放讨论</translation>
    </message>
    <message>
        <source>Summary and key takeaways</source>
        <translation>总结与主要结论</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>会议</translation>
    </message>
</context>
<context>
    <name>core::AudienceState</name>
    <message>
        <source>event %1 is not about participants&apos; phones</source>
        <translation>事件 %1 与参与者的手机无关</translation>
    </message>
    <message>
        <source>an event names the phone &quot;%1&quot;, which did not join</source>
        <translation>某个事件提到了手机“%1”，但该手机并未加入</translation>
    </message>
    <message>
        <source>a phone&apos;s id is 1 to 32 characters</source>
        <translation>手机 ID 须为 1 至 32 个字符</translation>
    </message>
    <message>
        <source>the phone &quot;%1&quot; joined twice</source>
        <translation>手机“%1”加入了两次</translation>
    </message>
    <message>
        <source>no phone &quot;%1&quot; joined</source>
        <translation>手机“%1”未加入</translation>
    </message>
    <message>
        <source>a phone&apos;s limits are 0 to 60 minutes between questions and 1 to 100 waiting questions</source>
        <translation>手机的限制须为：两次提问间隔 0 至 60 分钟，等待中的问题 1 至 100 个</translation>
    </message>
    <message>
        <source>questions in the inbox are out of order</source>
        <translation>收件箱中问题的顺序错乱</translation>
    </message>
    <message>
        <source>no question %1 in the inbox</source>
        <translation>收件箱中没有问题 %1</translation>
    </message>
    <message>
        <source>question %1 was already answered</source>
        <translation>问题 %1 已处理</translation>
    </message>
    <message>
        <source>a question is accepted as read, display or bank, not &quot;%1&quot;</source>
        <translation>问题的采纳方式须为 read、display 或 bank，而不是“%1”</translation>
    </message>
    <message>
        <source>a reaction is agree, disagree or comment, not &quot;%1&quot;</source>
        <translation>反应须为 agree、disagree 或 comment，而不是“%1”</translation>
    </message>
    <message>
        <source>shared takeaways are out of order</source>
        <translation>参与者分享的结论顺序错乱</translation>
    </message>
</context>
<context>
    <name>core::BreakOutAssigner</name>
    <message>
        <source>%1 and %2</source>
        <comment>the last two of a list</comment>
        <translation>%1和%2</translation>
    </message>
    <message>
        <source>the break-out item has no groups to assign people to</source>
        <translation>该分组讨论项没有可分配人员的小组</translation>
    </message>
    <message>
        <source>a person is named twice or has no id</source>
        <translation>有人被列出两次或没有 ID</translation>
    </message>
    <message>
        <source>there is nobody to put into groups</source>
        <translation>没有可分组的人员</translation>
    </message>
    <message>
        <source>participant %1 leads two groups; a person can lead one group only</source>
        <translation>参与者 %1 带领两个小组；每人只能带领一个小组</translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s) take part online, but no group is online: add an online group</source>
        <translation>
            <numerusform>%Ln 人在线参与，但没有线上小组：请添加一个线上小组</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s) are in the room, but every group is online: add a group in the room</source>
        <translation>
            <numerusform>%Ln 人在会场，但所有小组都在线上：请添加一个现场小组</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln online group(s) for %1 people online: there are more groups than people</source>
        <translation>
            <numerusform>%Ln 个线上小组，而线上只有 %1 人：小组数多于人数</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln group(s) in the room for %1 people there: there are more groups than people</source>
        <translation>
            <numerusform>%Ln 个现场小组，而会场只有 %1 人：小组数多于人数</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the group &quot;%1&quot; has more leaders than its share of %Ln person(s)</source>
        <translation>
            <numerusform>按其 %Ln 人的份额，小组“%1”的带领人过多</numerusform>
        </translation>
    </message>
    <message>
        <source>this person is already in the group &quot;%1&quot;</source>
        <translation>此人已在小组“%1”中</translation>
    </message>
    <message>
        <source>no group is online: add an online group for people who join online</source>
        <translation>没有线上小组：请为线上参与者添加一个线上小组</translation>
    </message>
    <message>
        <source>every group is online: add a group in the room</source>
        <translation>所有小组都在线上：请添加一个现场小组</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>group counts: in the room, then online</comment>
        <translation>%1和%2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln group(s) of %1 in the room</source>
        <translation>
            <numerusform>%Ln 个现场小组，每组 %1 人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln online group(s) of %1</source>
        <translation>
            <numerusform>%Ln 个线上小组，每组 %1 人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln group(s) of %1</source>
        <translation>
            <numerusform>%Ln 个小组，每组 %1 人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln group(s), nobody in them yet</source>
        <translation>
            <numerusform>%Ln 个小组，目前尚无成员</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; the stakeholder groups&apos; numbers differ by at most %Ln between groups.</source>
        <translation>
            <numerusform>%1；各小组之间利益相关方群体的人数相差不超过 %Ln。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; each has at least one person from %2.</source>
        <translation>%1；每组至少有一人来自 %2。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln person&apos;s own choice could not be kept: the group was full.</source>
        <comment>plural: people&apos;s own choices</comment>
        <translation>
            <numerusform>有 %Ln 人的自选小组因已满员而未能保留。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>core::Briefing</name>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>after &quot;%1&quot;</source>
        <translation>“%1”之后</translation>
    </message>
    <message>
        <source>after %1&apos;s presentation</source>
        <translation>%1 演讲之后</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>向 %1 提问</translation>
    </message>
    <message>
        <source>Briefing for speakers and co-moderators</source>
        <translation>发言人及联合主持人简报</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>会议形式</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Organizers</source>
        <translation>组织者</translation>
    </message>
    <message>
        <source>Onsite moderator</source>
        <translation>现场主持人</translation>
    </message>
    <message>
        <source>Online moderator</source>
        <translation>线上主持人</translation>
    </message>
    <message>
        <source>Rapporteur</source>
        <translation>报告员</translation>
    </message>
    <message>
        <source>Policy questions</source>
        <translation>政策问题</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>议程</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>议程项</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Speaking order</source>
        <translation>发言顺序</translation>
    </message>
    <message>
        <source>No invited speakers yet.</source>
        <translation>暂无特邀发言人。</translation>
    </message>
    <message>
        <source>%1, from %2</source>
        <translation>%1，%2 开始</translation>
    </message>
    <message>
        <source>The empty chair</source>
        <translation>空椅子</translation>
    </message>
    <message>
        <source>An empty chair stands next to the speakers. The moderator invites the audience to take it to bring new perspectives or to challenge the speakers; the online moderator takes it on behalf of online participants whenever they wish to join.</source>
        <translation>发言人旁边放着一把空椅子。主持人邀请听众坐上空椅子，带来新的视角或向发言人提出质疑；线上参与者希望加入时，由线上主持人代为坐上空椅子。</translation>
    </message>
    <message>
        <source>How online participants join</source>
        <translation>线上参与者如何加入</translation>
    </message>
    <message>
        <source>The proposal does not say; agree on it with the online moderator.</source>
        <translation>提案中未说明；请与线上主持人商定。</translation>
    </message>
    <message>
        <source>Discussion facilitation</source>
        <translation>讨论引导</translation>
    </message>
    <message>
        <source>Prepared questions</source>
        <translation>预备问题</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>暂无。</translation>
    </message>
</context>
<context>
    <name>core::CaptionFeed</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <extracomment>%1 is a file name, %2 why it cannot be read</extracomment>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>core::CommandCatalogue</name>
    <message>
        <source>&quot;participant&quot; must be a whole number</source>
        <translation>“participant”必须是整数</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be text</source>
        <translation>“%1”必须是文本</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs &quot;%2&quot;</source>
        <translation>“%1”需要“%2”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be: %2</source>
        <extracomment>%2 is a kind of value: integer, duration, boolean, text, list or object</extracomment>
        <translation>“%1”必须是 %2 类型</translation>
    </message>
    <message>
        <source>a participant&apos;s id is positive</source>
        <translation>参与者的 ID 必须为正数</translation>
    </message>
    <message>
        <source>say who: a participant&apos;s id or a name</source>
        <translation>请指明是谁：参与者的 ID 或姓名</translation>
    </message>
    <message>
        <source>a channel is onsite, online or hub, not &quot;%1&quot;</source>
        <translation>参与方式须为 onsite、online 或 hub，而不是“%1”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a positive number</source>
        <translation>“%1”必须是正数</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>未知命令“%1”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes no &quot;%2&quot;</source>
        <translation>“%1”不接受“%2”</translation>
    </message>
    <message>
        <source>extend by some time, not zero</source>
        <translation>延长的时间不能为零</translation>
    </message>
    <message>
        <source>pages count from 0</source>
        <translation>页码从 0 开始</translation>
    </message>
    <message>
        <source>participation counts are not negative</source>
        <translation>参与人数不能为负数</translation>
    </message>
    <message>
        <source>name a file</source>
        <translation>请指定文件</translation>
    </message>
    <message>
        <source>onsite moderator</source>
        <translation>现场主持人</translation>
    </message>
    <message>
        <source>co-moderator</source>
        <translation>联合主持人</translation>
    </message>
    <message>
        <source>online moderator</source>
        <translation>线上主持人</translation>
    </message>
    <message>
        <source>rapporteur</source>
        <translation>报告员</translation>
    </message>
    <message>
        <source>observer</source>
        <translation>观察员</translation>
    </message>
    <message>
        <source>room display</source>
        <translation>会场屏幕</translation>
    </message>
    <message>
        <source>the %1 may not %2</source>
        <extracomment>%1 is a role (&quot;online moderator&quot;), %2 a command&apos;s name (&quot;chair-open&quot;).</extracomment>
        <translation>角色 %1 不能执行 %2</translation>
    </message>
    <message>
        <source>a phone&apos;s limits are 0 to 60 minutes between questions and 1 to 100 waiting questions</source>
        <translation>手机的限制须为：两次提问间隔 0 至 60 分钟，等待中的问题 1 至 100 个</translation>
    </message>
    <message>
        <source>translator</source>
        <translation>译员</translation>
    </message>
    <message>
        <source>captioner</source>
        <translation>字幕员</translation>
    </message>
    <message>
        <source>the volume is 0 to 100</source>
        <translation>音量范围为 0 到 100</translation>
    </message>
    <message>
        <source>a position in a video is not negative</source>
        <translation>视频中的位置不能为负数</translation>
    </message>
    <message>
        <source>a caption line is empty</source>
        <translation>实时字幕行为空</translation>
    </message>
</context>
<context>
    <name>core::DisplayState</name>
    <message>
        <source>unknown scene &quot;%1&quot;</source>
        <translation>未知画面“%1”</translation>
    </message>
    <message>
        <source>no media file is chosen</source>
        <translation>未选择媒体文件</translation>
    </message>
    <message>
        <source>a message has 1 to %1 characters</source>
        <translation>消息长度须为 1 至 %1 个字符</translation>
    </message>
    <message>
        <source>there is no such media file</source>
        <translation>没有该媒体文件</translation>
    </message>
    <message>
        <source>there is no such page</source>
        <translation>没有该页</translation>
    </message>
    <message>
        <source>the media file&apos;s description is not valid</source>
        <translation>媒体文件的描述无效</translation>
    </message>
    <message>
        <source>a key takeaway has 1 to %1 characters</source>
        <translation>主要结论长度须为 1 至 %1 个字符</translation>
    </message>
    <message>
        <source>there is no such key takeaway</source>
        <translation>没有该主要结论</translation>
    </message>
    <message>
        <source>unknown event &quot;%1&quot;</source>
        <translation>未知事件“%1”</translation>
    </message>
    <message>
        <source>a comment on a key takeaway has 1 to %1 characters</source>
        <translation>对主要结论的评论长度须为 1 至 %1 个字符</translation>
    </message>
    <message>
        <source>a participant&apos;s id is 1 or more (0: not named)</source>
        <translation>参与者 ID 须为 1 或以上（0：未具名）</translation>
    </message>
    <message>
        <source>subtitles are shown with their video, not on their own</source>
        <translation>字幕须随其视频一起显示，不能单独显示</translation>
    </message>
    <message>
        <source>the volume is 0 to 100</source>
        <translation>音量范围为 0 到 100</translation>
    </message>
    <message>
        <source>no video is chosen for the room display</source>
        <translation>未为会场屏幕选择视频</translation>
    </message>
    <message>
        <source>a position in a video is not negative</source>
        <translation>视频中的位置不能为负数</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code</source>
        <translation>“%1”不是语言代码</translation>
    </message>
    <message>
        <source>a glossary has at most %1 terms</source>
        <translation>术语表最多包含 %1 个术语</translation>
    </message>
    <message>
        <source>each glossary term needs an id of its own</source>
        <translation>每个术语都需要独立的 ID</translation>
    </message>
    <message>
        <source>a glossary term has 1 to %1 characters and its explanation at most %2</source>
        <translation>术语长度须为 1 至 %1 个字符，其解释最多 %2 个字符</translation>
    </message>
    <message>
        <source>there is no glossary term %1</source>
        <translation>没有术语 %1</translation>
    </message>
    <message>
        <source>there is no approved takeaway %1</source>
        <translation>没有已批准的结论 %1</translation>
    </message>
    <message>
        <source>the message&apos;s translation has no id</source>
        <translation>该消息的译文没有 ID</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not something that can be translated</source>
        <translation>“%1”不是可翻译的内容</translation>
    </message>
    <message>
        <source>a translation has at most %1 characters</source>
        <translation>译文最多 %1 个字符</translation>
    </message>
    <message>
        <source>a caption size is small, medium or large, not &quot;%1&quot;</source>
        <translation>字幕大小须为 small、medium 或 large，而不是“%1”</translation>
    </message>
    <message>
        <source>subtitles belong to a video of the session</source>
        <translation>字幕须属于本会议中的某个视频</translation>
    </message>
    <message>
        <source>only subtitles have a language</source>
        <translation>只有字幕才有语言</translation>
    </message>
    <message>
        <source>there is no policy question %1</source>
        <translation>没有政策问题 %1</translation>
    </message>
</context>
<context>
    <name>core::Error</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <source>The file %1 already exists and was left untouched.</source>
        <translation>文件 %1 已存在，未做任何改动。</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Moderato. It was not opened and not changed.</source>
        <translation>%1 由更新版本的 Moderato 写入，因此未打开，也未做更改。</translation>
    </message>
    <message>
        <source>The session file could not be read or written: %1</source>
        <translation>无法读取或写入会议文件：%1</translation>
    </message>
    <message>
        <source>Input/output error: %1</source>
        <translation>输入/输出错误：%1</translation>
    </message>
    <message>
        <source>Could not read the input: %1</source>
        <translation>无法读取输入：%1</translation>
    </message>
    <message>
        <source>Invalid argument: %1</source>
        <translation>参数无效：%1</translation>
    </message>
    <message>
        <source>Not possible now: %1</source>
        <translation>当前无法执行：%1</translation>
    </message>
    <message>
        <source>%1 is not a Moderato session file. It was left untouched.</source>
        <translation>%1 不是 Moderato 会议文件，未做任何改动。</translation>
    </message>
    <message>
        <source>The session file is damaged and was left untouched: %1</source>
        <translation>会议文件已损坏，未做任何改动：%1</translation>
    </message>
    <message>
        <source>%1 is open in another Moderato window or program, which is the only one that may write to it. Nothing was changed.</source>
        <translation>%1 已在另一个 Moderato 窗口或程序中打开，只有该窗口或程序可以写入此文件。未做任何更改。</translation>
    </message>
    <message>
        <source>%1 cannot be written (the file, its folder or the disk is read-only). Nothing was changed.</source>
        <translation>无法写入 %1（文件、其所在文件夹或磁盘为只读）。未做任何更改。</translation>
    </message>
</context>
<context>
    <name>core::EventCatalogue</name>
    <message>
        <source>it holds the event &quot;%1&quot; of event vocabulary %2; this version knows vocabulary %3</source>
        <translation>其中包含事件词汇表 %2 中的事件“%1”；此版本只支持词汇表 %3</translation>
    </message>
    <message>
        <source>it holds the event &quot;%1&quot;, which this version does not know</source>
        <translation>其中包含此版本无法识别的事件“%1”</translation>
    </message>
    <message>
        <source>the event &quot;%1&quot; lacks its field &quot;%2&quot;</source>
        <translation>事件“%1”缺少字段“%2”</translation>
    </message>
    <message>
        <source>the field &quot;%2&quot; of the event &quot;%1&quot; is not %3</source>
        <translation>事件“%1”的字段“%2”不是 %3 类型</translation>
    </message>
</context>
<context>
    <name>core::EventLog</name>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>不是 JSON 对象</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number</source>
        <translation>“%1”必须是整数</translation>
    </message>
    <message>
        <source>an event needs a &quot;type&quot; text and a &quot;data&quot; object</source>
        <translation>事件需要文本字段“type”和对象字段“data”</translation>
    </message>
    <message>
        <source>event number %1 where %2 was expected</source>
        <translation>事件编号为 %1，应为 %2</translation>
    </message>
    <message>
        <source>the log holds no events</source>
        <translation>日志中没有事件</translation>
    </message>
    <message>
        <source>the log is larger than %1, the most a log may have</source>
        <extracomment>%1 is the largest log accepted, like &quot;67.1 MB&quot;</extracomment>
        <translation>日志大于 %1，超出了日志的上限</translation>
    </message>
    <message>
        <source>longer than %1, the most one event may take</source>
        <extracomment>%1 is the longest line accepted, like &quot;33.6 MB&quot;</extracomment>
        <translation>长度超过 %1，超出了单个事件的上限</translation>
    </message>
    <message>
        <source>more than %1 events, the most a log may hold</source>
        <translation>事件超过 %1 个，超出了日志的上限</translation>
    </message>
    <message>
        <source>%1 is too large (%2); an event log may have at most %3</source>
        <extracomment>%1 is a file name, %2 its size, %3 the largest log accepted (both like &quot;67.1 MB&quot;)</extracomment>
        <translation>%1 过大（%2）；事件日志最大为 %3</translation>
    </message>
    <message>
        <source>%1 is larger than %2, the most an event log may have</source>
        <extracomment>%1 is a file name, %2 the largest log accepted (like &quot;67.1 MB&quot;)</extracomment>
        <translation>%1 大于 %2，超出了事件日志的上限</translation>
    </message>
    <message>
        <source>%1: the log was made by a newer version of Moderato</source>
        <translation>%1：该日志由更新版本的 Moderato 生成</translation>
    </message>
</context>
<context>
    <name>core::FloorState</name>
    <message>
        <source>a participant needs an id and a name</source>
        <translation>参与者需要 ID 和姓名</translation>
    </message>
    <message>
        <source>unknown channel &quot;%1&quot;</source>
        <translation>未知的参与方式“%1”</translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot;</source>
        <translation>未知角色“%1”</translation>
    </message>
    <message>
        <source>there is no such participant</source>
        <translation>没有该参与者</translation>
    </message>
    <message>
        <source>participant %1 exists already</source>
        <translation>参与者 %1 已存在</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already a participant</source>
        <translation>“%1”已是参与者</translation>
    </message>
    <message>
        <source>a turn at the floor is a speaker&apos;s or the audience&apos;s</source>
        <translation>发言只能属于发言人或听众</translation>
    </message>
    <message>
        <source>a turn needs a time limit of at least 10 seconds</source>
        <translation>发言时限至少为 10 秒</translation>
    </message>
    <message>
        <source>there is no such request to speak</source>
        <translation>没有该发言申请</translation>
    </message>
    <message>
        <source>nobody holds the floor</source>
        <translation>当前无人发言</translation>
    </message>
    <message>
        <source>requests to speak are out of order</source>
        <translation>发言申请的顺序错乱</translation>
    </message>
    <message>
        <source>%1 is already waiting to speak</source>
        <translation>%1 已在等待发言</translation>
    </message>
    <message>
        <source>the new order does not match the queue</source>
        <translation>新顺序与发言队列不一致</translation>
    </message>
    <message>
        <source>unknown queue order &quot;%1&quot;</source>
        <translation>未知的队列排序方式“%1”</translation>
    </message>
    <message>
        <source>the empty chair is already open</source>
        <translation>空椅子已开放</translation>
    </message>
    <message>
        <source>%1 is in the room: only remote participants claim the chair through the online moderator</source>
        <translation>%1 在现场：只有远程参与者才通过线上主持人申请空椅子</translation>
    </message>
    <message>
        <source>a claim on the empty chair is already waiting</source>
        <translation>已有一个空椅子申请等待处理</translation>
    </message>
    <message>
        <source>no claim on the empty chair is waiting</source>
        <translation>没有待处理的空椅子申请</translation>
    </message>
    <message>
        <source>the empty chair is not open</source>
        <translation>空椅子未开放</translation>
    </message>
    <message>
        <source>someone already sits in the empty chair</source>
        <translation>空椅子上已经有人</translation>
    </message>
    <message>
        <source>nobody sits in the empty chair</source>
        <translation>空椅子上没有人</translation>
    </message>
    <message>
        <source>%1 is not an invited speaker</source>
        <translation>%1 不是特邀发言人</translation>
    </message>
    <message>
        <source>the speaking order must list every invited speaker once</source>
        <translation>发言顺序必须列出每位特邀发言人，且每人只列一次</translation>
    </message>
    <message>
        <source>only invited speakers can be skipped</source>
        <translation>只能跳过特邀发言人</translation>
    </message>
    <message>
        <source>unknown event &quot;%1&quot;</source>
        <translation>未知事件“%1”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds the floor; end the turn before changing the roles</source>
        <translation>“%1”正在发言；请先结束本次发言，再更改角色</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has taken part in the session and stays in its record</source>
        <translation>“%1”已参与本会议，将保留在会议记录中</translation>
    </message>
    <message>
        <source>a turn&apos;s time limit can be at most one hour</source>
        <translation>发言时限最多为一小时</translation>
    </message>
    <message>
        <source>the warning time must be between 0 and 30 minutes</source>
        <translation>提醒时间必须在 0 到 30 分钟之间</translation>
    </message>
    <message>
        <source>the walk-in is not the participant of the event</source>
        <translation>临时参与者与该事件的参与者不一致</translation>
    </message>
    <message>
        <source>a walk-in is not an invited speaker</source>
        <translation>临时参与者不是特邀发言人</translation>
    </message>
    <message>
        <source>this event cannot add a participant</source>
        <translation>此事件不能添加参与者</translation>
    </message>
    <message>
        <source>a phone joined without its participant</source>
        <translation>有手机加入，但没有对应的参与者</translation>
    </message>
    <message>
        <source>a report-back names no break-out group</source>
        <translation>汇报未指定分组讨论小组</translation>
    </message>
</context>
<context>
    <name>core::MemoryStore</name>
    <message>
        <source>event %1 does not follow event %2</source>
        <translation>事件 %1 没有紧接在事件 %2 之后</translation>
    </message>
    <message>
        <source>the session is open read-only</source>
        <translation>会议以只读方式打开</translation>
    </message>
    <message>
        <source>media %1 is stored already</source>
        <translation>媒体 %1 已存储</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a file name</source>
        <translation>“%1”不是文件名</translation>
    </message>
    <message>
        <source>%1 is open here: save the copy under another name</source>
        <translation>%1 已在此处打开：请用其他名称保存副本</translation>
    </message>
</context>
<context>
    <name>core::NoteState</name>
    <message>
        <source>unknown note tag &quot;%1&quot;</source>
        <translation>未知的笔记标签“%1”</translation>
    </message>
    <message>
        <source>a note has 1 to %1 characters</source>
        <translation>笔记长度须为 1 至 %1 个字符</translation>
    </message>
    <message>
        <source>there is no such policy question</source>
        <translation>没有该政策问题</translation>
    </message>
    <message>
        <source>note %1 exists already</source>
        <translation>笔记 %1 已存在</translation>
    </message>
    <message>
        <source>a note cannot be typed after it is saved</source>
        <translation>笔记保存后不能再输入</translation>
    </message>
    <message>
        <source>there is no such note</source>
        <translation>没有该笔记</translation>
    </message>
    <message>
        <source>unknown event &quot;%1&quot;</source>
        <translation>未知事件“%1”</translation>
    </message>
</context>
<context>
    <name>core::NotesModel</name>
    <message>
        <source>%1 (empty chair)</source>
        <translation>%1（空椅子）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>core::PeopleCsv</name>
    <message>
        <source>the file has more than %1 rows</source>
        <translation>文件超过 %1 行</translation>
    </message>
    <message>
        <source>line %1: a quoted cell is not closed</source>
        <translation>第 %1 行：带引号的单元格未闭合</translation>
    </message>
    <message>
        <source>the file is larger than 5 MB</source>
        <translation>文件大于 5 MB</translation>
    </message>
    <message>
        <source>this is not a text file</source>
        <translation>这不是文本文件</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>文件不是 UTF-8 文本</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>the first row must name the columns, one of them &quot;name&quot;</source>
        <translation>第一行必须是列名，其中须有一列为“name”</translation>
    </message>
    <message>
        <source>line %1: no name; the row is skipped</source>
        <translation>第 %1 行：没有姓名；已跳过该行</translation>
    </message>
    <message>
        <source>line %1: the name is longer than 200 characters; the row is skipped</source>
        <translation>第 %1 行：姓名超过 200 个字符；已跳过该行</translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; appears twice; the later row is skipped</source>
        <translation>第 %1 行：“%2”出现了两次；已跳过后出现的行</translation>
    </message>
    <message>
        <source>line %1: a hub without a name; &quot;%2&quot; joins online</source>
        <translation>第 %1 行：远程中心没有名称；“%2”将以线上方式参与</translation>
    </message>
    <message>
        <source>line %1: unknown channel &quot;%2&quot;; &quot;%3&quot; joins onsite</source>
        <translation>第 %1 行：未知的参与方式“%2”；“%3”将以现场方式参与</translation>
    </message>
    <message>
        <source>line %1: unknown role &quot;%2&quot; is left out</source>
        <translation>第 %1 行：已忽略未知角色“%2”</translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot;: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
</context>
<context>
    <name>core::PersonEntryParser</name>
    <message>
        <source>Type the name first, then what you know of them, e.g. &quot;%1&quot;.</source>
        <translation>先输入姓名，再输入您所知道的此人信息，例如“%1”。</translation>
    </message>
    <message>
        <source>Name the remote hub after &quot;hub&quot;, e.g. &quot;%1&quot;.</source>
        <translation>在“hub”之后填写远程中心的名称，例如“%1”。</translation>
    </message>
    <message>
        <source>A name, then, after commas or slashes and in any order: stakeholder group (government, private sector, civil society, technical community, IGO), regional group (Africa, Asia-Pacific, EEG, GRULAC, WEOG), gender (woman, man, non-binary) and channel (room, online, hub NAME). Anything else is kept as the organisation.
Example: %1</source>
        <translation>先填姓名，然后用逗号或斜杠分隔、按任意顺序填写：利益相关方群体（government、private sector、civil society、technical community、IGO）、区域组（Africa、Asia-Pacific、EEG、GRULAC、WEOG）、性别（woman、man、non-binary）和参与方式（room、online、hub NAME）。其他内容均作为组织保存。
示例：%1</translation>
    </message>
</context>
<context>
    <name>core::PreparationChecks</name>
    <message>
        <source>onsite moderator</source>
        <translation>现场主持人</translation>
    </message>
    <message>
        <source>online moderator</source>
        <translation>线上主持人</translation>
    </message>
    <message>
        <source>rapporteur</source>
        <translation>报告员</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1和%2</translation>
    </message>
    <message>
        <source>%1, %2 and %3</source>
        <translation>%1、%2和%3</translation>
    </message>
    <message>
        <source>%1 is %2 at once: one person can hardly follow the room, the online participants and the notes together. Consider asking someone else to take one of these roles.</source>
        <translation>%1 同时担任%2：一个人很难同时兼顾会场、线上参与者和笔记。请考虑请其他人承担其中一个角色。</translation>
    </message>
</context>
<context>
    <name>core::ProposalImporter</name>
    <message>
        <source>The title &quot;%1&quot; has no workshop code such as &quot;IGF 2019 WS #195&quot;.</source>
        <translation>标题“%1”没有类似“IGF 2019 WS #195”的研讨会编号。</translation>
    </message>
    <message>
        <source>The organizer line &quot;%1&quot; names no person; it was left out.</source>
        <translation>组织者行“%1”未写明任何人；已跳过。</translation>
    </message>
    <message>
        <source>The speaker line &quot;%1&quot; names no person; it was left out.</source>
        <translation>发言人行“%1”未写明任何人；已跳过。</translation>
    </message>
    <message>
        <source>Could not read the onsite moderator from &quot;%1&quot;.</source>
        <translation>无法从“%1”中读取现场主持人。</translation>
    </message>
    <message>
        <source>Could not read the online moderator from &quot;%1&quot;.</source>
        <translation>无法从“%1”中读取线上主持人。</translation>
    </message>
    <message>
        <source>Could not read the rapporteur from &quot;%1&quot;.</source>
        <translation>无法从“%1”中读取报告员。</translation>
    </message>
    <message>
        <source>The line &quot;%1&quot; after the online moderator has no &quot;Rapporteur:&quot; label; it was read as the rapporteur.</source>
        <translation>线上主持人之后的行“%1”没有“Rapporteur:”标签；已将其读作报告员。</translation>
    </message>
    <message>
        <source>The proposal has no agenda; one was built for %L1 minutes.</source>
        <translation>提案没有议程；已按 %L1 分钟生成议程。</translation>
    </message>
    <message>
        <source>The proposal has no agenda; one was built for the format &quot;%1&quot; and %L2 minutes.</source>
        <translation>提案没有议程；已按“%1”形式和 %L2 分钟生成议程。</translation>
    </message>
    <message>
        <source>Introduction of speakers and ice-breaker</source>
        <translation>介绍发言人与破冰环节</translation>
    </message>
    <message>
        <source>Agenda item %1</source>
        <translation>议程项 %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln agenda item(s) give no duration: %1. They share the minutes the other items leave of the session.</source>
        <translation>
            <numerusform>%Ln 个议程项未写明时长：%1。它们平分其他议程项留下的会议时间。</numerusform>
        </translation>
    </message>
    <message>
        <source>The agenda gives the floor to the speakers, but the proposal names none; &quot;%1&quot; was kept as one item.</source>
        <translation>议程安排发言人发言，但提案未写明任何发言人；“%1”保留为单个议程项。</translation>
    </message>
    <message>
        <source>The agenda adds up to %L1 minutes; the format says %L2 (%L3 more).</source>
        <translation>议程合计 %L1 分钟；会议形式规定为 %L2 分钟（多 %L3 分钟）。</translation>
    </message>
    <message>
        <source>The agenda adds up to %L1 minutes; the format says %L2 (%L3 fewer).</source>
        <translation>议程合计 %L1 分钟；会议形式规定为 %L2 分钟（少 %L3 分钟）。</translation>
    </message>
    <message>
        <source>the text is not an IGF workshop proposal: it has no title with a workshop code and none of the fields such as &quot;Speaker 1:&quot;</source>
        <translation>该文本不是 IGF 研讨会提案：既没有带研讨会编号的标题，也没有“Speaker 1:”之类的字段</translation>
    </message>
    <message>
        <source>Untitled workshop</source>
        <translation>未命名研讨会</translation>
    </message>
    <message>
        <source>The proposal has no title; the session is called &quot;%1&quot;.</source>
        <translation>提案没有标题；会议名称为“%1”。</translation>
    </message>
    <message>
        <source>The proposal names no speakers.</source>
        <translation>提案未写明发言人。</translation>
    </message>
    <message>
        <source>The proposal names no session format; %L1 minutes were assumed.</source>
        <translation>提案未写明会议形式；已假定为 %L1 分钟。</translation>
    </message>
    <message>
        <source>The session format &quot;%1&quot; gives no duration; %L2 minutes were assumed.</source>
        <translation>会议形式“%1”未写明时长；已假定为 %L2 分钟。</translation>
    </message>
    <message>
        <source>The proposal names no onsite moderator.</source>
        <translation>提案未写明现场主持人。</translation>
    </message>
    <message>
        <source>The proposal names no online moderator.</source>
        <translation>提案未写明线上主持人。</translation>
    </message>
    <message>
        <source>The proposal names no rapporteur.</source>
        <translation>提案未写明报告员。</translation>
    </message>
    <message>
        <source>The proposal has no policy questions.</source>
        <translation>提案没有政策问题。</translation>
    </message>
    <message>
        <source>%L1 MB is too large for a proposal (at most 2 MB)</source>
        <translation>%L1 MB 对提案而言过大（最多 2 MB）</translation>
    </message>
    <message>
        <source>the proposal is empty</source>
        <translation>提案为空</translation>
    </message>
    <message>
        <source>the proposal holds binary data, not text</source>
        <translation>提案包含二进制数据，而非文本</translation>
    </message>
    <message>
        <source>the proposal is not UTF-8 text</source>
        <translation>提案不是 UTF-8 文本</translation>
    </message>
    <message>
        <source>Only the first %1 speakers were read.</source>
        <translation>只读取了前 %1 位发言人。</translation>
    </message>
    <message>
        <source>Only the first %1 agenda lines were read.</source>
        <translation>只读取了议程的前 %1 行。</translation>
    </message>
    <message>
        <source>%1 minutes are too few for a slot for each of the %2 speakers and the audience after each; &quot;%3&quot; was kept as one item.</source>
        <translation>%1 分钟不足以让 %2 位发言人各有一个时段并在每位之后留给听众；“%3”保留为一个议程项。</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>第 %1 组</translation>
    </message>
    <message>
        <source>Online group</source>
        <translation>线上小组</translation>
    </message>
</context>
<context>
    <name>core::QuestionBank</name>
    <message>
        <source>a session can have at most %1 prepared questions</source>
        <translation>一个会议最多可有 %1 个预备问题</translation>
    </message>
    <message>
        <source>a prepared question has an invalid id</source>
        <translation>某个预备问题的 ID 无效</translation>
    </message>
    <message>
        <source>a prepared question needs a text of 1 to %1 characters</source>
        <translation>预备问题的文本长度须为 1 至 %1 个字符</translation>
    </message>
    <message>
        <source>a prepared question belongs to no agenda item</source>
        <translation>某个预备问题不属于任何议程项</translation>
    </message>
    <message>
        <source>a prepared question is for no participant</source>
        <translation>某个预备问题未指向任何参与者</translation>
    </message>
    <message>
        <source>there is no such prepared question</source>
        <translation>没有该预备问题</translation>
    </message>
    <message>
        <source>unknown event &quot;%1&quot;</source>
        <translation>未知事件“%1”</translation>
    </message>
    <message>
        <source>a prepared question needs a text</source>
        <translation>预备问题必须有文本</translation>
    </message>
</context>
<context>
    <name>core::ReplayScript</name>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>a quote is not closed</source>
        <translation>引号未闭合</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time (M:SS or H:MM:SS)</source>
        <translation>“%1”不是有效的时间（M:SS 或 H:MM:SS）</translation>
    </message>
    <message>
        <source>the time goes backwards</source>
        <translation>时间早于上一行</translation>
    </message>
    <message>
        <source>an action is missing after the time</source>
        <translation>时间后面缺少操作</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot;; known actions: %2</source>
        <translation>未知操作“%1”；可用操作：%2</translation>
    </message>
    <message>
        <source>wrong number of arguments for &quot;%1&quot;</source>
        <translation>“%1”的参数数量不正确</translation>
    </message>
    <message>
        <source>goto needs an item number from 1</source>
        <translation>goto 需要从 1 开始的议程项编号</translation>
    </message>
    <message>
        <source>extend needs +M or -M minutes</source>
        <translation>extend 需要 +M 或 -M 分钟</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 需要一个值</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not take the option %2</source>
        <translation>“%1”不接受选项 %2</translation>
    </message>
    <message>
        <source>a name is empty</source>
        <translation>名称为空</translation>
    </message>
    <message>
        <source>a note&apos;s tags are #takeaway, #action, #question, #agree, #disagree or #quote</source>
        <translation>笔记的标签为 #takeaway、#action、#question、#agree、#disagree 或 #quote</translation>
    </message>
    <message>
        <source>--%1 takes %2</source>
        <translation>--%1 需要%2</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>a duration such as 90s, 2m, -1m or 1:30</source>
        <translation>时长，例如 90s、2m、-1m 或 1:30</translation>
    </message>
    <message>
        <source>yes or no</source>
        <translation>yes 或 no</translation>
    </message>
    <message>
        <source>a JSON object or list</source>
        <translation>JSON 对象或列表</translation>
    </message>
    <message>
        <source>nobody is called &quot;%1&quot;</source>
        <translation>没有名为“%1”的人</translation>
    </message>
    <message>
        <source>--question needs a policy question&apos;s number from 1</source>
        <translation>--question 需要从 1 开始的政策问题编号</translation>
    </message>
    <message>
        <source>groups needs the break-out item&apos;s id first</source>
        <translation>groups 需要先提供分组讨论项的 ID</translation>
    </message>
    <message>
        <source>report-back takes a group&apos;s id</source>
        <translation>report-back 需要小组的 ID</translation>
    </message>
    <message>
        <source>--group needs a break-out group&apos;s id</source>
        <translation>--group 需要分组讨论小组的 ID</translation>
    </message>
</context>
<context>
    <name>core::Report</name>
    <message>
        <source>Key policy questions and expectations</source>
        <translation>关键政策问题及预期</translation>
    </message>
    <message>
        <source>Discussion areas</source>
        <translation>讨论领域</translation>
    </message>
    <message>
        <source>Policy recommendations or suggestions for the way forward</source>
        <translation>政策建议或关于下一步工作的建议</translation>
    </message>
    <message>
        <source>Other initiatives addressing the session issues</source>
        <translation>应对本会议所涉问题的其他倡议</translation>
    </message>
    <message>
        <source>Making progress for tackled issues</source>
        <translation>推动所涉问题取得进展</translation>
    </message>
    <message>
        <source>Estimated participation</source>
        <translation>估计参与人数</translation>
    </message>
    <message>
        <source>Reflection to gender issues</source>
        <translation>对性别问题的考量</translation>
    </message>
    <message>
        <source>Session outputs</source>
        <translation>会议成果</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>日期：%1</translation>
    </message>
    <message>
        <source>Organizers</source>
        <translation>组织者</translation>
    </message>
    <message>
        <source>Rapporteur</source>
        <translation>报告员</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>发言人</translation>
    </message>
    <message>
        <source>Short report</source>
        <translation>简要报告</translation>
    </message>
    <message>
        <source>Key takeaways</source>
        <translation>主要结论</translation>
    </message>
    <message>
        <source>Calls to action</source>
        <translation>行动呼吁</translation>
    </message>
    <message>
        <source>Long report</source>
        <translation>详细报告</translation>
    </message>
    <message>
        <source>Floor time by stakeholder group</source>
        <translation>各利益相关方群体的发言时间</translation>
    </message>
    <message>
        <source>Stakeholder group</source>
        <translation>利益相关方群体</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Turns</source>
        <translation>发言次数</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>未提供</translation>
    </message>
    <message>
        <source>Planned and actual time</source>
        <translation>计划时间与实际时间</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>议程项</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>stakeholder group not given</source>
        <translation>未注明利益相关方群体</translation>
    </message>
    <message numerus="yes">
        <source>%Ln participant(s) joined from their phones</source>
        <translation>
            <numerusform>%Ln 位参与者通过手机加入</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln written question(s) sent</source>
        <translation>
            <numerusform>%Ln 个书面问题已发送</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln taken up by the moderator</source>
        <translation>
            <numerusform>主持人采纳了 %Ln 个</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2)</source>
        <translation>“%1”（%2）</translation>
    </message>
    <message>
        <source>%1 — agree: %2, disagree: %3</source>
        <translation>%1 — 赞同：%2，反对：%3</translation>
    </message>
    <message>
        <source>Comments: %1</source>
        <translation>评论：%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>From participants&apos; phones</source>
        <translation>来自参与者的手机</translation>
    </message>
    <message>
        <source>Reactions to the key takeaways</source>
        <translation>对主要结论的反应</translation>
    </message>
    <message>
        <source>Participants&apos; own key takeaways</source>
        <translation>参与者自己的主要结论</translation>
    </message>
    <message>
        <source>No Poverty</source>
        <translation>无贫穷</translation>
    </message>
    <message>
        <source>Zero Hunger</source>
        <translation>零饥饿</translation>
    </message>
    <message>
        <source>Good Health and Well-Being</source>
        <translation>良好健康与福祉</translation>
    </message>
    <message>
        <source>Quality Education</source>
        <translation>优质教育</translation>
    </message>
    <message>
        <source>Gender Equality</source>
        <translation>性别平等</translation>
    </message>
    <message>
        <source>Clean Water and Sanitation</source>
        <translation>清洁饮水和卫生设施</translation>
    </message>
    <message>
        <source>Affordable and Clean Energy</source>
        <translation>经济适用的清洁能源</translation>
    </message>
    <message>
        <source>Decent Work and Economic Growth</source>
        <translation>体面工作和经济增长</translation>
    </message>
    <message>
        <source>Industry, Innovation and Infrastructure</source>
        <translation>产业、创新和基础设施</translation>
    </message>
    <message>
        <source>Reduced Inequalities</source>
        <translation>减少不平等</translation>
    </message>
    <message>
        <source>Sustainable Cities and Communities</source>
        <translation>可持续城市和社区</translation>
    </message>
    <message>
        <source>Responsible Consumption and Production</source>
        <translation>负责任消费和生产</translation>
    </message>
    <message>
        <source>Climate Action</source>
        <translation>气候行动</translation>
    </message>
    <message>
        <source>Life Below Water</source>
        <translation>水下生物</translation>
    </message>
    <message>
        <source>Life on Land</source>
        <translation>陆地生物</translation>
    </message>
    <message>
        <source>Peace, Justice and Strong Institutions</source>
        <translation>和平、正义与强大机构</translation>
    </message>
    <message>
        <source>Partnerships for the Goals</source>
        <translation>促进目标实现的伙伴关系</translation>
    </message>
    <message>
        <source>Women: %1 of the %2 people who took the floor (%3 % of the floor time).</source>
        <translation>女性：发言的 %2 人中有 %1 人（占发言时间的 %3%）。</translation>
    </message>
    <message>
        <source>Men: %1 (%2 %). Gender described otherwise: %3 (%4 %). Gender not given: %5 (%6 %).</source>
        <translation>男性：%1 人（%2%）。以其他方式描述性别：%3 人（%4%）。未提供性别：%5 人（%6%）。</translation>
    </message>
    <message>
        <source>Invited speakers who are women: %1 of %2.</source>
        <translation>特邀发言人中的女性：%2 人中有 %1 人。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>Other initiatives: the names of the initiatives a sentence names, then the sentence</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Entered by the rapporteur: onsite %1, online %2, of whom women %3.</source>
        <translation>由报告员填写：现场 %1 人，线上 %2 人，其中女性 %3 人。</translation>
    </message>
    <message>
        <source>Estimated from who took part (the floor, the queue, the empty chair, phones): %1 in the room, %2 online, %3 at a remote hub.</source>
        <translation>根据参与者估算（发言、发言队列、空椅子、手机）：现场 %1 人，线上 %2 人，远程中心 %3 人。</translation>
    </message>
    <message>
        <source>Women: %1 of the %2 people whose gender is known.</source>
        <translation>女性：已知性别的 %2 人中有 %1 人。</translation>
    </message>
    <message>
        <source>Nobody&apos;s gender is known.</source>
        <translation>所有人的性别均未知。</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <extracomment>When the session ran: its start and end time</extracomment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Goal %1: %2</source>
        <extracomment>A Sustainable Development Goal: its number and title</extracomment>
        <translation>目标 %1：%2</translation>
    </message>
    <message>
        <source>Finding: %1</source>
        <translation>发现：%1</translation>
    </message>
    <message>
        <source>Agreement: %1</source>
        <translation>共识：%1</translation>
    </message>
    <message>
        <source>Disagreement: %1</source>
        <translation>分歧：%1</translation>
    </message>
    <message>
        <source>participant %1</source>
        <translation>参与者 %1</translation>
    </message>
    <message>
        <source>in the room</source>
        <translation>现场</translation>
    </message>
    <message>
        <source>online</source>
        <translation>线上</translation>
    </message>
    <message>
        <source>at the hub %1</source>
        <translation>远程中心 %1</translation>
    </message>
    <message numerus="yes">
        <source>The empty chair was opened %Ln time(s)</source>
        <translation>
            <numerusform>空椅子共开放 %Ln 次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s) sat there</source>
        <translation>
            <numerusform>共有 %Ln 人坐过</numerusform>
        </translation>
    </message>
    <message>
        <source>for %1 in all.</source>
        <translation>合计时长 %1。</translation>
    </message>
    <message>
        <source>Time: %1</source>
        <translation>时间：%1</translation>
    </message>
    <message>
        <source>Sustainable Development Goals</source>
        <translation>可持续发展目标</translation>
    </message>
    <message>
        <source>Onsite moderator</source>
        <translation>现场主持人</translation>
    </message>
    <message>
        <source>Online moderator</source>
        <translation>线上主持人</translation>
    </message>
    <message>
        <source>Draft from the session, for the rapporteur to confirm.</source>
        <translation>根据会议情况起草，待报告员确认。</translation>
    </message>
    <message>
        <source>Floor time in the room, online and at hubs</source>
        <translation>现场、线上和远程中心的发言时间</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>The empty chair</source>
        <translation>空椅子</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>开放时间</translation>
    </message>
    <message>
        <source>Who sat there</source>
        <translation>就座者</translation>
    </message>
    <message>
        <source>Via the online moderator</source>
        <translation>经由线上主持人</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>无人</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Invited speakers who are women: %1 of %2; gender not given for %3.</source>
        <translation>特邀发言人中的女性：%2 人中有 %1 人；%3 人未提供性别。</translation>
    </message>
    <message>
        <source>at %1</source>
        <extracomment>Where a drafted line comes from: the time on the session&apos;s clock</extracomment>
        <translation>于 %1</translation>
    </message>
    <message>
        <source>the rapporteur&apos;s note %1</source>
        <translation>报告员笔记 %1</translation>
    </message>
    <message>
        <source>transcript, line %1</source>
        <translation>记录稿，第 %1 行</translation>
    </message>
    <message>
        <source>someone in the room</source>
        <translation>现场某位人士</translation>
    </message>
    <message>
        <source>On &quot;%1&quot;: %2: %3</source>
        <translation>关于“%1”：%2：%3</translation>
    </message>
    <message>
        <source>Room: %1</source>
        <translation>会场：%1</translation>
    </message>
    <message>
        <source>Comments from the room on the key takeaways</source>
        <translation>现场对主要结论的评论</translation>
    </message>
    <message>
        <source>Sources of the drafted lines</source>
        <translation>草稿条目的来源</translation>
    </message>
    <message>
        <source>Break-out groups</source>
        <translation>分组讨论</translation>
    </message>
    <message>
        <source>Topic: %1</source>
        <translation>主题：%1</translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation>地点：%1</translation>
    </message>
    <message>
        <source>Facilitator: %1</source>
        <translation>协调人：%1</translation>
    </message>
    <message>
        <source>Rapporteur: %1</source>
        <translation>报告员：%1</translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation>参与人员</translation>
    </message>
    <message>
        <source>Key points</source>
        <translation>要点</translation>
    </message>
    <message>
        <source>Report-back: %1</source>
        <translation>汇报：%1</translation>
    </message>
    <message>
        <source>Notes from the report-back</source>
        <translation>汇报记录</translation>
    </message>
</context>
<context>
    <name>core::ReportState</name>
    <message>
        <source>the report has no field &quot;%1&quot;</source>
        <translation>报告中没有字段“%1”</translation>
    </message>
    <message>
        <source>a report field has at most 20,000 characters</source>
        <translation>报告字段最多为 20,000 个字符</translation>
    </message>
    <message>
        <source>participation counts are 0 or more, and women are at most everyone counted</source>
        <translation>参与人数须为 0 或以上，且女性人数不得超过统计的总人数</translation>
    </message>
    <message>
        <source>the transcript holds no turns</source>
        <translation>记录稿中没有任何发言</translation>
    </message>
    <message>
        <source>unknown event &quot;%1&quot;</source>
        <translation>未知事件“%1”</translation>
    </message>
    <message>
        <source>the transcript&apos;s times do not fit its turns</source>
        <translation>记录稿的时间与其中的发言不符</translation>
    </message>
    <message>
        <source>a caption line is empty</source>
        <translation>实时字幕行为空</translation>
    </message>
    <message>
        <source>a caption line has at most %1 characters and its speaker at most %2</source>
        <translation>实时字幕行最多 %1 个字符，发言人最多 %2 个字符</translation>
    </message>
    <message>
        <source>a caption line is one line of plain text</source>
        <translation>实时字幕行须为一行纯文本</translation>
    </message>
    <message>
        <source>a caption line&apos;s speaker or time does not fit</source>
        <translation>实时字幕行的发言人或时间不符合要求</translation>
    </message>
</context>
<context>
    <name>core::Session</name>
    <message>
        <source>the session file holds no session</source>
        <translation>会议文件中没有会议</translation>
    </message>
    <message>
        <source>the session has ended</source>
        <translation>会议已结束</translation>
    </message>
    <message>
        <source>this is the last agenda item</source>
        <translation>这是最后一个议程项</translation>
    </message>
    <message>
        <source>this is the first agenda item</source>
        <translation>这是第一个议程项</translation>
    </message>
    <message>
        <source>there is no such agenda item</source>
        <translation>没有该议程项</translation>
    </message>
    <message>
        <source>the agenda has items 1 to %1, not %2</source>
        <translation>议程只有第 1 至 %1 项，没有第 %2 项</translation>
    </message>
    <message>
        <source>there is no such participant</source>
        <translation>没有该参与者</translation>
    </message>
    <message>
        <source>nobody is waiting to speak</source>
        <translation>没有人在等待发言</translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation>%1 不是文件</translation>
    </message>
    <message>
        <source>%1 is %2; a media file may be at most %3</source>
        <translation>%1 的大小为 %2；媒体文件最大为 %3</translation>
    </message>
    <message>
        <source>the session&apos;s media would exceed %1; remove some first</source>
        <translation>会议的媒体文件总量将超过 %1；请先删除一些</translation>
    </message>
    <message>
        <source>%1 could not be read completely</source>
        <translation>无法完整读取 %1</translation>
    </message>
    <message>
        <source>%1 is %2: only images, SVG, PDF and video can be shown</source>
        <translation>%1 的类型为 %2：只能显示图片、SVG、PDF 和视频</translation>
    </message>
    <message>
        <source>the session is open read-only; save a copy to continue in it</source>
        <translation>会议以只读方式打开；请保存副本，并在副本中继续</translation>
    </message>
    <message>
        <source>there is no such request to speak</source>
        <translation>没有该发言申请</translation>
    </message>
    <message>
        <source>unknown note tag &quot;%1&quot;</source>
        <translation>未知的笔记标签“%1”</translation>
    </message>
    <message>
        <source>nothing to re-balance</source>
        <translation>没有可重新分配的时间</translation>
    </message>
    <message>
        <source>unknown queue order &quot;%1&quot;</source>
        <translation>未知的队列排序方式“%1”</translation>
    </message>
    <message>
        <source>unknown scene &quot;%1&quot;</source>
        <translation>未知画面“%1”</translation>
    </message>
    <message>
        <source>the store holds a session already</source>
        <translation>存储中已有会议</translation>
    </message>
    <message>
        <source>this is a copy of a shared session: it changes only from the host</source>
        <translation>这是共享会议的副本：只能通过主机更改</translation>
    </message>
    <message>
        <source>only a copy of a shared session takes events from a host</source>
        <translation>只有共享会议的副本才接收来自主机的事件</translation>
    </message>
    <message>
        <source>event %1 came where event %2 was due</source>
        <translation>收到了事件 %1，但应为事件 %2</translation>
    </message>
    <message>
        <source>%1 is a joined device&apos;s copy of a session shared by %2: it opens read-only; save a copy to continue in it</source>
        <translation>%1 是已加入设备保存的副本，对应由 %2 共享的会议：它以只读方式打开；请保存副本，并在副本中继续</translation>
    </message>
    <message>
        <source>&quot;%1&quot; reads a file: only the host&apos;s own window can do it</source>
        <translation>“%1”会读取文件：只有主机自己的窗口才能执行此操作</translation>
    </message>
    <message>
        <source>a phone asks only for its own participant</source>
        <translation>手机只能为其对应的参与者提出申请</translation>
    </message>
    <message>
        <source>the empty chair is not open</source>
        <translation>空椅子未开放</translation>
    </message>
    <message>
        <source>%1 holds control characters</source>
        <translation>%1 包含控制字符</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 为空</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters</source>
        <translation>%1 超过 %2 个字符</translation>
    </message>
    <message>
        <source>no phone &quot;%1&quot; joined</source>
        <translation>手机“%1”未加入</translation>
    </message>
    <message>
        <source>the moderator blocked this phone</source>
        <translation>主持人已屏蔽此手机</translation>
    </message>
    <message>
        <source>a phone may not &quot;%1&quot;</source>
        <translation>手机不能执行“%1”</translation>
    </message>
    <message>
        <source>a phone&apos;s id is 1 to 32 lower-case letters and digits</source>
        <translation>手机 ID 须由 1 至 32 个小写字母和数字组成</translation>
    </message>
    <message>
        <source>the phone &quot;%1&quot; has joined already</source>
        <translation>手机“%1”已加入</translation>
    </message>
    <message>
        <source>joining from phones is closed</source>
        <translation>手机加入未开放</translation>
    </message>
    <message>
        <source>the name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>a detail</source>
        <translation>某项信息</translation>
    </message>
    <message>
        <source>the question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>there is no such policy question</source>
        <translation>没有该政策问题</translation>
    </message>
    <message>
        <source>this phone&apos;s questions are still waiting for the moderator</source>
        <translation>此手机的问题仍在等待主持人处理</translation>
    </message>
    <message>
        <source>this phone sent a question a moment ago</source>
        <translation>此手机刚刚发送过问题</translation>
    </message>
    <message>
        <source>there is no such takeaway</source>
        <translation>没有该结论</translation>
    </message>
    <message>
        <source>the comment</source>
        <translation>评论</translation>
    </message>
    <message>
        <source>a reaction is agree, disagree or comment, not &quot;%1&quot;</source>
        <translation>反应须为 agree、disagree 或 comment，而不是“%1”</translation>
    </message>
    <message>
        <source>only a comment has text</source>
        <translation>只有评论可以包含文本</translation>
    </message>
    <message>
        <source>this phone&apos;s reaction is already &quot;%1&quot;</source>
        <translation>此手机的反应已经是“%1”</translation>
    </message>
    <message>
        <source>the takeaway</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>the phone is blocked already</source>
        <translation>该手机已被屏蔽</translation>
    </message>
    <message>
        <source>the phone is not blocked</source>
        <translation>该手机未被屏蔽</translation>
    </message>
    <message>
        <source>joining from phones is open already</source>
        <translation>手机加入已开放</translation>
    </message>
    <message>
        <source>joining from phones is closed already</source>
        <translation>手机加入已关闭</translation>
    </message>
    <message>
        <source>the session has not started, so the transcript&apos;s times cannot be placed from its start</source>
        <translation>会议尚未开始，因此无法从会议开始时刻起定位记录稿的时间</translation>
    </message>
    <message>
        <source>there is no such key takeaway</source>
        <translation>没有该主要结论</translation>
    </message>
    <message>
        <source>there is no such break-out item</source>
        <translation>没有该分组讨论项</translation>
    </message>
    <message>
        <source>every group of &quot;%1&quot; has reported back</source>
        <translation>“%1”的所有小组均已汇报</translation>
    </message>
    <message>
        <source>no break-out item with groups comes before this one</source>
        <translation>此项之前没有设有小组的分组讨论项</translation>
    </message>
    <message>
        <source>there is no such break-out group</source>
        <translation>没有该分组讨论小组</translation>
    </message>
    <message>
        <source>the group &quot;%1&quot; has nobody to report back: give it a rapporteur</source>
        <translation>小组“%1”没有人负责汇报：请指定一名报告员</translation>
    </message>
    <message>
        <source>there is no video %1 in the session</source>
        <translation>会议中没有视频 %1</translation>
    </message>
    <message>
        <source>%1 cannot be read as subtitles: %2</source>
        <extracomment>%1 is a file name, %2 what is wrong with it</extracomment>
        <translation>无法将 %1 读取为字幕：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code</source>
        <translation>“%1”不是语言代码</translation>
    </message>
    <message>
        <source>there is no glossary term %1</source>
        <translation>没有术语 %1</translation>
    </message>
    <message>
        <source>a caption line is empty</source>
        <translation>实时字幕行为空</translation>
    </message>
    <message>
        <source>there is no participant %1</source>
        <translation>没有参与者 %1</translation>
    </message>
    <message>
        <source>a caption line cannot be said before the session or later than now</source>
        <translation>实时字幕行的时间不能早于会议开始，也不能晚于当前时间</translation>
    </message>
    <message>
        <source>a caption size is small, medium or large, not &quot;%1&quot;</source>
        <translation>字幕大小须为 small、medium 或 large，而不是“%1”</translation>
    </message>
    <message>
        <source>there is no policy question %1</source>
        <translation>没有政策问题 %1</translation>
    </message>
</context>
<context>
    <name>core::SessionDefinition</name>
    <message>
        <source>the session has no title</source>
        <translation>会议没有标题</translation>
    </message>
    <message>
        <source>New workshop</source>
        <translation>新研讨会</translation>
    </message>
</context>
<context>
    <name>core::SessionFiles</name>
    <message>
        <source>%1 is not a regular file</source>
        <translation>%1 不是普通文件</translation>
    </message>
</context>
<context>
    <name>core::SessionState</name>
    <message>
        <source>event %1 is older than the event before it</source>
        <translation>事件 %1 早于它之前的事件</translation>
    </message>
    <message>
        <source>the session log does not start with the session&apos;s definition</source>
        <translation>会议日志不是以会议定义开头</translation>
    </message>
    <message>
        <source>there is no such agenda item</source>
        <translation>没有该议程项</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a block, not a single item</source>
        <translation>“%1”是一个板块，不是单个议程项</translation>
    </message>
    <message>
        <source>the session is defined twice</source>
        <translation>会议被定义了两次</translation>
    </message>
    <message>
        <source>the session has ended</source>
        <translation>会议已结束</translation>
    </message>
    <message>
        <source>the clock has already started</source>
        <translation>计时已经开始</translation>
    </message>
    <message>
        <source>the clock is not running</source>
        <translation>计时未在运行</translation>
    </message>
    <message>
        <source>the clock is not paused</source>
        <translation>计时未暂停</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already the current item</source>
        <translation>“%1”已是当前议程项</translation>
    </message>
    <message>
        <source>an agenda item cannot be shorter than one minute</source>
        <translation>议程项不能短于一分钟</translation>
    </message>
    <message>
        <source>the re-balanced plan is not valid</source>
        <translation>重新分配后的计划无效</translation>
    </message>
    <message>
        <source>the re-balanced plan is empty</source>
        <translation>重新分配后的计划为空</translation>
    </message>
    <message>
        <source>the clock has not started</source>
        <translation>计时尚未开始</translation>
    </message>
    <message>
        <source>the agenda can be edited until the clock starts; then extend or re-balance items</source>
        <translation>计时开始前可以编辑议程；开始后只能延长议程项或重新分配时间</translation>
    </message>
    <message>
        <source>the session&apos;s details can be edited until the clock starts</source>
        <translation>会议详情只能在计时开始前编辑</translation>
    </message>
    <message>
        <source>the title can have at most 300 characters, the code 100</source>
        <translation>标题最多 300 个字符，编号最多 100 个字符</translation>
    </message>
    <message>
        <source>a session lasts between 1 and 600 minutes</source>
        <translation>会议时长须在 1 到 600 分钟之间</translation>
    </message>
    <message>
        <source>a session can have at most 20 policy questions</source>
        <translation>一个会议最多可有 20 个政策问题</translation>
    </message>
    <message>
        <source>a note is linked to policy question %1, which would no longer exist</source>
        <translation>有一条笔记关联到政策问题 %1，该问题将不复存在</translation>
    </message>
    <message>
        <source>a declined re-balancing needs the overrun it was declined at</source>
        <translation>被拒绝的重新分配须注明拒绝时的落后时长</translation>
    </message>
    <message>
        <source>event %1 has no known type</source>
        <translation>事件 %1 的类型未知</translation>
    </message>
    <message>
        <source>the room&apos;s name can have at most 200 characters</source>
        <translation>会场名称最多 200 个字符</translation>
    </message>
    <message>
        <source>there is no break-out group %1</source>
        <translation>没有分组讨论小组 %1</translation>
    </message>
    <message>
        <source>the group &quot;%1&quot; names a policy question the session does not have</source>
        <translation>小组“%1”指定了会议中不存在的政策问题</translation>
    </message>
    <message>
        <source>the group &quot;%1&quot; names participant %2, who is not in the session</source>
        <translation>小组“%1”列出了参与者 %2，但此人不在会议中</translation>
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
        <translation>计划 %1，实际 %2，暂停 %3</translation>
    </message>
    <message>
        <source>%1%2  planned %3  actual %4</source>
        <translation>%1%2  计划 %3  实际 %4</translation>
    </message>
    <message>
        <source>Phones: %1 joined, %2 questions, %3 reactions, %4 shared takeaways</source>
        <translation>手机：%1 部已加入，%2 个问题，%3 个反应，%4 条分享的结论</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>未提供</translation>
    </message>
    <message>
        <source>in the room</source>
        <translation>现场</translation>
    </message>
    <message>
        <source>online</source>
        <translation>线上</translation>
    </message>
    <message>
        <source>hub %1</source>
        <translation>远程中心 %1</translation>
    </message>
    <message>
        <source>invited speakers</source>
        <translation>特邀发言人</translation>
    </message>
    <message>
        <source>moderators</source>
        <translation>主持人</translation>
    </message>
    <message>
        <source>audience</source>
        <translation>听众</translation>
    </message>
    <message numerus="yes">
        <source>Floor: %Ln turn(s), %1</source>
        <translation>
            <numerusform>发言：%Ln 次，%1</numerusform>
        </translation>
    </message>
    <message>
        <source>By person</source>
        <translation>按人员</translation>
    </message>
    <message numerus="yes">
        <source>    %1  %Ln turn(s)  %2</source>
        <translation>
            <numerusform>    %1  %Ln 次发言  %2</numerusform>
        </translation>
    </message>
    <message>
        <source>By stakeholder group</source>
        <translation>按利益相关方群体</translation>
    </message>
    <message>
        <source>By region</source>
        <translation>按地区</translation>
    </message>
    <message>
        <source>By gender</source>
        <translation>按性别</translation>
    </message>
    <message>
        <source>By channel</source>
        <translation>按参与方式</translation>
    </message>
    <message>
        <source>By role</source>
        <translation>按角色</translation>
    </message>
    <message numerus="yes">
        <source>    %1  %Ln turn(s)  %2  %3 %</source>
        <extracomment>A row of the floor balance: who, turns, time, share of the floor time</extracomment>
        <translation>
            <numerusform>    %1  %Ln 次发言  %2  %3%</numerusform>
        </translation>
    </message>
    <message>
        <source>replies by invited speakers</source>
        <translation>特邀发言人的回应</translation>
    </message>
    <message>
        <source>Break-out &quot;%1&quot;: group work planned %2, actual %3</source>
        <translation>分组讨论“%1”：小组讨论计划 %2，实际 %3</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>  %1: %Ln member(s) (%2); report-back %3</source>
        <translation>
            <numerusform>  %1：%Ln 名成员（%2）；汇报 %3</numerusform>
        </translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>尚未</translation>
    </message>
</context>
<context>
    <name>core::SessionStore</name>
    <message>
        <source>the file is cut short: it has %1 bytes of the %2 that its header gives</source>
        <translation>文件不完整：文件头标明 %2 字节，实际只有 %1 字节</translation>
    </message>
    <message>
        <source>events %1 to %2 are missing from the log</source>
        <translation>日志中缺少事件 %1 至 %2</translation>
    </message>
    <message>
        <source>event %1 is out of order</source>
        <translation>事件 %1 的顺序有误</translation>
    </message>
    <message>
        <source>%1 was left from an earlier file and has been moved to %2.</source>
        <translation>%1 是以前的文件遗留下来的，已移至 %2。</translation>
    </message>
    <message>
        <source>A write-ahead log beside the file did not belong to it; it was not applied and has been moved to %1.</source>
        <translation>文件旁的预写日志（WAL 文件）不属于该文件；该日志未被应用，已移至 %1。</translation>
    </message>
    <message>
        <source>A write-ahead log beside the file does not belong to it; it was ignored.</source>
        <translation>文件旁的预写日志（WAL 文件）不属于该文件；已忽略该日志。</translation>
    </message>
    <message>
        <source>the file has no schema version</source>
        <translation>文件没有架构版本号</translation>
    </message>
    <message>
        <source>the file was opened read-only</source>
        <translation>文件以只读方式打开</translation>
    </message>
    <message>
        <source>%1 is the file open here: save the copy under another name</source>
        <translation>%1 是此处打开的文件：请用其他名称保存副本</translation>
    </message>
</context>
<context>
    <name>core::SpeakerQueueModel</name>
    <message>
        <source>hub %1</source>
        <translation>远程中心 %1</translation>
    </message>
    <message>
        <source>online</source>
        <translation>线上</translation>
    </message>
    <message>
        <source>in the room</source>
        <translation>现场</translation>
    </message>
    <message>
        <source>first time</source>
        <translation>首次发言</translation>
    </message>
    <message numerus="yes">
        <source>%Ln turn(s), %1</source>
        <translation>
            <numerusform>%Ln 次发言，%1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>from a phone</source>
        <translation>来自手机</translation>
    </message>
</context>
<context>
    <name>core::Subtitles</name>
    <message>
        <source>a subtitle file may be at most %1</source>
        <extracomment>%1 is the largest subtitle file accepted, like &quot;2 MB&quot;</extracomment>
        <translation>字幕文件最大为 %1</translation>
    </message>
    <message>
        <source>the subtitles are not a text file</source>
        <translation>字幕不是文本文件</translation>
    </message>
</context>
<context>
    <name>core::Transcript</name>
    <message>
        <source>the transcript holds no turns</source>
        <translation>记录稿中没有任何发言</translation>
    </message>
    <message>
        <source>%1 is too large (%2); at most %3 can be read</source>
        <extracomment>%1 is a file name, %2 its size, %3 the largest size accepted (both like &quot;8.4 MB&quot;)</extracomment>
        <translation>%1 过大（%2）；最多只能读取 %3</translation>
    </message>
    <message>
        <source>%1 is larger than %2, the most that can be read</source>
        <extracomment>%1 is a file name, %2 the largest size accepted (like &quot;8.4 MB&quot;)</extracomment>
        <translation>%1 大于 %2，超出了可读取的上限</translation>
    </message>
    <message>
        <source>%1 is not a text file</source>
        <translation>%1 不是文本文件</translation>
    </message>
    <message>
        <source>the transcript is longer than %1, the most a transcript may have</source>
        <extracomment>%1 is the largest transcript accepted, like &quot;8.4 MB&quot;</extracomment>
        <translation>记录稿长度超过 %1，超出了记录稿的上限</translation>
    </message>
    <message>
        <source>line %1: a caption cue needs a timing such as %2</source>
        <extracomment>%1 is a line number, %2 an example of a cue timing (keep it as it is)</extracomment>
        <translation>第 %1 行：字幕条目需要类似 %2 的时间码</translation>
    </message>
    <message>
        <source>line %1: the cue timing is not valid; a valid one reads like %2</source>
        <extracomment>%1 is a line number, %2 an example of a cue timing (keep it as it is)</extracomment>
        <translation>第 %1 行：字幕时间码无效；正确的格式类似 %2</translation>
    </message>
    <message>
        <source>line %1: the cue ends before it starts</source>
        <extracomment>%1 is a line number</extracomment>
        <translation>第 %1 行：字幕的结束时间早于开始时间</translation>
    </message>
    <message>
        <source>the text is neither SRT nor WebVTT captions</source>
        <translation>该文本既不是 SRT 字幕，也不是 WebVTT 字幕</translation>
    </message>
    <message>
        <source>the captions hold no cue</source>
        <translation>字幕中没有任何字幕条目</translation>
    </message>
</context>
<context>
    <name>core::Vocabulary</name>
    <message>
        <source>Government</source>
        <comment>stakeholder group</comment>
        <translation>政府</translation>
    </message>
    <message>
        <source>Private Sector</source>
        <comment>stakeholder group</comment>
        <translation>私营部门</translation>
    </message>
    <message>
        <source>Civil Society</source>
        <comment>stakeholder group</comment>
        <translation>民间社会</translation>
    </message>
    <message>
        <source>Technical Community</source>
        <comment>stakeholder group</comment>
        <translation>技术界</translation>
    </message>
    <message>
        <source>Intergovernmental Organization</source>
        <comment>stakeholder group</comment>
        <translation>政府间组织</translation>
    </message>
    <message>
        <source>African Group</source>
        <comment>UN regional group</comment>
        <translation>非洲国家组</translation>
    </message>
    <message>
        <source>Asia-Pacific Group</source>
        <comment>UN regional group</comment>
        <translation>亚太国家组</translation>
    </message>
    <message>
        <source>Eastern European Group</source>
        <comment>UN regional group</comment>
        <translation>东欧国家组</translation>
    </message>
    <message>
        <source>GRULAC</source>
        <comment>UN regional group: the Latin American and Caribbean Group</comment>
        <translation>拉丁美洲和加勒比国家组</translation>
    </message>
    <message>
        <source>WEOG</source>
        <comment>UN regional group: the Western European and Others Group</comment>
        <translation>西欧和其他国家组</translation>
    </message>
    <message>
        <source>Intergovernmental Organization</source>
        <comment>UN regional group</comment>
        <translation>政府间组织</translation>
    </message>
    <message>
        <source>woman</source>
        <comment>gender</comment>
        <translation>女性</translation>
    </message>
    <message>
        <source>man</source>
        <comment>gender</comment>
        <translation>男性</translation>
    </message>
</context>
<context>
    <name>core::WorkFolder</name>
    <message>
        <source>cannot make a temporary folder in %1: %2</source>
        <translation>无法在 %1 中创建临时文件夹：%2</translation>
    </message>
</context>
<context>
    <name>core::share::JoinCodes</name>
    <message>
        <source>the join code for %1 is damaged</source>
        <translation>%1 的加入码已损坏</translation>
    </message>
    <message>
        <source>the join codes are damaged</source>
        <translation>加入码已损坏</translation>
    </message>
</context>
<context>
    <name>core::share::Protocol</name>
    <message>
        <source>the message is larger than %1 bytes</source>
        <translation>消息大于 %1 字节</translation>
    </message>
    <message>
        <source>the message is not a JSON object</source>
        <translation>消息不是 JSON 对象</translation>
    </message>
    <message>
        <source>a device may not send &quot;%1&quot;</source>
        <translation>设备不能发送“%1”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs &quot;%2&quot;</source>
        <translation>“%1”需要“%2”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a wrong &quot;%2&quot;</source>
        <translation>“%1”的“%2”有误</translation>
    </message>
    <message>
        <source>&quot;%2&quot; of &quot;%1&quot; is longer than %3 characters</source>
        <translation>“%1”的“%2”超过 %3 个字符</translation>
    </message>
    <message>
        <source>unknown message &quot;%1&quot;</source>
        <translation>未知消息“%1”</translation>
    </message>
    <message>
        <source>an event has a wrong &quot;%1&quot;</source>
        <translation>事件的“%1”有误</translation>
    </message>
    <message>
        <source>an event has no data</source>
        <translation>事件没有数据</translation>
    </message>
</context>
<context>
    <name>core::share::ShareClient</name>
    <message>
        <source>The host gave an unknown role.</source>
        <translation>主机给出了未知角色。</translation>
    </message>
</context>
<context>
    <name>core::share::ShareHost</name>
    <message>
        <source>The join code was renewed: join again with the new code.</source>
        <translation>加入码已更新：请使用新加入码重新加入。</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>主持人</translation>
    </message>
    <message>
        <source>The session has as many devices as it can take (%1).</source>
        <translation>会议的设备数已达上限（%1）。</translation>
    </message>
    <message>
        <source>Too many messages: at most %1 a second.</source>
        <translation>消息过多：每秒最多 %1 条。</translation>
    </message>
    <message>
        <source>Join the session first.</source>
        <translation>请先加入会议。</translation>
    </message>
    <message>
        <source>This device has joined already.</source>
        <translation>此设备已加入。</translation>
    </message>
    <message>
        <source>This device speaks protocol %1 and the host speaks %2: use the same version of Moderato on both.</source>
        <translation>此设备使用协议 %1，而主机使用协议 %2：请在两端使用相同版本的 Moderato。</translation>
    </message>
    <message>
        <source>Too many wrong join codes from this address: wait a minute.</source>
        <translation>来自此地址的错误加入码过多：请等待一分钟。</translation>
    </message>
    <message>
        <source>This join code is not valid (it may have been renewed).</source>
        <translation>此加入码无效（可能已被更新）。</translation>
    </message>
    <message>
        <source>A device needs a name and an id to join.</source>
        <translation>设备需要名称和 ID 才能加入。</translation>
    </message>
    <message>
        <source>This device connected again.</source>
        <translation>此设备已重新连接。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; reads a file on the host: only the host&apos;s own window can do it</source>
        <translation>“%1”会读取主机上的文件：只有主机自己的窗口才能执行此操作</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The moderator&apos;s console for multi-stakeholder workshops.</source>
        <translation>面向多利益相关方研讨会的主持人控制台。</translation>
    </message>
    <message>
        <source>Open the built-in demo workshop.</source>
        <translation>打开内置的演示研讨会。</translation>
    </message>
    <message>
        <source>Render the console to PNG files in DIR without showing a window, then exit.</source>
        <translation>不显示窗口，将控制台渲染为 PNG 文件保存到 DIR 目录中，然后退出。</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>The language of the interface (en, ar, de, es, fr, pt_BR, ru, zh_CN).</source>
        <translation>界面语言（en、ar、de、es、fr、pt_BR、ru、zh_CN）。</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <source>Print the time of the first paint and exit (start-up benchmark).</source>
        <translation>输出首次绘制的时间后退出（启动性能测试）。</translation>
    </message>
    <message>
        <source>A session file to open (.moderato).</source>
        <translation>要打开的会议文件（.moderato）。</translation>
    </message>
    <message>
        <source>[FILE]</source>
        <translation>[FILE]</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot;; available: %2</source>
        <translation>未知语言“%1”；可用语言：%2</translation>
    </message>
    <message>
        <source>open one session file at a time</source>
        <translation>一次只能打开一个会议文件</translation>
    </message>
    <message>
        <source>Moderato</source>
        <translation>Moderato</translation>
    </message>
    <message>
        <source>Add FILE (image, SVG, PDF, video) to the session and show it on the room display.</source>
        <translation>将 FILE（图片、SVG、PDF、视频）添加到会议中，并在会场屏幕上显示。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>%1 is open in another Moderato window, which has been brought to the front.</source>
        <translation>%1 已在另一个 Moderato 窗口中打开，该窗口已切换到前台。</translation>
    </message>
    <message>
        <source>Join the session a moderator shares, at ADDRESS (moderato://HOST:PORT/CODE).</source>
        <translation>加入主持人在 ADDRESS（moderato://HOST:PORT/CODE）共享的会议。</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADDRESS</translation>
    </message>
    <message>
        <source>The name to join with (asked for when not given).</source>
        <translation>加入时使用的名称（未提供时会询问）。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>--join opens a shared session: give no file</source>
        <translation>--join 会打开共享会议：请勿指定文件</translation>
    </message>
    <message>
        <source>--name goes with --join</source>
        <translation>--name 需与 --join 一起使用</translation>
    </message>
    <message>
        <source>Ask where to save a new, blank session and open it.</source>
        <translation>询问新的空白会议的保存位置，然后将其打开。</translation>
    </message>
    <message>
        <source>Open FILE in a new window, even when a Moderato window is running.</source>
        <translation>在新窗口中打开 FILE，即使已有 Moderato 窗口在运行。</translation>
    </message>
    <message>
        <source>%1 has been handed to the Moderato window that is running.</source>
        <translation>%1 已交给正在运行的 Moderato 窗口。</translation>
    </message>
</context>
<context>
    <name>net::PhoneServer</name>
    <message>
        <source>cannot listen on %1 port %2: %3</source>
        <translation>无法在 %1 的端口 %2 上监听：%3</translation>
    </message>
</context>
<context>
    <name>net::SharingConnection</name>
    <message>
        <source>&quot;%1&quot; is not a join address like moderato://HOST:PORT/CODE</source>
        <translation>“%1”不是 moderato://HOST:PORT/CODE 形式的加入地址</translation>
    </message>
    <message>
        <source>The host&apos;s certificate is not the one in the join address.</source>
        <translation>主机的证书与加入地址中的证书不一致。</translation>
    </message>
</context>
<context>
    <name>net::SharingServer</name>
    <message>
        <source>cannot listen on %1 port %2: %3</source>
        <translation>无法在 %1 的端口 %2 上监听：%3</translation>
    </message>
    <message>
        <source>Only text messages are understood.</source>
        <translation>仅支持文本消息。</translation>
    </message>
    <message>
        <source>this build of Qt has no TLS</source>
        <translation>此 Qt 构建不支持 TLS</translation>
    </message>
    <message>
        <source>no TLS library is available (OpenSSL)</source>
        <translation>没有可用的 TLS 库（OpenSSL）</translation>
    </message>
    <message>
        <source>TLS must be chosen before sharing starts</source>
        <translation>必须在开始共享之前选择 TLS</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate</source>
        <translation>%1 中没有 PEM 证书</translation>
    </message>
    <message>
        <source>%1 holds no PEM private key (RSA or EC, without a passphrase)</source>
        <translation>%1 中没有 PEM 私钥（RSA 或 EC，且不带密码短语）</translation>
    </message>
</context>
<context>
    <name>ui::AgendaEditor</name>
    <message>
        <source>Opening</source>
        <translation>开场</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>发言人</translation>
    </message>
    <message>
        <source>Audience input</source>
        <translation>听众发言</translation>
    </message>
    <message>
        <source>Empty chair</source>
        <translation>空椅子</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>总结</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Move item</source>
        <translation>移动议程项</translation>
    </message>
    <message>
        <source>Edit the agenda</source>
        <translation>编辑议程</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>议程项</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Minutes:</source>
        <translation>分钟(&amp;M)：</translation>
    </message>
    <message>
        <source>S&amp;peaker:</source>
        <translation>发言人(&amp;P)：</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translation>添加议程项(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Nest</source>
        <translation>嵌套(&amp;N)</translation>
    </message>
    <message>
        <source>Un-n&amp;est</source>
        <translation>取消嵌套(&amp;E)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>The clock has started: the agenda can no longer be edited. Lengthen, shorten or re-balance items from the console.</source>
        <translation>计时已开始：议程不能再编辑。请在控制台中延长、缩短议程项或重新分配时间。</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>板块</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>新议程项</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>添加议程项</translation>
    </message>
    <message>
        <source>The agenda needs at least one item.</source>
        <translation>议程至少需要一个议程项。</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>移除议程项</translation>
    </message>
    <message>
        <source>Only an item with an item before it can be nested into that item.</source>
        <translation>议程项只能嵌套到它前面的议程项中。</translation>
    </message>
    <message>
        <source>Nest item</source>
        <translation>嵌套议程项</translation>
    </message>
    <message>
        <source>Un-nest item</source>
        <translation>取消嵌套议程项</translation>
    </message>
    <message>
        <source>Change length</source>
        <translation>更改时长</translation>
    </message>
    <message>
        <source>An agenda item needs a title.</source>
        <translation>议程项需要标题。</translation>
    </message>
    <message>
        <source>Rename item</source>
        <translation>重命名议程项</translation>
    </message>
    <message>
        <source>Change kind</source>
        <translation>更改类型</translation>
    </message>
    <message>
        <source>Change speaker</source>
        <translation>更改发言人</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Total %1 of %2</source>
        <translation>合计 %1 / %2</translation>
    </message>
    <message>
        <source>(%1 over)</source>
        <translation>（超出 %1）</translation>
    </message>
    <message>
        <source>(%1 left)</source>
        <translation>（剩余 %1）</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>Change note</source>
        <translation>修改备注</translation>
    </message>
    <message>
        <source>Break-out groups</source>
        <translation>分组讨论</translation>
    </message>
    <message>
        <source>&amp;Groups…</source>
        <translation>分组(&amp;G)…</translation>
    </message>
    <message>
        <source>Groups, topics, places, leaders and members of this break-out item</source>
        <translation>此分组讨论议程项的分组、主题、地点、负责人和成员</translation>
    </message>
    <message>
        <source>Give the item the kind &quot;Break-out groups&quot; to edit its groups</source>
        <translation>将此项的类型设为“分组讨论”即可编辑其分组</translation>
    </message>
</context>
<context>
    <name>ui::BalancePanel</name>
    <message>
        <source>not given</source>
        <translation>未提供</translation>
    </message>
    <message>
        <source>in the room</source>
        <translation>现场</translation>
    </message>
    <message>
        <source>online</source>
        <translation>线上</translation>
    </message>
    <message>
        <source>hub %1</source>
        <translation>远程中心 %1</translation>
    </message>
    <message>
        <source>invited speakers</source>
        <translation>特邀发言人</translation>
    </message>
    <message>
        <source>moderators</source>
        <translation>主持人</translation>
    </message>
    <message>
        <source>audience</source>
        <translation>听众</translation>
    </message>
    <message>
        <source>Floor time appears here once someone has the floor.</source>
        <translation>有人发言后，这里将显示发言时间。</translation>
    </message>
    <message>
        <source>Stakeholder group</source>
        <translation>利益相关方群体</translation>
    </message>
    <message>
        <source>Regional group</source>
        <translation>区域组</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>参与方式</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %Ln turn(s)</source>
        <translation>
            <numerusform>%1 · %Ln 次发言</numerusform>
        </translation>
    </message>
    <message>
        <source>replies by invited speakers</source>
        <translation>特邀发言人的回应</translation>
    </message>
    <message>
        <source>Presentations, replies and audience</source>
        <translation>陈述、回应与听众</translation>
    </message>
    <message numerus="yes">
        <source>Moderation, not counted above: %1 · %Ln turn(s)</source>
        <translation>
            <numerusform>主持发言（未计入上述统计）：%1 · %Ln 次发言</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::BreakOutActions</name>
    <message>
        <source>Break-out &amp;groups…</source>
        <translation>分组讨论(&amp;G)…</translation>
    </message>
    <message>
        <source>Next &amp;report-back</source>
        <translation>下一个汇报(&amp;R)</translation>
    </message>
    <message>
        <source>Give the floor to the next break-out group&apos;s rapporteur</source>
        <translation>将发言权交给下一个分组讨论小组的报告员</translation>
    </message>
    <message>
        <source>The agenda has no break-out item: give an item the kind &quot;Break-out groups&quot; in the agenda editor.</source>
        <translation>议程中没有分组讨论项：请在议程编辑器中将某个议程项的类型设为“分组讨论”。</translation>
    </message>
    <message>
        <source>No session is open.</source>
        <translation>没有打开的会议。</translation>
    </message>
</context>
<context>
    <name>ui::BreakOutDialog</name>
    <message>
        <source>Break-out groups</source>
        <translation>分组讨论</translation>
    </message>
    <message>
        <source>This agenda item is not a break-out item.</source>
        <translation>此议程项不是分组讨论项。</translation>
    </message>
    <message>
        <source>&amp;Add group</source>
        <translation>添加小组(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove group</source>
        <translation>删除小组(&amp;R)</translation>
    </message>
    <message>
        <source>Report back &amp;earlier</source>
        <translation>提前汇报(&amp;E)</translation>
    </message>
    <message>
        <source>Report back &amp;later</source>
        <translation>推后汇报(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <source>A policy question, or your own words</source>
        <translation>政策问题，或您自己的表述</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>地点(&amp;P)：</translation>
    </message>
    <message>
        <source>table 2, left corner…</source>
        <translation>2 号桌，左角…</translation>
    </message>
    <message>
        <source>&amp;Online</source>
        <translation>线上(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Facilitator:</source>
        <translation>协调人(&amp;F)：</translation>
    </message>
    <message>
        <source>Ra&amp;pporteur:</source>
        <translation>报告员(&amp;P)：</translation>
    </message>
    <message>
        <source>Who is in which group (drag people between the lists):</source>
        <translation>各小组成员（可在列表之间拖动人员）：</translation>
    </message>
    <message>
        <source>&amp;Move to…</source>
        <translation>移至(&amp;M)…</translation>
    </message>
    <message>
        <source>Assign a&amp;utomatically</source>
        <translation>自动分配(&amp;U)</translation>
    </message>
    <message>
        <source>Balanced groups that spread stakeholder groups, regions and genders; possible until the group phase starts</source>
        <translation>均衡分组，使利益相关方群体、地区和性别分布均匀；在小组讨论阶段开始前可用</translation>
    </message>
    <message>
        <source>Add a &amp;latecomer</source>
        <translation>添加迟到者(&amp;L)</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Participant %1</source>
        <translation>参与者 %1</translation>
    </message>
    <message>
        <source>online</source>
        <translation>线上</translation>
    </message>
    <message>
        <source>In no group</source>
        <translation>未分组</translation>
    </message>
    <message>
        <source>facilitator</source>
        <translation>协调人</translation>
    </message>
    <message>
        <source>rapporteur</source>
        <translation>报告员</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>（无人）</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>第 %1 组</translation>
    </message>
    <message>
        <source>A group needs a name.</source>
        <translation>小组需要名称。</translation>
    </message>
    <message>
        <source>There is no such participant.</source>
        <translation>没有该参与者。</translation>
    </message>
    <message>
        <source>There is no such group.</source>
        <translation>没有该小组。</translation>
    </message>
    <message>
        <source>The group phase has started: add latecomers or move people by hand.</source>
        <translation>小组讨论阶段已开始：请手动添加迟到者或移动人员。</translation>
    </message>
    <message>
        <source>Group sizes %1–%2. Largest differences between groups: stakeholder groups %3, regions %4, genders %5.</source>
        <translation>小组规模 %1–%2 人。各组间最大差异：利益相关方群体 %3，地区 %4，性别 %5。</translation>
    </message>
    <message>
        <source>Choose who came late.</source>
        <translation>请选择迟到的人。</translation>
    </message>
    <message>
        <source>%1 joins %2.</source>
        <translation>%1 加入%2。</translation>
    </message>
    <message>
        <source>Select someone in a group&apos;s list first.</source>
        <translation>请先在某个小组的列表中选择一个人。</translation>
    </message>
    <message>
        <source>Edit break-out groups</source>
        <translation>编辑分组讨论小组</translation>
    </message>
    <message numerus="yes">
        <source>%Ln person&apos;s own choice could not be kept.</source>
        <translation>
            <numerusform>有 %Ln 人的自选分组未能保留。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::BriefingDialog</name>
    <message>
        <source>Briefing pack</source>
        <translation>简报材料</translation>
    </message>
    <message>
        <source>Show the &amp;date</source>
        <translation>显示日期(&amp;D)</translation>
    </message>
    <message>
        <source>Include the prepared &amp;questions</source>
        <translation>包含预备问题(&amp;Q)</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>导出 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>Export &amp;Markdown…</source>
        <translation>导出 Markdown(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Starts at:</source>
        <translation>开始时间(&amp;S)：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Export the briefing pack</source>
        <translation>导出简报材料</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>The briefing pack could not be written: %1</source>
        <translation>无法写入简报材料：%1</translation>
    </message>
</context>
<context>
    <name>ui::CaptionControl</name>
    <message>
        <source>Follow a caption file</source>
        <translation>跟踪字幕文件</translation>
    </message>
    <message>
        <source>Captions (*.txt *.srt *.vtt);;All files (*)</source>
        <translation>字幕 (*.txt *.srt *.vtt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Following %1: each new line is shown.</source>
        <translation>正在跟踪 %1：每一新行都会显示。</translation>
    </message>
    <message>
        <source>No caption file is followed.</source>
        <translation>未跟踪任何字幕文件。</translation>
    </message>
    <message>
        <source>&amp;Captions</source>
        <translation>实时字幕(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Show captions</source>
        <translation>显示实时字幕(&amp;S)</translation>
    </message>
    <message>
        <source>Caption si&amp;ze</source>
        <translation>字幕大小(&amp;Z)</translation>
    </message>
    <message>
        <source>&amp;Small</source>
        <translation>小(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Medium</source>
        <translation>中(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Large</source>
        <translation>大(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Type captions…</source>
        <translation>输入实时字幕(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Follow a caption file…</source>
        <translation>跟踪字幕文件(&amp;F)…</translation>
    </message>
    <message>
        <source>S&amp;top following the caption file</source>
        <translation>停止跟踪字幕文件(&amp;T)</translation>
    </message>
    <message>
        <source>Captions</source>
        <translation>实时字幕</translation>
    </message>
    <message>
        <source>Speaker:</source>
        <translation>发言人：</translation>
    </message>
    <message>
        <source>Optional: who is speaking</source>
        <translation>可选：谁在发言</translation>
    </message>
    <message>
        <source>Type a caption line and press Enter</source>
        <translation>输入一行字幕并按 Enter</translation>
    </message>
</context>
<context>
    <name>ui::EmptyChairView</name>
    <message>
        <source>The empty chair is closed.</source>
        <translation>空椅子已关闭。</translation>
    </message>
    <message>
        <source>Invite the room to the empty chair (C)</source>
        <translation>邀请听众坐上空椅子 (C)</translation>
    </message>
    <message>
        <source>The empty chair is open: anyone in the room may take it; online participants join through the online moderator.</source>
        <translation>空椅子已开放：现场任何人都可以坐上；线上参与者通过线上主持人加入。</translation>
    </message>
    <message>
        <source>Close the empty chair (C)</source>
        <translation>关闭空椅子 (C)</translation>
    </message>
    <message>
        <source>%1 replies to the empty chair.</source>
        <translation>%1 正在回应空椅子。</translation>
    </message>
    <message>
        <source>%1 sits in the empty chair (%2).</source>
        <translation>%1 坐在空椅子上（%2）。</translation>
    </message>
    <message>
        <source>The empty chair is taken.</source>
        <translation>空椅子上已有人。</translation>
    </message>
    <message>
        <source>Release the empty chair (C)</source>
        <translation>释放空椅子 (C)</translation>
    </message>
    <message>
        <source>The speaker has finished: invite the room to the empty chair now (C).</source>
        <translation>发言人已讲完：现在请邀请听众坐上空椅子 (C)。</translation>
    </message>
    <message>
        <source>The online moderator claims the empty chair for %1 (%2).</source>
        <translation>线上主持人为 %1（%2）申请空椅子。</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1，%2，%3</translation>
    </message>
    <message>
        <source>Nobody has taken the empty chair yet.</source>
        <translation>还没有人坐过空椅子。</translation>
    </message>
    <message>
        <source>In the chair so far: %1</source>
        <translation>已坐过空椅子：%1</translation>
    </message>
    <message>
        <source>Open or close the empty &amp;chair</source>
        <translation>开放或关闭空椅子(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Accept the claim on the empty chair</source>
        <translation>接受空椅子申请(&amp;A)</translation>
    </message>
    <message>
        <source>Empty chair</source>
        <translation>空椅子</translation>
    </message>
    <message>
        <source>Accept (A)</source>
        <translation>接受 (A)</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>线上</translation>
    </message>
    <message>
        <source>Take the chair</source>
        <translation>坐上空椅子</translation>
    </message>
    <message>
        <source>Remote participant (for the online moderator)</source>
        <translation>远程参与者（供线上主持人填写）</translation>
    </message>
    <message>
        <source>Claim for them</source>
        <translation>代为申请</translation>
    </message>
    <message>
        <source>Speaker replies</source>
        <translation>发言人回应</translation>
    </message>
    <message>
        <source>%1 (%2) asks for the empty chair from their phone.</source>
        <translation>%1（%2）通过手机申请空椅子。</translation>
    </message>
    <message>
        <source>Who takes the chair: name, group, region, gender, room or online</source>
        <translation>谁坐上空椅子：姓名、群体、地区、性别、现场或线上</translation>
    </message>
</context>
<context>
    <name>ui::FloorHolderView</name>
    <message>
        <source>Give the floor to %1 (S)</source>
        <translation>请 %1 发言 (S)</translation>
    </message>
    <message>
        <source>Give the floor to the speaker (S)</source>
        <translation>请发言人发言 (S)</translation>
    </message>
    <message>
        <source>Nobody holds the floor</source>
        <translation>当前无人发言</translation>
    </message>
    <message>
        <source>invited speaker</source>
        <translation>特邀发言人</translation>
    </message>
    <message>
        <source>intervention</source>
        <translation>听众发言</translation>
    </message>
    <message>
        <source>in the empty chair, through the online moderator</source>
        <translation>空椅子发言，经由线上主持人</translation>
    </message>
    <message>
        <source>in the empty chair</source>
        <translation>空椅子发言</translation>
    </message>
    <message>
        <source>reply to the empty chair</source>
        <translation>回应空椅子</translation>
    </message>
    <message>
        <source>Give the floor to the &amp;speaker</source>
        <translation>请发言人发言(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;End the turn</source>
        <translation>结束本次发言(&amp;E)</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>发言</translation>
    </message>
    <message>
        <source>End turn (Y)</source>
        <translation>结束发言 (Y)</translation>
    </message>
    <message>
        <source>reply</source>
        <translation>回应</translation>
    </message>
    <message>
        <source>moderation</source>
        <translation>主持发言</translation>
    </message>
</context>
<context>
    <name>ui::FloorPart</name>
    <message>
        <source>in the room</source>
        <translation>现场</translation>
    </message>
    <message>
        <source>online</source>
        <translation>线上</translation>
    </message>
    <message>
        <source>hub %1</source>
        <translation>远程中心 %1</translation>
    </message>
</context>
<context>
    <name>ui::GlossaryDialog</name>
    <message>
        <source>Glossary</source>
        <translation>术语表</translation>
    </message>
    <message>
        <source>Key terms of the session with short explanations, for the room&apos;s non-native speakers. The room display shows them as a scene, or one at a time.</source>
        <translation>本次会议的关键术语及简短解释，供会场中非母语人士参考。会场屏幕可将其作为一个画面显示，或逐条显示。</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>术语</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>解释</translation>
    </message>
    <message>
        <source>&amp;Add a term</source>
        <translation>添加术语(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove the term</source>
        <translation>删除术语(&amp;R)</translation>
    </message>
    <message>
        <source>Edit the glossary</source>
        <translation>编辑术语表</translation>
    </message>
</context>
<context>
    <name>ui::JoinDialog</name>
    <message>
        <source>Join a shared session</source>
        <translation>加入共享会议</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>加入</translation>
    </message>
    <message>
        <source>The moderator&apos;s Moderato shows an address for each role under File › Share on the network. Type or paste the one for your role; it decides what you can do.</source>
        <translation>主持人的 Moderato 会在“文件 › 在网络上共享”中为每个角色显示一个地址。请输入或粘贴您的角色对应的地址；它决定您可以执行哪些操作。</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>您的名称(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>ui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Clock</source>
        <translation>计时(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Go to agenda item</source>
        <translation>转到议程项(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;New session…</source>
        <translation>新建会议(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open session…</source>
        <translation>打开会议(&amp;O)…</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>Write a copy of the session file and continue in the copy</source>
        <translation>写入会议文件的副本，并在副本中继续</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Start or pause</source>
        <translation>开始或暂停(&amp;S)</translation>
    </message>
    <message>
        <source>Start or &amp;resume</source>
        <translation>开始或继续(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Next agenda item</source>
        <translation>下一议程项(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous agenda item</source>
        <translation>上一议程项(&amp;P)</translation>
    </message>
    <message>
        <source>Add one &amp;minute</source>
        <translation>增加一分钟(&amp;M)</translation>
    </message>
    <message>
        <source>Remove one m&amp;inute</source>
        <translation>减少一分钟(&amp;I)</translation>
    </message>
    <message>
        <source>Re-&amp;balance the agenda</source>
        <translation>重新分配议程时间(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;End the session…</source>
        <translation>结束会议(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Mute chimes</source>
        <translation>提示音静音(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;About Moderato</source>
        <translation>关于 Moderato(&amp;A)</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一项</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一项</translation>
    </message>
    <message>
        <source>−1 min</source>
        <translation>−1 分钟</translation>
    </message>
    <message>
        <source>+1 min</source>
        <translation>+1 分钟</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>静音</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>接受</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>已用时间</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <source>Projected end</source>
        <translation>预计结束</translation>
    </message>
    <message>
        <source>Against plan</source>
        <translation>与计划相比</translation>
    </message>
    <message>
        <source>No session is open.</source>
        <translation>没有打开的会议。</translation>
    </message>
    <message>
        <source>Not started: press Space to start the clock.</source>
        <translation>未开始：按空格键开始计时。</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Paused for %1</source>
        <translation>已暂停 %1</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>The session has ended.</source>
        <translation>会议已结束。</translation>
    </message>
    <message>
        <source>planned %1</source>
        <translation>计划 %1</translation>
    </message>
    <message>
        <source>Next: %1 (%2)</source>
        <translation>下一项：%1（%2）</translation>
    </message>
    <message>
        <source>Next: end of the session</source>
        <translation>下一项：会议结束</translation>
    </message>
    <message>
        <source>%1 behind</source>
        <translation>落后 %1</translation>
    </message>
    <message>
        <source>%1 ahead</source>
        <translation>提前 %1</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>准时</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message numerus="yes">
        <source>Running %1 behind. Shorten %Ln item(s) not yet started so the session ends on time; the summary keeps its time.</source>
        <translation>
            <numerusform>已落后 %1。缩短 %Ln 个尚未开始的议程项，使会议按时结束；总结环节的时间保持不变。</numerusform>
        </translation>
    </message>
    <message>
        <source>Even so, the session ends %1 late.</source>
        <translation>即便如此，会议仍将推迟 %1 结束。</translation>
    </message>
    <message>
        <source>Nothing to re-balance: the session is on time or no item can be shortened.</source>
        <translation>无需重新分配：会议进度正常，或没有可缩短的议程项。</translation>
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
        <translation>%1（演示，仅保留到退出为止；如需保留，请使用“另存为”）— Moderato</translation>
    </message>
    <message>
        <source>This is the demo workshop in a temporary file.</source>
        <translation>这是保存在临时文件中的演示研讨会。</translation>
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
        <translation>打开会议</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>新建会议</translation>
    </message>
    <message>
        <source>Moderato sessions (*.moderato)</source>
        <translation>Moderato 会议 (*.moderato)</translation>
    </message>
    <message>
        <source>Save session as</source>
        <translation>会议另存为</translation>
    </message>
    <message>
        <source>End the session</source>
        <translation>结束会议</translation>
    </message>
    <message>
        <source>End the session now? The clock stops for good; the record stays.</source>
        <translation>现在结束会议吗？计时将永久停止，记录会保留。</translation>
    </message>
    <message>
        <source>About Moderato</source>
        <translation>关于 Moderato</translation>
    </message>
    <message>
        <source>Moderato %1
The moderator&apos;s console for multi-stakeholder workshops.</source>
        <translation>Moderato %1
面向多利益相关方研讨会的主持人控制台。</translation>
    </message>
    <message>
        <source>no session is open</source>
        <translation>没有打开的会议</translation>
    </message>
    <message>
        <source>F&amp;loor</source>
        <translation>发言(&amp;L)</translation>
    </message>
    <message>
        <source>Balance of the floor</source>
        <translation>发言均衡</translation>
    </message>
    <message>
        <source>Next page or agenda item (clicker)</source>
        <translation>下一页或下一议程项（翻页笔）</translation>
    </message>
    <message>
        <source>Previous page or agenda item (clicker)</source>
        <translation>上一页或上一议程项（翻页笔）</translation>
    </message>
    <message>
        <source>Rapporteur&apos;s notes</source>
        <translation>报告员笔记</translation>
    </message>
    <message>
        <source>Session re&amp;port…</source>
        <translation>会议报告(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Prepare</source>
        <translation>准备(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Import workshop proposal…</source>
        <translation>导入研讨会提案(&amp;I)…</translation>
    </message>
    <message>
        <source>Make a new session from an IGF workshop proposal copied as text</source>
        <translation>根据以文本形式复制的 IGF 研讨会提案新建会议</translation>
    </message>
    <message>
        <source>Edit the &amp;agenda…</source>
        <translation>编辑议程(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;People…</source>
        <translation>人员(&amp;P)…</translation>
    </message>
    <message>
        <source>Prepared &amp;questions…</source>
        <translation>预备问题(&amp;Q)…</translation>
    </message>
    <message>
        <source>Session &amp;settings…</source>
        <translation>会议设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Briefing pack…</source>
        <translation>简报材料(&amp;B)…</translation>
    </message>
    <message>
        <source>Import workshop proposal</source>
        <translation>导入研讨会提案</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>文本文件 (*.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The proposal could not be read: %1</source>
        <translation>无法读取提案：%1</translation>
    </message>
    <message>
        <source>Session &amp;details…</source>
        <translation>会议详情(&amp;D)…</translation>
    </message>
    <message>
        <source>Another Moderato window asked to open this session, which is open here.</source>
        <translation>另一个 Moderato 窗口请求打开此会议，该会议已在此处打开。</translation>
    </message>
    <message>
        <source>%1 is open in another window or on another computer, which is the only one that may write to it.

You can look at it here without changing it, or save a copy and continue in the copy.</source>
        <translation>%1 已在另一个窗口或另一台计算机上打开，只有在那里才能写入此文件。

您可以在此处查看但不做更改，或者保存副本并在副本中继续。</translation>
    </message>
    <message>
        <source>Open &amp;read-only</source>
        <translation>以只读方式打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save a copy…</source>
        <translation>保存副本(&amp;S)…</translation>
    </message>
    <message>
        <source>%1 — %2 (read-only) — Moderato</source>
        <translation>%1 — %2（只读）— Moderato</translation>
    </message>
    <message>
        <source>Read-only: nothing is recorded here. Use Save as to continue in a copy.</source>
        <translation>只读：此处不会记录任何内容。请使用“另存为”在副本中继续。</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <extracomment>Edit menu; %1 names the step, such as &quot;Rename item&quot;</extracomment>
        <translation>撤销：%1(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <extracomment>Edit menu; %1 names the step, such as &quot;Rename item&quot;</extracomment>
        <translation>重做：%1(&amp;R)</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
    <message>
        <source>S&amp;hare on the network…</source>
        <translation>在网络上共享(&amp;H)…</translation>
    </message>
    <message>
        <source>Message to the moderator</source>
        <translation>给主持人的消息</translation>
    </message>
    <message>
        <source>A short message for the moderator&apos;s console:</source>
        <translation>发送到主持人控制台的简短消息：</translation>
    </message>
    <message>
        <source>&amp;Join a shared session…</source>
        <translation>加入共享会议(&amp;J)…</translation>
    </message>
    <message>
        <source>&amp;Message to the moderator…</source>
        <translation>给主持人发消息(&amp;M)…</translation>
    </message>
    <message>
        <source>Only the moderator&apos;s own Moderato shares the session.</source>
        <translation>只有主持人自己的 Moderato 才能共享会议。</translation>
    </message>
    <message>
        <source>Joining a shared session — Moderato</source>
        <translation>正在加入共享会议 — Moderato</translation>
    </message>
    <message>
        <source>%1 — joined as %2 — Moderato</source>
        <extracomment>%1 is the session&apos;s name, %2 the role (&quot;Rapporteur&quot;) this window joined in</extracomment>
        <translation>%1 — 已以 %2 身份加入 — Moderato</translation>
    </message>
    <message>
        <source>%1 — %2 (a joined device&apos;s copy, read-only) — Moderato</source>
        <extracomment>%1 is the session&apos;s name, %2 the file&apos;s</extracomment>
        <translation>%1 — %2（已加入设备的副本，只读）— Moderato</translation>
    </message>
    <message>
        <source>Saved a copy of the shared session so far as %1; this window keeps following the host.</source>
        <translation>已将共享会议目前的副本保存为 %1；此窗口将继续跟随主机。</translation>
    </message>
    <message>
        <source>give the name you join with</source>
        <translation>请提供加入时使用的名称</translation>
    </message>
    <message>
        <source>The host refused this device: %1</source>
        <translation>主机拒绝了此设备：%1</translation>
    </message>
    <message>
        <source>Join a shared session</source>
        <translation>加入共享会议</translation>
    </message>
    <message>
        <source>Not connected to the host: the message was not sent.</source>
        <translation>未连接到主机：消息未发送。</translation>
    </message>
    <message>
        <source>Sent to the moderator: %1</source>
        <translation>已发送给主持人：%1</translation>
    </message>
    <message>
        <source>Not connected: the host refused this device (%1).</source>
        <translation>未连接：主机拒绝了此设备（%1）。</translation>
    </message>
    <message>
        <source>Online as %1 · %2 ms to the host</source>
        <translation>以 %1 身份在线 · 到主机 %2 毫秒</translation>
    </message>
    <message>
        <source>Online as %1</source>
        <translation>以 %1 身份在线</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) on the way</source>
        <translation>
            <numerusform>%Ln 项更改正在发送</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline since %1: you keep working on the last copy; what you do is sent when the connection returns.</source>
        <translation>自 %1 起离线：您可继续在最后一份副本上工作；连接恢复后，您的操作将被发送。</translation>
    </message>
    <message>
        <source>Connecting to the host…</source>
        <translation>正在连接主机…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) kept on this device.</source>
        <translation>
            <numerusform>%Ln 项更改保存在此设备上。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>未连接：%1</translation>
    </message>
    <message>
        <source>Participants&apos; phones</source>
        <translation>参与者手机</translation>
    </message>
</context>
<context>
    <name>ui::PeopleEditor</name>
    <message>
        <source>onsite</source>
        <translation>现场</translation>
    </message>
    <message>
        <source>online</source>
        <translation>线上</translation>
    </message>
    <message>
        <source>hub: %1</source>
        <translation>远程中心：%1</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>发言人</translation>
    </message>
    <message>
        <source>Onsite moderator</source>
        <translation>现场主持人</translation>
    </message>
    <message>
        <source>Online moderator</source>
        <translation>线上主持人</translation>
    </message>
    <message>
        <source>Rapporteur</source>
        <translation>报告员</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>听众</translation>
    </message>
    <message>
        <source>New participant</source>
        <translation>新参与者</translation>
    </message>
    <message>
        <source>New participant %1</source>
        <translation>新参与者 %1</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>Stakeholder group</source>
        <translation>利益相关方群体</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>参与方式</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>组织(&amp;O)：</translation>
    </message>
    <message>
        <source>Stakeholder &amp;group:</source>
        <translation>利益相关方群体(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>地区(&amp;R)：</translation>
    </message>
    <message>
        <source>Gen&amp;der:</source>
        <translation>性别(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>参与方式(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Hub:</source>
        <translation>远程中心(&amp;H)：</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <source>remote hub</source>
        <translation>远程中心</translation>
    </message>
    <message>
        <source>as the person describes it; optional</source>
        <translation>按本人的描述填写；可选</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>导入 CSV(&amp;I)…</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>导出 CSV(&amp;X)…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Who has spoken, asked to speak or claimed the chair stays in the session&apos;s record.</source>
        <translation>发过言、申请过发言或申请过空椅子的人会保留在会议记录中。</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>添加 %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>移除 %1</translation>
    </message>
    <message>
        <source>no session is open</source>
        <translation>没有打开的会议</translation>
    </message>
    <message>
        <source>Import people</source>
        <translation>导入人员</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be updated</source>
        <translation>无法更新“%1”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be added</source>
        <translation>无法添加“%1”</translation>
    </message>
    <message>
        <source>%1 added, %2 updated.</source>
        <translation>已添加 %1 人，已更新 %2 人。</translation>
    </message>
    <message>
        <source>cannot write &quot;%1&quot;: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Export people</source>
        <translation>导出人员</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>A participant needs a name.</source>
        <translation>参与者需要姓名。</translation>
    </message>
    <message>
        <source>Remote hub</source>
        <translation>远程中心</translation>
    </message>
</context>
<context>
    <name>ui::PhonesPanel</name>
    <message>
        <source>in the room</source>
        <translation>现场</translation>
    </message>
    <message>
        <source>online</source>
        <translation>线上</translation>
    </message>
    <message>
        <source>at a hub</source>
        <translation>经由远程中心</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>经由 %1</translation>
    </message>
    <message>
        <source>someone who left</source>
        <translation>已离开的人</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A participant&apos;s name and their stakeholder group</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>for policy question %1: %2</source>
        <translation>针对政策问题 %1：%2</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>提给 %1</translation>
    </message>
    <message>
        <source>Inbox (%1)</source>
        <translation>收件箱（%1）</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>收件箱</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>已屏蔽</translation>
    </message>
    <message>
        <source>Phone %1</source>
        <translation>手机 %1</translation>
    </message>
    <message>
        <source>Phones (%1)</source>
        <translation>手机（%1）</translation>
    </message>
    <message>
        <source>The room PIN and the page&apos;s address are on the host&apos;s console.</source>
        <translation>会场 PIN 码和页面地址显示在主机的控制台上。</translation>
    </message>
    <message>
        <source>Share the session on the network (File › Share on the network…) to let participants join from their phones.</source>
        <translation>请在网络上共享会议（“文件 › 在网络上共享…”），以便参与者通过手机加入。</translation>
    </message>
    <message>
        <source>Room PIN: %1 %2</source>
        <extracomment>The room PIN, shown in two groups of three digits</extracomment>
        <translation>会场 PIN 码：%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln phone(s) connected</source>
        <translation>
            <numerusform>已连接 %Ln 部手机</numerusform>
        </translation>
    </message>
    <message>
        <source>Participants open %1</source>
        <translation>参与者请打开 %1</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <source>Participants may join from their phones</source>
        <translation>允许参与者通过手机加入</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>新 PIN 码</translation>
    </message>
    <message>
        <source>Phones that joined stay; new ones need the new PIN.</source>
        <translation>已加入的手机保持连接；新手机需要使用新 PIN 码。</translation>
    </message>
    <message>
        <source>From</source>
        <translation>来自</translation>
    </message>
    <message>
        <source>Question or comment</source>
        <translation>问题或评论</translation>
    </message>
    <message>
        <source>Read out</source>
        <translation>宣读</translation>
    </message>
    <message>
        <source>Show to the room</source>
        <translation>向会场展示</translation>
    </message>
    <message>
        <source>Add to prepared questions</source>
        <translation>添加到预备问题</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>忽略</translation>
    </message>
    <message>
        <source>Takeaway</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>赞同</translation>
    </message>
    <message>
        <source>Disagree</source>
        <translation>反对</translation>
    </message>
    <message>
        <source>Reactions</source>
        <translation>反应</translation>
    </message>
    <message>
        <source>Their takeaways</source>
        <translation>他们的结论</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Stakeholder group</source>
        <translation>利益相关方群体</translation>
    </message>
    <message>
        <source>Taking part</source>
        <translation>参与方式</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>屏蔽</translation>
    </message>
    <message>
        <source>Its requests disappear and it can no longer send anything.</source>
        <translation>其请求将消失，且无法再发送任何内容。</translation>
    </message>
    <message>
        <source>Unblock</source>
        <translation>取消屏蔽</translation>
    </message>
    <message>
        <source>Seconds between two questions of a phone:</source>
        <translation>同一手机两次提问的间隔秒数：</translation>
    </message>
    <message>
        <source>Questions of a phone waiting at most:</source>
        <translation>每部手机最多等待中的问题数：</translation>
    </message>
    <message>
        <source>Apply limits</source>
        <translation>应用限制</translation>
    </message>
</context>
<context>
    <name>ui::ProposalImportDialog</name>
    <message>
        <source>Import workshop proposal</source>
        <translation>导入研讨会提案</translation>
    </message>
    <message>
        <source>Format: %1</source>
        <translation>会议形式：%1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln speaker(s), %1 policy question(s)</source>
        <translation>
            <numerusform>%Ln 位发言人，%1 个政策问题</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Agenda: %Ln item(s), %1</source>
        <translation>
            <numerusform>议程：%Ln 个议程项，%1</numerusform>
        </translation>
    </message>
    <message>
        <source>The proposal has no agenda: one was built for its format. Check it in Prepare &gt; Edit the agenda.</source>
        <translation>提案没有议程：已按其会议形式生成议程。请在“准备 &gt; 编辑议程”中检查。</translation>
    </message>
    <message>
        <source>The agenda is %1 longer than the session; nothing was changed.</source>
        <translation>议程比会议长 %1；未做任何更改。</translation>
    </message>
    <message>
        <source>The agenda is %1 shorter than the session; nothing was changed.</source>
        <translation>议程比会议短 %1；未做任何更改。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln thing(s) could not be read; see the details.</source>
        <translation>
            <numerusform>有 %Ln 处内容无法读取；请查看详细信息。</numerusform>
        </translation>
    </message>
    <message>
        <source>Create the session…</source>
        <translation>创建会议…</translation>
    </message>
</context>
<context>
    <name>ui::QuestionBankDialog</name>
    <message>
        <source>Prepared questions</source>
        <translation>预备问题</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>议程项</translation>
    </message>
    <message>
        <source>For speaker</source>
        <translation>面向发言人</translation>
    </message>
    <message>
        <source>Questions to ask if the conversation stalls. The console shows those of the current item, of the speaker who has the floor, and those for any moment.</source>
        <translation>对话冷场时可以提出的问题。控制台会显示当前议程项的问题、正在发言的发言人的问题，以及适用于任何时候的问题。</translation>
    </message>
    <message>
        <source>&amp;Add question</source>
        <translation>添加问题(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>New question</source>
        <translation>新问题</translation>
    </message>
    <message>
        <source>any item</source>
        <translation>任意议程项</translation>
    </message>
    <message>
        <source>anyone</source>
        <translation>任何人</translation>
    </message>
    <message>
        <source>Edit the prepared questions</source>
        <translation>编辑预备问题</translation>
    </message>
</context>
<context>
    <name>ui::QuestionsPanel</name>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Write the questions to ask if the conversation stalls</source>
        <translation>写下对话冷场时可以提出的问题</translation>
    </message>
    <message>
        <source>Prepared questions (%1 not asked)</source>
        <translation>预备问题（%1 个未提出）</translation>
    </message>
    <message>
        <source>No prepared questions for this moment.</source>
        <translation>此时没有预备问题。</translation>
    </message>
</context>
<context>
    <name>ui::RapporteurPane</name>
    <message>
        <source>add note</source>
        <translation>添加笔记</translation>
    </message>
    <message>
        <source>edit note</source>
        <translation>编辑笔记</translation>
    </message>
    <message>
        <source>delete note</source>
        <translation>删除笔记</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>编辑笔记</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>笔记：</translation>
    </message>
    <message>
        <source>no note is selected</source>
        <translation>未选择笔记</translation>
    </message>
    <message>
        <source>Policy question %1: %2</source>
        <translation>政策问题 %1：%2</translation>
    </message>
    <message>
        <source>Every speaker</source>
        <translation>所有发言人</translation>
    </message>
    <message>
        <source>Every agenda item</source>
        <translation>所有议程项</translation>
    </message>
    <message>
        <source>Every tag</source>
        <translation>所有标签</translation>
    </message>
    <message>
        <source>No policy question</source>
        <translation>无政策问题</translation>
    </message>
    <message>
        <source>Type a note, Enter to save it</source>
        <translation>输入笔记，按 Enter 保存</translation>
    </message>
    <message>
        <source>Key takeaway</source>
        <translation>主要结论</translation>
    </message>
    <message>
        <source>Call to action</source>
        <translation>行动呼吁</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>共识</translation>
    </message>
    <message>
        <source>Disagreement</source>
        <translation>分歧</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>引语</translation>
    </message>
    <message>
        <source>Alt+%1</source>
        <translation>Alt+%1</translation>
    </message>
    <message>
        <source>Tags while typing: Alt+1 key takeaway, Alt+2 call to action, Alt+3 question, Alt+4 agreement, Alt+5 disagreement, Alt+6 quote. Esc leaves the field.</source>
        <translation>输入时可用的标签：Alt+1 主要结论，Alt+2 行动呼吁，Alt+3 问题，Alt+4 共识，Alt+5 分歧，Alt+6 引语。按 Esc 离开输入框。</translation>
    </message>
    <message>
        <source>Search the notes</source>
        <translation>搜索笔记</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>No break-out group</source>
        <translation>无分组</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>The break-out group the next notes are for</source>
        <translation>接下来的笔记所属的分组</translation>
    </message>
</context>
<context>
    <name>ui::ReportDialog</name>
    <message>
        <source>Session report</source>
        <translation>会议报告</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Onsite</source>
        <translation>现场</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>线上</translation>
    </message>
    <message>
        <source>Of whom women</source>
        <translation>其中女性</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>参与情况</translation>
    </message>
    <message>
        <source>Short report</source>
        <translation>简要报告</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Copy as Markdown</source>
        <translation>复制为 Markdown</translation>
    </message>
    <message>
        <source>Show the takeaways to the room</source>
        <translation>向会场展示主要结论</translation>
    </message>
    <message>
        <source>Import transcript…</source>
        <translation>导入记录稿…</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;OpenDocument text (*.odt);;HTML (*.html);;Markdown (*.md)</source>
        <translation>PDF (*.pdf);;OpenDocument 文本 (*.odt);;HTML (*.html);;Markdown (*.md)</translation>
    </message>
    <message>
        <source>Import a transcript</source>
        <translation>导入记录稿</translation>
    </message>
    <message>
        <source>Text (*.txt);;All files (*)</source>
        <translation>文本 (*.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>no session is open</source>
        <translation>没有打开的会议</translation>
    </message>
    <message>
        <source>%1: use .md, .html, .odt or .pdf</source>
        <translation>%1：请使用 .md、.html、.odt 或 .pdf</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>保存报告</translation>
    </message>
    <message>
        <source>Draft from the session: edit it, or confirm it as it stands.</source>
        <translation>根据会议情况起草：可加以编辑，也可按原样确认。</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Drafted line</source>
        <translation>草稿条目</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>发言者</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>议程项</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>From</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Choose a line to see the notes or transcript turns it was drafted from.</source>
        <translation>选择一个条目，查看起草时所依据的笔记或记录稿发言。</translation>
    </message>
    <message>
        <source>The sources of the chosen line appear here.</source>
        <translation>所选条目的来源显示在此处。</translation>
    </message>
    <message>
        <source>Drafted lines and their sources</source>
        <translation>草稿条目及其来源</translation>
    </message>
    <message>
        <source>Draft from the proposal…</source>
        <translation>根据提案起草…</translation>
    </message>
    <message>
        <source>Read the workshop proposal for the drafts, e.g. the other initiatives it names.</source>
        <translation>读取研讨会提案以供起草，例如其中提到的其他倡议。</translation>
    </message>
    <message>
        <source>Draft from the workshop proposal</source>
        <translation>根据研讨会提案起草</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>note %1</source>
        <translation>笔记 %1</translation>
    </message>
    <message>
        <source>transcript, line %1</source>
        <translation>记录稿，第 %1 行</translation>
    </message>
    <message>
        <source>Key takeaways</source>
        <translation>主要结论</translation>
    </message>
    <message>
        <source>Calls to action</source>
        <translation>行动呼吁</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>总结</translation>
    </message>
    <message>
        <source>Note %1, typed at %2: %3</source>
        <translation>笔记 %1，录入于 %2：%3</translation>
    </message>
    <message>
        <source>Line %1, %2: %3</source>
        <translation>第 %1 行，%2：%3</translation>
    </message>
    <message>
        <source>no speaker named</source>
        <translation>未注明发言者</translation>
    </message>
    <message>
        <source>%1: not a workshop proposal in plain text (at most 2 MB)</source>
        <translation>%1：不是纯文本格式的研讨会提案（最大 2 MB）</translation>
    </message>
    <message>
        <source>Transcripts (*.txt *.srt *.vtt);;Captions (*.srt *.vtt);;Text (*.txt);;All files (*)</source>
        <extracomment>File dialog filters: keep the patterns in parentheses as they are</extracomment>
        <translation>记录稿 (*.txt *.srt *.vtt);;字幕 (*.srt *.vtt);;文本 (*.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>One a line; the IGF asks for three.</source>
        <translation>每行一条；IGF 要求三条。</translation>
    </message>
    <message>
        <source>In exports and copies, number the drafted lines and list their sources</source>
        <translation>在导出和复制的内容中为草稿条目编号并列出其来源</translation>
    </message>
    <message>
        <source>Who said each drafted key takeaway and call to action, during which agenda item, when, and from which note or transcript line.</source>
        <translation>每条起草的主要结论和行动呼吁由谁提出、在哪个议程项中、何时提出，以及来自哪条笔记或记录稿的哪一行。</translation>
    </message>
</context>
<context>
    <name>ui::ReportExporter</name>
    <message>
        <source>Nobody has had the floor yet.</source>
        <translation>尚无人发言。</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>未提供</translation>
    </message>
</context>
<context>
    <name>ui::RoomControl</name>
    <message>
        <source>Message to the room</source>
        <translation>会场消息</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>消息：</translation>
    </message>
    <message>
        <source>Add media</source>
        <translation>添加媒体</translation>
    </message>
    <message>
        <source>Images, slides and video (*.png *.jpg *.jpeg *.svg *.pdf *.mp4 *.webm *.mkv *.ogv);;All files (*)</source>
        <translation>图片、幻灯片和视频 (*.png *.jpg *.jpeg *.svg *.pdf *.mp4 *.webm *.mkv *.ogv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Key takeaway, as the room will read it:</source>
        <translation>主要结论（即会场将看到的文字）：</translation>
    </message>
    <message>
        <source>no session is open</source>
        <translation>没有打开的会议</translation>
    </message>
    <message>
        <source>In a window (to share online)</source>
        <translation>在窗口中（用于线上共享）</translation>
    </message>
    <message>
        <source>Full screen on %1 (%2×%3)</source>
        <translation>全屏显示于 %1（%2×%3）</translation>
    </message>
    <message>
        <source>As the console</source>
        <translation>与控制台相同</translation>
    </message>
    <message>
        <source>&amp;Room display</source>
        <translation>会场屏幕(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Show the room display</source>
        <translation>显示会场屏幕(&amp;S)</translation>
    </message>
    <message>
        <source>Show &amp;on</source>
        <translation>显示于(&amp;O)</translation>
    </message>
    <message>
        <source>Follow the session (&amp;automatic scene)</source>
        <translation>跟随会议进程（自动切换画面）(&amp;A)</translation>
    </message>
    <message>
        <source>Scene: a&amp;genda</source>
        <translation>画面：议程(&amp;G)</translation>
    </message>
    <message>
        <source>Scene: s&amp;peaker</source>
        <translation>画面：发言人(&amp;P)</translation>
    </message>
    <message>
        <source>Scene: empty &amp;chair</source>
        <translation>画面：空椅子(&amp;C)</translation>
    </message>
    <message>
        <source>Scene: &amp;media</source>
        <translation>画面：媒体(&amp;M)</translation>
    </message>
    <message>
        <source>Scene: key &amp;takeaways</source>
        <translation>画面：主要结论(&amp;T)</translation>
    </message>
    <message>
        <source>Scene: m&amp;essage</source>
        <translation>画面：消息(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Blank the room display</source>
        <translation>会场屏幕黑屏(&amp;B)</translation>
    </message>
    <message>
        <source>Show a message to the &amp;room…</source>
        <translation>向会场显示消息(&amp;R)…</translation>
    </message>
    <message>
        <source>A&amp;dd media…</source>
        <translation>添加媒体(&amp;D)…</translation>
    </message>
    <message>
        <source>Show media &amp;file</source>
        <translation>显示媒体文件(&amp;F)</translation>
    </message>
    <message>
        <source>Ne&amp;xt page</source>
        <translation>下一页(&amp;X)</translation>
    </message>
    <message>
        <source>Play or pause the &amp;video</source>
        <translation>播放或暂停视频(&amp;Y)</translation>
    </message>
    <message>
        <source>Approve a &amp;key takeaway…</source>
        <translation>确认主要结论(&amp;K)…</translation>
    </message>
    <message>
        <source>Room &amp;language</source>
        <translation>会场语言(&amp;L)</translation>
    </message>
    <message>
        <source>Previo&amp;us page</source>
        <translation>上一页(&amp;U)</translation>
    </message>
    <message>
        <source>Change the room&apos;s language</source>
        <translation>更改会场语言</translation>
    </message>
    <message>
        <source>The language of this computer&apos;s room display only</source>
        <translation>仅限此计算机的会场屏幕语言</translation>
    </message>
    <message>
        <source>Scene: &amp;join from a phone</source>
        <translation>画面：手机加入(&amp;J)</translation>
    </message>
    <message>
        <source>Withdraw a key takeaway</source>
        <translation>撤回主要结论</translation>
    </message>
    <message>
        <source>No key takeaway has been approved for the room.</source>
        <translation>尚未为会场确认任何主要结论。</translation>
    </message>
    <message>
        <source>The key takeaway to take off the room display:</source>
        <translation>要从会场显示屏上撤下的主要结论：</translation>
    </message>
    <message>
        <source>&amp;Withdraw a key takeaway…</source>
        <translation>撤回主要结论(&amp;W)…</translation>
    </message>
    <message>
        <source>Edit a key takeaway</source>
        <translation>编辑主要结论</translation>
    </message>
    <message>
        <source>The key takeaway to reword:</source>
        <translation>要改写的主要结论：</translation>
    </message>
    <message>
        <source>Record a comment from the room</source>
        <translation>记录现场评论</translation>
    </message>
    <message>
        <source>Someone in the room (not named)</source>
        <translation>现场某位人士（未具名）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>What was said about it, for the report</source>
        <translation>对该结论的意见，用于报告</translation>
    </message>
    <message>
        <source>&amp;Key takeaway:</source>
        <translation>主要结论(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>发言者(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>评论(&amp;C)：</translation>
    </message>
    <message>
        <source>Ed&amp;it a key takeaway…</source>
        <translation>编辑主要结论(&amp;E)…</translation>
    </message>
    <message>
        <source>Record a comment from t&amp;he room…</source>
        <translation>记录现场评论(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Mute the video&apos;s sound (volume %1)</source>
        <extracomment>%1 is the video&apos;s volume, like &quot;70 %&quot;</extracomment>
        <translation>视频静音（音量 %1）(&amp;M)</translation>
    </message>
    <message>
        <source>Add subtitles</source>
        <translation>添加字幕</translation>
    </message>
    <message>
        <source>The video the subtitles belong to:</source>
        <translation>字幕所属的视频：</translation>
    </message>
    <message>
        <source>Subtitles (*.srt *.vtt);;All files (*)</source>
        <translation>字幕 (*.srt *.vtt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The subtitles&apos; language, as a code (en, fr, es, zh_CN; empty: not said):</source>
        <translation>字幕语言代码（en、fr、es、zh_CN；留空表示未指定）：</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>The glossary is empty: add key terms with Room display › Glossary first.</source>
        <translation>术语表为空：请先通过“会场屏幕 › 术语表”添加关键术语。</translation>
    </message>
    <message>
        <source>Show a glossary term</source>
        <translation>显示术语</translation>
    </message>
    <message>
        <source>Term the speaker used:</source>
        <translation>发言人使用的术语：</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the glossary.</source>
        <translation>“%1”不在术语表中。</translation>
    </message>
    <message>
        <source>Change the room&apos;s second language</source>
        <translation>更改会场的第二语言</translation>
    </message>
    <message>
        <source>Scene: break-out &amp;groups</source>
        <translation>画面：分组讨论(&amp;G)</translation>
    </message>
    <message>
        <source>Scene: &amp;key terms</source>
        <translation>画面：关键术语(&amp;K)</translation>
    </message>
    <message>
        <source>Video: back 10 seconds</source>
        <translation>视频：后退 10 秒</translation>
    </message>
    <message>
        <source>Video: forward 10 seconds</source>
        <translation>视频：前进 10 秒</translation>
    </message>
    <message>
        <source>Video: sound louder</source>
        <translation>视频：调高音量</translation>
    </message>
    <message>
        <source>Video: sound softer</source>
        <translation>视频：调低音量</translation>
    </message>
    <message>
        <source>Add su&amp;btitles to a video…</source>
        <translation>为视频添加字幕(&amp;B)…</translation>
    </message>
    <message>
        <source>Second lan&amp;guage</source>
        <translation>第二语言(&amp;G)</translation>
    </message>
    <message>
        <source>Tra&amp;nslations for the room…</source>
        <translation>会场翻译(&amp;N)…</translation>
    </message>
    <message>
        <source>G&amp;lossary…</source>
        <translation>术语表(&amp;L)…</translation>
    </message>
    <message>
        <source>Show or hide a glossary &amp;term…</source>
        <translation>显示或隐藏术语(&amp;T)…</translation>
    </message>
</context>
<context>
    <name>ui::RoomRenderer</name>
    <message>
        <source>Agenda</source>
        <translation>议程</translation>
    </message>
    <message>
        <source>Projected end: %1</source>
        <translation>预计结束：%1</translation>
    </message>
    <message>
        <source>The floor is open</source>
        <translation>开放发言</translation>
    </message>
    <message>
        <source>online</source>
        <translation>线上</translation>
    </message>
    <message>
        <source>Ask the moderator for the floor</source>
        <translation>请向主持人申请发言</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>现在：%1</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>接下来：%1</translation>
    </message>
    <message>
        <source>A speaker replies to the empty chair</source>
        <translation>发言人回应空椅子</translation>
    </message>
    <message>
        <source>In the empty chair</source>
        <translation>坐在空椅子上</translation>
    </message>
    <message>
        <source>Online, through the online moderator</source>
        <translation>线上参与，经由线上主持人</translation>
    </message>
    <message>
        <source>The empty chair</source>
        <translation>空椅子</translation>
    </message>
    <message>
        <source>Take the empty chair next to the speakers: bring a new perspective, or challenge what you heard.</source>
        <translation>请坐上发言人旁边的空椅子：带来新的视角，或对听到的观点提出质疑。</translation>
    </message>
    <message>
        <source>Online? Tell the online moderator, who takes the chair for you.</source>
        <translation>线上参与？请告知线上主持人，由其代您坐上空椅子。</translation>
    </message>
    <message>
        <source>This file cannot be shown</source>
        <translation>无法显示此文件</translation>
    </message>
    <message>
        <source>No media file chosen</source>
        <translation>未选择媒体文件</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Key takeaways</source>
        <translation>主要结论</translation>
    </message>
    <message>
        <source>No key takeaways yet.</source>
        <translation>暂无主要结论。</translation>
    </message>
    <message>
        <source>Your comments: ask the moderator for the floor, or write to the online moderator.</source>
        <translation>欢迎发表意见：请向主持人申请发言，或给线上主持人留言。</translation>
    </message>
    <message>
        <source>Join from your phone</source>
        <translation>用手机加入</translation>
    </message>
    <message>
        <source>PIN %1 %2</source>
        <translation>PIN %1 %2</translation>
    </message>
    <message>
        <source>Ask the moderator how to join.</source>
        <translation>请向主持人询问加入方式。</translation>
    </message>
    <message>
        <source>Scan the code, or open this address on the room&apos;s network:</source>
        <translation>请扫描二维码，或在会场网络中打开此地址：</translation>
    </message>
    <message>
        <source>Joining from phones is closed for now.</source>
        <translation>手机加入暂未开放。</translation>
    </message>
    <message>
        <source>Room PIN</source>
        <translation>会场 PIN 码</translation>
    </message>
    <message>
        <source>The file could not be read from the session.</source>
        <translation>无法从会议中读取该文件。</translation>
    </message>
    <message>
        <source>This computer cannot play video: Qt Multimedia has no backend.</source>
        <translation>此计算机无法播放视频：Qt Multimedia 没有可用的后端。</translation>
    </message>
    <message>
        <source>The file is damaged or in a format the room display does not read.</source>
        <translation>文件已损坏，或其格式无法被会场屏幕读取。</translation>
    </message>
    <message>
        <source>The video&apos;s format cannot be decoded here.</source>
        <extracomment>Why a video cannot be played; %1 is the media framework&apos;s own words (often in English)</extracomment>
        <translation>此处无法解码该视频的格式。</translation>
    </message>
    <message>
        <source>The video cannot be played: %1</source>
        <translation>无法播放视频：%1</translation>
    </message>
    <message>
        <source>Break-out groups</source>
        <translation>分组讨论</translation>
    </message>
    <message>
        <source>The groups are not formed yet.</source>
        <translation>小组尚未组建。</translation>
    </message>
    <message>
        <source>Time to reconvene</source>
        <translation>请重新集合</translation>
    </message>
    <message>
        <source>Please come back to your seats: each group&apos;s rapporteur reports back.</source>
        <translation>请回到座位：各小组的报告员将依次汇报。</translation>
    </message>
    <message>
        <source>Facilitator: %1</source>
        <translation>协调人：%1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln 人</numerusform>
        </translation>
    </message>
    <message>
        <source>Key terms</source>
        <translation>关键术语</translation>
    </message>
    <message>
        <source>No key terms yet.</source>
        <translation>暂无关键术语。</translation>
    </message>
    <message>
        <source>it did not load within 10 seconds; the file may be damaged.</source>
        <translation>10 秒内未能加载；文件可能已损坏。</translation>
    </message>
    <message>
        <source>The video could not be prepared for playing: %1</source>
        <extracomment>%1: the system&apos;s reason (a full disk, say)</extracomment>
        <translation>无法准备播放视频：%1</translation>
    </message>
</context>
<context>
    <name>ui::RotationView</name>
    <message>
        <source>%1 (skipped)</source>
        <translation>%1（已跳过）</translation>
    </message>
    <message>
        <source>Speaking order</source>
        <translation>发言顺序</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>提前</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>推后</translation>
    </message>
    <message>
        <source>Skip or bring back</source>
        <translation>跳过或恢复</translation>
    </message>
</context>
<context>
    <name>ui::Screenshot</name>
    <message>
        <source>Coffee break: we continue at 15:15 with the summary of the discussion.</source>
        <translation>茶歇：15:15 继续，进行讨论总结。</translation>
    </message>
    <message>
        <source>A remote participant in Nairobi has a question on policy question 2.</source>
        <translation>内罗毕的一位远程参与者对政策问题 2 有疑问。</translation>
    </message>
    <message>
        <source>Who certifies the certifiers, and who pays for it?</source>
        <translation>谁来认证认证机构？费用由谁承担？</translation>
    </message>
    <message>
        <source>How can small suppliers afford the audits?</source>
        <translation>小型供应商如何负担得起审计费用？</translation>
    </message>
    <message>
        <source>Only if buyers ask for it in every contract.</source>
        <translation>只有买方在每份合同中都提出要求才行。</translation>
    </message>
    <message>
        <source>Security needs a budget line, not only a policy.</source>
        <translation>安全需要一项预算，而不仅仅是一项政策。</translation>
    </message>
</context>
<context>
    <name>ui::SessionDetailsDialog</name>
    <message>
        <source>Session details</source>
        <translation>会议详情</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>One question a line</source>
        <translation>每行一个问题</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>编号(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>形式(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>布局(&amp;L)：</translation>
    </message>
    <message>
        <source>Le&amp;ngth:</source>
        <translation>时长(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Policy questions:</source>
        <translation>政策问题(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Discussion facilitation:</source>
        <translation>讨论引导(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Online participation:</source>
        <translation>线上参与(&amp;O)：</translation>
    </message>
    <message>
        <source>The clock has started: the session&apos;s details can no longer be edited.</source>
        <translation>计时已开始：会议详情不能再编辑。</translation>
    </message>
    <message>
        <source>Edit the session details</source>
        <translation>编辑会议详情</translation>
    </message>
    <message>
        <source>Where it takes place, e.g. Room VI</source>
        <translation>举办地点，例如 VI 号会议室</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>会场(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>ui::SessionSettingsDialog</name>
    <message>
        <source>Session settings</source>
        <translation>会议设置</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Each item&apos;s own (one minute)</source>
        <translation>按各议程项自身设置（一分钟）</translation>
    </message>
    <message>
        <source>Chime when time is up (the flash is always shown)</source>
        <translation>时间到时播放提示音（始终会显示闪烁提示）</translation>
    </message>
    <message>
        <source>In order of request</source>
        <translation>按申请顺序</translation>
    </message>
    <message>
        <source>First-time speakers first</source>
        <translation>首次发言者优先</translation>
    </message>
    <message>
        <source>Onsite and online in turn</source>
        <translation>现场与线上轮流</translation>
    </message>
    <message>
        <source>Least-heard stakeholder groups first</source>
        <translation>发言最少的利益相关方群体优先</translation>
    </message>
    <message>
        <source>Audience &amp;turn limit:</source>
        <translation>听众发言时限(&amp;T)：</translation>
    </message>
    <message>
        <source>Empty-&amp;chair turn limit:</source>
        <translation>空椅子发言时限(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Warning before the end of an item:</source>
        <translation>议程项结束前提醒(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Queue order:</source>
        <translation>队列顺序(&amp;Q)：</translation>
    </message>
    <message>
        <source>An invited speaker&apos;s limit is their agenda slot. These settings are kept in the session file.</source>
        <translation>特邀发言人的时限即其在议程中的时段。这些设置保存在会议文件中。</translation>
    </message>
    <message>
        <source>Change the session settings</source>
        <translation>更改会议设置</translation>
    </message>
</context>
<context>
    <name>ui::SessionUndo</name>
    <message>
        <source>no session is open</source>
        <translation>没有打开的会议</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be undone: %2</source>
        <extracomment>%1 names the edit (such as &quot;Rename item&quot;), %2 says why the session refused it</extracomment>
        <translation>无法撤销“%1”：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be redone: %2</source>
        <extracomment>%1 names the edit (such as &quot;Rename item&quot;), %2 says why the session refused it</extracomment>
        <translation>无法重做“%1”：%2</translation>
    </message>
</context>
<context>
    <name>ui::ShareDialog</name>
    <message>
        <source>Onsite moderator</source>
        <translation>现场主持人</translation>
    </message>
    <message>
        <source>Co-moderator</source>
        <translation>联合主持人</translation>
    </message>
    <message>
        <source>Online moderator</source>
        <translation>线上主持人</translation>
    </message>
    <message>
        <source>Rapporteur</source>
        <translation>报告员</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>观察员</translation>
    </message>
    <message>
        <source>Share on the network</source>
        <translation>在网络上共享</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>共享</translation>
    </message>
    <message>
        <source>Every address of this computer</source>
        <translation>本机的所有地址</translation>
    </message>
    <message>
        <source>This computer only (a rehearsal)</source>
        <translation>仅本机（排练）</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>任一空闲端口</translation>
    </message>
    <message>
        <source>Listen on:</source>
        <translation>监听：</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <source>How to join</source>
        <translation>如何加入</translation>
    </message>
    <message>
        <source>Address of this computer:</source>
        <translation>本机地址：</translation>
    </message>
    <message>
        <source>Renew</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>A new code for this role: the devices that joined with the old one are disconnected.</source>
        <translation>为此角色生成新码：用旧码加入的设备将被断开。</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Round trip</source>
        <translation>往返时间</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>最近活动</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>断开</translation>
    </message>
    <message>
        <source>Messages with the team</source>
        <translation>与团队的消息</translation>
    </message>
    <message>
        <source>A message to every joined device</source>
        <translation>发给所有已加入设备的消息</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>The moderator disconnected this device.</source>
        <translation>主持人已断开此设备。</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation>停止共享</translation>
    </message>
    <message>
        <source>Start sharing</source>
        <translation>开始共享</translation>
    </message>
    <message>
        <source>Sharing on port %1. Each role joins with its own address.</source>
        <translation>正在端口 %1 上共享。每个角色使用各自的地址加入。</translation>
    </message>
    <message>
        <source>Not shared: nobody can join.</source>
        <translation>未共享：任何人都无法加入。</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>尚无</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>%1 前</translation>
    </message>
    <message>
        <source>You: %1</source>
        <translation>您：%1</translation>
    </message>
    <message>
        <source>now</source>
        <translation>刚刚</translation>
    </message>
    <message>
        <source>Room display</source>
        <translation>会场屏幕</translation>
    </message>
    <message>
        <source>optional: a PEM file; devices then connect encrypted</source>
        <translation>可选：PEM 文件；设置后设备将以加密方式连接</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.key);;All files (*)</source>
        <translation>PEM 文件 (*.pem *.crt *.key);;所有文件 (*)</translation>
    </message>
    <message>
        <source>TLS certificate:</source>
        <translation>TLS 证书：</translation>
    </message>
    <message>
        <source>TLS certificate</source>
        <translation>TLS 证书</translation>
    </message>
    <message>
        <source>TLS private key:</source>
        <translation>TLS 私钥：</translation>
    </message>
    <message>
        <source>TLS private key</source>
        <translation>TLS 私钥</translation>
    </message>
    <message>
        <source>Sharing on port %1, encrypted (TLS). Each role joins with its own address, which names this computer&apos;s certificate.</source>
        <translation>正在端口 %1 上共享，已加密（TLS）。每个角色使用各自的地址加入，该地址标明了本机的证书。</translation>
    </message>
    <message>
        <source>Translator</source>
        <translation>译员</translation>
    </message>
    <message>
        <source>Captioner</source>
        <translation>字幕员</translation>
    </message>
</context>
<context>
    <name>ui::Sharing</name>
    <message>
        <source>only a session open for writing can be shared</source>
        <translation>只有以可写方式打开的会话才能共享</translation>
    </message>
    <message>
        <source>for TLS, give both the certificate and its private key</source>
        <translation>使用 TLS 时，请同时提供证书及其私钥</translation>
    </message>
    <message>
        <source>the session is not shared</source>
        <translation>会议未共享</translation>
    </message>
</context>
<context>
    <name>ui::SpeakerQueueView</name>
    <message>
        <source>Next from the queue (Q)</source>
        <translation>队列中的下一位 (Q)</translation>
    </message>
    <message>
        <source>Next: %1 (Q)</source>
        <translation>下一位：%1 (Q)</translation>
    </message>
    <message numerus="yes">
        <source>Queue: %Ln waiting</source>
        <translation>
            <numerusform>队列：%Ln 人等待</numerusform>
        </translation>
    </message>
    <message>
        <source>Next from the &amp;queue</source>
        <translation>队列中的下一位(&amp;Q)</translation>
    </message>
    <message>
        <source>Add a &amp;request to speak…</source>
        <translation>添加发言申请(&amp;R)…</translation>
    </message>
    <message>
        <source>In order of request</source>
        <translation>按申请顺序</translation>
    </message>
    <message>
        <source>First-time speakers first</source>
        <translation>首次发言者优先</translation>
    </message>
    <message>
        <source>Alternate in the room and online</source>
        <translation>现场与线上交替</translation>
    </message>
    <message>
        <source>Groups that spoke least first</source>
        <translation>发言最少的群体优先</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>线上</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Give the floor</source>
        <translation>请其发言</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Who asks to speak: name, group, region, gender, room or online (I)</source>
        <translation>谁申请发言：姓名、群体、地区、性别、现场或线上 (I)</translation>
    </message>
</context>
<context>
    <name>ui::TakeawayDialog</name>
    <message>
        <source>Approve a key takeaway</source>
        <translation>确认主要结论</translation>
    </message>
    <message>
        <source>On a joined device, translate the takeaway in Room › Translations once it is approved.</source>
        <translation>在已加入的设备上，请在结论确认后通过“会场屏幕 › 会场翻译”进行翻译。</translation>
    </message>
    <message>
        <source>Key takeaway, as the room will read it:</source>
        <translation>主要结论（即会场将看到的文字）：</translation>
    </message>
    <message>
        <source>Its &amp;translation (optional), into:</source>
        <translation>其翻译（可选）(&amp;T)，译为：</translation>
    </message>
    <message>
        <source>Type the key takeaway first.</source>
        <translation>请先输入主要结论。</translation>
    </message>
</context>
<context>
    <name>ui::TranslationsDialog</name>
    <message>
        <source>Translations for the room</source>
        <translation>会场翻译</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>原文</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>译文</translation>
    </message>
    <message>
        <source>The room display shows a translation in the room&apos;s language, and in its second language under it. Content without a translation shows as written.</source>
        <translation>会场屏幕以会场语言显示译文，并在其下方显示第二语言的译文。没有译文的内容按原文显示。</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>议程项</translation>
    </message>
    <message>
        <source>Message to the room</source>
        <translation>会场消息</translation>
    </message>
    <message>
        <source>Key takeaway</source>
        <translation>主要结论</translation>
    </message>
    <message>
        <source>Glossary term</source>
        <translation>术语</translation>
    </message>
    <message>
        <source>Its explanation</source>
        <translation>术语解释</translation>
    </message>
    <message>
        <source>Translate for the room</source>
        <translation>为会场翻译</translation>
    </message>
    <message>
        <source>Policy question %L1</source>
        <translation>政策问题 %L1</translation>
    </message>
</context>
</TS>
