<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>Cli</name>
    <message>
        <source>Try &apos;moderato-cli --help&apos;.</source>
        <translation>Попробуйте &apos;moderato-cli --help&apos;.</translation>
    </message>
    <message>
        <source>Moderato on the command line: works on .moderato session files.</source>
        <translation>Moderato в командной строке: работа с файлами сессий .moderato.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Показать эту справку.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Показать версию.</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>неизвестная команда «%1»</translation>
    </message>
    <message>
        <source>Apply a timed replay script to a new session file.</source>
        <translation>Применить сценарий replay с отметками времени к новому файлу сессии.</translation>
    </message>
    <message>
        <source>The session file to write.</source>
        <translation>Файл сессии для записи.</translation>
    </message>
    <message>
        <source>SESSION</source>
        <translation>SESSION</translation>
    </message>
    <message>
        <source>Build the new session from this session&apos;s plan.</source>
        <translation>Создать новую сессию по плану этой сессии.</translation>
    </message>
    <message>
        <source>Replace the output file if it exists.</source>
        <translation>Заменить выходной файл, если он существует.</translation>
    </message>
    <message>
        <source>The replay script.</source>
        <translation>Сценарий replay.</translation>
    </message>
    <message>
        <source>replay needs exactly one script</source>
        <translation>для replay нужен ровно один сценарий</translation>
    </message>
    <message>
        <source>replay needs -o SESSION</source>
        <translation>для replay нужен параметр -o SESSION</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%Ln action(s))</source>
        <translation>
            <numerusform>Записан файл %1 (%Ln действие)</numerusform>
            <numerusform>Записан файл %1 (%Ln действия)</numerusform>
            <numerusform>Записан файл %1 (%Ln действий)</numerusform>
        </translation>
    </message>
    <message>
        <source>Print planned and actual times of a session.</source>
        <translation>Вывести плановое и фактическое время сессии.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Вывести в формате JSON.</translation>
    </message>
    <message>
        <source>The session file.</source>
        <translation>Файл сессии.</translation>
    </message>
    <message>
        <source>stats needs exactly one session file</source>
        <translation>для stats нужен ровно один файл сессии</translation>
    </message>
    <message>
        <source>Print a session&apos;s event log as JSON Lines.</source>
        <translation>Вывести журнал событий сессии в формате JSON Lines.</translation>
    </message>
    <message>
        <source>export-log needs exactly one session file</source>
        <translation>для export-log нужен ровно один файл сессии</translation>
    </message>
    <message>
        <source>Rebuild a session file from an event log in JSON Lines.</source>
        <translation>Восстановить файл сессии из журнала событий в формате JSON Lines.</translation>
    </message>
    <message>
        <source>The event log (JSON Lines).</source>
        <translation>Журнал событий (JSON Lines).</translation>
    </message>
    <message>
        <source>import-log needs exactly one log file</source>
        <translation>для import-log нужен ровно один файл журнала</translation>
    </message>
    <message>
        <source>import-log needs -o SESSION</source>
        <translation>для import-log нужен параметр -o SESSION</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%Ln event(s))</source>
        <translation>
            <numerusform>Записан файл %1 (%Ln событие)</numerusform>
            <numerusform>Записан файл %1 (%Ln события)</numerusform>
            <numerusform>Записан файл %1 (%Ln событий)</numerusform>
        </translation>
    </message>
    <message>
        <source>Draft a discussion summary, key takeaways, calls to action and topics from a transcript (one turn a line as &quot;Speaker: text&quot;, or the live-captioning style with &quot;&gt;&gt;&quot; turn markers).</source>
        <translation>Подготовить черновик итогов обсуждения, ключевых выводов, призывов к действию и тем по стенограмме (по одному выступлению на строку в виде «Speaker: text» или в стиле живых субтитров с маркерами выступлений «&gt;&gt;»).</translation>
    </message>
    <message>
        <source>The rapporteur&apos;s notes, one a line; #takeaway and #action weigh most.</source>
        <translation>Заметки докладчика, по одной на строку; наибольший вес имеют #takeaway и #action.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>The most words the summary may have (default %1).</source>
        <translation>Максимальное число слов в итогах (по умолчанию %1).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>The transcript.</source>
        <translation>Стенограмма.</translation>
    </message>
    <message>
        <source>summarize needs exactly one transcript</source>
        <translation>для summarize нужна ровно одна стенограмма</translation>
    </message>
    <message>
        <source>--words needs a number from 10 to 10000</source>
        <translation>для --words нужно число от 10 до 10000</translation>
    </message>
    <message>
        <source>md, html, odt or pdf.</source>
        <translation>md, html, odt или pdf.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>The report file to write.</source>
        <translation>Файл отчёта для записи.</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>OUT</translation>
    </message>
    <message>
        <source>report needs exactly one session file</source>
        <translation>для report нужен ровно один файл сессии</translation>
    </message>
    <message>
        <source>report needs --format md, html, odt or pdf</source>
        <translation>для report нужен параметр --format md, html, odt или pdf</translation>
    </message>
    <message>
        <source>report needs -o OUT</source>
        <translation>для report нужен параметр -o OUT</translation>
    </message>
    <message>
        <source>Read an IGF workshop proposal (plain text, as copied from the IGF website) and print the session it describes as JSON. What could not be read is reported as warnings on standard error.</source>
        <translation>Прочитать заявку на семинар IGF (простой текст, скопированный с сайта IGF) и вывести описанную в ней сессию в формате JSON. То, что не удалось прочитать, выводится как предупреждения в стандартный поток ошибок.</translation>
    </message>
    <message>
        <source>Also create this session file.</source>
        <translation>Также создать этот файл сессии.</translation>
    </message>
    <message>
        <source>The proposal, a UTF-8 text file.</source>
        <translation>Заявка, текстовый файл в UTF-8.</translation>
    </message>
    <message>
        <source>import-proposal needs exactly one proposal file</source>
        <translation>import-proposal требует ровно один файл заявки</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>предупреждение: %1</translation>
    </message>
    <message>
        <source>Write the briefing pack of a session for its speakers and co-moderators.</source>
        <translation>Записать информационный пакет сессии для её спикеров и сомодераторов.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Файл для записи.</translation>
    </message>
    <message>
        <source>When the session starts (default 09:00).</source>
        <translation>Время начала сессии (по умолчанию 09:00).</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <source>The day of the session.</source>
        <translation>День проведения сессии.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Leave out the prepared questions.</source>
        <translation>Не включать подготовленные вопросы.</translation>
    </message>
    <message>
        <source>briefing needs exactly one session file</source>
        <translation>для briefing нужен ровно один файл сессии</translation>
    </message>
    <message>
        <source>briefing needs --format md, html, odt or pdf</source>
        <translation>для briefing нужен параметр --format md, html, odt или pdf</translation>
    </message>
    <message>
        <source>briefing needs -o OUT</source>
        <translation>для briefing нужен параметр -o OUT</translation>
    </message>
    <message>
        <source>--start needs a time such as 14:30</source>
        <translation>для --start нужно время, например 14:30</translation>
    </message>
    <message>
        <source>--date needs a day such as 2019-11-26</source>
        <translation>для --date нужна дата, например 2019-11-26</translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation>%1 не является файлом</translation>
    </message>
    <message>
        <source>Run commands on a session file, in order; each records one event. A refused command stops the run; those before it stay recorded.</source>
        <translation>Выполнить команды над файлом сессии по порядку; каждая записывает одно событие. Отклонённая команда останавливает выполнение; предыдущие остаются записанными.</translation>
    </message>
    <message>
        <source>The role to act in (default onsite_moderator).</source>
        <translation>Роль, от имени которой выполняются команды (по умолчанию onsite_moderator).</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLE</translation>
    </message>
    <message>
        <source>A command as JSON, e.g. {&quot;command&quot;: &quot;start&quot;}.</source>
        <translation>Команда в формате JSON, например {&quot;command&quot;: &quot;start&quot;}.</translation>
    </message>
    <message>
        <source>command needs a session file and at least one command</source>
        <translation>для command нужны файл сессии и хотя бы одна команда</translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot;; roles: %2</source>
        <translation>неизвестная роль «%1»; роли: %2</translation>
    </message>
    <message>
        <source>command %1 is not a JSON object</source>
        <translation>команда %1 не является объектом JSON</translation>
    </message>
    <message>
        <source>command %1: %2</source>
        <translation>команда %1: %2</translation>
    </message>
    <message>
        <source>command %1 (%2): %3</source>
        <translation>команда %1 (%2): %3</translation>
    </message>
    <message>
        <source>List every command a session takes, its fields and who may issue it.</source>
        <translation>Вывести все команды, которые принимает сессия, их поля и роли, которым разрешено их выполнять.</translation>
    </message>
    <message>
        <source>commands takes no arguments</source>
        <translation>commands не принимает аргументов</translation>
    </message>
    <message>
        <source>roles: %1</source>
        <translation>роли: %1</translation>
    </message>
    <message>
        <source>Share a session with other devices (co-moderator, online moderator, rapporteur, observer) without a window. Prints one join address per role, then serves until the time is up or it is interrupted. The join codes are kept in the session file, so restarting shares with the same codes.</source>
        <translation>Открыть другим устройствам (сомодератору, онлайн-модератору, докладчику, наблюдателю) доступ к сессии без окна. Выводит по одному адресу подключения на роль, а затем обслуживает подключения, пока не истечёт время или работа не будет прервана. Коды подключения хранятся в файле сессии, поэтому после перезапуска доступ открывается с теми же кодами.</translation>
    </message>
    <message>
        <source>The address and port to listen on (default: every address of this machine, port %1).</source>
        <translation>Адрес и порт для прослушивания (по умолчанию: все адреса этого компьютера, порт %1).</translation>
    </message>
    <message>
        <source>ADDRESS:PORT</source>
        <translation>ADDRESS:PORT</translation>
    </message>
    <message>
        <source>Stop after this many seconds.</source>
        <translation>Остановиться через указанное число секунд.</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <source>Make new join codes (devices with the old ones cannot join).</source>
        <translation>Создать новые коды подключения (устройства со старыми кодами не смогут подключиться).</translation>
    </message>
    <message>
        <source>share needs exactly one session file</source>
        <translation>для share нужен ровно один файл сессии</translation>
    </message>
    <message>
        <source>--listen needs ADDRESS:PORT, e.g. 127.0.0.1:%1</source>
        <translation>для --listen нужно значение ADDRESS:PORT, например 127.0.0.1:%1</translation>
    </message>
    <message>
        <source>--for needs a number of seconds</source>
        <translation>для --for нужно число секунд</translation>
    </message>
    <message>
        <source>Sharing %1 on port %2.</source>
        <translation>Сессия %1 открыта для подключения на порту %2.</translation>
    </message>
    <message>
        <source>Devices: %1</source>
        <translation>Устройства: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Join a shared session and send a replay script&apos;s actions as this device&apos;s commands, in order, each when the host has answered the one before. Prints each refusal; the exit code is 1 if any was refused.</source>
        <translation>Подключиться к общей сессии и отправить действия сценария replay как команды этого устройства по порядку, каждую — после того как хост ответил на предыдущую. Выводит каждый отказ; код выхода равен 1, если хотя бы одна команда была отклонена.</translation>
    </message>
    <message>
        <source>The name this device joins with.</source>
        <translation>Имя, с которым подключается это устройство.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Give up after this many seconds (default 30).</source>
        <translation>Прекратить ожидание через указанное число секунд (по умолчанию 30).</translation>
    </message>
    <message>
        <source>The join address, moderato://HOST:PORT/CODE.</source>
        <translation>Адрес подключения, moderato://HOST:PORT/CODE.</translation>
    </message>
    <message>
        <source>The word replay, then the script.</source>
        <translation>Слово replay, затем сценарий.</translation>
    </message>
    <message>
        <source>join needs ADDRESS replay SCRIPT</source>
        <translation>для join нужно ADDRESS replay SCRIPT</translation>
    </message>
    <message>
        <source>join needs --name NAME</source>
        <translation>для join нужен параметр --name NAME</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds</source>
        <translation>для --timeout нужно число секунд</translation>
    </message>
    <message>
        <source>line %1: refused: %2</source>
        <translation>строка %1: отклонено: %2</translation>
    </message>
    <message>
        <source>Joined as %1.</source>
        <translation>Подключено с ролью %1.</translation>
    </message>
    <message>
        <source>line %1: %2 done</source>
        <translation>строка %1: %2 выполнено</translation>
    </message>
    <message>
        <source>The host refused: %1</source>
        <translation>Хост отказал: %1</translation>
    </message>
    <message numerus="yes">
        <source>Gave up after %Ln second(s).</source>
        <translation>
            <numerusform>Ожидание прекращено через %Ln секунду.</numerusform>
            <numerusform>Ожидание прекращено через %Ln секунды.</numerusform>
            <numerusform>Ожидание прекращено через %Ln секунд.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is larger than 4 MiB, too large for a replay script</source>
        <translation>%1 больше 4 МиБ — слишком большой для сценария воспроизведения</translation>
    </message>
    <message>
        <source>Encrypt the connections (wss://) with this PEM certificate; a self-signed one will do (the join addresses carry its fingerprint). Needs --tls-key.</source>
        <translation>Шифровать соединения (wss://) с помощью этого сертификата PEM; подойдёт и самоподписанный (адреса подключения содержат его отпечаток). Требуется --tls-key.</translation>
    </message>
    <message>
        <source>The PEM private key of --tls-cert.</source>
        <translation>Закрытый ключ PEM для --tls-cert.</translation>
    </message>
    <message>
        <source>--tls-cert and --tls-key go together</source>
        <translation>--tls-cert и --tls-key указываются только вместе</translation>
    </message>
    <message>
        <source>roles: none (a participant&apos;s phone sends it, through the phone host)</source>
        <translation>роли: нет (команду отправляет телефон участника через хост телефонов)</translation>
    </message>
    <message>
        <source>Also serve the participants&apos; page on this port of the same address (0: any free port) and open joining from phones; prints its address and the room PIN.</source>
        <translation>Также обслуживать страницу участников на этом порту того же адреса (0 — любой свободный порт) и открыть подключение с телефонов; выводит её адрес и PIN-код зала.</translation>
    </message>
    <message>
        <source>PORT</source>
        <translation>PORT</translation>
    </message>
    <message>
        <source>Make a new room PIN for phones.</source>
        <translation>Создать новый PIN-код зала для телефонов.</translation>
    </message>
    <message>
        <source>--phones needs a port number (0: any free port)</source>
        <translation>для --phones нужен номер порта (0 — любой свободный порт)</translation>
    </message>
    <message>
        <source>--renew-pin goes with --phones</source>
        <translation>--renew-pin используется только вместе с --phones</translation>
    </message>
    <message>
        <source>Room PIN: %1</source>
        <translation>PIN-код зала: %1</translation>
    </message>
    <message>
        <source>Phones connected: %1</source>
        <translation>Подключено телефонов: %1</translation>
    </message>
    <message>
        <source>import-proposal, replay, stats, export-log, import-log, summarize, transcript, report, briefing, command, commands, share or join</source>
        <translation>import-proposal, replay, stats, export-log, import-log, summarize, transcript, report, briefing, command, commands, share или join</translation>
    </message>
    <message>
        <source>The transcript&apos;s language: %1 (default: found from the text).</source>
        <translation>Язык стенограммы: %1 (по умолчанию определяется по тексту).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>--language needs one of %1</source>
        <translation>для --language нужно одно из значений: %1</translation>
    </message>
    <message>
        <source>Import a transcript into a session, as the report dialog does: plain text (&quot;Speaker: text&quot; lines or the live-captioning style with &quot;&gt;&gt;&quot; turn markers), SRT or WebVTT captions. The captions&apos; times are placed on the session&apos;s clock: the file&apos;s 00:00 is when the clock was first started, unless --offset says at what time of day it was.</source>
        <translation>Импортировать стенограмму в сессию, как это делает диалог отчёта: простой текст (строки «Speaker: text» или стиль живых субтитров с маркерами выступлений «&gt;&gt;»), субтитры SRT или WebVTT. Время субтитров переносится на часы сессии: 00:00 файла — это момент первого запуска часов, если только --offset не указывает, какое это было время суток.</translation>
    </message>
    <message>
        <source>The time of day, on the session&apos;s day and in local time, that the file&apos;s 00:00 corresponds to.</source>
        <translation>Время суток (в день сессии, по местному времени), которому соответствует 00:00 файла.</translation>
    </message>
    <message>
        <source>HH:MM[:SS]</source>
        <translation>HH:MM[:SS]</translation>
    </message>
    <message>
        <source>The file&apos;s 00:00 is when the clock was first started (the default once the session has started).</source>
        <translation>00:00 файла — это момент первого запуска часов (по умолчанию, если сессия уже началась).</translation>
    </message>
    <message>
        <source>What to do: import.</source>
        <translation>Действие: import.</translation>
    </message>
    <message>
        <source>transcript needs import SESSION FILE</source>
        <translation>для transcript нужно import SESSION FILE</translation>
    </message>
    <message>
        <source>--offset and --at-start cannot go together</source>
        <translation>--offset и --at-start нельзя указывать вместе</translation>
    </message>
    <message>
        <source>--offset needs a time of day such as 14:30 or 14:30:15</source>
        <translation>для --offset нужно время суток, например 14:30 или 14:30:15</translation>
    </message>
    <message>
        <source>the session has not started, so the transcript&apos;s times cannot be placed; leave out --offset and --at-start to import it without placing them</source>
        <translation>сессия ещё не началась, поэтому время стенограммы нельзя перенести на часы сессии; уберите --offset и --at-start, чтобы импортировать её без привязки ко времени</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln turn(s) from %1.</source>
        <translation>
            <numerusform>Импортировано %Ln выступление из %1.</numerusform>
            <numerusform>Импортировано %Ln выступления из %1.</numerusform>
            <numerusform>Импортировано %Ln выступлений из %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln turn(s) with times.</source>
        <translation>
            <numerusform>%Ln выступление с отметкой времени.</numerusform>
            <numerusform>%Ln выступления с отметками времени.</numerusform>
            <numerusform>%Ln выступлений с отметками времени.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln speaker(s) matched to participants.</source>
        <translation>
            <numerusform>Сопоставлено с участниками: %1 из %Ln выступающего.</numerusform>
            <numerusform>Сопоставлено с участниками: %1 из %Ln выступающих.</numerusform>
            <numerusform>Сопоставлено с участниками: %1 из %Ln выступающих.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the IGF session report of a session, or print its participation.</source>
        <translation>Записать отчёт IGF о сессии или вывести данные об участии.</translation>
    </message>
    <message>
        <source>The workshop proposal (plain text), for the drafts (e.g. other initiatives).</source>
        <translation>Заявка на семинар (простой текст) для черновиков (например, других инициатив).</translation>
    </message>
    <message>
        <source>Print the participation instead of writing a report.</source>
        <translation>Вывести данные об участии вместо записи отчёта.</translation>
    </message>
    <message>
        <source>With --participation: print JSON.</source>
        <translation>С --participation: вывести в формате JSON.</translation>
    </message>
    <message>
        <source>--json goes with --participation</source>
        <translation>--json используется только вместе с --participation</translation>
    </message>
    <message>
        <source>%1: not a workshop proposal in plain text (at most 2 MB)</source>
        <translation>%1: это не заявка на семинар в виде простого текста (не более 2 МБ)</translation>
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
        <translation>Команды:
  import-proposal FILE [-o SESSION] [--force]
                 Прочитать заявку на семинар IGF (простой текст) и вывести её в формате JSON;
                 с -o также создать по ней файл сессии.
  replay SCRIPT -o SESSION [--from SESSION] [--force]
                 Применить сценарий действий модератора с отметками времени к новой сессии
                 (созданной из демонстрационного семинара или из --from SESSION).
  stats SESSION [--json]
                 Плановое и фактическое время сессии и каждого пункта повестки;
                 время выступлений по людям, группам заинтересованных сторон, регионам, полу, каналам.
  export-log SESSION
                 Вывести журнал событий сессии в формате JSON Lines.
  import-log JSONL -o SESSION [--force]
                 Восстановить файл сессии из журнала событий.
  summarize TRANSCRIPT [--notes FILE] [--words N] [--language CODE] [--json]
                 Подготовить черновик итогов обсуждения, ключевых выводов, призывов к действию и тем.
  transcript import SESSION FILE [--offset HH:MM[:SS] | --at-start]
                 Импортировать стенограмму (простой текст, SRT или WebVTT) в сессию; выступления
                 с отметками времени распределяются по пунктам повестки, выступающие сопоставляются с участниками.
  report SESSION --format md|html|odt|pdf -o OUT [--proposal FILE] [--sources] [--force]
                 Отчёт IGF о сессии (если указана заявка, черновики также
                 опираются на описание из заявки; с --sources — откуда взята каждая
                 строка черновика, в виде пронумерованных примечаний).
  report SESSION --participation [--json]
                 Вывести данные об участии: цифры докладчика, а если их нет —
                 оценку по тем, кто принимал участие.
  briefing SESSION --format md|html|odt|pdf -o OUT [--start HH:MM] [--no-questions]
                 Информационный пакет для спикеров и сомодераторов.
  command SESSION JSON... [--as ROLE]
                 Выполнить команды над сессией, каждая в виде {&quot;command&quot;: NAME, ...} и одно событие.
  commands [--json]
                 Вывести все команды, их поля и роли, которым разрешено их выполнять.
  share SESSION [--listen ADDRESS:PORT] [--for SECONDS] [--phones PORT]
                 Открыть другим устройствам доступ к сессии без окна; выводит
                 адрес подключения для каждой роли (с --phones: страницу участников и PIN-код).
  join ADDRESS --name NAME replay SCRIPT
                 Подключиться к общей сессии и отправить действия сценария replay как команды.
Чтобы узнать параметры команды, запустите &apos;moderato-cli COMMAND --help&apos;.</translation>
    </message>
    <message>
        <source>Number the drafted key takeaways and calls to action and list where each comes from (who, agenda item, time, note or transcript line).</source>
        <translation>Пронумеровать ключевые выводы и призывы к действию из черновика и указать, откуда взят каждый из них (кто, пункт повестки, время, заметка или строка стенограммы).</translation>
    </message>
    <message>
        <source>report --participation writes no file: leave out --format, -o, --proposal and --sources</source>
        <translation>report --participation не записывает файл: уберите --format, -o, --proposal и --sources</translation>
    </message>
</context>
<context>
    <name>CommandCatalogue</name>
    <message>
        <source>unknown command</source>
        <translation>неизвестная команда</translation>
    </message>
</context>
<context>
    <name>core::Agenda</name>
    <message>
        <source>agenda items are nested too deeply</source>
        <translation>слишком глубокая вложенность пунктов повестки</translation>
    </message>
    <message>
        <source>an agenda item is not an object</source>
        <translation>пункт повестки не является объектом</translation>
    </message>
    <message>
        <source>an agenda item has no title</source>
        <translation>у пункта повестки нет названия</translation>
    </message>
    <message>
        <source>unknown agenda item kind &quot;%1&quot;</source>
        <translation>неизвестный тип пункта повестки «%1»</translation>
    </message>
    <message>
        <source>agenda item &quot;%1&quot; has an invalid id</source>
        <translation>у пункта повестки «%1» недопустимый идентификатор</translation>
    </message>
    <message>
        <source>agenda item &quot;%1&quot; needs a duration between 1 minute and 24 hours</source>
        <translation>длительность пункта повестки «%1» должна быть от 1 минуты до 24 часов</translation>
    </message>
    <message>
        <source>agenda item &quot;%1&quot; has a negative warning time</source>
        <translation>у пункта повестки «%1» отрицательное время предупреждения</translation>
    </message>
    <message>
        <source>the agenda has no items</source>
        <translation>в повестке нет пунктов</translation>
    </message>
    <message>
        <source>break-out item &quot;%1&quot;: %2</source>
        <translation>пункт работы в группах «%1»: %2</translation>
    </message>
    <message>
        <source>a report-back needs a time limit between 10 seconds and an hour</source>
        <translation>для отчёта группы нужен лимит времени от 10 секунд до часа</translation>
    </message>
    <message>
        <source>the report-back order is not a list of groups</source>
        <translation>порядок отчётов не является списком групп</translation>
    </message>
    <message>
        <source>more than %1 groups</source>
        <translation>групп больше, чем %1</translation>
    </message>
    <message>
        <source>a group has no name</source>
        <translation>у группы нет названия</translation>
    </message>
    <message>
        <source>the group &quot;%1&quot; has an invalid id</source>
        <translation>у группы «%1» недопустимый идентификатор</translation>
    </message>
    <message>
        <source>the group &quot;%1&quot; names an invalid policy question</source>
        <translation>группа «%1» ссылается на недопустимый вопрос политики</translation>
    </message>
    <message>
        <source>the group &quot;%1&quot; lists someone who is not a participant</source>
        <translation>в группе «%1» указан человек, который не является участником</translation>
    </message>
    <message>
        <source>participant %1 is in two groups</source>
        <translation>участник %1 состоит в двух группах</translation>
    </message>
    <message>
        <source>participant %1 leads one group and is a member of another</source>
        <translation>участник %1 ведёт одну группу и состоит в другой</translation>
    </message>
    <message>
        <source>agenda item &quot;%1&quot; has groups but is not a break-out</source>
        <translation>у пункта повестки «%1» есть группы, но это не работа в группах</translation>
    </message>
    <message>
        <source>the break-out item &quot;%1&quot; cannot have items of its own</source>
        <translation>пункт работы в группах «%1» не может иметь собственных подпунктов</translation>
    </message>
    <message>
        <source>Break-out</source>
        <translation>Работа в группах</translation>
    </message>
    <message>
        <source>there is no such break-out item</source>
        <translation>такого пункта работы в группах нет</translation>
    </message>
</context>
<context>
    <name>core::AgendaModel</name>
    <message>
        <source>Agenda item</source>
        <translation>Пункт повестки</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>План</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Факт</translation>
    </message>
</context>
<context>
    <name>core::AgendaTemplates</name>
    <message>
        <source>Presentations</source>
        <translation>Выступления</translation>
    </message>
    <message>
        <source>Panel presentations</source>
        <translation>Выступления участников панели</translation>
    </message>
    <message>
        <source>Audience questions and answers</source>
        <translation>Вопросы и ответы с залом</translation>
    </message>
    <message>
        <source>Round of interventions</source>
        <translation>Раунд выступлений</translation>
    </message>
    <message>
        <source>Open discussion in groups</source>
        <translation>Открытая дискуссия в группах</translation>
    </message>
    <message>
        <source>Report back from the groups</source>
        <translation>Отчёты групп</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Вступление</translation>
    </message>
    <message>
        <source>Speaker %1</source>
        <translation>Спикер %1</translation>
    </message>
    <message>
        <source>Audience input</source>
        <translation>Реплики из зала</translation>
    </message>
    <message>
        <source>Speakers and audience input</source>
        <translation>Спикеры и реплики из зала</translation>
    </message>
    <message>
        <source>Presentations and audience input</source>
        <translation>Выступления и реплики из зала</translation>
    </message>
    <message>
        <source>Open discussion</source>
        <translation>Открытая дискуссия</translation>
    </message>
    <message>
        <source>Summary and key takeaways</source>
        <translation>Итоги и ключевые выводы</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Сессия</translation>
    </message>
</context>
<context>
    <name>core::AudienceState</name>
    <message>
        <source>event %1 is not about participants&apos; phones</source>
        <translation>событие %1 не относится к телефонам участников</translation>
    </message>
    <message>
        <source>an event names the phone &quot;%1&quot;, which did not join</source>
        <translation>событие упоминает телефон «%1», который не подключался</translation>
    </message>
    <message>
        <source>a phone&apos;s id is 1 to 32 characters</source>
        <translation>идентификатор телефона должен содержать от 1 до 32 символов</translation>
    </message>
    <message>
        <source>the phone &quot;%1&quot; joined twice</source>
        <translation>телефон «%1» подключился дважды</translation>
    </message>
    <message>
        <source>no phone &quot;%1&quot; joined</source>
        <translation>телефон «%1» не подключался</translation>
    </message>
    <message>
        <source>a phone&apos;s limits are 0 to 60 minutes between questions and 1 to 100 waiting questions</source>
        <translation>ограничения для телефона: от 0 до 60 минут между вопросами и от 1 до 100 ожидающих вопросов</translation>
    </message>
    <message>
        <source>questions in the inbox are out of order</source>
        <translation>вопросы во входящих идут не по порядку</translation>
    </message>
    <message>
        <source>no question %1 in the inbox</source>
        <translation>во входящих нет вопроса %1</translation>
    </message>
    <message>
        <source>question %1 was already answered</source>
        <translation>вопрос %1 уже обработан</translation>
    </message>
    <message>
        <source>a question is accepted as read, display or bank, not &quot;%1&quot;</source>
        <translation>вопрос принимается как read, display или bank, а не «%1»</translation>
    </message>
    <message>
        <source>a reaction is agree, disagree or comment, not &quot;%1&quot;</source>
        <translation>реакция может быть agree, disagree или comment, а не «%1»</translation>
    </message>
    <message>
        <source>shared takeaways are out of order</source>
        <translation>выводы участников идут не по порядку</translation>
    </message>
</context>
<context>
    <name>core::BreakOutAssigner</name>
    <message>
        <source>%1 and %2</source>
        <comment>the last two of a list</comment>
        <translation>%1 и %2</translation>
    </message>
    <message>
        <source>the break-out item has no groups to assign people to</source>
        <translation>в пункте работы в группах нет групп, по которым можно распределить людей</translation>
    </message>
    <message>
        <source>a person is named twice or has no id</source>
        <translation>человек указан дважды или не имеет идентификатора</translation>
    </message>
    <message>
        <source>there is nobody to put into groups</source>
        <translation>некого распределять по группам</translation>
    </message>
    <message>
        <source>participant %1 leads two groups; a person can lead one group only</source>
        <translation>участник %1 ведёт две группы; человек может вести только одну группу</translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s) take part online, but no group is online: add an online group</source>
        <translation>
            <numerusform>%Ln человек участвует онлайн, но онлайн-группы нет: добавьте онлайн-группу</numerusform>
            <numerusform>%Ln человека участвуют онлайн, но онлайн-группы нет: добавьте онлайн-группу</numerusform>
            <numerusform>%Ln человек участвуют онлайн, но онлайн-группы нет: добавьте онлайн-группу</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s) are in the room, but every group is online: add a group in the room</source>
        <translation>
            <numerusform>%Ln человек находится в зале, но все группы онлайн: добавьте группу в зале</numerusform>
            <numerusform>%Ln человека находятся в зале, но все группы онлайн: добавьте группу в зале</numerusform>
            <numerusform>%Ln человек находятся в зале, но все группы онлайн: добавьте группу в зале</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln online group(s) for %1 people online: there are more groups than people</source>
        <translation>
            <numerusform>%Ln онлайн-группа, а участников онлайн — %1: групп больше, чем людей</numerusform>
            <numerusform>%Ln онлайн-группы, а участников онлайн — %1: групп больше, чем людей</numerusform>
            <numerusform>%Ln онлайн-групп, а участников онлайн — %1: групп больше, чем людей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln group(s) in the room for %1 people there: there are more groups than people</source>
        <translation>
            <numerusform>%Ln группа в зале, а людей в зале — %1: групп больше, чем людей</numerusform>
            <numerusform>%Ln группы в зале, а людей в зале — %1: групп больше, чем людей</numerusform>
            <numerusform>%Ln групп в зале, а людей в зале — %1: групп больше, чем людей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the group &quot;%1&quot; has more leaders than its share of %Ln person(s)</source>
        <translation>
            <numerusform>в группе «%1» слишком много ведущих для её доли (%Ln человек)</numerusform>
            <numerusform>в группе «%1» слишком много ведущих для её доли (%Ln человека)</numerusform>
            <numerusform>в группе «%1» слишком много ведущих для её доли (%Ln человек)</numerusform>
        </translation>
    </message>
    <message>
        <source>this person is already in the group &quot;%1&quot;</source>
        <translation>этот человек уже в группе «%1»</translation>
    </message>
    <message>
        <source>no group is online: add an online group for people who join online</source>
        <translation>нет онлайн-группы: добавьте онлайн-группу для тех, кто участвует онлайн</translation>
    </message>
    <message>
        <source>every group is online: add a group in the room</source>
        <translation>все группы онлайн: добавьте группу в зале</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>group counts: in the room, then online</comment>
        <translation>%1 и %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln group(s) of %1 in the room</source>
        <translation>
            <numerusform>%Ln группа в зале по %1 чел.</numerusform>
            <numerusform>%Ln группы в зале по %1 чел.</numerusform>
            <numerusform>%Ln групп в зале по %1 чел.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln online group(s) of %1</source>
        <translation>
            <numerusform>%Ln онлайн-группа по %1 чел.</numerusform>
            <numerusform>%Ln онлайн-группы по %1 чел.</numerusform>
            <numerusform>%Ln онлайн-групп по %1 чел.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln group(s) of %1</source>
        <translation>
            <numerusform>%Ln группа по %1 чел.</numerusform>
            <numerusform>%Ln группы по %1 чел.</numerusform>
            <numerusform>%Ln групп по %1 чел.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln group(s), nobody in them yet</source>
        <translation>
            <numerusform>%Ln группа, в ней пока никого нет</numerusform>
            <numerusform>%Ln группы, в них пока никого нет</numerusform>
            <numerusform>%Ln групп, в них пока никого нет</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; the stakeholder groups&apos; numbers differ by at most %Ln between groups.</source>
        <translation>
            <numerusform>%1; численность групп заинтересованных сторон различается между группами не более чем на %Ln.</numerusform>
            <numerusform>%1; численность групп заинтересованных сторон различается между группами не более чем на %Ln.</numerusform>
            <numerusform>%1; численность групп заинтересованных сторон различается между группами не более чем на %Ln.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; each has at least one person from %2.</source>
        <translation>%1; в каждой есть хотя бы один человек из %2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln person&apos;s own choice could not be kept: the group was full.</source>
        <comment>plural: people&apos;s own choices</comment>
        <translation>
            <numerusform>Пожелание %Ln человека не удалось учесть: группа была заполнена.</numerusform>
            <numerusform>Пожелания %Ln человек не удалось учесть: группы были заполнены.</numerusform>
            <numerusform>Пожелания %Ln человек не удалось учесть: группы были заполнены.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>core::Briefing</name>
    <message>
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>с %1 до %2</translation>
    </message>
    <message>
        <source>after &quot;%1&quot;</source>
        <translation>после пункта «%1»</translation>
    </message>
    <message>
        <source>after %1&apos;s presentation</source>
        <translation>после выступления спикера %1</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>кому: %1</translation>
    </message>
    <message>
        <source>Briefing for speakers and co-moderators</source>
        <translation>Информационный пакет для спикеров и сомодераторов</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Organizers</source>
        <translation>Организаторы</translation>
    </message>
    <message>
        <source>Onsite moderator</source>
        <translation>Модератор на месте</translation>
    </message>
    <message>
        <source>Online moderator</source>
        <translation>Онлайн-модератор</translation>
    </message>
    <message>
        <source>Rapporteur</source>
        <translation>Докладчик</translation>
    </message>
    <message>
        <source>Policy questions</source>
        <translation>Вопросы политики</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Повестка</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Пункт</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <source>Speaking order</source>
        <translation>Порядок выступлений</translation>
    </message>
    <message>
        <source>No invited speakers yet.</source>
        <translation>Приглашённых спикеров пока нет.</translation>
    </message>
    <message>
        <source>%1, from %2</source>
        <translation>%1, с %2</translation>
    </message>
    <message>
        <source>The empty chair</source>
        <translation>Пустой стул</translation>
    </message>
    <message>
        <source>An empty chair stands next to the speakers. The moderator invites the audience to take it to bring new perspectives or to challenge the speakers; the online moderator takes it on behalf of online participants whenever they wish to join.</source>
        <translation>Рядом со спикерами стоит пустой стул. Модератор приглашает аудиторию занять его, чтобы предложить новый взгляд или оспорить слова спикеров; онлайн-модератор занимает его от имени онлайн-участников, когда они хотят присоединиться к обсуждению.</translation>
    </message>
    <message>
        <source>How online participants join</source>
        <translation>Как присоединяются онлайн-участники</translation>
    </message>
    <message>
        <source>The proposal does not say; agree on it with the online moderator.</source>
        <translation>В заявке это не указано; договоритесь об этом с онлайн-модератором.</translation>
    </message>
    <message>
        <source>Discussion facilitation</source>
        <translation>Организация обсуждения</translation>
    </message>
    <message>
        <source>Prepared questions</source>
        <translation>Подготовленные вопросы</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>Пока нет.</translation>
    </message>
</context>
<context>
    <name>core::CaptionFeed</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <extracomment>%1 is a file name, %2 why it cannot be read</extracomment>
        <translation>не удаётся прочитать %1: %2</translation>
    </message>
</context>
<context>
    <name>core::CommandCatalogue</name>
    <message>
        <source>&quot;participant&quot; must be a whole number</source>
        <translation>«participant» должно быть целым числом</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be text</source>
        <translation>«%1» должно быть текстом</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs &quot;%2&quot;</source>
        <translation>для «%1» нужно поле «%2»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be: %2</source>
        <extracomment>%2 is a kind of value: integer, duration, boolean, text, list or object</extracomment>
        <translation>«%1» должно иметь тип %2</translation>
    </message>
    <message>
        <source>a participant&apos;s id is positive</source>
        <translation>идентификатор участника должен быть положительным</translation>
    </message>
    <message>
        <source>say who: a participant&apos;s id or a name</source>
        <translation>укажите, кто: идентификатор участника или имя</translation>
    </message>
    <message>
        <source>a channel is onsite, online or hub, not &quot;%1&quot;</source>
        <translation>канал может быть onsite, online или hub, а не «%1»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a positive number</source>
        <translation>«%1» должно быть положительным числом</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>неизвестная команда «%1»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes no &quot;%2&quot;</source>
        <translation>«%1» не принимает поле «%2»</translation>
    </message>
    <message>
        <source>extend by some time, not zero</source>
        <translation>продлевать нужно на ненулевое время</translation>
    </message>
    <message>
        <source>pages count from 0</source>
        <translation>страницы нумеруются с 0</translation>
    </message>
    <message>
        <source>participation counts are not negative</source>
        <translation>число участников не может быть отрицательным</translation>
    </message>
    <message>
        <source>name a file</source>
        <translation>укажите файл</translation>
    </message>
    <message>
        <source>onsite moderator</source>
        <translation>модератор на месте</translation>
    </message>
    <message>
        <source>co-moderator</source>
        <translation>сомодератор</translation>
    </message>
    <message>
        <source>online moderator</source>
        <translation>онлайн-модератор</translation>
    </message>
    <message>
        <source>rapporteur</source>
        <translation>докладчик</translation>
    </message>
    <message>
        <source>observer</source>
        <translation>наблюдатель</translation>
    </message>
    <message>
        <source>room display</source>
        <translation>экран зала</translation>
    </message>
    <message>
        <source>the %1 may not %2</source>
        <extracomment>%1 is a role (&quot;online moderator&quot;), %2 a command&apos;s name (&quot;chair-open&quot;).</extracomment>
        <translation>роль %1 не может выполнять %2</translation>
    </message>
    <message>
        <source>a phone&apos;s limits are 0 to 60 minutes between questions and 1 to 100 waiting questions</source>
        <translation>ограничения для телефона: от 0 до 60 минут между вопросами и от 1 до 100 ожидающих вопросов</translation>
    </message>
    <message>
        <source>translator</source>
        <translation>переводчик</translation>
    </message>
    <message>
        <source>captioner</source>
        <translation>стенографист</translation>
    </message>
    <message>
        <source>the volume is 0 to 100</source>
        <translation>громкость — от 0 до 100</translation>
    </message>
    <message>
        <source>a position in a video is not negative</source>
        <translation>позиция в видео не может быть отрицательной</translation>
    </message>
    <message>
        <source>a caption line is empty</source>
        <translation>строка титров пуста</translation>
    </message>
</context>
<context>
    <name>core::DisplayState</name>
    <message>
        <source>unknown scene &quot;%1&quot;</source>
        <translation>неизвестная сцена «%1»</translation>
    </message>
    <message>
        <source>no media file is chosen</source>
        <translation>медиафайл не выбран</translation>
    </message>
    <message>
        <source>a message has 1 to %1 characters</source>
        <translation>сообщение должно содержать от 1 до %1 символов</translation>
    </message>
    <message>
        <source>there is no such media file</source>
        <translation>такого медиафайла нет</translation>
    </message>
    <message>
        <source>there is no such page</source>
        <translation>такой страницы нет</translation>
    </message>
    <message>
        <source>the media file&apos;s description is not valid</source>
        <translation>недопустимое описание медиафайла</translation>
    </message>
    <message>
        <source>a key takeaway has 1 to %1 characters</source>
        <translation>ключевой вывод должен содержать от 1 до %1 символов</translation>
    </message>
    <message>
        <source>there is no such key takeaway</source>
        <translation>такого ключевого вывода нет</translation>
    </message>
    <message>
        <source>unknown event &quot;%1&quot;</source>
        <translation>неизвестное событие «%1»</translation>
    </message>
    <message>
        <source>a comment on a key takeaway has 1 to %1 characters</source>
        <translation>комментарий к ключевому выводу должен содержать от 1 до %1 символов</translation>
    </message>
    <message>
        <source>a participant&apos;s id is 1 or more (0: not named)</source>
        <translation>идентификатор участника — 1 или больше (0 — участник не назван)</translation>
    </message>
    <message>
        <source>subtitles are shown with their video, not on their own</source>
        <translation>субтитры показываются вместе со своим видео, а не отдельно</translation>
    </message>
    <message>
        <source>the volume is 0 to 100</source>
        <translation>громкость — от 0 до 100</translation>
    </message>
    <message>
        <source>no video is chosen for the room display</source>
        <translation>для экрана зала не выбрано видео</translation>
    </message>
    <message>
        <source>a position in a video is not negative</source>
        <translation>позиция в видео не может быть отрицательной</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code</source>
        <translation>«%1» не является кодом языка</translation>
    </message>
    <message>
        <source>a glossary has at most %1 terms</source>
        <translation>в глоссарии может быть не более %1 терминов</translation>
    </message>
    <message>
        <source>each glossary term needs an id of its own</source>
        <translation>каждому термину глоссария нужен собственный идентификатор</translation>
    </message>
    <message>
        <source>a glossary term has 1 to %1 characters and its explanation at most %2</source>
        <translation>термин глоссария должен содержать от 1 до %1 символов, а его пояснение — не более %2</translation>
    </message>
    <message>
        <source>there is no glossary term %1</source>
        <translation>в глоссарии нет термина %1</translation>
    </message>
    <message>
        <source>there is no approved takeaway %1</source>
        <translation>нет утверждённого вывода %1</translation>
    </message>
    <message>
        <source>the message&apos;s translation has no id</source>
        <translation>у перевода сообщения нет идентификатора</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not something that can be translated</source>
        <translation>«%1» нельзя перевести</translation>
    </message>
    <message>
        <source>a translation has at most %1 characters</source>
        <translation>перевод может содержать не более %1 символов</translation>
    </message>
    <message>
        <source>a caption size is small, medium or large, not &quot;%1&quot;</source>
        <translation>размер титров может быть small, medium или large, а не «%1»</translation>
    </message>
    <message>
        <source>subtitles belong to a video of the session</source>
        <translation>субтитры должны относиться к видео этой сессии</translation>
    </message>
    <message>
        <source>only subtitles have a language</source>
        <translation>язык указывается только у субтитров</translation>
    </message>
    <message>
        <source>there is no policy question %1</source>
        <translation>нет вопроса политики %1</translation>
    </message>
</context>
<context>
    <name>core::Error</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Файл %1 не существует.</translation>
    </message>
    <message>
        <source>The file %1 already exists and was left untouched.</source>
        <translation>Файл %1 уже существует и оставлен без изменений.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Moderato. It was not opened and not changed.</source>
        <translation>Файл %1 создан более новой версией Moderato. Он не был ни открыт, ни изменён.</translation>
    </message>
    <message>
        <source>The session file could not be read or written: %1</source>
        <translation>Не удалось прочитать или записать файл сессии: %1</translation>
    </message>
    <message>
        <source>Input/output error: %1</source>
        <translation>Ошибка ввода-вывода: %1</translation>
    </message>
    <message>
        <source>Could not read the input: %1</source>
        <translation>Не удалось прочитать входные данные: %1</translation>
    </message>
    <message>
        <source>Invalid argument: %1</source>
        <translation>Недопустимый аргумент: %1</translation>
    </message>
    <message>
        <source>Not possible now: %1</source>
        <translation>Сейчас невозможно: %1</translation>
    </message>
    <message>
        <source>%1 is not a Moderato session file. It was left untouched.</source>
        <translation>%1 не является файлом сессии Moderato. Файл оставлен без изменений.</translation>
    </message>
    <message>
        <source>The session file is damaged and was left untouched: %1</source>
        <translation>Файл сессии повреждён и оставлен без изменений: %1</translation>
    </message>
    <message>
        <source>%1 is open in another Moderato window or program, which is the only one that may write to it. Nothing was changed.</source>
        <translation>Файл %1 открыт в другом окне Moderato или в другой программе, и записывать в него может только она. Ничего не изменено.</translation>
    </message>
    <message>
        <source>%1 cannot be written (the file, its folder or the disk is read-only). Nothing was changed.</source>
        <translation>Файл %1 недоступен для записи (файл, его папка или диск доступны только для чтения). Ничего не изменено.</translation>
    </message>
</context>
<context>
    <name>core::EventCatalogue</name>
    <message>
        <source>it holds the event &quot;%1&quot; of event vocabulary %2; this version knows vocabulary %3</source>
        <translation>в нём есть событие «%1» из словаря событий %2; эта версия знает словарь %3</translation>
    </message>
    <message>
        <source>it holds the event &quot;%1&quot;, which this version does not know</source>
        <translation>в нём есть событие «%1», которое эта версия не знает</translation>
    </message>
    <message>
        <source>the event &quot;%1&quot; lacks its field &quot;%2&quot;</source>
        <translation>у события «%1» нет поля «%2»</translation>
    </message>
    <message>
        <source>the field &quot;%2&quot; of the event &quot;%1&quot; is not %3</source>
        <translation>поле «%2» события «%1» не имеет тип %3</translation>
    </message>
</context>
<context>
    <name>core::EventLog</name>
    <message>
        <source>line %1: %2</source>
        <translation>строка %1: %2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>не является объектом JSON</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number</source>
        <translation>«%1» должно быть целым числом</translation>
    </message>
    <message>
        <source>an event needs a &quot;type&quot; text and a &quot;data&quot; object</source>
        <translation>у события должны быть строка «type» и объект «data»</translation>
    </message>
    <message>
        <source>event number %1 where %2 was expected</source>
        <translation>событие с номером %1 вместо ожидаемого %2</translation>
    </message>
    <message>
        <source>the log holds no events</source>
        <translation>в журнале нет событий</translation>
    </message>
    <message>
        <source>the log is larger than %1, the most a log may have</source>
        <extracomment>%1 is the largest log accepted, like &quot;67.1 MB&quot;</extracomment>
        <translation>журнал больше %1 — это максимальный размер журнала</translation>
    </message>
    <message>
        <source>longer than %1, the most one event may take</source>
        <extracomment>%1 is the longest line accepted, like &quot;33.6 MB&quot;</extracomment>
        <translation>длиннее %1 — это максимальный размер одного события</translation>
    </message>
    <message>
        <source>more than %1 events, the most a log may hold</source>
        <translation>более %1 событий — это максимум для одного журнала</translation>
    </message>
    <message>
        <source>%1 is too large (%2); an event log may have at most %3</source>
        <extracomment>%1 is a file name, %2 its size, %3 the largest log accepted (both like &quot;67.1 MB&quot;)</extracomment>
        <translation>файл %1 слишком велик (%2); журнал событий может занимать не более %3</translation>
    </message>
    <message>
        <source>%1 is larger than %2, the most an event log may have</source>
        <extracomment>%1 is a file name, %2 the largest log accepted (like &quot;67.1 MB&quot;)</extracomment>
        <translation>файл %1 больше %2 — это максимальный размер журнала событий</translation>
    </message>
    <message>
        <source>%1: the log was made by a newer version of Moderato</source>
        <translation>%1: журнал создан более новой версией Moderato</translation>
    </message>
</context>
<context>
    <name>core::FloorState</name>
    <message>
        <source>a participant needs an id and a name</source>
        <translation>у участника должны быть идентификатор и имя</translation>
    </message>
    <message>
        <source>unknown channel &quot;%1&quot;</source>
        <translation>неизвестный канал «%1»</translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot;</source>
        <translation>неизвестная роль «%1»</translation>
    </message>
    <message>
        <source>there is no such participant</source>
        <translation>такого участника нет</translation>
    </message>
    <message>
        <source>participant %1 exists already</source>
        <translation>участник %1 уже существует</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already a participant</source>
        <translation>«%1» уже является участником</translation>
    </message>
    <message>
        <source>a turn at the floor is a speaker&apos;s or the audience&apos;s</source>
        <translation>выступление может принадлежать только спикеру или аудитории</translation>
    </message>
    <message>
        <source>a turn needs a time limit of at least 10 seconds</source>
        <translation>для выступления нужен лимит времени не меньше 10 секунд</translation>
    </message>
    <message>
        <source>there is no such request to speak</source>
        <translation>такой заявки на выступление нет</translation>
    </message>
    <message>
        <source>nobody holds the floor</source>
        <translation>слово никому не предоставлено</translation>
    </message>
    <message>
        <source>requests to speak are out of order</source>
        <translation>заявки на выступление идут не по порядку</translation>
    </message>
    <message>
        <source>%1 is already waiting to speak</source>
        <translation>%1 уже в очереди на выступление</translation>
    </message>
    <message>
        <source>the new order does not match the queue</source>
        <translation>новый порядок не совпадает с очередью</translation>
    </message>
    <message>
        <source>unknown queue order &quot;%1&quot;</source>
        <translation>неизвестный порядок очереди «%1»</translation>
    </message>
    <message>
        <source>the empty chair is already open</source>
        <translation>пустой стул уже открыт</translation>
    </message>
    <message>
        <source>%1 is in the room: only remote participants claim the chair through the online moderator</source>
        <translation>%1 находится в зале: через онлайн-модератора пустой стул занимают только удалённые участники</translation>
    </message>
    <message>
        <source>a claim on the empty chair is already waiting</source>
        <translation>заявка на пустой стул уже ожидает решения</translation>
    </message>
    <message>
        <source>no claim on the empty chair is waiting</source>
        <translation>нет ожидающей заявки на пустой стул</translation>
    </message>
    <message>
        <source>the empty chair is not open</source>
        <translation>пустой стул не открыт</translation>
    </message>
    <message>
        <source>someone already sits in the empty chair</source>
        <translation>пустой стул уже занят</translation>
    </message>
    <message>
        <source>nobody sits in the empty chair</source>
        <translation>пустой стул никто не занял</translation>
    </message>
    <message>
        <source>%1 is not an invited speaker</source>
        <translation>%1 не является приглашённым спикером</translation>
    </message>
    <message>
        <source>the speaking order must list every invited speaker once</source>
        <translation>в порядке выступлений каждый приглашённый спикер должен быть указан один раз</translation>
    </message>
    <message>
        <source>only invited speakers can be skipped</source>
        <translation>пропускать можно только приглашённых спикеров</translation>
    </message>
    <message>
        <source>unknown event &quot;%1&quot;</source>
        <translation>неизвестное событие «%1»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds the floor; end the turn before changing the roles</source>
        <translation>«%1» сейчас выступает; завершите выступление, прежде чем менять роли</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has taken part in the session and stays in its record</source>
        <translation>«%1» уже участвует в сессии и остаётся в её записи</translation>
    </message>
    <message>
        <source>a turn&apos;s time limit can be at most one hour</source>
        <translation>лимит времени выступления — не более одного часа</translation>
    </message>
    <message>
        <source>the warning time must be between 0 and 30 minutes</source>
        <translation>время предупреждения должно быть от 0 до 30 минут</translation>
    </message>
    <message>
        <source>the walk-in is not the participant of the event</source>
        <translation>незарегистрированный участник не совпадает с участником события</translation>
    </message>
    <message>
        <source>a walk-in is not an invited speaker</source>
        <translation>незарегистрированный участник не может быть приглашённым спикером</translation>
    </message>
    <message>
        <source>this event cannot add a participant</source>
        <translation>это событие не может добавить участника</translation>
    </message>
    <message>
        <source>a phone joined without its participant</source>
        <translation>телефон подключился без своего участника</translation>
    </message>
    <message>
        <source>a report-back names no break-out group</source>
        <translation>в отчёте не указана группа</translation>
    </message>
</context>
<context>
    <name>core::MemoryStore</name>
    <message>
        <source>event %1 does not follow event %2</source>
        <translation>событие %1 не следует за событием %2</translation>
    </message>
    <message>
        <source>the session is open read-only</source>
        <translation>сессия открыта только для чтения</translation>
    </message>
    <message>
        <source>media %1 is stored already</source>
        <translation>медиафайл %1 уже сохранён</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a file name</source>
        <translation>«%1» не является именем файла</translation>
    </message>
    <message>
        <source>%1 is open here: save the copy under another name</source>
        <translation>%1 открыт здесь: сохраните копию под другим именем</translation>
    </message>
</context>
<context>
    <name>core::NoteState</name>
    <message>
        <source>unknown note tag &quot;%1&quot;</source>
        <translation>неизвестный тег заметки «%1»</translation>
    </message>
    <message>
        <source>a note has 1 to %1 characters</source>
        <translation>заметка должна содержать от 1 до %1 символов</translation>
    </message>
    <message>
        <source>there is no such policy question</source>
        <translation>такого вопроса политики нет</translation>
    </message>
    <message>
        <source>note %1 exists already</source>
        <translation>заметка %1 уже существует</translation>
    </message>
    <message>
        <source>a note cannot be typed after it is saved</source>
        <translation>заметку нельзя набирать после её сохранения</translation>
    </message>
    <message>
        <source>there is no such note</source>
        <translation>такой заметки нет</translation>
    </message>
    <message>
        <source>unknown event &quot;%1&quot;</source>
        <translation>неизвестное событие «%1»</translation>
    </message>
</context>
<context>
    <name>core::NotesModel</name>
    <message>
        <source>%1 (empty chair)</source>
        <translation>%1 (пустой стул)</translation>
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
        <translation>в файле больше %1 строк</translation>
    </message>
    <message>
        <source>line %1: a quoted cell is not closed</source>
        <translation>строка %1: не закрыта кавычка в ячейке</translation>
    </message>
    <message>
        <source>the file is larger than 5 MB</source>
        <translation>файл больше 5 МБ</translation>
    </message>
    <message>
        <source>this is not a text file</source>
        <translation>это не текстовый файл</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>файл не является текстом в UTF-8</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>файл пуст</translation>
    </message>
    <message>
        <source>the first row must name the columns, one of them &quot;name&quot;</source>
        <translation>первая строка должна содержать названия столбцов, одно из них — «name»</translation>
    </message>
    <message>
        <source>line %1: no name; the row is skipped</source>
        <translation>строка %1: нет имени; строка пропущена</translation>
    </message>
    <message>
        <source>line %1: the name is longer than 200 characters; the row is skipped</source>
        <translation>строка %1: имя длиннее 200 символов; строка пропущена</translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; appears twice; the later row is skipped</source>
        <translation>строка %1: «%2» встречается дважды; более поздняя строка пропущена</translation>
    </message>
    <message>
        <source>line %1: a hub without a name; &quot;%2&quot; joins online</source>
        <translation>строка %1: хаб без названия; «%2» участвует онлайн</translation>
    </message>
    <message>
        <source>line %1: unknown channel &quot;%2&quot;; &quot;%3&quot; joins onsite</source>
        <translation>строка %1: неизвестный канал «%2»; «%3» участвует очно</translation>
    </message>
    <message>
        <source>line %1: unknown role &quot;%2&quot; is left out</source>
        <translation>строка %1: неизвестная роль «%2» пропущена</translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot;: %2</source>
        <translation>не удалось прочитать «%1»: %2</translation>
    </message>
</context>
<context>
    <name>core::PersonEntryParser</name>
    <message>
        <source>Type the name first, then what you know of them, e.g. &quot;%1&quot;.</source>
        <translation>Сначала введите имя, затем то, что известно о человеке, например «%1».</translation>
    </message>
    <message>
        <source>Name the remote hub after &quot;hub&quot;, e.g. &quot;%1&quot;.</source>
        <translation>Укажите название удалённого хаба после «hub», например «%1».</translation>
    </message>
    <message>
        <source>A name, then, after commas or slashes and in any order: stakeholder group (government, private sector, civil society, technical community, IGO), regional group (Africa, Asia-Pacific, EEG, GRULAC, WEOG), gender (woman, man, non-binary) and channel (room, online, hub NAME). Anything else is kept as the organisation.
Example: %1</source>
        <translation>Имя, затем через запятую или косую черту в любом порядке: группа заинтересованных сторон (government, private sector, civil society, technical community, IGO), региональная группа (Africa, Asia-Pacific, EEG, GRULAC, WEOG), пол (woman, man, non-binary) и канал (room, online, hub NAME). Всё остальное сохраняется как организация.
Пример: %1</translation>
    </message>
</context>
<context>
    <name>core::PreparationChecks</name>
    <message>
        <source>onsite moderator</source>
        <translation>модератор на месте</translation>
    </message>
    <message>
        <source>online moderator</source>
        <translation>онлайн-модератор</translation>
    </message>
    <message>
        <source>rapporteur</source>
        <translation>докладчик</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 и %2</translation>
    </message>
    <message>
        <source>%1, %2 and %3</source>
        <translation>%1, %2 и %3</translation>
    </message>
    <message>
        <source>%1 is %2 at once: one person can hardly follow the room, the online participants and the notes together. Consider asking someone else to take one of these roles.</source>
        <translation>%1 — одновременно %2: одному человеку вряд ли удастся следить сразу за залом, онлайн-участниками и заметками. Попросите кого-нибудь другого взять на себя одну из этих ролей.</translation>
    </message>
</context>
<context>
    <name>core::ProposalImporter</name>
    <message>
        <source>The title &quot;%1&quot; has no workshop code such as &quot;IGF 2019 WS #195&quot;.</source>
        <translation>В названии «%1» нет кода семинара вида «IGF 2019 WS #195».</translation>
    </message>
    <message>
        <source>The organizer line &quot;%1&quot; names no person; it was left out.</source>
        <translation>Строка организатора «%1» не называет человека; она пропущена.</translation>
    </message>
    <message>
        <source>The speaker line &quot;%1&quot; names no person; it was left out.</source>
        <translation>Строка спикера «%1» не называет человека; она пропущена.</translation>
    </message>
    <message>
        <source>Could not read the onsite moderator from &quot;%1&quot;.</source>
        <translation>Не удалось прочитать модератора на месте из «%1».</translation>
    </message>
    <message>
        <source>Could not read the online moderator from &quot;%1&quot;.</source>
        <translation>Не удалось прочитать онлайн-модератора из «%1».</translation>
    </message>
    <message>
        <source>Could not read the rapporteur from &quot;%1&quot;.</source>
        <translation>Не удалось прочитать докладчика из «%1».</translation>
    </message>
    <message>
        <source>The line &quot;%1&quot; after the online moderator has no &quot;Rapporteur:&quot; label; it was read as the rapporteur.</source>
        <translation>Строка «%1» после онлайн-модератора не имеет метки «Rapporteur:»; она прочитана как докладчик.</translation>
    </message>
    <message>
        <source>The proposal has no agenda; one was built for %L1 minutes.</source>
        <translation>В заявке нет повестки; составлена повестка на %L1 мин.</translation>
    </message>
    <message>
        <source>The proposal has no agenda; one was built for the format &quot;%1&quot; and %L2 minutes.</source>
        <translation>В заявке нет повестки; составлена повестка для формата «%1» на %L2 мин.</translation>
    </message>
    <message>
        <source>Introduction of speakers and ice-breaker</source>
        <translation>Представление спикеров и разминка</translation>
    </message>
    <message>
        <source>Agenda item %1</source>
        <translation>Пункт повестки %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln agenda item(s) give no duration: %1. They share the minutes the other items leave of the session.</source>
        <translation>
            <numerusform>%Ln пункт повестки не указывает длительность: %1. Он получает минуты, которые остаются от других пунктов.</numerusform>
            <numerusform>%Ln пункта повестки не указывают длительность: %1. Они делят минуты, которые остаются от других пунктов.</numerusform>
            <numerusform>%Ln пунктов повестки не указывают длительность: %1. Они делят минуты, которые остаются от других пунктов.</numerusform>
        </translation>
    </message>
    <message>
        <source>The agenda gives the floor to the speakers, but the proposal names none; &quot;%1&quot; was kept as one item.</source>
        <translation>Повестка даёт слово спикерам, но в заявке они не названы; «%1» оставлен одним пунктом.</translation>
    </message>
    <message>
        <source>The agenda adds up to %L1 minutes; the format says %L2 (%L3 more).</source>
        <translation>Повестка в сумме занимает %L1 мин., а по формату — %L2 (на %L3 больше).</translation>
    </message>
    <message>
        <source>The agenda adds up to %L1 minutes; the format says %L2 (%L3 fewer).</source>
        <translation>Повестка в сумме занимает %L1 мин., а по формату — %L2 (на %L3 меньше).</translation>
    </message>
    <message>
        <source>the text is not an IGF workshop proposal: it has no title with a workshop code and none of the fields such as &quot;Speaker 1:&quot;</source>
        <translation>текст не является заявкой на семинар IGF: в нём нет ни названия с кодом семинара, ни полей вроде «Speaker 1:»</translation>
    </message>
    <message>
        <source>Untitled workshop</source>
        <translation>Семинар без названия</translation>
    </message>
    <message>
        <source>The proposal has no title; the session is called &quot;%1&quot;.</source>
        <translation>В заявке нет названия; сессия названа «%1».</translation>
    </message>
    <message>
        <source>The proposal names no speakers.</source>
        <translation>В заявке не названы спикеры.</translation>
    </message>
    <message>
        <source>The proposal names no session format; %L1 minutes were assumed.</source>
        <translation>В заявке не указан формат сессии; принято %L1 мин.</translation>
    </message>
    <message>
        <source>The session format &quot;%1&quot; gives no duration; %L2 minutes were assumed.</source>
        <translation>Формат сессии «%1» не указывает длительность; принято %L2 мин.</translation>
    </message>
    <message>
        <source>The proposal names no onsite moderator.</source>
        <translation>В заявке не назван модератор на месте.</translation>
    </message>
    <message>
        <source>The proposal names no online moderator.</source>
        <translation>В заявке не назван онлайн-модератор.</translation>
    </message>
    <message>
        <source>The proposal names no rapporteur.</source>
        <translation>В заявке не назван докладчик.</translation>
    </message>
    <message>
        <source>The proposal has no policy questions.</source>
        <translation>В заявке нет вопросов политики.</translation>
    </message>
    <message>
        <source>%L1 MB is too large for a proposal (at most 2 MB)</source>
        <translation>%L1 МБ — слишком много для заявки (не более 2 МБ)</translation>
    </message>
    <message>
        <source>the proposal is empty</source>
        <translation>заявка пуста</translation>
    </message>
    <message>
        <source>the proposal holds binary data, not text</source>
        <translation>заявка содержит двоичные данные, а не текст</translation>
    </message>
    <message>
        <source>the proposal is not UTF-8 text</source>
        <translation>заявка не является текстом в UTF-8</translation>
    </message>
    <message>
        <source>Only the first %1 speakers were read.</source>
        <translation>Прочитаны только первые %1 спикеров.</translation>
    </message>
    <message>
        <source>Only the first %1 agenda lines were read.</source>
        <translation>Прочитаны только первые %1 строк повестки.</translation>
    </message>
    <message>
        <source>%1 minutes are too few for a slot for each of the %2 speakers and the audience after each; &quot;%3&quot; was kept as one item.</source>
        <translation>%1 мин. недостаточно, чтобы дать слово каждому из %2 спикеров и залу после каждого; «%3» оставлен одним пунктом.</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Группа %1</translation>
    </message>
    <message>
        <source>Online group</source>
        <translation>Онлайн-группа</translation>
    </message>
</context>
<context>
    <name>core::QuestionBank</name>
    <message>
        <source>a session can have at most %1 prepared questions</source>
        <translation>в сессии может быть не более %1 подготовленных вопросов</translation>
    </message>
    <message>
        <source>a prepared question has an invalid id</source>
        <translation>у подготовленного вопроса недопустимый идентификатор</translation>
    </message>
    <message>
        <source>a prepared question needs a text of 1 to %1 characters</source>
        <translation>текст подготовленного вопроса должен содержать от 1 до %1 символов</translation>
    </message>
    <message>
        <source>a prepared question belongs to no agenda item</source>
        <translation>подготовленный вопрос не относится ни к одному пункту повестки</translation>
    </message>
    <message>
        <source>a prepared question is for no participant</source>
        <translation>подготовленный вопрос не адресован ни одному участнику</translation>
    </message>
    <message>
        <source>there is no such prepared question</source>
        <translation>такого подготовленного вопроса нет</translation>
    </message>
    <message>
        <source>unknown event &quot;%1&quot;</source>
        <translation>неизвестное событие «%1»</translation>
    </message>
    <message>
        <source>a prepared question needs a text</source>
        <translation>у подготовленного вопроса должен быть текст</translation>
    </message>
</context>
<context>
    <name>core::ReplayScript</name>
    <message>
        <source>line %1: %2</source>
        <translation>строка %1: %2</translation>
    </message>
    <message>
        <source>a quote is not closed</source>
        <translation>не закрыта кавычка</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time (M:SS or H:MM:SS)</source>
        <translation>«%1» не является временем (M:SS или H:MM:SS)</translation>
    </message>
    <message>
        <source>the time goes backwards</source>
        <translation>время меньше, чем в предыдущей строке</translation>
    </message>
    <message>
        <source>an action is missing after the time</source>
        <translation>после времени не указано действие</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot;; known actions: %2</source>
        <translation>неизвестное действие «%1»; допустимые действия: %2</translation>
    </message>
    <message>
        <source>wrong number of arguments for &quot;%1&quot;</source>
        <translation>неверное число аргументов для «%1»</translation>
    </message>
    <message>
        <source>goto needs an item number from 1</source>
        <translation>для goto нужен номер пункта, начиная с 1</translation>
    </message>
    <message>
        <source>extend needs +M or -M minutes</source>
        <translation>для extend нужно указать +M или -M минут</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>для %1 нужно значение</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not take the option %2</source>
        <translation>«%1» не принимает параметр %2</translation>
    </message>
    <message>
        <source>a name is empty</source>
        <translation>пустое имя</translation>
    </message>
    <message>
        <source>a note&apos;s tags are #takeaway, #action, #question, #agree, #disagree or #quote</source>
        <translation>теги заметки: #takeaway, #action, #question, #agree, #disagree или #quote</translation>
    </message>
    <message>
        <source>--%1 takes %2</source>
        <translation>для --%1 нужно указать %2</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>целое число</translation>
    </message>
    <message>
        <source>a duration such as 90s, 2m, -1m or 1:30</source>
        <translation>длительность, например 90s, 2m, -1m или 1:30</translation>
    </message>
    <message>
        <source>yes or no</source>
        <translation>yes или no</translation>
    </message>
    <message>
        <source>a JSON object or list</source>
        <translation>JSON-объект или список</translation>
    </message>
    <message>
        <source>nobody is called &quot;%1&quot;</source>
        <translation>никого не зовут «%1»</translation>
    </message>
    <message>
        <source>--question needs a policy question&apos;s number from 1</source>
        <translation>для --question нужен номер вопроса политики, начиная с 1</translation>
    </message>
    <message>
        <source>groups needs the break-out item&apos;s id first</source>
        <translation>для groups сначала нужен идентификатор пункта работы в группах</translation>
    </message>
    <message>
        <source>report-back takes a group&apos;s id</source>
        <translation>для report-back нужен идентификатор группы</translation>
    </message>
    <message>
        <source>--group needs a break-out group&apos;s id</source>
        <translation>для --group нужен идентификатор группы</translation>
    </message>
</context>
<context>
    <name>core::Report</name>
    <message>
        <source>Key policy questions and expectations</source>
        <translation>Ключевые вопросы политики и ожидания</translation>
    </message>
    <message>
        <source>Discussion areas</source>
        <translation>Темы обсуждения</translation>
    </message>
    <message>
        <source>Policy recommendations or suggestions for the way forward</source>
        <translation>Рекомендации в области политики или предложения о дальнейших действиях</translation>
    </message>
    <message>
        <source>Other initiatives addressing the session issues</source>
        <translation>Другие инициативы по вопросам, рассмотренным на сессии</translation>
    </message>
    <message>
        <source>Making progress for tackled issues</source>
        <translation>Достижение прогресса по рассмотренным вопросам</translation>
    </message>
    <message>
        <source>Estimated participation</source>
        <translation>Оценочное число участников</translation>
    </message>
    <message>
        <source>Reflection to gender issues</source>
        <translation>Отражение гендерной проблематики</translation>
    </message>
    <message>
        <source>Session outputs</source>
        <translation>Результаты сессии</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Дата: %1</translation>
    </message>
    <message>
        <source>Organizers</source>
        <translation>Организаторы</translation>
    </message>
    <message>
        <source>Rapporteur</source>
        <translation>Докладчик</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Спикеры</translation>
    </message>
    <message>
        <source>Short report</source>
        <translation>Краткий отчёт</translation>
    </message>
    <message>
        <source>Key takeaways</source>
        <translation>Ключевые выводы</translation>
    </message>
    <message>
        <source>Calls to action</source>
        <translation>Призывы к действию</translation>
    </message>
    <message>
        <source>Long report</source>
        <translation>Подробный отчёт</translation>
    </message>
    <message>
        <source>Floor time by stakeholder group</source>
        <translation>Время выступлений по группам заинтересованных сторон</translation>
    </message>
    <message>
        <source>Stakeholder group</source>
        <translation>Группа заинтересованных сторон</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Turns</source>
        <translation>Выступления</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>не указано</translation>
    </message>
    <message>
        <source>Planned and actual time</source>
        <translation>Плановое и фактическое время</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Пункт повестки</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>План</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Факт</translation>
    </message>
    <message>
        <source>stakeholder group not given</source>
        <translation>группа заинтересованных сторон не указана</translation>
    </message>
    <message numerus="yes">
        <source>%Ln participant(s) joined from their phones</source>
        <translation>
            <numerusform>%Ln участник подключился с телефона</numerusform>
            <numerusform>%Ln участника подключились с телефонов</numerusform>
            <numerusform>%Ln участников подключились с телефонов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln written question(s) sent</source>
        <translation>
            <numerusform>%Ln письменный вопрос отправлен</numerusform>
            <numerusform>%Ln письменных вопроса отправлено</numerusform>
            <numerusform>%Ln письменных вопросов отправлено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln taken up by the moderator</source>
        <translation>
            <numerusform>из них %Ln принят модератором</numerusform>
            <numerusform>из них %Ln принято модератором</numerusform>
            <numerusform>из них %Ln принято модератором</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2)</source>
        <translation>«%1» (%2)</translation>
    </message>
    <message>
        <source>%1 — agree: %2, disagree: %3</source>
        <translation>%1 — за: %2, против: %3</translation>
    </message>
    <message>
        <source>Comments: %1</source>
        <translation>Комментарии: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>From participants&apos; phones</source>
        <translation>С телефонов участников</translation>
    </message>
    <message>
        <source>Reactions to the key takeaways</source>
        <translation>Реакции на ключевые выводы</translation>
    </message>
    <message>
        <source>Participants&apos; own key takeaways</source>
        <translation>Ключевые выводы самих участников</translation>
    </message>
    <message>
        <source>No Poverty</source>
        <translation>Ликвидация нищеты</translation>
    </message>
    <message>
        <source>Zero Hunger</source>
        <translation>Ликвидация голода</translation>
    </message>
    <message>
        <source>Good Health and Well-Being</source>
        <translation>Хорошее здоровье и благополучие</translation>
    </message>
    <message>
        <source>Quality Education</source>
        <translation>Качественное образование</translation>
    </message>
    <message>
        <source>Gender Equality</source>
        <translation>Гендерное равенство</translation>
    </message>
    <message>
        <source>Clean Water and Sanitation</source>
        <translation>Чистая вода и санитария</translation>
    </message>
    <message>
        <source>Affordable and Clean Energy</source>
        <translation>Недорогостоящая и чистая энергия</translation>
    </message>
    <message>
        <source>Decent Work and Economic Growth</source>
        <translation>Достойная работа и экономический рост</translation>
    </message>
    <message>
        <source>Industry, Innovation and Infrastructure</source>
        <translation>Индустриализация, инновации и инфраструктура</translation>
    </message>
    <message>
        <source>Reduced Inequalities</source>
        <translation>Уменьшение неравенства</translation>
    </message>
    <message>
        <source>Sustainable Cities and Communities</source>
        <translation>Устойчивые города и населённые пункты</translation>
    </message>
    <message>
        <source>Responsible Consumption and Production</source>
        <translation>Ответственное потребление и производство</translation>
    </message>
    <message>
        <source>Climate Action</source>
        <translation>Борьба с изменением климата</translation>
    </message>
    <message>
        <source>Life Below Water</source>
        <translation>Сохранение морских экосистем</translation>
    </message>
    <message>
        <source>Life on Land</source>
        <translation>Сохранение экосистем суши</translation>
    </message>
    <message>
        <source>Peace, Justice and Strong Institutions</source>
        <translation>Мир, правосудие и эффективные институты</translation>
    </message>
    <message>
        <source>Partnerships for the Goals</source>
        <translation>Партнёрство в интересах устойчивого развития</translation>
    </message>
    <message>
        <source>Women: %1 of the %2 people who took the floor (%3 % of the floor time).</source>
        <translation>Женщины: %1 из %2 выступавших (%3 % времени выступлений).</translation>
    </message>
    <message>
        <source>Men: %1 (%2 %). Gender described otherwise: %3 (%4 %). Gender not given: %5 (%6 %).</source>
        <translation>Мужчины: %1 (%2 %). Пол указан иначе: %3 (%4 %). Пол не указан: %5 (%6 %).</translation>
    </message>
    <message>
        <source>Invited speakers who are women: %1 of %2.</source>
        <translation>Женщины среди приглашённых спикеров: %1 из %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>Other initiatives: the names of the initiatives a sentence names, then the sentence</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Entered by the rapporteur: onsite %1, online %2, of whom women %3.</source>
        <translation>Введено докладчиком: очно %1, онлайн %2, из них женщин %3.</translation>
    </message>
    <message>
        <source>Estimated from who took part (the floor, the queue, the empty chair, phones): %1 in the room, %2 online, %3 at a remote hub.</source>
        <translation>Оценка по тем, кто принимал участие (выступления, очередь, пустой стул, телефоны): в зале %1, онлайн %2, через удалённый хаб %3.</translation>
    </message>
    <message>
        <source>Women: %1 of the %2 people whose gender is known.</source>
        <translation>Женщины: %1 из %2 человек, чей пол известен.</translation>
    </message>
    <message>
        <source>Nobody&apos;s gender is known.</source>
        <translation>Пол участников неизвестен.</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <extracomment>When the session ran: its start and end time</extracomment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Goal %1: %2</source>
        <extracomment>A Sustainable Development Goal: its number and title</extracomment>
        <translation>Цель %1: %2</translation>
    </message>
    <message>
        <source>Finding: %1</source>
        <translation>Заключение: %1</translation>
    </message>
    <message>
        <source>Agreement: %1</source>
        <translation>Согласие: %1</translation>
    </message>
    <message>
        <source>Disagreement: %1</source>
        <translation>Несогласие: %1</translation>
    </message>
    <message>
        <source>participant %1</source>
        <translation>участник %1</translation>
    </message>
    <message>
        <source>in the room</source>
        <translation>в зале</translation>
    </message>
    <message>
        <source>online</source>
        <translation>онлайн</translation>
    </message>
    <message>
        <source>at the hub %1</source>
        <translation>через хаб %1</translation>
    </message>
    <message numerus="yes">
        <source>The empty chair was opened %Ln time(s)</source>
        <translation>
            <numerusform>Пустой стул открывали %Ln раз</numerusform>
            <numerusform>Пустой стул открывали %Ln раза</numerusform>
            <numerusform>Пустой стул открывали %Ln раз</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s) sat there</source>
        <translation>
            <numerusform>на нём сидел %Ln человек</numerusform>
            <numerusform>на нём сидели %Ln человека</numerusform>
            <numerusform>на нём сидели %Ln человек</numerusform>
        </translation>
    </message>
    <message>
        <source>for %1 in all.</source>
        <translation>в общей сложности %1.</translation>
    </message>
    <message>
        <source>Time: %1</source>
        <translation>Время: %1</translation>
    </message>
    <message>
        <source>Sustainable Development Goals</source>
        <translation>Цели устойчивого развития</translation>
    </message>
    <message>
        <source>Onsite moderator</source>
        <translation>Модератор на месте</translation>
    </message>
    <message>
        <source>Online moderator</source>
        <translation>Онлайн-модератор</translation>
    </message>
    <message>
        <source>Draft from the session, for the rapporteur to confirm.</source>
        <translation>Черновик по материалам сессии; его должен подтвердить докладчик.</translation>
    </message>
    <message>
        <source>Floor time in the room, online and at hubs</source>
        <translation>Время выступлений в зале, онлайн и через хабы</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Доля</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>The empty chair</source>
        <translation>Пустой стул</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Открыт</translation>
    </message>
    <message>
        <source>Who sat there</source>
        <translation>Кто сидел</translation>
    </message>
    <message>
        <source>Via the online moderator</source>
        <translation>Через онлайн-модератора</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>никто</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Invited speakers who are women: %1 of %2; gender not given for %3.</source>
        <translation>Женщины среди приглашённых спикеров: %1 из %2; пол не указан у %3.</translation>
    </message>
    <message>
        <source>at %1</source>
        <extracomment>Where a drafted line comes from: the time on the session&apos;s clock</extracomment>
        <translation>на %1</translation>
    </message>
    <message>
        <source>the rapporteur&apos;s note %1</source>
        <translation>заметка докладчика %1</translation>
    </message>
    <message>
        <source>transcript, line %1</source>
        <translation>стенограмма, строка %1</translation>
    </message>
    <message>
        <source>someone in the room</source>
        <translation>кто-то из зала</translation>
    </message>
    <message>
        <source>On &quot;%1&quot;: %2: %3</source>
        <translation>К «%1»: %2: %3</translation>
    </message>
    <message>
        <source>Room: %1</source>
        <translation>Зал: %1</translation>
    </message>
    <message>
        <source>Comments from the room on the key takeaways</source>
        <translation>Комментарии из зала к ключевым выводам</translation>
    </message>
    <message>
        <source>Sources of the drafted lines</source>
        <translation>Источники строк черновика</translation>
    </message>
    <message>
        <source>Break-out groups</source>
        <translation>Работа в группах</translation>
    </message>
    <message>
        <source>Topic: %1</source>
        <translation>Тема: %1</translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation>Место: %1</translation>
    </message>
    <message>
        <source>Facilitator: %1</source>
        <translation>Ведущий: %1</translation>
    </message>
    <message>
        <source>Rapporteur: %1</source>
        <translation>Докладчик: %1</translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Key points</source>
        <translation>Ключевые моменты</translation>
    </message>
    <message>
        <source>Report-back: %1</source>
        <translation>Отчёт группы: %1</translation>
    </message>
    <message>
        <source>Notes from the report-back</source>
        <translation>Заметки из отчётов групп</translation>
    </message>
</context>
<context>
    <name>core::ReportState</name>
    <message>
        <source>the report has no field &quot;%1&quot;</source>
        <translation>в отчёте нет поля «%1»</translation>
    </message>
    <message>
        <source>a report field has at most 20,000 characters</source>
        <translation>поле отчёта может содержать не более 20&#xa0;000 символов</translation>
    </message>
    <message>
        <source>participation counts are 0 or more, and women are at most everyone counted</source>
        <translation>число участников не может быть отрицательным, а число женщин не может превышать общее число участников</translation>
    </message>
    <message>
        <source>the transcript holds no turns</source>
        <translation>в стенограмме нет ни одного выступления</translation>
    </message>
    <message>
        <source>unknown event &quot;%1&quot;</source>
        <translation>неизвестное событие «%1»</translation>
    </message>
    <message>
        <source>the transcript&apos;s times do not fit its turns</source>
        <translation>время в стенограмме не соответствует её выступлениям</translation>
    </message>
    <message>
        <source>a caption line is empty</source>
        <translation>строка титров пуста</translation>
    </message>
    <message>
        <source>a caption line has at most %1 characters and its speaker at most %2</source>
        <translation>строка титров может содержать не более %1 символов, а имя говорящего — не более %2</translation>
    </message>
    <message>
        <source>a caption line is one line of plain text</source>
        <translation>строка титров должна быть одной строкой обычного текста</translation>
    </message>
    <message>
        <source>a caption line&apos;s speaker or time does not fit</source>
        <translation>говорящий или время строки титров не подходят</translation>
    </message>
</context>
<context>
    <name>core::Session</name>
    <message>
        <source>the session file holds no session</source>
        <translation>в файле сессии нет сессии</translation>
    </message>
    <message>
        <source>the session has ended</source>
        <translation>сессия завершена</translation>
    </message>
    <message>
        <source>this is the last agenda item</source>
        <translation>это последний пункт повестки</translation>
    </message>
    <message>
        <source>this is the first agenda item</source>
        <translation>это первый пункт повестки</translation>
    </message>
    <message>
        <source>there is no such agenda item</source>
        <translation>такого пункта повестки нет</translation>
    </message>
    <message>
        <source>the agenda has items 1 to %1, not %2</source>
        <translation>в повестке пункты с 1 по %1, а не %2</translation>
    </message>
    <message>
        <source>there is no such participant</source>
        <translation>такого участника нет</translation>
    </message>
    <message>
        <source>nobody is waiting to speak</source>
        <translation>никто не ждёт слова</translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation>%1 не является файлом</translation>
    </message>
    <message>
        <source>%1 is %2; a media file may be at most %3</source>
        <translation>размер %1 — %2; медиафайл может занимать не более %3</translation>
    </message>
    <message>
        <source>the session&apos;s media would exceed %1; remove some first</source>
        <translation>медиафайлы сессии превысят %1; сначала удалите часть из них</translation>
    </message>
    <message>
        <source>%1 could not be read completely</source>
        <translation>не удалось полностью прочитать %1</translation>
    </message>
    <message>
        <source>%1 is %2: only images, SVG, PDF and video can be shown</source>
        <translation>%1 — это %2: показывать можно только изображения, SVG, PDF и видео</translation>
    </message>
    <message>
        <source>the session is open read-only; save a copy to continue in it</source>
        <translation>сессия открыта только для чтения; чтобы продолжить работу, сохраните копию</translation>
    </message>
    <message>
        <source>there is no such request to speak</source>
        <translation>такой заявки на выступление нет</translation>
    </message>
    <message>
        <source>unknown note tag &quot;%1&quot;</source>
        <translation>неизвестный тег заметки «%1»</translation>
    </message>
    <message>
        <source>nothing to re-balance</source>
        <translation>нечего перераспределять</translation>
    </message>
    <message>
        <source>unknown queue order &quot;%1&quot;</source>
        <translation>неизвестный порядок очереди «%1»</translation>
    </message>
    <message>
        <source>unknown scene &quot;%1&quot;</source>
        <translation>неизвестная сцена «%1»</translation>
    </message>
    <message>
        <source>the store holds a session already</source>
        <translation>в хранилище уже есть сессия</translation>
    </message>
    <message>
        <source>this is a copy of a shared session: it changes only from the host</source>
        <translation>это копия общей сессии: она изменяется только через хост</translation>
    </message>
    <message>
        <source>only a copy of a shared session takes events from a host</source>
        <translation>события от хоста принимает только копия общей сессии</translation>
    </message>
    <message>
        <source>event %1 came where event %2 was due</source>
        <translation>пришло событие %1, хотя ожидалось событие %2</translation>
    </message>
    <message>
        <source>%1 is a joined device&apos;s copy of a session shared by %2: it opens read-only; save a copy to continue in it</source>
        <translation>%1 — копия общей сессии с хоста %2, сделанная на подключённом устройстве: она открывается только для чтения; чтобы продолжить работу, сохраните копию</translation>
    </message>
    <message>
        <source>&quot;%1&quot; reads a file: only the host&apos;s own window can do it</source>
        <translation>«%1» читает файл: это может сделать только собственное окно хоста</translation>
    </message>
    <message>
        <source>a phone asks only for its own participant</source>
        <translation>телефон может подавать заявки только за своего участника</translation>
    </message>
    <message>
        <source>the empty chair is not open</source>
        <translation>пустой стул не открыт</translation>
    </message>
    <message>
        <source>%1 holds control characters</source>
        <translation>%1 содержит управляющие символы</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 не может быть пустым</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters</source>
        <translation>%1 длиннее %2 символов</translation>
    </message>
    <message>
        <source>no phone &quot;%1&quot; joined</source>
        <translation>телефон «%1» не подключался</translation>
    </message>
    <message>
        <source>the moderator blocked this phone</source>
        <translation>модератор заблокировал этот телефон</translation>
    </message>
    <message>
        <source>a phone may not &quot;%1&quot;</source>
        <translation>телефону не разрешено выполнять «%1»</translation>
    </message>
    <message>
        <source>a phone&apos;s id is 1 to 32 lower-case letters and digits</source>
        <translation>идентификатор телефона должен состоять из 1–32 строчных латинских букв и цифр</translation>
    </message>
    <message>
        <source>the phone &quot;%1&quot; has joined already</source>
        <translation>телефон «%1» уже подключён</translation>
    </message>
    <message>
        <source>joining from phones is closed</source>
        <translation>подключение с телефонов закрыто</translation>
    </message>
    <message>
        <source>the name</source>
        <translation>имя</translation>
    </message>
    <message>
        <source>a detail</source>
        <translation>одно из полей</translation>
    </message>
    <message>
        <source>the question</source>
        <translation>вопрос</translation>
    </message>
    <message>
        <source>there is no such policy question</source>
        <translation>такого вопроса политики нет</translation>
    </message>
    <message>
        <source>this phone&apos;s questions are still waiting for the moderator</source>
        <translation>вопросы с этого телефона ещё ждут модератора</translation>
    </message>
    <message>
        <source>this phone sent a question a moment ago</source>
        <translation>этот телефон только что отправил вопрос</translation>
    </message>
    <message>
        <source>there is no such takeaway</source>
        <translation>такого вывода нет</translation>
    </message>
    <message>
        <source>the comment</source>
        <translation>комментарий</translation>
    </message>
    <message>
        <source>a reaction is agree, disagree or comment, not &quot;%1&quot;</source>
        <translation>реакция может быть agree, disagree или comment, а не «%1»</translation>
    </message>
    <message>
        <source>only a comment has text</source>
        <translation>текст бывает только у комментария</translation>
    </message>
    <message>
        <source>this phone&apos;s reaction is already &quot;%1&quot;</source>
        <translation>реакция этого телефона уже «%1»</translation>
    </message>
    <message>
        <source>the takeaway</source>
        <translation>вывод</translation>
    </message>
    <message>
        <source>the phone is blocked already</source>
        <translation>телефон уже заблокирован</translation>
    </message>
    <message>
        <source>the phone is not blocked</source>
        <translation>телефон не заблокирован</translation>
    </message>
    <message>
        <source>joining from phones is open already</source>
        <translation>подключение с телефонов уже открыто</translation>
    </message>
    <message>
        <source>joining from phones is closed already</source>
        <translation>подключение с телефонов уже закрыто</translation>
    </message>
    <message>
        <source>the session has not started, so the transcript&apos;s times cannot be placed from its start</source>
        <translation>сессия ещё не началась, поэтому время стенограммы нельзя отсчитать от её начала</translation>
    </message>
    <message>
        <source>there is no such key takeaway</source>
        <translation>такого ключевого вывода нет</translation>
    </message>
    <message>
        <source>there is no such break-out item</source>
        <translation>такого пункта работы в группах нет</translation>
    </message>
    <message>
        <source>every group of &quot;%1&quot; has reported back</source>
        <translation>все группы пункта «%1» уже отчитались</translation>
    </message>
    <message>
        <source>no break-out item with groups comes before this one</source>
        <translation>перед этим пунктом нет пункта работы в группах с группами</translation>
    </message>
    <message>
        <source>there is no such break-out group</source>
        <translation>такой группы нет</translation>
    </message>
    <message>
        <source>the group &quot;%1&quot; has nobody to report back: give it a rapporteur</source>
        <translation>в группе «%1» некому отчитываться: назначьте докладчика</translation>
    </message>
    <message>
        <source>there is no video %1 in the session</source>
        <translation>в сессии нет видео %1</translation>
    </message>
    <message>
        <source>%1 cannot be read as subtitles: %2</source>
        <extracomment>%1 is a file name, %2 what is wrong with it</extracomment>
        <translation>не удаётся прочитать %1 как субтитры: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code</source>
        <translation>«%1» не является кодом языка</translation>
    </message>
    <message>
        <source>there is no glossary term %1</source>
        <translation>в глоссарии нет термина %1</translation>
    </message>
    <message>
        <source>a caption line is empty</source>
        <translation>строка титров пуста</translation>
    </message>
    <message>
        <source>there is no participant %1</source>
        <translation>нет участника %1</translation>
    </message>
    <message>
        <source>a caption line cannot be said before the session or later than now</source>
        <translation>строка титров не может быть произнесена до начала сессии или позже текущего момента</translation>
    </message>
    <message>
        <source>a caption size is small, medium or large, not &quot;%1&quot;</source>
        <translation>размер титров может быть small, medium или large, а не «%1»</translation>
    </message>
    <message>
        <source>there is no policy question %1</source>
        <translation>нет вопроса политики %1</translation>
    </message>
</context>
<context>
    <name>core::SessionDefinition</name>
    <message>
        <source>the session has no title</source>
        <translation>у сессии нет названия</translation>
    </message>
    <message>
        <source>New workshop</source>
        <translation>Новый семинар</translation>
    </message>
</context>
<context>
    <name>core::SessionFiles</name>
    <message>
        <source>%1 is not a regular file</source>
        <translation>%1 не является обычным файлом</translation>
    </message>
</context>
<context>
    <name>core::SessionState</name>
    <message>
        <source>event %1 is older than the event before it</source>
        <translation>событие %1 старше предыдущего события</translation>
    </message>
    <message>
        <source>the session log does not start with the session&apos;s definition</source>
        <translation>журнал сессии не начинается с описания сессии</translation>
    </message>
    <message>
        <source>there is no such agenda item</source>
        <translation>такого пункта повестки нет</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a block, not a single item</source>
        <translation>«%1» — это блок, а не отдельный пункт</translation>
    </message>
    <message>
        <source>the session is defined twice</source>
        <translation>сессия описана дважды</translation>
    </message>
    <message>
        <source>the session has ended</source>
        <translation>сессия завершена</translation>
    </message>
    <message>
        <source>the clock has already started</source>
        <translation>таймер уже запущен</translation>
    </message>
    <message>
        <source>the clock is not running</source>
        <translation>таймер не идёт</translation>
    </message>
    <message>
        <source>the clock is not paused</source>
        <translation>таймер не на паузе</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already the current item</source>
        <translation>«%1» уже является текущим пунктом</translation>
    </message>
    <message>
        <source>an agenda item cannot be shorter than one minute</source>
        <translation>пункт повестки не может быть короче одной минуты</translation>
    </message>
    <message>
        <source>the re-balanced plan is not valid</source>
        <translation>план после перераспределения недопустим</translation>
    </message>
    <message>
        <source>the re-balanced plan is empty</source>
        <translation>план после перераспределения пуст</translation>
    </message>
    <message>
        <source>the clock has not started</source>
        <translation>таймер ещё не запущен</translation>
    </message>
    <message>
        <source>the agenda can be edited until the clock starts; then extend or re-balance items</source>
        <translation>повестку можно редактировать до запуска таймера; после этого продлевайте пункты или перераспределяйте время</translation>
    </message>
    <message>
        <source>the session&apos;s details can be edited until the clock starts</source>
        <translation>сведения о сессии можно изменять до запуска таймера</translation>
    </message>
    <message>
        <source>the title can have at most 300 characters, the code 100</source>
        <translation>название может содержать не более 300 символов, код — не более 100</translation>
    </message>
    <message>
        <source>a session lasts between 1 and 600 minutes</source>
        <translation>сессия длится от 1 до 600 минут</translation>
    </message>
    <message>
        <source>a session can have at most 20 policy questions</source>
        <translation>в сессии может быть не более 20 вопросов политики</translation>
    </message>
    <message>
        <source>a note is linked to policy question %1, which would no longer exist</source>
        <translation>заметка связана с вопросом политики %1, которого больше не было бы</translation>
    </message>
    <message>
        <source>a declined re-balancing needs the overrun it was declined at</source>
        <translation>для отклонённого перераспределения нужно отставание, при котором от него отказались</translation>
    </message>
    <message>
        <source>event %1 has no known type</source>
        <translation>у события %1 неизвестный тип</translation>
    </message>
    <message>
        <source>the room&apos;s name can have at most 200 characters</source>
        <translation>название зала может содержать не более 200 символов</translation>
    </message>
    <message>
        <source>there is no break-out group %1</source>
        <translation>нет группы %1</translation>
    </message>
    <message>
        <source>the group &quot;%1&quot; names a policy question the session does not have</source>
        <translation>группа «%1» ссылается на вопрос политики, которого нет в сессии</translation>
    </message>
    <message>
        <source>the group &quot;%1&quot; names participant %2, who is not in the session</source>
        <translation>в группе «%1» указан участник %2, которого нет в сессии</translation>
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
        <translation>План %1, факт %2, пауза %3</translation>
    </message>
    <message>
        <source>%1%2  planned %3  actual %4</source>
        <translation>%1%2  план %3  факт %4</translation>
    </message>
    <message>
        <source>Phones: %1 joined, %2 questions, %3 reactions, %4 shared takeaways</source>
        <translation>Телефоны: подключилось %1, вопросов %2, реакций %3, выводов участников %4</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>не указано</translation>
    </message>
    <message>
        <source>in the room</source>
        <translation>в зале</translation>
    </message>
    <message>
        <source>online</source>
        <translation>онлайн</translation>
    </message>
    <message>
        <source>hub %1</source>
        <translation>хаб %1</translation>
    </message>
    <message>
        <source>invited speakers</source>
        <translation>приглашённые спикеры</translation>
    </message>
    <message>
        <source>moderators</source>
        <translation>модераторы</translation>
    </message>
    <message>
        <source>audience</source>
        <translation>аудитория</translation>
    </message>
    <message numerus="yes">
        <source>Floor: %Ln turn(s), %1</source>
        <translation>
            <numerusform>Слово: %Ln выступление, %1</numerusform>
            <numerusform>Слово: %Ln выступления, %1</numerusform>
            <numerusform>Слово: %Ln выступлений, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>By person</source>
        <translation>По участникам</translation>
    </message>
    <message numerus="yes">
        <source>    %1  %Ln turn(s)  %2</source>
        <translation>
            <numerusform>    %1  %Ln выступление  %2</numerusform>
            <numerusform>    %1  %Ln выступления  %2</numerusform>
            <numerusform>    %1  %Ln выступлений  %2</numerusform>
        </translation>
    </message>
    <message>
        <source>By stakeholder group</source>
        <translation>По группам заинтересованных сторон</translation>
    </message>
    <message>
        <source>By region</source>
        <translation>По регионам</translation>
    </message>
    <message>
        <source>By gender</source>
        <translation>По полу</translation>
    </message>
    <message>
        <source>By channel</source>
        <translation>По каналам</translation>
    </message>
    <message>
        <source>By role</source>
        <translation>По ролям</translation>
    </message>
    <message numerus="yes">
        <source>    %1  %Ln turn(s)  %2  %3 %</source>
        <extracomment>A row of the floor balance: who, turns, time, share of the floor time</extracomment>
        <translation>
            <numerusform>    %1  %Ln выступление  %2  %3 %</numerusform>
            <numerusform>    %1  %Ln выступления  %2  %3 %</numerusform>
            <numerusform>    %1  %Ln выступлений  %2  %3 %</numerusform>
        </translation>
    </message>
    <message>
        <source>replies by invited speakers</source>
        <translation>ответы приглашённых спикеров</translation>
    </message>
    <message>
        <source>Break-out &quot;%1&quot;: group work planned %2, actual %3</source>
        <translation>Работа в группах «%1»: запланировано %2, фактически %3</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>  %1: %Ln member(s) (%2); report-back %3</source>
        <translation>
            <numerusform>  %1: %Ln участник (%2); отчёт %3</numerusform>
            <numerusform>  %1: %Ln участника (%2); отчёт %3</numerusform>
            <numerusform>  %1: %Ln участников (%2); отчёт %3</numerusform>
        </translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>ещё нет</translation>
    </message>
</context>
<context>
    <name>core::SessionStore</name>
    <message>
        <source>the file is cut short: it has %1 bytes of the %2 that its header gives</source>
        <translation>файл обрезан: в нём %1 байт из %2, указанных в заголовке</translation>
    </message>
    <message>
        <source>events %1 to %2 are missing from the log</source>
        <translation>в журнале отсутствуют события с %1 по %2</translation>
    </message>
    <message>
        <source>event %1 is out of order</source>
        <translation>событие %1 идёт не по порядку</translation>
    </message>
    <message>
        <source>%1 was left from an earlier file and has been moved to %2.</source>
        <translation>%1 остался от прежнего файла и перемещён в %2.</translation>
    </message>
    <message>
        <source>A write-ahead log beside the file did not belong to it; it was not applied and has been moved to %1.</source>
        <translation>Журнал упреждающей записи (файл WAL) рядом с файлом не относился к нему; он не был применён и перемещён в %1.</translation>
    </message>
    <message>
        <source>A write-ahead log beside the file does not belong to it; it was ignored.</source>
        <translation>Журнал упреждающей записи (файл WAL) рядом с файлом не относится к нему; он проигнорирован.</translation>
    </message>
    <message>
        <source>the file has no schema version</source>
        <translation>в файле нет версии схемы</translation>
    </message>
    <message>
        <source>the file was opened read-only</source>
        <translation>файл открыт только для чтения</translation>
    </message>
    <message>
        <source>%1 is the file open here: save the copy under another name</source>
        <translation>%1 — это файл, открытый здесь: сохраните копию под другим именем</translation>
    </message>
</context>
<context>
    <name>core::SpeakerQueueModel</name>
    <message>
        <source>hub %1</source>
        <translation>хаб %1</translation>
    </message>
    <message>
        <source>online</source>
        <translation>онлайн</translation>
    </message>
    <message>
        <source>in the room</source>
        <translation>в зале</translation>
    </message>
    <message>
        <source>first time</source>
        <translation>впервые</translation>
    </message>
    <message numerus="yes">
        <source>%Ln turn(s), %1</source>
        <translation>
            <numerusform>%Ln выступление, %1</numerusform>
            <numerusform>%Ln выступления, %1</numerusform>
            <numerusform>%Ln выступлений, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>from a phone</source>
        <translation>с телефона</translation>
    </message>
</context>
<context>
    <name>core::Subtitles</name>
    <message>
        <source>a subtitle file may be at most %1</source>
        <extracomment>%1 is the largest subtitle file accepted, like &quot;2 MB&quot;</extracomment>
        <translation>файл субтитров может быть не больше %1</translation>
    </message>
    <message>
        <source>the subtitles are not a text file</source>
        <translation>субтитры не являются текстовым файлом</translation>
    </message>
</context>
<context>
    <name>core::Transcript</name>
    <message>
        <source>the transcript holds no turns</source>
        <translation>в стенограмме нет ни одного выступления</translation>
    </message>
    <message>
        <source>%1 is too large (%2); at most %3 can be read</source>
        <extracomment>%1 is a file name, %2 its size, %3 the largest size accepted (both like &quot;8.4 MB&quot;)</extracomment>
        <translation>файл %1 слишком велик (%2); прочитать можно не более %3</translation>
    </message>
    <message>
        <source>%1 is larger than %2, the most that can be read</source>
        <extracomment>%1 is a file name, %2 the largest size accepted (like &quot;8.4 MB&quot;)</extracomment>
        <translation>файл %1 больше %2 — это максимум, который можно прочитать</translation>
    </message>
    <message>
        <source>%1 is not a text file</source>
        <translation>%1 не является текстовым файлом</translation>
    </message>
    <message>
        <source>the transcript is longer than %1, the most a transcript may have</source>
        <extracomment>%1 is the largest transcript accepted, like &quot;8.4 MB&quot;</extracomment>
        <translation>стенограмма длиннее %1 — это максимальный размер стенограммы</translation>
    </message>
    <message>
        <source>line %1: a caption cue needs a timing such as %2</source>
        <extracomment>%1 is a line number, %2 an example of a cue timing (keep it as it is)</extracomment>
        <translation>строка %1: для субтитра нужна временная метка вида %2</translation>
    </message>
    <message>
        <source>line %1: the cue timing is not valid; a valid one reads like %2</source>
        <extracomment>%1 is a line number, %2 an example of a cue timing (keep it as it is)</extracomment>
        <translation>строка %1: недопустимая временная метка субтитра; правильная выглядит так: %2</translation>
    </message>
    <message>
        <source>line %1: the cue ends before it starts</source>
        <extracomment>%1 is a line number</extracomment>
        <translation>строка %1: субтитр заканчивается раньше, чем начинается</translation>
    </message>
    <message>
        <source>the text is neither SRT nor WebVTT captions</source>
        <translation>текст не является титрами SRT или WebVTT</translation>
    </message>
    <message>
        <source>the captions hold no cue</source>
        <translation>в титрах нет ни одной реплики</translation>
    </message>
</context>
<context>
    <name>core::Vocabulary</name>
    <message>
        <source>Government</source>
        <comment>stakeholder group</comment>
        <translation>Правительство</translation>
    </message>
    <message>
        <source>Private Sector</source>
        <comment>stakeholder group</comment>
        <translation>Частный сектор</translation>
    </message>
    <message>
        <source>Civil Society</source>
        <comment>stakeholder group</comment>
        <translation>Гражданское общество</translation>
    </message>
    <message>
        <source>Technical Community</source>
        <comment>stakeholder group</comment>
        <translation>Техническое сообщество</translation>
    </message>
    <message>
        <source>Intergovernmental Organization</source>
        <comment>stakeholder group</comment>
        <translation>Межправительственная организация</translation>
    </message>
    <message>
        <source>African Group</source>
        <comment>UN regional group</comment>
        <translation>Группа африканских государств</translation>
    </message>
    <message>
        <source>Asia-Pacific Group</source>
        <comment>UN regional group</comment>
        <translation>Группа государств Азии и Тихого океана</translation>
    </message>
    <message>
        <source>Eastern European Group</source>
        <comment>UN regional group</comment>
        <translation>Группа восточноевропейских государств</translation>
    </message>
    <message>
        <source>GRULAC</source>
        <comment>UN regional group: the Latin American and Caribbean Group</comment>
        <translation>Группа государств Латинской Америки и Карибского бассейна</translation>
    </message>
    <message>
        <source>WEOG</source>
        <comment>UN regional group: the Western European and Others Group</comment>
        <translation>Группа западноевропейских и других государств</translation>
    </message>
    <message>
        <source>Intergovernmental Organization</source>
        <comment>UN regional group</comment>
        <translation>Межправительственная организация</translation>
    </message>
    <message>
        <source>woman</source>
        <comment>gender</comment>
        <translation>женщина</translation>
    </message>
    <message>
        <source>man</source>
        <comment>gender</comment>
        <translation>мужчина</translation>
    </message>
</context>
<context>
    <name>core::WorkFolder</name>
    <message>
        <source>cannot make a temporary folder in %1: %2</source>
        <translation>не удалось создать временную папку в %1: %2</translation>
    </message>
</context>
<context>
    <name>core::share::JoinCodes</name>
    <message>
        <source>the join code for %1 is damaged</source>
        <translation>код подключения для %1 повреждён</translation>
    </message>
    <message>
        <source>the join codes are damaged</source>
        <translation>коды подключения повреждены</translation>
    </message>
</context>
<context>
    <name>core::share::Protocol</name>
    <message>
        <source>the message is larger than %1 bytes</source>
        <translation>сообщение больше %1 байт</translation>
    </message>
    <message>
        <source>the message is not a JSON object</source>
        <translation>сообщение не является объектом JSON</translation>
    </message>
    <message>
        <source>a device may not send &quot;%1&quot;</source>
        <translation>устройство не может отправлять «%1»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs &quot;%2&quot;</source>
        <translation>для «%1» нужно поле «%2»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a wrong &quot;%2&quot;</source>
        <translation>у «%1» неверное поле «%2»</translation>
    </message>
    <message>
        <source>&quot;%2&quot; of &quot;%1&quot; is longer than %3 characters</source>
        <translation>поле «%2» в «%1» длиннее %3 символов</translation>
    </message>
    <message>
        <source>unknown message &quot;%1&quot;</source>
        <translation>неизвестное сообщение «%1»</translation>
    </message>
    <message>
        <source>an event has a wrong &quot;%1&quot;</source>
        <translation>у события неверное поле «%1»</translation>
    </message>
    <message>
        <source>an event has no data</source>
        <translation>у события нет данных</translation>
    </message>
</context>
<context>
    <name>core::share::ShareClient</name>
    <message>
        <source>The host gave an unknown role.</source>
        <translation>Хост указал неизвестную роль.</translation>
    </message>
</context>
<context>
    <name>core::share::ShareHost</name>
    <message>
        <source>The join code was renewed: join again with the new code.</source>
        <translation>Код подключения обновлён: подключитесь снова с новым кодом.</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>Модератор</translation>
    </message>
    <message>
        <source>The session has as many devices as it can take (%1).</source>
        <translation>К сессии уже подключено максимальное число устройств (%1).</translation>
    </message>
    <message>
        <source>Too many messages: at most %1 a second.</source>
        <translation>Слишком много сообщений: не более %1 в секунду.</translation>
    </message>
    <message>
        <source>Join the session first.</source>
        <translation>Сначала подключитесь к сессии.</translation>
    </message>
    <message>
        <source>This device has joined already.</source>
        <translation>Это устройство уже подключено.</translation>
    </message>
    <message>
        <source>This device speaks protocol %1 and the host speaks %2: use the same version of Moderato on both.</source>
        <translation>Это устройство использует протокол %1, а хост — протокол %2: установите на обоих одну и ту же версию Moderato.</translation>
    </message>
    <message>
        <source>Too many wrong join codes from this address: wait a minute.</source>
        <translation>Слишком много неверных кодов подключения с этого адреса: подождите минуту.</translation>
    </message>
    <message>
        <source>This join code is not valid (it may have been renewed).</source>
        <translation>Этот код подключения недействителен (возможно, он был обновлён).</translation>
    </message>
    <message>
        <source>A device needs a name and an id to join.</source>
        <translation>Для подключения устройству нужны имя и идентификатор.</translation>
    </message>
    <message>
        <source>This device connected again.</source>
        <translation>Это устройство подключилось заново.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; reads a file on the host: only the host&apos;s own window can do it</source>
        <translation>«%1» читает файл на хосте: это может сделать только собственное окно хоста</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The moderator&apos;s console for multi-stakeholder workshops.</source>
        <translation>Пульт модератора для многосторонних семинаров.</translation>
    </message>
    <message>
        <source>Open the built-in demo workshop.</source>
        <translation>Открыть встроенный демонстрационный семинар.</translation>
    </message>
    <message>
        <source>Render the console to PNG files in DIR without showing a window, then exit.</source>
        <translation>Сохранить изображение консоли в PNG-файлы в каталоге DIR, не показывая окно, и выйти.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>The language of the interface (en, ar, de, es, fr, pt_BR, ru, zh_CN).</source>
        <translation>Язык интерфейса (en, ar, de, es, fr, pt_BR, ru, zh_CN).</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <source>Print the time of the first paint and exit (start-up benchmark).</source>
        <translation>Вывести время первой отрисовки и выйти (замер скорости запуска).</translation>
    </message>
    <message>
        <source>A session file to open (.moderato).</source>
        <translation>Файл сессии для открытия (.moderato).</translation>
    </message>
    <message>
        <source>[FILE]</source>
        <translation>[FILE]</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot;; available: %2</source>
        <translation>неизвестный язык «%1»; доступные: %2</translation>
    </message>
    <message>
        <source>open one session file at a time</source>
        <translation>можно открыть только один файл сессии за раз</translation>
    </message>
    <message>
        <source>Moderato</source>
        <translation>Moderato</translation>
    </message>
    <message>
        <source>Add FILE (image, SVG, PDF, video) to the session and show it on the room display.</source>
        <translation>Добавить файл FILE (изображение, SVG, PDF, видео) в сессию и показать его на экране зала.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>%1 is open in another Moderato window, which has been brought to the front.</source>
        <translation>Файл %1 открыт в другом окне Moderato; это окно выведено на передний план.</translation>
    </message>
    <message>
        <source>Join the session a moderator shares, at ADDRESS (moderato://HOST:PORT/CODE).</source>
        <translation>Подключиться к сессии, к которой модератор открыл доступ, по адресу ADDRESS (moderato://HOST:PORT/CODE).</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADDRESS</translation>
    </message>
    <message>
        <source>The name to join with (asked for when not given).</source>
        <translation>Имя для подключения (если не указано, будет запрошено).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>--join opens a shared session: give no file</source>
        <translation>--join открывает общую сессию: не указывайте файл</translation>
    </message>
    <message>
        <source>--name goes with --join</source>
        <translation>--name используется только вместе с --join</translation>
    </message>
    <message>
        <source>Ask where to save a new, blank session and open it.</source>
        <translation>Спросить, где сохранить новую пустую сессию, и открыть её.</translation>
    </message>
    <message>
        <source>Open FILE in a new window, even when a Moderato window is running.</source>
        <translation>Открыть файл FILE в новом окне, даже если окно Moderato уже запущено.</translation>
    </message>
    <message>
        <source>%1 has been handed to the Moderato window that is running.</source>
        <translation>Файл %1 передан уже запущенному окну Moderato.</translation>
    </message>
</context>
<context>
    <name>net::PhoneServer</name>
    <message>
        <source>cannot listen on %1 port %2: %3</source>
        <translation>не удаётся начать прослушивание на %1, порт %2: %3</translation>
    </message>
</context>
<context>
    <name>net::SharingConnection</name>
    <message>
        <source>&quot;%1&quot; is not a join address like moderato://HOST:PORT/CODE</source>
        <translation>«%1» не является адресом подключения вида moderato://HOST:PORT/CODE</translation>
    </message>
    <message>
        <source>The host&apos;s certificate is not the one in the join address.</source>
        <translation>Сертификат хоста не совпадает с указанным в адресе подключения.</translation>
    </message>
</context>
<context>
    <name>net::SharingServer</name>
    <message>
        <source>cannot listen on %1 port %2: %3</source>
        <translation>не удаётся начать прослушивание на %1, порт %2: %3</translation>
    </message>
    <message>
        <source>Only text messages are understood.</source>
        <translation>Понимаются только текстовые сообщения.</translation>
    </message>
    <message>
        <source>this build of Qt has no TLS</source>
        <translation>эта сборка Qt не поддерживает TLS</translation>
    </message>
    <message>
        <source>no TLS library is available (OpenSSL)</source>
        <translation>библиотека TLS недоступна (OpenSSL)</translation>
    </message>
    <message>
        <source>TLS must be chosen before sharing starts</source>
        <translation>TLS нужно выбрать до открытия доступа</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>не удалось прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate</source>
        <translation>в %1 нет сертификата PEM</translation>
    </message>
    <message>
        <source>%1 holds no PEM private key (RSA or EC, without a passphrase)</source>
        <translation>в %1 нет закрытого ключа PEM (RSA или EC, без парольной фразы)</translation>
    </message>
</context>
<context>
    <name>ui::AgendaEditor</name>
    <message>
        <source>Opening</source>
        <translation>Открытие</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Спикер</translation>
    </message>
    <message>
        <source>Audience input</source>
        <translation>Реплики из зала</translation>
    </message>
    <message>
        <source>Empty chair</source>
        <translation>Пустой стул</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Итоги</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Move item</source>
        <translation>Перемещение пункта</translation>
    </message>
    <message>
        <source>Edit the agenda</source>
        <translation>Редактирование повестки</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Пункт</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>&amp;Minutes:</source>
        <translation>&amp;Минуты:</translation>
    </message>
    <message>
        <source>S&amp;peaker:</source>
        <translation>&amp;Спикер:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translation>&amp;Добавить пункт</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Вв&amp;ерх</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Вни&amp;з</translation>
    </message>
    <message>
        <source>&amp;Nest</source>
        <translation>&amp;Вложить</translation>
    </message>
    <message>
        <source>Un-n&amp;est</source>
        <translation>&amp;Извлечь</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>За&amp;крыть</translation>
    </message>
    <message>
        <source>The clock has started: the agenda can no longer be edited. Lengthen, shorten or re-balance items from the console.</source>
        <translation>Таймер запущен: повестку больше нельзя редактировать. Продлевайте, сокращайте пункты или перераспределяйте время в консоли.</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Блок</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>Новый пункт</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Добавление пункта</translation>
    </message>
    <message>
        <source>The agenda needs at least one item.</source>
        <translation>В повестке должен быть хотя бы один пункт.</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>Удаление пункта</translation>
    </message>
    <message>
        <source>Only an item with an item before it can be nested into that item.</source>
        <translation>Пункт можно вложить только в пункт, стоящий перед ним.</translation>
    </message>
    <message>
        <source>Nest item</source>
        <translation>Вложение пункта</translation>
    </message>
    <message>
        <source>Un-nest item</source>
        <translation>Извлечение пункта</translation>
    </message>
    <message>
        <source>Change length</source>
        <translation>Изменение длительности</translation>
    </message>
    <message>
        <source>An agenda item needs a title.</source>
        <translation>У пункта повестки должно быть название.</translation>
    </message>
    <message>
        <source>Rename item</source>
        <translation>Переименование пункта</translation>
    </message>
    <message>
        <source>Change kind</source>
        <translation>Изменение типа</translation>
    </message>
    <message>
        <source>Change speaker</source>
        <translation>Смена спикера</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(никто)</translation>
    </message>
    <message>
        <source>Total %1 of %2</source>
        <translation>Всего %1 из %2</translation>
    </message>
    <message>
        <source>(%1 over)</source>
        <translation>(превышение %1)</translation>
    </message>
    <message>
        <source>(%1 left)</source>
        <translation>(осталось %1)</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>Заме&amp;тка:</translation>
    </message>
    <message>
        <source>Change note</source>
        <translation>Изменить заметку</translation>
    </message>
    <message>
        <source>Break-out groups</source>
        <translation>Работа в группах</translation>
    </message>
    <message>
        <source>&amp;Groups…</source>
        <translation>&amp;Группы…</translation>
    </message>
    <message>
        <source>Groups, topics, places, leaders and members of this break-out item</source>
        <translation>Группы, темы, места, ведущие и участники этого пункта работы в группах</translation>
    </message>
    <message>
        <source>Give the item the kind &quot;Break-out groups&quot; to edit its groups</source>
        <translation>Задайте пункту вид «Работа в группах», чтобы изменить его группы</translation>
    </message>
</context>
<context>
    <name>ui::BalancePanel</name>
    <message>
        <source>not given</source>
        <translation>не указано</translation>
    </message>
    <message>
        <source>in the room</source>
        <translation>в зале</translation>
    </message>
    <message>
        <source>online</source>
        <translation>онлайн</translation>
    </message>
    <message>
        <source>hub %1</source>
        <translation>хаб %1</translation>
    </message>
    <message>
        <source>invited speakers</source>
        <translation>приглашённые спикеры</translation>
    </message>
    <message>
        <source>moderators</source>
        <translation>модераторы</translation>
    </message>
    <message>
        <source>audience</source>
        <translation>аудитория</translation>
    </message>
    <message>
        <source>Floor time appears here once someone has the floor.</source>
        <translation>Время выступлений появится здесь, когда кому-нибудь предоставят слово.</translation>
    </message>
    <message>
        <source>Stakeholder group</source>
        <translation>Группа заинтересованных сторон</translation>
    </message>
    <message>
        <source>Regional group</source>
        <translation>Региональная группа</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %Ln turn(s)</source>
        <translation>
            <numerusform>%1 · %Ln выступление</numerusform>
            <numerusform>%1 · %Ln выступления</numerusform>
            <numerusform>%1 · %Ln выступлений</numerusform>
        </translation>
    </message>
    <message>
        <source>replies by invited speakers</source>
        <translation>ответы приглашённых спикеров</translation>
    </message>
    <message>
        <source>Presentations, replies and audience</source>
        <translation>Доклады, ответы и аудитория</translation>
    </message>
    <message numerus="yes">
        <source>Moderation, not counted above: %1 · %Ln turn(s)</source>
        <translation>
            <numerusform>Модерация (не учтена выше): %1 · %Ln выступление</numerusform>
            <numerusform>Модерация (не учтена выше): %1 · %Ln выступления</numerusform>
            <numerusform>Модерация (не учтена выше): %1 · %Ln выступлений</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::BreakOutActions</name>
    <message>
        <source>Break-out &amp;groups…</source>
        <translation>Работа в &amp;группах…</translation>
    </message>
    <message>
        <source>Next &amp;report-back</source>
        <translation>Следующий &amp;отчёт</translation>
    </message>
    <message>
        <source>Give the floor to the next break-out group&apos;s rapporteur</source>
        <translation>Передать слово докладчику следующей группы</translation>
    </message>
    <message>
        <source>The agenda has no break-out item: give an item the kind &quot;Break-out groups&quot; in the agenda editor.</source>
        <translation>В повестке нет пункта работы в группах: задайте пункту тип «Работа в группах» в редакторе повестки.</translation>
    </message>
    <message>
        <source>No session is open.</source>
        <translation>Нет открытой сессии.</translation>
    </message>
</context>
<context>
    <name>ui::BreakOutDialog</name>
    <message>
        <source>Break-out groups</source>
        <translation>Работа в группах</translation>
    </message>
    <message>
        <source>This agenda item is not a break-out item.</source>
        <translation>Этот пункт повестки не является работой в группах.</translation>
    </message>
    <message>
        <source>&amp;Add group</source>
        <translation>&amp;Добавить группу</translation>
    </message>
    <message>
        <source>&amp;Remove group</source>
        <translation>&amp;Удалить группу</translation>
    </message>
    <message>
        <source>Report back &amp;earlier</source>
        <translation>Отчитаться &amp;раньше</translation>
    </message>
    <message>
        <source>Report back &amp;later</source>
        <translation>Отчитаться &amp;позже</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <source>A policy question, or your own words</source>
        <translation>Вопрос политики или своя формулировка</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Место:</translation>
    </message>
    <message>
        <source>table 2, left corner…</source>
        <translation>стол 2, левый угол…</translation>
    </message>
    <message>
        <source>&amp;Online</source>
        <translation>&amp;Онлайн</translation>
    </message>
    <message>
        <source>&amp;Facilitator:</source>
        <translation>&amp;Ведущий:</translation>
    </message>
    <message>
        <source>Ra&amp;pporteur:</source>
        <translation>До&amp;кладчик:</translation>
    </message>
    <message>
        <source>Who is in which group (drag people between the lists):</source>
        <translation>Кто в какой группе (перетаскивайте людей между списками):</translation>
    </message>
    <message>
        <source>&amp;Move to…</source>
        <translation>&amp;Переместить в…</translation>
    </message>
    <message>
        <source>Assign a&amp;utomatically</source>
        <translation>Распределить &amp;автоматически</translation>
    </message>
    <message>
        <source>Balanced groups that spread stakeholder groups, regions and genders; possible until the group phase starts</source>
        <translation>Сбалансированные группы с равномерным распределением групп заинтересованных сторон, регионов и полов; доступно до начала работы в группах</translation>
    </message>
    <message>
        <source>Add a &amp;latecomer</source>
        <translation>Добавить &amp;опоздавшего</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Participant %1</source>
        <translation>Участник %1</translation>
    </message>
    <message>
        <source>online</source>
        <translation>онлайн</translation>
    </message>
    <message>
        <source>In no group</source>
        <translation>Без группы</translation>
    </message>
    <message>
        <source>facilitator</source>
        <translation>ведущий</translation>
    </message>
    <message>
        <source>rapporteur</source>
        <translation>докладчик</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(никто)</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Группа %1</translation>
    </message>
    <message>
        <source>A group needs a name.</source>
        <translation>У группы должно быть название.</translation>
    </message>
    <message>
        <source>There is no such participant.</source>
        <translation>Такого участника нет.</translation>
    </message>
    <message>
        <source>There is no such group.</source>
        <translation>Такой группы нет.</translation>
    </message>
    <message>
        <source>The group phase has started: add latecomers or move people by hand.</source>
        <translation>Работа в группах уже началась: добавляйте опоздавших или перемещайте людей вручную.</translation>
    </message>
    <message>
        <source>Group sizes %1–%2. Largest differences between groups: stakeholder groups %3, regions %4, genders %5.</source>
        <translation>Размер групп: %1–%2. Наибольшая разница между группами: группы заинтересованных сторон — %3, регионы — %4, пол — %5.</translation>
    </message>
    <message>
        <source>Choose who came late.</source>
        <translation>Выберите опоздавших.</translation>
    </message>
    <message>
        <source>%1 joins %2.</source>
        <translation>%1 теперь в группе «%2».</translation>
    </message>
    <message>
        <source>Select someone in a group&apos;s list first.</source>
        <translation>Сначала выберите кого-нибудь в списке группы.</translation>
    </message>
    <message>
        <source>Edit break-out groups</source>
        <translation>Изменить группы</translation>
    </message>
    <message numerus="yes">
        <source>%Ln person&apos;s own choice could not be kept.</source>
        <translation>
            <numerusform>Не удалось учесть выбор %Ln человека.</numerusform>
            <numerusform>Не удалось учесть выбор %Ln человек.</numerusform>
            <numerusform>Не удалось учесть выбор %Ln человек.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::BriefingDialog</name>
    <message>
        <source>Briefing pack</source>
        <translation>Информационный пакет</translation>
    </message>
    <message>
        <source>Show the &amp;date</source>
        <translation>Показать &amp;дату</translation>
    </message>
    <message>
        <source>Include the prepared &amp;questions</source>
        <translation>Включить подготовленные &amp;вопросы</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Экспорт в &amp;PDF…</translation>
    </message>
    <message>
        <source>Export &amp;Markdown…</source>
        <translation>Экспорт в &amp;Markdown…</translation>
    </message>
    <message>
        <source>&amp;Starts at:</source>
        <translation>&amp;Начало:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Дата:</translation>
    </message>
    <message>
        <source>Export the briefing pack</source>
        <translation>Экспорт информационного пакета</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>The briefing pack could not be written: %1</source>
        <translation>Не удалось записать информационный пакет: %1</translation>
    </message>
</context>
<context>
    <name>ui::CaptionControl</name>
    <message>
        <source>Follow a caption file</source>
        <translation>Следить за файлом титров</translation>
    </message>
    <message>
        <source>Captions (*.txt *.srt *.vtt);;All files (*)</source>
        <translation>Титры (*.txt *.srt *.vtt);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Following %1: each new line is shown.</source>
        <translation>Отслеживается %1: каждая новая строка выводится на экран.</translation>
    </message>
    <message>
        <source>No caption file is followed.</source>
        <translation>Файл титров не отслеживается.</translation>
    </message>
    <message>
        <source>&amp;Captions</source>
        <translation>&amp;Титры</translation>
    </message>
    <message>
        <source>&amp;Show captions</source>
        <translation>&amp;Показывать титры</translation>
    </message>
    <message>
        <source>Caption si&amp;ze</source>
        <translation>Р&amp;азмер титров</translation>
    </message>
    <message>
        <source>&amp;Small</source>
        <translation>&amp;Мелкий</translation>
    </message>
    <message>
        <source>&amp;Medium</source>
        <translation>&amp;Средний</translation>
    </message>
    <message>
        <source>&amp;Large</source>
        <translation>&amp;Крупный</translation>
    </message>
    <message>
        <source>&amp;Type captions…</source>
        <translation>&amp;Ввести титры…</translation>
    </message>
    <message>
        <source>&amp;Follow a caption file…</source>
        <translation>&amp;Следить за файлом титров…</translation>
    </message>
    <message>
        <source>S&amp;top following the caption file</source>
        <translation>П&amp;рекратить слежение за файлом титров</translation>
    </message>
    <message>
        <source>Captions</source>
        <translation>Титры</translation>
    </message>
    <message>
        <source>Speaker:</source>
        <translation>Спикер:</translation>
    </message>
    <message>
        <source>Optional: who is speaking</source>
        <translation>Необязательно: кто говорит</translation>
    </message>
    <message>
        <source>Type a caption line and press Enter</source>
        <translation>Введите строку титров и нажмите Enter</translation>
    </message>
</context>
<context>
    <name>ui::EmptyChairView</name>
    <message>
        <source>The empty chair is closed.</source>
        <translation>Пустой стул закрыт.</translation>
    </message>
    <message>
        <source>Invite the room to the empty chair (C)</source>
        <translation>Пригласить зал на пустой стул (C)</translation>
    </message>
    <message>
        <source>The empty chair is open: anyone in the room may take it; online participants join through the online moderator.</source>
        <translation>Пустой стул открыт: его может занять любой в зале; онлайн-участники присоединяются через онлайн-модератора.</translation>
    </message>
    <message>
        <source>Close the empty chair (C)</source>
        <translation>Закрыть пустой стул (C)</translation>
    </message>
    <message>
        <source>%1 replies to the empty chair.</source>
        <translation>%1 отвечает пустому стулу.</translation>
    </message>
    <message>
        <source>%1 sits in the empty chair (%2).</source>
        <translation>На пустом стуле: %1 (%2).</translation>
    </message>
    <message>
        <source>The empty chair is taken.</source>
        <translation>Пустой стул занят.</translation>
    </message>
    <message>
        <source>Release the empty chair (C)</source>
        <translation>Освободить пустой стул (C)</translation>
    </message>
    <message>
        <source>The speaker has finished: invite the room to the empty chair now (C).</source>
        <translation>Спикер закончил: пригласите зал на пустой стул сейчас (C).</translation>
    </message>
    <message>
        <source>The online moderator claims the empty chair for %1 (%2).</source>
        <translation>Онлайн-модератор просит пустой стул для участника %1 (%2).</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>Nobody has taken the empty chair yet.</source>
        <translation>Пустой стул ещё никто не занимал.</translation>
    </message>
    <message>
        <source>In the chair so far: %1</source>
        <translation>На пустом стуле уже были: %1</translation>
    </message>
    <message>
        <source>Open or close the empty &amp;chair</source>
        <translation>Открыть или закрыть пустой с&amp;тул</translation>
    </message>
    <message>
        <source>&amp;Accept the claim on the empty chair</source>
        <translation>&amp;Принять заявку на пустой стул</translation>
    </message>
    <message>
        <source>Empty chair</source>
        <translation>Пустой стул</translation>
    </message>
    <message>
        <source>Accept (A)</source>
        <translation>Принять (A)</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Отклонить</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Онлайн</translation>
    </message>
    <message>
        <source>Take the chair</source>
        <translation>Занять стул</translation>
    </message>
    <message>
        <source>Remote participant (for the online moderator)</source>
        <translation>Удалённый участник (для онлайн-модератора)</translation>
    </message>
    <message>
        <source>Claim for them</source>
        <translation>Заявить за участника</translation>
    </message>
    <message>
        <source>Speaker replies</source>
        <translation>Ответ спикера</translation>
    </message>
    <message>
        <source>%1 (%2) asks for the empty chair from their phone.</source>
        <translation>%1 (%2) просит пустой стул с телефона.</translation>
    </message>
    <message>
        <source>Who takes the chair: name, group, region, gender, room or online</source>
        <translation>Кто занимает стул: имя, группа, регион, пол, зал или онлайн</translation>
    </message>
</context>
<context>
    <name>ui::FloorHolderView</name>
    <message>
        <source>Give the floor to %1 (S)</source>
        <translation>Предоставить слово: %1 (S)</translation>
    </message>
    <message>
        <source>Give the floor to the speaker (S)</source>
        <translation>Предоставить слово спикеру (S)</translation>
    </message>
    <message>
        <source>Nobody holds the floor</source>
        <translation>Слово никому не предоставлено</translation>
    </message>
    <message>
        <source>invited speaker</source>
        <translation>приглашённый спикер</translation>
    </message>
    <message>
        <source>intervention</source>
        <translation>реплика</translation>
    </message>
    <message>
        <source>in the empty chair, through the online moderator</source>
        <translation>на пустом стуле, через онлайн-модератора</translation>
    </message>
    <message>
        <source>in the empty chair</source>
        <translation>на пустом стуле</translation>
    </message>
    <message>
        <source>reply to the empty chair</source>
        <translation>ответ пустому стулу</translation>
    </message>
    <message>
        <source>Give the floor to the &amp;speaker</source>
        <translation>Предоставить слово &amp;спикеру</translation>
    </message>
    <message>
        <source>&amp;End the turn</source>
        <translation>&amp;Завершить выступление</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>Слово</translation>
    </message>
    <message>
        <source>End turn (Y)</source>
        <translation>Завершить выступление (Y)</translation>
    </message>
    <message>
        <source>reply</source>
        <translation>ответ</translation>
    </message>
    <message>
        <source>moderation</source>
        <translation>модерация</translation>
    </message>
</context>
<context>
    <name>ui::FloorPart</name>
    <message>
        <source>in the room</source>
        <translation>в зале</translation>
    </message>
    <message>
        <source>online</source>
        <translation>онлайн</translation>
    </message>
    <message>
        <source>hub %1</source>
        <translation>хаб %1</translation>
    </message>
</context>
<context>
    <name>ui::GlossaryDialog</name>
    <message>
        <source>Glossary</source>
        <translation>Глоссарий</translation>
    </message>
    <message>
        <source>Key terms of the session with short explanations, for the room&apos;s non-native speakers. The room display shows them as a scene, or one at a time.</source>
        <translation>Ключевые термины сессии с краткими пояснениями для тех в зале, для кого язык не родной. Экран зала показывает их отдельной сценой или по одному.</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Термин</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Пояснение</translation>
    </message>
    <message>
        <source>&amp;Add a term</source>
        <translation>&amp;Добавить термин</translation>
    </message>
    <message>
        <source>&amp;Remove the term</source>
        <translation>&amp;Удалить термин</translation>
    </message>
    <message>
        <source>Edit the glossary</source>
        <translation>Изменить глоссарий</translation>
    </message>
</context>
<context>
    <name>ui::JoinDialog</name>
    <message>
        <source>Join a shared session</source>
        <translation>Подключение к общей сессии</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Подключиться</translation>
    </message>
    <message>
        <source>The moderator&apos;s Moderato shows an address for each role under File › Share on the network. Type or paste the one for your role; it decides what you can do.</source>
        <translation>Moderato модератора показывает адрес для каждой роли в меню Файл › Открыть доступ по сети. Введите или вставьте адрес своей роли: от него зависит, что вы сможете делать.</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Адрес:</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Ваше &amp;имя:</translation>
    </message>
</context>
<context>
    <name>ui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Недавние &amp;сессии</translation>
    </message>
    <message>
        <source>&amp;Clock</source>
        <translation>&amp;Таймер</translation>
    </message>
    <message>
        <source>&amp;Go to agenda item</source>
        <translation>&amp;Перейти к пункту повестки</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;New session…</source>
        <translation>&amp;Новая сессия…</translation>
    </message>
    <message>
        <source>&amp;Open session…</source>
        <translation>&amp;Открыть сессию…</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Сохранить &amp;как…</translation>
    </message>
    <message>
        <source>Write a copy of the session file and continue in the copy</source>
        <translation>Записать копию файла сессии и продолжить работу в копии</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;Start or pause</source>
        <translation>&amp;Старт или пауза</translation>
    </message>
    <message>
        <source>Start or &amp;resume</source>
        <translation>Старт или прод&amp;олжение</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>П&amp;ауза</translation>
    </message>
    <message>
        <source>&amp;Next agenda item</source>
        <translation>С&amp;ледующий пункт повестки</translation>
    </message>
    <message>
        <source>&amp;Previous agenda item</source>
        <translation>П&amp;редыдущий пункт повестки</translation>
    </message>
    <message>
        <source>Add one &amp;minute</source>
        <translation>&amp;Добавить минуту</translation>
    </message>
    <message>
        <source>Remove one m&amp;inute</source>
        <translation>&amp;Убрать минуту</translation>
    </message>
    <message>
        <source>Re-&amp;balance the agenda</source>
        <translation>Перераспределить &amp;время</translation>
    </message>
    <message>
        <source>&amp;End the session…</source>
        <translation>&amp;Завершить сессию…</translation>
    </message>
    <message>
        <source>&amp;Mute chimes</source>
        <translation>&amp;Отключить сигналы</translation>
    </message>
    <message>
        <source>&amp;About Moderato</source>
        <translation>&amp;О программе Moderato</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Далее</translation>
    </message>
    <message>
        <source>−1 min</source>
        <translation>−1 мин</translation>
    </message>
    <message>
        <source>+1 min</source>
        <translation>+1 мин</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Без звука</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Принять</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Отклонить</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Прошло</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Осталось</translation>
    </message>
    <message>
        <source>Projected end</source>
        <translation>Прогноз окончания</translation>
    </message>
    <message>
        <source>Against plan</source>
        <translation>Относительно плана</translation>
    </message>
    <message>
        <source>No session is open.</source>
        <translation>Нет открытой сессии.</translation>
    </message>
    <message>
        <source>Not started: press Space to start the clock.</source>
        <translation>Не начато: нажмите Пробел, чтобы запустить таймер.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Старт</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Идёт</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <source>Paused for %1</source>
        <translation>На паузе %1</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <source>The session has ended.</source>
        <translation>Сессия завершена.</translation>
    </message>
    <message>
        <source>planned %1</source>
        <translation>по плану %1</translation>
    </message>
    <message>
        <source>Next: %1 (%2)</source>
        <translation>Далее: %1 (%2)</translation>
    </message>
    <message>
        <source>Next: end of the session</source>
        <translation>Далее: окончание сессии</translation>
    </message>
    <message>
        <source>%1 behind</source>
        <translation>Отставание %1</translation>
    </message>
    <message>
        <source>%1 ahead</source>
        <translation>Опережение %1</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>По плану</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message numerus="yes">
        <source>Running %1 behind. Shorten %Ln item(s) not yet started so the session ends on time; the summary keeps its time.</source>
        <translation>
            <numerusform>Отставание %1. Сократить %Ln ещё не начатый пункт, чтобы сессия закончилась вовремя; время на итоги не меняется.</numerusform>
            <numerusform>Отставание %1. Сократить %Ln ещё не начатых пункта, чтобы сессия закончилась вовремя; время на итоги не меняется.</numerusform>
            <numerusform>Отставание %1. Сократить %Ln ещё не начатых пунктов, чтобы сессия закончилась вовремя; время на итоги не меняется.</numerusform>
        </translation>
    </message>
    <message>
        <source>Even so, the session ends %1 late.</source>
        <translation>Но и в этом случае сессия закончится на %1 позже.</translation>
    </message>
    <message>
        <source>Nothing to re-balance: the session is on time or no item can be shortened.</source>
        <translation>Нечего перераспределять: сессия идёт по плану или ни один пункт нельзя сократить.</translation>
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
        <translation>%1 (демо, хранится только до выхода; чтобы сохранить, выберите «Сохранить как») — Moderato</translation>
    </message>
    <message>
        <source>This is the demo workshop in a temporary file.</source>
        <translation>Это демонстрационный семинар во временном файле.</translation>
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
        <translation>Открыть сессию</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Новая сессия</translation>
    </message>
    <message>
        <source>Moderato sessions (*.moderato)</source>
        <translation>Сессии Moderato (*.moderato)</translation>
    </message>
    <message>
        <source>Save session as</source>
        <translation>Сохранить сессию как</translation>
    </message>
    <message>
        <source>End the session</source>
        <translation>Завершить сессию</translation>
    </message>
    <message>
        <source>End the session now? The clock stops for good; the record stays.</source>
        <translation>Завершить сессию сейчас? Таймер остановится окончательно; запись сохранится.</translation>
    </message>
    <message>
        <source>About Moderato</source>
        <translation>О программе Moderato</translation>
    </message>
    <message>
        <source>Moderato %1
The moderator&apos;s console for multi-stakeholder workshops.</source>
        <translation>Moderato %1
Пульт модератора для многосторонних семинаров.</translation>
    </message>
    <message>
        <source>no session is open</source>
        <translation>нет открытой сессии</translation>
    </message>
    <message>
        <source>F&amp;loor</source>
        <translation>С&amp;лово</translation>
    </message>
    <message>
        <source>Balance of the floor</source>
        <translation>Баланс выступлений</translation>
    </message>
    <message>
        <source>Next page or agenda item (clicker)</source>
        <translation>Следующая страница или пункт повестки (кликер)</translation>
    </message>
    <message>
        <source>Previous page or agenda item (clicker)</source>
        <translation>Предыдущая страница или пункт повестки (кликер)</translation>
    </message>
    <message>
        <source>Rapporteur&apos;s notes</source>
        <translation>Заметки докладчика</translation>
    </message>
    <message>
        <source>Session re&amp;port…</source>
        <translation>О&amp;тчёт о сессии…</translation>
    </message>
    <message>
        <source>&amp;Prepare</source>
        <translation>&amp;Подготовка</translation>
    </message>
    <message>
        <source>&amp;Import workshop proposal…</source>
        <translation>&amp;Импорт заявки на семинар…</translation>
    </message>
    <message>
        <source>Make a new session from an IGF workshop proposal copied as text</source>
        <translation>Создать новую сессию по заявке на семинар IGF, скопированной как текст</translation>
    </message>
    <message>
        <source>Edit the &amp;agenda…</source>
        <translation>Редактировать &amp;повестку…</translation>
    </message>
    <message>
        <source>&amp;People…</source>
        <translation>&amp;Участники…</translation>
    </message>
    <message>
        <source>Prepared &amp;questions…</source>
        <translation>Подготовленные &amp;вопросы…</translation>
    </message>
    <message>
        <source>Session &amp;settings…</source>
        <translation>&amp;Настройки сессии…</translation>
    </message>
    <message>
        <source>&amp;Briefing pack…</source>
        <translation>Ин&amp;формационный пакет…</translation>
    </message>
    <message>
        <source>Import workshop proposal</source>
        <translation>Импорт заявки на семинар</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Текстовые файлы (*.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <source>The proposal could not be read: %1</source>
        <translation>Не удалось прочитать заявку: %1</translation>
    </message>
    <message>
        <source>Session &amp;details…</source>
        <translation>&amp;Сведения о сессии…</translation>
    </message>
    <message>
        <source>Another Moderato window asked to open this session, which is open here.</source>
        <translation>Другое окно Moderato запросило открытие этой сессии, которая открыта здесь.</translation>
    </message>
    <message>
        <source>%1 is open in another window or on another computer, which is the only one that may write to it.

You can look at it here without changing it, or save a copy and continue in the copy.</source>
        <translation>Файл %1 открыт в другом окне или на другом компьютере, и записывать в него можно только там.

Вы можете просмотреть его здесь, ничего не меняя, или сохранить копию и продолжить работу в копии.</translation>
    </message>
    <message>
        <source>Open &amp;read-only</source>
        <translation>Открыть только для &amp;чтения</translation>
    </message>
    <message>
        <source>&amp;Save a copy…</source>
        <translation>&amp;Сохранить копию…</translation>
    </message>
    <message>
        <source>%1 — %2 (read-only) — Moderato</source>
        <translation>%1 — %2 (только для чтения) — Moderato</translation>
    </message>
    <message>
        <source>Read-only: nothing is recorded here. Use Save as to continue in a copy.</source>
        <translation>Только для чтения: здесь ничего не записывается. Чтобы продолжить работу в копии, выберите «Сохранить как».</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>П&amp;равка</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <extracomment>Edit menu; %1 names the step, such as &quot;Rename item&quot;</extracomment>
        <translation>&amp;Отменить: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <extracomment>Edit menu; %1 names the step, such as &quot;Rename item&quot;</extracomment>
        <translation>&amp;Повторить: %1</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>S&amp;hare on the network…</source>
        <translation>Открыть &amp;доступ по сети…</translation>
    </message>
    <message>
        <source>Message to the moderator</source>
        <translation>Сообщение модератору</translation>
    </message>
    <message>
        <source>A short message for the moderator&apos;s console:</source>
        <translation>Короткое сообщение для пульта модератора:</translation>
    </message>
    <message>
        <source>&amp;Join a shared session…</source>
        <translation>&amp;Подключиться к общей сессии…</translation>
    </message>
    <message>
        <source>&amp;Message to the moderator…</source>
        <translation>Сообщение &amp;модератору…</translation>
    </message>
    <message>
        <source>Only the moderator&apos;s own Moderato shares the session.</source>
        <translation>Открывать доступ к сессии может только собственный Moderato модератора.</translation>
    </message>
    <message>
        <source>Joining a shared session — Moderato</source>
        <translation>Подключение к общей сессии — Moderato</translation>
    </message>
    <message>
        <source>%1 — joined as %2 — Moderato</source>
        <extracomment>%1 is the session&apos;s name, %2 the role (&quot;Rapporteur&quot;) this window joined in</extracomment>
        <translation>%1 — подключено с ролью %2 — Moderato</translation>
    </message>
    <message>
        <source>%1 — %2 (a joined device&apos;s copy, read-only) — Moderato</source>
        <extracomment>%1 is the session&apos;s name, %2 the file&apos;s</extracomment>
        <translation>%1 — %2 (копия с подключённого устройства, только для чтения) — Moderato</translation>
    </message>
    <message>
        <source>Saved a copy of the shared session so far as %1; this window keeps following the host.</source>
        <translation>Копия общей сессии в текущем состоянии сохранена как %1; это окно по-прежнему следует за хостом.</translation>
    </message>
    <message>
        <source>give the name you join with</source>
        <translation>укажите имя для подключения</translation>
    </message>
    <message>
        <source>The host refused this device: %1</source>
        <translation>Хост отклонил это устройство: %1</translation>
    </message>
    <message>
        <source>Join a shared session</source>
        <translation>Подключение к общей сессии</translation>
    </message>
    <message>
        <source>Not connected to the host: the message was not sent.</source>
        <translation>Нет подключения к хосту: сообщение не отправлено.</translation>
    </message>
    <message>
        <source>Sent to the moderator: %1</source>
        <translation>Отправлено модератору: %1</translation>
    </message>
    <message>
        <source>Not connected: the host refused this device (%1).</source>
        <translation>Не подключено: хост отклонил это устройство (%1).</translation>
    </message>
    <message>
        <source>Online as %1 · %2 ms to the host</source>
        <translation>В сети с ролью %1 · %2 мс до хоста</translation>
    </message>
    <message>
        <source>Online as %1</source>
        <translation>В сети с ролью %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) on the way</source>
        <translation>
            <numerusform>%Ln изменение ожидает отправки</numerusform>
            <numerusform>%Ln изменения ожидают отправки</numerusform>
            <numerusform>%Ln изменений ожидают отправки</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline since %1: you keep working on the last copy; what you do is sent when the connection returns.</source>
        <translation>Нет связи с %1: вы продолжаете работать с последней копией; ваши действия будут отправлены, когда связь восстановится.</translation>
    </message>
    <message>
        <source>Connecting to the host…</source>
        <translation>Подключение к хосту…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) kept on this device.</source>
        <translation>
            <numerusform>%Ln изменение сохранено на этом устройстве.</numerusform>
            <numerusform>%Ln изменения сохранены на этом устройстве.</numerusform>
            <numerusform>%Ln изменений сохранено на этом устройстве.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>Не подключено: %1</translation>
    </message>
    <message>
        <source>Participants&apos; phones</source>
        <translation>Телефоны участников</translation>
    </message>
</context>
<context>
    <name>ui::PeopleEditor</name>
    <message>
        <source>onsite</source>
        <translation>очно</translation>
    </message>
    <message>
        <source>online</source>
        <translation>онлайн</translation>
    </message>
    <message>
        <source>hub: %1</source>
        <translation>хаб: %1</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Спикер</translation>
    </message>
    <message>
        <source>Onsite moderator</source>
        <translation>Модератор на месте</translation>
    </message>
    <message>
        <source>Online moderator</source>
        <translation>Онлайн-модератор</translation>
    </message>
    <message>
        <source>Rapporteur</source>
        <translation>Докладчик</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Аудитория</translation>
    </message>
    <message>
        <source>New participant</source>
        <translation>Новый участник</translation>
    </message>
    <message>
        <source>New participant %1</source>
        <translation>Новый участник %1</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Stakeholder group</source>
        <translation>Группа заинтересованных сторон</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Роли</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Организация:</translation>
    </message>
    <message>
        <source>Stakeholder &amp;group:</source>
        <translation>&amp;Группа заинтересованных сторон:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Регион:</translation>
    </message>
    <message>
        <source>Gen&amp;der:</source>
        <translation>&amp;Пол:</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Канал:</translation>
    </message>
    <message>
        <source>&amp;Hub:</source>
        <translation>&amp;Хаб:</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Роли:</translation>
    </message>
    <message>
        <source>remote hub</source>
        <translation>удалённый хаб</translation>
    </message>
    <message>
        <source>as the person describes it; optional</source>
        <translation>как указывает сам человек; необязательно</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>И&amp;мпорт CSV…</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>&amp;Экспорт CSV…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Who has spoken, asked to speak or claimed the chair stays in the session&apos;s record.</source>
        <translation>Те, кто выступал, просил слова или заявлялся на пустой стул, остаются в записи сессии.</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Добавление: %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Изменение: %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Удаление: %1</translation>
    </message>
    <message>
        <source>no session is open</source>
        <translation>нет открытой сессии</translation>
    </message>
    <message>
        <source>Import people</source>
        <translation>Импорт участников</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be updated</source>
        <translation>Не удалось обновить «%1»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be added</source>
        <translation>Не удалось добавить «%1»</translation>
    </message>
    <message>
        <source>%1 added, %2 updated.</source>
        <translation>Добавлено: %1, обновлено: %2.</translation>
    </message>
    <message>
        <source>cannot write &quot;%1&quot;: %2</source>
        <translation>не удалось записать «%1»: %2</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Файлы CSV (*.csv);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Export people</source>
        <translation>Экспорт участников</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>A participant needs a name.</source>
        <translation>У участника должно быть имя.</translation>
    </message>
    <message>
        <source>Remote hub</source>
        <translation>Удалённый хаб</translation>
    </message>
</context>
<context>
    <name>ui::PhonesPanel</name>
    <message>
        <source>in the room</source>
        <translation>в зале</translation>
    </message>
    <message>
        <source>online</source>
        <translation>онлайн</translation>
    </message>
    <message>
        <source>at a hub</source>
        <translation>через хаб</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>через %1</translation>
    </message>
    <message>
        <source>someone who left</source>
        <translation>ушедший участник</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A participant&apos;s name and their stakeholder group</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>for policy question %1: %2</source>
        <translation>к вопросу политики %1: %2</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>для %1</translation>
    </message>
    <message>
        <source>Inbox (%1)</source>
        <translation>Входящие (%1)</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Входящие</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>заблокирован</translation>
    </message>
    <message>
        <source>Phone %1</source>
        <translation>Телефон %1</translation>
    </message>
    <message>
        <source>Phones (%1)</source>
        <translation>Телефоны (%1)</translation>
    </message>
    <message>
        <source>The room PIN and the page&apos;s address are on the host&apos;s console.</source>
        <translation>PIN-код зала и адрес страницы показаны на пульте хоста.</translation>
    </message>
    <message>
        <source>Share the session on the network (File › Share on the network…) to let participants join from their phones.</source>
        <translation>Откройте доступ к сессии по сети (Файл › Открыть доступ по сети…), чтобы участники могли подключаться с телефонов.</translation>
    </message>
    <message>
        <source>Room PIN: %1 %2</source>
        <extracomment>The room PIN, shown in two groups of three digits</extracomment>
        <translation>PIN-код зала: %1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln phone(s) connected</source>
        <translation>
            <numerusform>%Ln телефон подключён</numerusform>
            <numerusform>%Ln телефона подключено</numerusform>
            <numerusform>%Ln телефонов подключено</numerusform>
        </translation>
    </message>
    <message>
        <source>Participants open %1</source>
        <translation>Участники открывают %1</translation>
    </message>
    <message>
        <source> or </source>
        <translation> или </translation>
    </message>
    <message>
        <source>Participants may join from their phones</source>
        <translation>Участники могут подключаться с телефонов</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>Новый PIN-код</translation>
    </message>
    <message>
        <source>Phones that joined stay; new ones need the new PIN.</source>
        <translation>Уже подключённые телефоны остаются; новым нужен новый PIN-код.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>От кого</translation>
    </message>
    <message>
        <source>Question or comment</source>
        <translation>Вопрос или комментарий</translation>
    </message>
    <message>
        <source>Read out</source>
        <translation>Зачитать</translation>
    </message>
    <message>
        <source>Show to the room</source>
        <translation>Показать залу</translation>
    </message>
    <message>
        <source>Add to prepared questions</source>
        <translation>Добавить в подготовленные вопросы</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Отклонить</translation>
    </message>
    <message>
        <source>Takeaway</source>
        <translation>Вывод</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>За</translation>
    </message>
    <message>
        <source>Disagree</source>
        <translation>Против</translation>
    </message>
    <message>
        <source>Reactions</source>
        <translation>Реакции</translation>
    </message>
    <message>
        <source>Their takeaways</source>
        <translation>Их выводы</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Stakeholder group</source>
        <translation>Группа заинтересованных сторон</translation>
    </message>
    <message>
        <source>Taking part</source>
        <translation>Участие</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Заблокировать</translation>
    </message>
    <message>
        <source>Its requests disappear and it can no longer send anything.</source>
        <translation>Его заявки исчезнут, и он больше не сможет ничего отправлять.</translation>
    </message>
    <message>
        <source>Unblock</source>
        <translation>Разблокировать</translation>
    </message>
    <message>
        <source>Seconds between two questions of a phone:</source>
        <translation>Секунд между двумя вопросами с телефона:</translation>
    </message>
    <message>
        <source>Questions of a phone waiting at most:</source>
        <translation>Максимум ожидающих вопросов с телефона:</translation>
    </message>
    <message>
        <source>Apply limits</source>
        <translation>Применить ограничения</translation>
    </message>
</context>
<context>
    <name>ui::ProposalImportDialog</name>
    <message>
        <source>Import workshop proposal</source>
        <translation>Импорт заявки на семинар</translation>
    </message>
    <message>
        <source>Format: %1</source>
        <translation>Формат: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln speaker(s), %1 policy question(s)</source>
        <translation>
            <numerusform>%Ln спикер, вопросов политики: %1</numerusform>
            <numerusform>%Ln спикера, вопросов политики: %1</numerusform>
            <numerusform>%Ln спикеров, вопросов политики: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Agenda: %Ln item(s), %1</source>
        <translation>
            <numerusform>Повестка: %Ln пункт, %1</numerusform>
            <numerusform>Повестка: %Ln пункта, %1</numerusform>
            <numerusform>Повестка: %Ln пунктов, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The proposal has no agenda: one was built for its format. Check it in Prepare &gt; Edit the agenda.</source>
        <translation>В заявке нет повестки: она составлена по формату сессии. Проверьте её в меню «Подготовка &gt; Редактировать повестку».</translation>
    </message>
    <message>
        <source>The agenda is %1 longer than the session; nothing was changed.</source>
        <translation>Повестка на %1 длиннее сессии; ничего не изменено.</translation>
    </message>
    <message>
        <source>The agenda is %1 shorter than the session; nothing was changed.</source>
        <translation>Повестка на %1 короче сессии; ничего не изменено.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln thing(s) could not be read; see the details.</source>
        <translation>
            <numerusform>%Ln фрагмент не удалось прочитать; см. подробности.</numerusform>
            <numerusform>%Ln фрагмента не удалось прочитать; см. подробности.</numerusform>
            <numerusform>%Ln фрагментов не удалось прочитать; см. подробности.</numerusform>
        </translation>
    </message>
    <message>
        <source>Create the session…</source>
        <translation>Создать сессию…</translation>
    </message>
</context>
<context>
    <name>ui::QuestionBankDialog</name>
    <message>
        <source>Prepared questions</source>
        <translation>Подготовленные вопросы</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Пункт повестки</translation>
    </message>
    <message>
        <source>For speaker</source>
        <translation>Для спикера</translation>
    </message>
    <message>
        <source>Questions to ask if the conversation stalls. The console shows those of the current item, of the speaker who has the floor, and those for any moment.</source>
        <translation>Вопросы на случай, если разговор затихнет. Консоль показывает вопросы к текущему пункту, к спикеру, которому предоставлено слово, и вопросы на любой момент.</translation>
    </message>
    <message>
        <source>&amp;Add question</source>
        <translation>&amp;Добавить вопрос</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>New question</source>
        <translation>Новый вопрос</translation>
    </message>
    <message>
        <source>any item</source>
        <translation>любой пункт</translation>
    </message>
    <message>
        <source>anyone</source>
        <translation>любой</translation>
    </message>
    <message>
        <source>Edit the prepared questions</source>
        <translation>Изменение подготовленных вопросов</translation>
    </message>
</context>
<context>
    <name>ui::QuestionsPanel</name>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Write the questions to ask if the conversation stalls</source>
        <translation>Записать вопросы на случай, если разговор затихнет</translation>
    </message>
    <message>
        <source>Prepared questions (%1 not asked)</source>
        <translation>Подготовленные вопросы (не задано: %1)</translation>
    </message>
    <message>
        <source>No prepared questions for this moment.</source>
        <translation>Для этого момента подготовленных вопросов нет.</translation>
    </message>
</context>
<context>
    <name>ui::RapporteurPane</name>
    <message>
        <source>add note</source>
        <translation>добавление заметки</translation>
    </message>
    <message>
        <source>edit note</source>
        <translation>изменение заметки</translation>
    </message>
    <message>
        <source>delete note</source>
        <translation>удаление заметки</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Изменить заметку</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Заметка:</translation>
    </message>
    <message>
        <source>no note is selected</source>
        <translation>заметка не выбрана</translation>
    </message>
    <message>
        <source>Policy question %1: %2</source>
        <translation>Вопрос политики %1: %2</translation>
    </message>
    <message>
        <source>Every speaker</source>
        <translation>Все выступающие</translation>
    </message>
    <message>
        <source>Every agenda item</source>
        <translation>Все пункты повестки</translation>
    </message>
    <message>
        <source>Every tag</source>
        <translation>Все теги</translation>
    </message>
    <message>
        <source>No policy question</source>
        <translation>Без вопроса политики</translation>
    </message>
    <message>
        <source>Type a note, Enter to save it</source>
        <translation>Введите заметку и нажмите Enter, чтобы сохранить её</translation>
    </message>
    <message>
        <source>Key takeaway</source>
        <translation>Ключевой вывод</translation>
    </message>
    <message>
        <source>Call to action</source>
        <translation>Призыв к действию</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <source>Disagreement</source>
        <translation>Несогласие</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Цитата</translation>
    </message>
    <message>
        <source>Alt+%1</source>
        <translation>Alt+%1</translation>
    </message>
    <message>
        <source>Tags while typing: Alt+1 key takeaway, Alt+2 call to action, Alt+3 question, Alt+4 agreement, Alt+5 disagreement, Alt+6 quote. Esc leaves the field.</source>
        <translation>Теги при наборе: Alt+1 — ключевой вывод, Alt+2 — призыв к действию, Alt+3 — вопрос, Alt+4 — согласие, Alt+5 — несогласие, Alt+6 — цитата. Esc — выйти из поля.</translation>
    </message>
    <message>
        <source>Search the notes</source>
        <translation>Поиск по заметкам</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>No break-out group</source>
        <translation>Без группы</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The break-out group the next notes are for</source>
        <translation>Группа, к которой относятся следующие заметки</translation>
    </message>
</context>
<context>
    <name>ui::ReportDialog</name>
    <message>
        <source>Session report</source>
        <translation>Отчёт о сессии</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Onsite</source>
        <translation>Очно</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Онлайн</translation>
    </message>
    <message>
        <source>Of whom women</source>
        <translation>Из них женщин</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>Участие</translation>
    </message>
    <message>
        <source>Short report</source>
        <translation>Краткий отчёт</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Copy as Markdown</source>
        <translation>Копировать как Markdown</translation>
    </message>
    <message>
        <source>Show the takeaways to the room</source>
        <translation>Показать ключевые выводы залу</translation>
    </message>
    <message>
        <source>Import transcript…</source>
        <translation>Импорт стенограммы…</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Экспорт отчёта</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;OpenDocument text (*.odt);;HTML (*.html);;Markdown (*.md)</source>
        <translation>PDF (*.pdf);;Текст OpenDocument (*.odt);;HTML (*.html);;Markdown (*.md)</translation>
    </message>
    <message>
        <source>Import a transcript</source>
        <translation>Импорт стенограммы</translation>
    </message>
    <message>
        <source>Text (*.txt);;All files (*)</source>
        <translation>Текст (*.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <source>no session is open</source>
        <translation>нет открытой сессии</translation>
    </message>
    <message>
        <source>%1: use .md, .html, .odt or .pdf</source>
        <translation>%1: используйте расширение .md, .html, .odt или .pdf</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Сохранение отчёта</translation>
    </message>
    <message>
        <source>Draft from the session: edit it, or confirm it as it stands.</source>
        <translation>Черновик по материалам сессии: отредактируйте его или подтвердите как есть.</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Подтверждено</translation>
    </message>
    <message>
        <source>Drafted line</source>
        <translation>Строка черновика</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Пункт повестки</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Choose a line to see the notes or transcript turns it was drafted from.</source>
        <translation>Выберите строку, чтобы увидеть заметки или выступления из стенограммы, по которым она составлена.</translation>
    </message>
    <message>
        <source>The sources of the chosen line appear here.</source>
        <translation>Здесь появятся источники выбранной строки.</translation>
    </message>
    <message>
        <source>Drafted lines and their sources</source>
        <translation>Строки черновика и их источники</translation>
    </message>
    <message>
        <source>Draft from the proposal…</source>
        <translation>Черновик по заявке…</translation>
    </message>
    <message>
        <source>Read the workshop proposal for the drafts, e.g. the other initiatives it names.</source>
        <translation>Прочитать заявку на семинар для черновиков, например названные в ней другие инициативы.</translation>
    </message>
    <message>
        <source>Draft from the workshop proposal</source>
        <translation>Черновик по заявке на семинар</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>note %1</source>
        <translation>заметка %1</translation>
    </message>
    <message>
        <source>transcript, line %1</source>
        <translation>стенограмма, строка %1</translation>
    </message>
    <message>
        <source>Key takeaways</source>
        <translation>Ключевые выводы</translation>
    </message>
    <message>
        <source>Calls to action</source>
        <translation>Призывы к действию</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Итоги</translation>
    </message>
    <message>
        <source>Note %1, typed at %2: %3</source>
        <translation>Заметка %1, введена в %2: %3</translation>
    </message>
    <message>
        <source>Line %1, %2: %3</source>
        <translation>Строка %1, %2: %3</translation>
    </message>
    <message>
        <source>no speaker named</source>
        <translation>выступающий не указан</translation>
    </message>
    <message>
        <source>%1: not a workshop proposal in plain text (at most 2 MB)</source>
        <translation>%1: это не заявка на семинар в виде простого текста (не более 2 МБ)</translation>
    </message>
    <message>
        <source>Transcripts (*.txt *.srt *.vtt);;Captions (*.srt *.vtt);;Text (*.txt);;All files (*)</source>
        <extracomment>File dialog filters: keep the patterns in parentheses as they are</extracomment>
        <translation>Стенограммы (*.txt *.srt *.vtt);;Субтитры (*.srt *.vtt);;Текст (*.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <source>One a line; the IGF asks for three.</source>
        <translation>По одному в строке; IGF просит три.</translation>
    </message>
    <message>
        <source>In exports and copies, number the drafted lines and list their sources</source>
        <translation>При экспорте и копировании нумеровать строки черновика и указывать их источники</translation>
    </message>
    <message>
        <source>Who said each drafted key takeaway and call to action, during which agenda item, when, and from which note or transcript line.</source>
        <translation>Кто произнёс каждый ключевой вывод и призыв к действию из черновика, во время какого пункта повестки, когда и по какой заметке или строке стенограммы.</translation>
    </message>
</context>
<context>
    <name>ui::ReportExporter</name>
    <message>
        <source>Nobody has had the floor yet.</source>
        <translation>Слово ещё никому не предоставлялось.</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>не указано</translation>
    </message>
</context>
<context>
    <name>ui::RoomControl</name>
    <message>
        <source>Message to the room</source>
        <translation>Сообщение для зала</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>Сообщение:</translation>
    </message>
    <message>
        <source>Add media</source>
        <translation>Добавить медиафайл</translation>
    </message>
    <message>
        <source>Images, slides and video (*.png *.jpg *.jpeg *.svg *.pdf *.mp4 *.webm *.mkv *.ogv);;All files (*)</source>
        <translation>Изображения, слайды и видео (*.png *.jpg *.jpeg *.svg *.pdf *.mp4 *.webm *.mkv *.ogv);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Key takeaway, as the room will read it:</source>
        <translation>Ключевой вывод в том виде, в каком его прочтёт зал:</translation>
    </message>
    <message>
        <source>no session is open</source>
        <translation>нет открытой сессии</translation>
    </message>
    <message>
        <source>In a window (to share online)</source>
        <translation>В окне (для трансляции онлайн)</translation>
    </message>
    <message>
        <source>Full screen on %1 (%2×%3)</source>
        <translation>Во весь экран: %1 (%2×%3)</translation>
    </message>
    <message>
        <source>As the console</source>
        <translation>Как в консоли</translation>
    </message>
    <message>
        <source>&amp;Room display</source>
        <translation>&amp;Экран зала</translation>
    </message>
    <message>
        <source>&amp;Show the room display</source>
        <translation>&amp;Показать экран зала</translation>
    </message>
    <message>
        <source>Show &amp;on</source>
        <translation>&amp;Где показывать</translation>
    </message>
    <message>
        <source>Follow the session (&amp;automatic scene)</source>
        <translation>Следовать за ходом сессии (&amp;автоматическая сцена)</translation>
    </message>
    <message>
        <source>Scene: a&amp;genda</source>
        <translation>Сцена: по&amp;вестка</translation>
    </message>
    <message>
        <source>Scene: s&amp;peaker</source>
        <translation>Сцена: &amp;спикер</translation>
    </message>
    <message>
        <source>Scene: empty &amp;chair</source>
        <translation>Сцена: пустой с&amp;тул</translation>
    </message>
    <message>
        <source>Scene: &amp;media</source>
        <translation>Сцена: &amp;медиа</translation>
    </message>
    <message>
        <source>Scene: key &amp;takeaways</source>
        <translation>Сцена: &amp;ключевые выводы</translation>
    </message>
    <message>
        <source>Scene: m&amp;essage</source>
        <translation>Сцена: с&amp;ообщение</translation>
    </message>
    <message>
        <source>&amp;Blank the room display</source>
        <translation>Погасить &amp;экран зала</translation>
    </message>
    <message>
        <source>Show a message to the &amp;room…</source>
        <translation>Показать сообщение &amp;залу…</translation>
    </message>
    <message>
        <source>A&amp;dd media…</source>
        <translation>&amp;Добавить медиафайл…</translation>
    </message>
    <message>
        <source>Show media &amp;file</source>
        <translation>Показать медиа&amp;файл</translation>
    </message>
    <message>
        <source>Ne&amp;xt page</source>
        <translation>Сл&amp;едующая страница</translation>
    </message>
    <message>
        <source>Play or pause the &amp;video</source>
        <translation>Воспроизвести или приостановить в&amp;идео</translation>
    </message>
    <message>
        <source>Approve a &amp;key takeaway…</source>
        <translation>&amp;Утвердить ключевой вывод…</translation>
    </message>
    <message>
        <source>Room &amp;language</source>
        <translation>&amp;Язык зала</translation>
    </message>
    <message>
        <source>Previo&amp;us page</source>
        <translation>П&amp;редыдущая страница</translation>
    </message>
    <message>
        <source>Change the room&apos;s language</source>
        <translation>Смена языка зала</translation>
    </message>
    <message>
        <source>The language of this computer&apos;s room display only</source>
        <translation>Язык только для экрана зала этого компьютера</translation>
    </message>
    <message>
        <source>Scene: &amp;join from a phone</source>
        <translation>Сцена: подключение с те&amp;лефона</translation>
    </message>
    <message>
        <source>Withdraw a key takeaway</source>
        <translation>Отозвать ключевой вывод</translation>
    </message>
    <message>
        <source>No key takeaway has been approved for the room.</source>
        <translation>Для зала ещё не утверждён ни один ключевой вывод.</translation>
    </message>
    <message>
        <source>The key takeaway to take off the room display:</source>
        <translation>Ключевой вывод, который нужно убрать с экрана зала:</translation>
    </message>
    <message>
        <source>&amp;Withdraw a key takeaway…</source>
        <translation>&amp;Отозвать ключевой вывод…</translation>
    </message>
    <message>
        <source>Edit a key takeaway</source>
        <translation>Изменить ключевой вывод</translation>
    </message>
    <message>
        <source>The key takeaway to reword:</source>
        <translation>Ключевой вывод, который нужно переформулировать:</translation>
    </message>
    <message>
        <source>Record a comment from the room</source>
        <translation>Записать комментарий из зала</translation>
    </message>
    <message>
        <source>Someone in the room (not named)</source>
        <translation>Кто-то из зала (без имени)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>What was said about it, for the report</source>
        <translation>Что было сказано об этом выводе — для отчёта</translation>
    </message>
    <message>
        <source>&amp;Key takeaway:</source>
        <translation>&amp;Ключевой вывод:</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>К&amp;то:</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>Ко&amp;мментарий:</translation>
    </message>
    <message>
        <source>Ed&amp;it a key takeaway…</source>
        <translation>Изме&amp;нить ключевой вывод…</translation>
    </message>
    <message>
        <source>Record a comment from t&amp;he room…</source>
        <translation>Записать &amp;комментарий из зала…</translation>
    </message>
    <message>
        <source>&amp;Mute the video&apos;s sound (volume %1)</source>
        <extracomment>%1 is the video&apos;s volume, like &quot;70 %&quot;</extracomment>
        <translation>&amp;Выключить звук видео (громкость %1)</translation>
    </message>
    <message>
        <source>Add subtitles</source>
        <translation>Добавить субтитры</translation>
    </message>
    <message>
        <source>The video the subtitles belong to:</source>
        <translation>Видео, к которому относятся субтитры:</translation>
    </message>
    <message>
        <source>Subtitles (*.srt *.vtt);;All files (*)</source>
        <translation>Субтитры (*.srt *.vtt);;Все файлы (*)</translation>
    </message>
    <message>
        <source>The subtitles&apos; language, as a code (en, fr, es, zh_CN; empty: not said):</source>
        <translation>Язык субтитров в виде кода (en, fr, es, zh_CN; пусто — не указан):</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>The glossary is empty: add key terms with Room display › Glossary first.</source>
        <translation>Глоссарий пуст: сначала добавьте ключевые термины через Экран зала › Глоссарий.</translation>
    </message>
    <message>
        <source>Show a glossary term</source>
        <translation>Показать термин глоссария</translation>
    </message>
    <message>
        <source>Term the speaker used:</source>
        <translation>Термин, который использовал спикер:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the glossary.</source>
        <translation>«%1» нет в глоссарии.</translation>
    </message>
    <message>
        <source>Change the room&apos;s second language</source>
        <translation>Изменить второй язык зала</translation>
    </message>
    <message>
        <source>Scene: break-out &amp;groups</source>
        <translation>Сцена: работа в &amp;группах</translation>
    </message>
    <message>
        <source>Scene: &amp;key terms</source>
        <translation>Сцена: &amp;ключевые термины</translation>
    </message>
    <message>
        <source>Video: back 10 seconds</source>
        <translation>Видео: назад на 10 секунд</translation>
    </message>
    <message>
        <source>Video: forward 10 seconds</source>
        <translation>Видео: вперёд на 10 секунд</translation>
    </message>
    <message>
        <source>Video: sound louder</source>
        <translation>Видео: громче</translation>
    </message>
    <message>
        <source>Video: sound softer</source>
        <translation>Видео: тише</translation>
    </message>
    <message>
        <source>Add su&amp;btitles to a video…</source>
        <translation>Добавить су&amp;бтитры к видео…</translation>
    </message>
    <message>
        <source>Second lan&amp;guage</source>
        <translation>Второй &amp;язык</translation>
    </message>
    <message>
        <source>Tra&amp;nslations for the room…</source>
        <translation>&amp;Переводы для зала…</translation>
    </message>
    <message>
        <source>G&amp;lossary…</source>
        <translation>Г&amp;лоссарий…</translation>
    </message>
    <message>
        <source>Show or hide a glossary &amp;term…</source>
        <translation>Показать или скрыть &amp;термин глоссария…</translation>
    </message>
</context>
<context>
    <name>ui::RoomRenderer</name>
    <message>
        <source>Agenda</source>
        <translation>Повестка</translation>
    </message>
    <message>
        <source>Projected end: %1</source>
        <translation>Прогноз окончания: %1</translation>
    </message>
    <message>
        <source>The floor is open</source>
        <translation>Обсуждение открыто</translation>
    </message>
    <message>
        <source>online</source>
        <translation>онлайн</translation>
    </message>
    <message>
        <source>Ask the moderator for the floor</source>
        <translation>Попросите слова у модератора</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Сейчас: %1</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Далее: %1</translation>
    </message>
    <message>
        <source>A speaker replies to the empty chair</source>
        <translation>Спикер отвечает пустому стулу</translation>
    </message>
    <message>
        <source>In the empty chair</source>
        <translation>На пустом стуле</translation>
    </message>
    <message>
        <source>Online, through the online moderator</source>
        <translation>Онлайн, через онлайн-модератора</translation>
    </message>
    <message>
        <source>The empty chair</source>
        <translation>Пустой стул</translation>
    </message>
    <message>
        <source>Take the empty chair next to the speakers: bring a new perspective, or challenge what you heard.</source>
        <translation>Займите пустой стул рядом со спикерами: предложите новый взгляд или оспорьте услышанное.</translation>
    </message>
    <message>
        <source>Online? Tell the online moderator, who takes the chair for you.</source>
        <translation>Вы онлайн? Сообщите онлайн-модератору — он займёт стул за вас.</translation>
    </message>
    <message>
        <source>This file cannot be shown</source>
        <translation>Этот файл невозможно показать</translation>
    </message>
    <message>
        <source>No media file chosen</source>
        <translation>Медиафайл не выбран</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Key takeaways</source>
        <translation>Ключевые выводы</translation>
    </message>
    <message>
        <source>No key takeaways yet.</source>
        <translation>Ключевых выводов пока нет.</translation>
    </message>
    <message>
        <source>Your comments: ask the moderator for the floor, or write to the online moderator.</source>
        <translation>Ваши комментарии: попросите слова у модератора или напишите онлайн-модератору.</translation>
    </message>
    <message>
        <source>Join from your phone</source>
        <translation>Подключайтесь с телефона</translation>
    </message>
    <message>
        <source>PIN %1 %2</source>
        <translation>PIN %1 %2</translation>
    </message>
    <message>
        <source>Ask the moderator how to join.</source>
        <translation>Спросите модератора, как подключиться.</translation>
    </message>
    <message>
        <source>Scan the code, or open this address on the room&apos;s network:</source>
        <translation>Отсканируйте код или откройте этот адрес в сети зала:</translation>
    </message>
    <message>
        <source>Joining from phones is closed for now.</source>
        <translation>Подключение с телефонов пока закрыто.</translation>
    </message>
    <message>
        <source>Room PIN</source>
        <translation>PIN-код зала</translation>
    </message>
    <message>
        <source>The file could not be read from the session.</source>
        <translation>Не удалось прочитать файл из сессии.</translation>
    </message>
    <message>
        <source>This computer cannot play video: Qt Multimedia has no backend.</source>
        <translation>Этот компьютер не может воспроизводить видео: у Qt Multimedia нет бэкенда.</translation>
    </message>
    <message>
        <source>The file is damaged or in a format the room display does not read.</source>
        <translation>Файл повреждён или имеет формат, который экран зала не читает.</translation>
    </message>
    <message>
        <source>The video&apos;s format cannot be decoded here.</source>
        <extracomment>Why a video cannot be played; %1 is the media framework&apos;s own words (often in English)</extracomment>
        <translation>Формат этого видео здесь не удаётся декодировать.</translation>
    </message>
    <message>
        <source>The video cannot be played: %1</source>
        <translation>Не удаётся воспроизвести видео: %1</translation>
    </message>
    <message>
        <source>Break-out groups</source>
        <translation>Работа в группах</translation>
    </message>
    <message>
        <source>The groups are not formed yet.</source>
        <translation>Группы ещё не сформированы.</translation>
    </message>
    <message>
        <source>Time to reconvene</source>
        <translation>Пора собираться вместе</translation>
    </message>
    <message>
        <source>Please come back to your seats: each group&apos;s rapporteur reports back.</source>
        <translation>Пожалуйста, вернитесь на свои места: докладчики групп по очереди представят отчёты.</translation>
    </message>
    <message>
        <source>Facilitator: %1</source>
        <translation>Ведущий: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln человек</numerusform>
            <numerusform>%Ln человека</numerusform>
            <numerusform>%Ln человек</numerusform>
        </translation>
    </message>
    <message>
        <source>Key terms</source>
        <translation>Ключевые термины</translation>
    </message>
    <message>
        <source>No key terms yet.</source>
        <translation>Ключевых терминов пока нет.</translation>
    </message>
    <message>
        <source>it did not load within 10 seconds; the file may be damaged.</source>
        <translation>оно не загрузилось за 10 секунд; возможно, файл повреждён.</translation>
    </message>
    <message>
        <source>The video could not be prepared for playing: %1</source>
        <extracomment>%1: the system&apos;s reason (a full disk, say)</extracomment>
        <translation>Не удалось подготовить видео к воспроизведению: %1</translation>
    </message>
</context>
<context>
    <name>ui::RotationView</name>
    <message>
        <source>%1 (skipped)</source>
        <translation>%1 (пропуск)</translation>
    </message>
    <message>
        <source>Speaking order</source>
        <translation>Порядок выступлений</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Раньше</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Позже</translation>
    </message>
    <message>
        <source>Skip or bring back</source>
        <translation>Пропустить или вернуть</translation>
    </message>
</context>
<context>
    <name>ui::Screenshot</name>
    <message>
        <source>Coffee break: we continue at 15:15 with the summary of the discussion.</source>
        <translation>Кофе-брейк: в 15:15 продолжим и подведём итоги обсуждения.</translation>
    </message>
    <message>
        <source>A remote participant in Nairobi has a question on policy question 2.</source>
        <translation>У удалённой участницы из Найроби есть вопрос по вопросу политики 2.</translation>
    </message>
    <message>
        <source>Who certifies the certifiers, and who pays for it?</source>
        <translation>Кто сертифицирует сертификаторов и кто за это платит?</translation>
    </message>
    <message>
        <source>How can small suppliers afford the audits?</source>
        <translation>Как небольшим поставщикам оплатить аудиты?</translation>
    </message>
    <message>
        <source>Only if buyers ask for it in every contract.</source>
        <translation>Только если покупатели требуют этого в каждом контракте.</translation>
    </message>
    <message>
        <source>Security needs a budget line, not only a policy.</source>
        <translation>Безопасности нужна строка в бюджете, а не только политика.</translation>
    </message>
</context>
<context>
    <name>ui::SessionDetailsDialog</name>
    <message>
        <source>Session details</source>
        <translation>Сведения о сессии</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>One question a line</source>
        <translation>По одному вопросу в строке</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Код:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Формат:</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>&amp;Расстановка:</translation>
    </message>
    <message>
        <source>Le&amp;ngth:</source>
        <translation>&amp;Длительность:</translation>
    </message>
    <message>
        <source>&amp;Policy questions:</source>
        <translation>&amp;Вопросы политики:</translation>
    </message>
    <message>
        <source>&amp;Discussion facilitation:</source>
        <translation>&amp;Организация обсуждения:</translation>
    </message>
    <message>
        <source>&amp;Online participation:</source>
        <translation>Онлайн-&amp;участие:</translation>
    </message>
    <message>
        <source>The clock has started: the session&apos;s details can no longer be edited.</source>
        <translation>Таймер уже запущен: сведения о сессии больше нельзя изменить.</translation>
    </message>
    <message>
        <source>Edit the session details</source>
        <translation>Изменение сведений о сессии</translation>
    </message>
    <message>
        <source>Where it takes place, e.g. Room VI</source>
        <translation>Где проходит сессия, например Зал VI</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>&amp;Зал:</translation>
    </message>
</context>
<context>
    <name>ui::SessionSettingsDialog</name>
    <message>
        <source>Session settings</source>
        <translation>Настройки сессии</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>Each item&apos;s own (one minute)</source>
        <translation>Своё для каждого пункта (одна минута)</translation>
    </message>
    <message>
        <source>Chime when time is up (the flash is always shown)</source>
        <translation>Звуковой сигнал, когда время истекло (вспышка показывается всегда)</translation>
    </message>
    <message>
        <source>In order of request</source>
        <translation>В порядке заявок</translation>
    </message>
    <message>
        <source>First-time speakers first</source>
        <translation>Сначала выступающие впервые</translation>
    </message>
    <message>
        <source>Onsite and online in turn</source>
        <translation>Очно и онлайн по очереди</translation>
    </message>
    <message>
        <source>Least-heard stakeholder groups first</source>
        <translation>Сначала группы заинтересованных сторон, выступавшие меньше всех</translation>
    </message>
    <message>
        <source>Audience &amp;turn limit:</source>
        <translation>Лимит выступления из &amp;зала:</translation>
    </message>
    <message>
        <source>Empty-&amp;chair turn limit:</source>
        <translation>Лимит выступления на &amp;пустом стуле:</translation>
    </message>
    <message>
        <source>&amp;Warning before the end of an item:</source>
        <translation>П&amp;редупреждение до конца пункта:</translation>
    </message>
    <message>
        <source>&amp;Queue order:</source>
        <translation>Порядок &amp;очереди:</translation>
    </message>
    <message>
        <source>An invited speaker&apos;s limit is their agenda slot. These settings are kept in the session file.</source>
        <translation>Лимит приглашённого спикера — время его пункта повестки. Эти настройки хранятся в файле сессии.</translation>
    </message>
    <message>
        <source>Change the session settings</source>
        <translation>Изменение настроек сессии</translation>
    </message>
</context>
<context>
    <name>ui::SessionUndo</name>
    <message>
        <source>no session is open</source>
        <translation>нет открытой сессии</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be undone: %2</source>
        <extracomment>%1 names the edit (such as &quot;Rename item&quot;), %2 says why the session refused it</extracomment>
        <translation>«%1» нельзя отменить: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be redone: %2</source>
        <extracomment>%1 names the edit (such as &quot;Rename item&quot;), %2 says why the session refused it</extracomment>
        <translation>«%1» нельзя повторить: %2</translation>
    </message>
</context>
<context>
    <name>ui::ShareDialog</name>
    <message>
        <source>Onsite moderator</source>
        <translation>Модератор на месте</translation>
    </message>
    <message>
        <source>Co-moderator</source>
        <translation>Сомодератор</translation>
    </message>
    <message>
        <source>Online moderator</source>
        <translation>Онлайн-модератор</translation>
    </message>
    <message>
        <source>Rapporteur</source>
        <translation>Докладчик</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Наблюдатель</translation>
    </message>
    <message>
        <source>Share on the network</source>
        <translation>Доступ по сети</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>Общий доступ</translation>
    </message>
    <message>
        <source>Every address of this computer</source>
        <translation>Все адреса этого компьютера</translation>
    </message>
    <message>
        <source>This computer only (a rehearsal)</source>
        <translation>Только этот компьютер (репетиция)</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>любой свободный порт</translation>
    </message>
    <message>
        <source>Listen on:</source>
        <translation>Принимать на:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Порт:</translation>
    </message>
    <message>
        <source>How to join</source>
        <translation>Как подключиться</translation>
    </message>
    <message>
        <source>Address of this computer:</source>
        <translation>Адрес этого компьютера:</translation>
    </message>
    <message>
        <source>Renew</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>A new code for this role: the devices that joined with the old one are disconnected.</source>
        <translation>Новый код для этой роли: устройства, подключившиеся со старым, будут отключены.</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Устройства</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Round trip</source>
        <translation>Задержка</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Последняя активность</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Отключить</translation>
    </message>
    <message>
        <source>Messages with the team</source>
        <translation>Сообщения команды</translation>
    </message>
    <message>
        <source>A message to every joined device</source>
        <translation>Сообщение всем подключённым устройствам</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Отправить</translation>
    </message>
    <message>
        <source>The moderator disconnected this device.</source>
        <translation>Модератор отключил это устройство.</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation>Закрыть доступ</translation>
    </message>
    <message>
        <source>Start sharing</source>
        <translation>Открыть доступ</translation>
    </message>
    <message>
        <source>Sharing on port %1. Each role joins with its own address.</source>
        <translation>Доступ открыт на порту %1. Каждая роль подключается по своему адресу.</translation>
    </message>
    <message>
        <source>Not shared: nobody can join.</source>
        <translation>Доступ закрыт: никто не может подключиться.</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 мс</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>ещё нет</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>%1 назад</translation>
    </message>
    <message>
        <source>You: %1</source>
        <translation>Вы: %1</translation>
    </message>
    <message>
        <source>now</source>
        <translation>сейчас</translation>
    </message>
    <message>
        <source>Room display</source>
        <translation>Экран зала</translation>
    </message>
    <message>
        <source>optional: a PEM file; devices then connect encrypted</source>
        <translation>необязательно: файл PEM; тогда устройства подключаются по зашифрованному соединению</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.key);;All files (*)</source>
        <translation>Файлы PEM (*.pem *.crt *.key);;Все файлы (*)</translation>
    </message>
    <message>
        <source>TLS certificate:</source>
        <translation>Сертификат TLS:</translation>
    </message>
    <message>
        <source>TLS certificate</source>
        <translation>Сертификат TLS</translation>
    </message>
    <message>
        <source>TLS private key:</source>
        <translation>Закрытый ключ TLS:</translation>
    </message>
    <message>
        <source>TLS private key</source>
        <translation>Закрытый ключ TLS</translation>
    </message>
    <message>
        <source>Sharing on port %1, encrypted (TLS). Each role joins with its own address, which names this computer&apos;s certificate.</source>
        <translation>Доступ открыт на порту %1, с шифрованием (TLS). Каждая роль подключается по своему адресу, в котором указан сертификат этого компьютера.</translation>
    </message>
    <message>
        <source>Translator</source>
        <translation>Переводчик</translation>
    </message>
    <message>
        <source>Captioner</source>
        <translation>Стенографист</translation>
    </message>
</context>
<context>
    <name>ui::Sharing</name>
    <message>
        <source>only a session open for writing can be shared</source>
        <translation>открыть доступ можно только к сессии, открытой для записи</translation>
    </message>
    <message>
        <source>for TLS, give both the certificate and its private key</source>
        <translation>для TLS укажите и сертификат, и его закрытый ключ</translation>
    </message>
    <message>
        <source>the session is not shared</source>
        <translation>доступ к сессии не открыт</translation>
    </message>
</context>
<context>
    <name>ui::SpeakerQueueView</name>
    <message>
        <source>Next from the queue (Q)</source>
        <translation>Следующий из очереди (Q)</translation>
    </message>
    <message>
        <source>Next: %1 (Q)</source>
        <translation>Далее: %1 (Q)</translation>
    </message>
    <message numerus="yes">
        <source>Queue: %Ln waiting</source>
        <translation>
            <numerusform>Очередь: ждёт %Ln</numerusform>
            <numerusform>Очередь: ждут %Ln</numerusform>
            <numerusform>Очередь: ждут %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Next from the &amp;queue</source>
        <translation>Следующий из &amp;очереди</translation>
    </message>
    <message>
        <source>Add a &amp;request to speak…</source>
        <translation>&amp;Добавить заявку на выступление…</translation>
    </message>
    <message>
        <source>In order of request</source>
        <translation>В порядке заявок</translation>
    </message>
    <message>
        <source>First-time speakers first</source>
        <translation>Сначала выступающие впервые</translation>
    </message>
    <message>
        <source>Alternate in the room and online</source>
        <translation>Чередовать зал и онлайн</translation>
    </message>
    <message>
        <source>Groups that spoke least first</source>
        <translation>Сначала группы, говорившие меньше всех</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Онлайн</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Give the floor</source>
        <translation>Предоставить слово</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Who asks to speak: name, group, region, gender, room or online (I)</source>
        <translation>Кто просит слова: имя, группа, регион, пол, зал или онлайн (I)</translation>
    </message>
</context>
<context>
    <name>ui::TakeawayDialog</name>
    <message>
        <source>Approve a key takeaway</source>
        <translation>Утвердить ключевой вывод</translation>
    </message>
    <message>
        <source>On a joined device, translate the takeaway in Room › Translations once it is approved.</source>
        <translation>На подключённом устройстве переведите вывод в меню «Экран зала › Переводы для зала», когда он будет утверждён.</translation>
    </message>
    <message>
        <source>Key takeaway, as the room will read it:</source>
        <translation>Ключевой вывод в том виде, в каком его прочтёт зал:</translation>
    </message>
    <message>
        <source>Its &amp;translation (optional), into:</source>
        <translation>Её &amp;перевод (необязательно) на:</translation>
    </message>
    <message>
        <source>Type the key takeaway first.</source>
        <translation>Сначала введите ключевой вывод.</translation>
    </message>
</context>
<context>
    <name>ui::TranslationsDialog</name>
    <message>
        <source>Translations for the room</source>
        <translation>Переводы для зала</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Оригинал</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Перевод</translation>
    </message>
    <message>
        <source>The room display shows a translation in the room&apos;s language, and in its second language under it. Content without a translation shows as written.</source>
        <translation>Экран зала показывает перевод на языке зала, а под ним — на втором языке. Содержимое без перевода показывается как есть.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Пункт повестки</translation>
    </message>
    <message>
        <source>Message to the room</source>
        <translation>Сообщение для зала</translation>
    </message>
    <message>
        <source>Key takeaway</source>
        <translation>Ключевой вывод</translation>
    </message>
    <message>
        <source>Glossary term</source>
        <translation>Термин глоссария</translation>
    </message>
    <message>
        <source>Its explanation</source>
        <translation>Его пояснение</translation>
    </message>
    <message>
        <source>Translate for the room</source>
        <translation>Перевести для зала</translation>
    </message>
    <message>
        <source>Policy question %L1</source>
        <translation>Вопрос политики %L1</translation>
    </message>
</context>
</TS>
