<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>Cli</name>
    <message>
        <source>Try &apos;moderato-cli --help&apos;.</source>
        <translation>جرّب «moderato-cli --help».</translation>
    </message>
    <message>
        <source>Moderato on the command line: works on .moderato session files.</source>
        <translation>Moderato في سطر الأوامر: يعمل على ملفات الجلسات ذات الامتداد ‎.moderato.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>عرض هذه المساعدة.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>عرض الإصدار.</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>أمر غير معروف «%1»</translation>
    </message>
    <message>
        <source>Apply a timed replay script to a new session file.</source>
        <translation>تطبيق نص إعادة تشغيل برمجي مؤقَّت على ملف جلسة جديد.</translation>
    </message>
    <message>
        <source>The session file to write.</source>
        <translation>ملف الجلسة المراد كتابته.</translation>
    </message>
    <message>
        <source>SESSION</source>
        <translation>SESSION</translation>
    </message>
    <message>
        <source>Build the new session from this session&apos;s plan.</source>
        <translation>بناء الجلسة الجديدة من خطة هذه الجلسة.</translation>
    </message>
    <message>
        <source>Replace the output file if it exists.</source>
        <translation>استبدال ملف الإخراج إن كان موجودًا.</translation>
    </message>
    <message>
        <source>The replay script.</source>
        <translation>نص إعادة التشغيل البرمجي.</translation>
    </message>
    <message>
        <source>replay needs exactly one script</source>
        <translation>يحتاج replay إلى نص برمجي واحد بالضبط</translation>
    </message>
    <message>
        <source>replay needs -o SESSION</source>
        <translation>يحتاج replay إلى ‎-o SESSION</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%Ln action(s))</source>
        <translation>
            <numerusform>تمت كتابة %1: لا إجراءات (%Ln)</numerusform>
            <numerusform>تمت كتابة %1: إجراء واحد (%Ln)</numerusform>
            <numerusform>تمت كتابة %1: إجراءان (%Ln)</numerusform>
            <numerusform>تمت كتابة %1: %Ln إجراءات</numerusform>
            <numerusform>تمت كتابة %1: %Ln إجراءً</numerusform>
            <numerusform>تمت كتابة %1: %Ln إجراء</numerusform>
        </translation>
    </message>
    <message>
        <source>Print planned and actual times of a session.</source>
        <translation>طباعة الأوقات المخططة والفعلية لجلسة.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>الطباعة بصيغة JSON.</translation>
    </message>
    <message>
        <source>The session file.</source>
        <translation>ملف الجلسة.</translation>
    </message>
    <message>
        <source>stats needs exactly one session file</source>
        <translation>يحتاج stats إلى ملف جلسة واحد بالضبط</translation>
    </message>
    <message>
        <source>Print a session&apos;s event log as JSON Lines.</source>
        <translation>طباعة سجل أحداث جلسة بصيغة JSON Lines.</translation>
    </message>
    <message>
        <source>export-log needs exactly one session file</source>
        <translation>يحتاج export-log إلى ملف جلسة واحد بالضبط</translation>
    </message>
    <message>
        <source>Rebuild a session file from an event log in JSON Lines.</source>
        <translation>إعادة بناء ملف جلسة من سجل أحداث بصيغة JSON Lines.</translation>
    </message>
    <message>
        <source>The event log (JSON Lines).</source>
        <translation>سجل الأحداث (JSON Lines).</translation>
    </message>
    <message>
        <source>import-log needs exactly one log file</source>
        <translation>يحتاج import-log إلى ملف سجل واحد بالضبط</translation>
    </message>
    <message>
        <source>import-log needs -o SESSION</source>
        <translation>يحتاج import-log إلى ‎-o SESSION</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%Ln event(s))</source>
        <translation>
            <numerusform>تمت كتابة %1: لا أحداث (%Ln)</numerusform>
            <numerusform>تمت كتابة %1: حدث واحد (%Ln)</numerusform>
            <numerusform>تمت كتابة %1: حدثان (%Ln)</numerusform>
            <numerusform>تمت كتابة %1: %Ln أحداث</numerusform>
            <numerusform>تمت كتابة %1: %Ln حدثًا</numerusform>
            <numerusform>تمت كتابة %1: %Ln حدث</numerusform>
        </translation>
    </message>
    <message>
        <source>Draft a discussion summary, key takeaways, calls to action and topics from a transcript (one turn a line as &quot;Speaker: text&quot;, or the live-captioning style with &quot;&gt;&gt;&quot; turn markers).</source>
        <translation>إعداد مسودة ملخص للنقاش وأبرز الخلاصات والدعوات إلى العمل والمواضيع من نص مفرغ (مداخلة واحدة في كل سطر بصيغة «Speaker: text»، أو بأسلوب الترجمة النصية المباشرة مع علامات المداخلات «‎&gt;&gt;‎»).</translation>
    </message>
    <message>
        <source>The rapporteur&apos;s notes, one a line; #takeaway and #action weigh most.</source>
        <translation>ملاحظات المقرِّر، ملاحظة واحدة في كل سطر؛ وللوسمين ‎#takeaway و‎#action الوزن الأكبر.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ملف</translation>
    </message>
    <message>
        <source>The most words the summary may have (default %1).</source>
        <translation>الحد الأقصى لعدد كلمات الملخص (الافتراضي: %1).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>The transcript.</source>
        <translation>النص المفرغ.</translation>
    </message>
    <message>
        <source>summarize needs exactly one transcript</source>
        <translation>يحتاج summarize إلى نص مفرغ واحد بالضبط</translation>
    </message>
    <message>
        <source>--words needs a number from 10 to 10000</source>
        <translation>يحتاج ‎--words إلى عدد من 10 إلى 10000</translation>
    </message>
    <message>
        <source>md, html, odt or pdf.</source>
        <translation>md أو html أو odt أو pdf.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <source>The report file to write.</source>
        <translation>ملف التقرير المراد كتابته.</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>الإخراج</translation>
    </message>
    <message>
        <source>report needs exactly one session file</source>
        <translation>يحتاج report إلى ملف جلسة واحد بالضبط</translation>
    </message>
    <message>
        <source>report needs --format md, html, odt or pdf</source>
        <translation>يحتاج report إلى ‎--format md أو html أو odt أو pdf</translation>
    </message>
    <message>
        <source>report needs -o OUT</source>
        <translation>يحتاج report إلى ‎-o OUT</translation>
    </message>
    <message>
        <source>Read an IGF workshop proposal (plain text, as copied from the IGF website) and print the session it describes as JSON. What could not be read is reported as warnings on standard error.</source>
        <translation>قراءة مقترح ورشة عمل لمنتدى إدارة الإنترنت (نص عادي كما نُسخ من موقع المنتدى) وطباعة الجلسة التي يصفها بصيغة JSON. ويُبلَّغ عمّا تعذّرت قراءته في صورة تحذيرات على مخرج الأخطاء القياسي.</translation>
    </message>
    <message>
        <source>Also create this session file.</source>
        <translation>إنشاء ملف الجلسة هذا أيضًا.</translation>
    </message>
    <message>
        <source>The proposal, a UTF-8 text file.</source>
        <translation>المقترح، ملف نصي بترميز UTF-8.</translation>
    </message>
    <message>
        <source>import-proposal needs exactly one proposal file</source>
        <translation>يحتاج import-proposal إلى ملف مقترح واحد بالضبط</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>تحذير: %1</translation>
    </message>
    <message>
        <source>Write the briefing pack of a session for its speakers and co-moderators.</source>
        <translation>كتابة ملف الإحاطة الخاص بجلسة للمتحدثين فيها ولمديري الجلسة المشاركين.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>الملف المراد كتابته.</translation>
    </message>
    <message>
        <source>When the session starts (default 09:00).</source>
        <translation>وقت بدء الجلسة (الافتراضي: 09:00).</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <source>The day of the session.</source>
        <translation>يوم انعقاد الجلسة.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Leave out the prepared questions.</source>
        <translation>استبعاد الأسئلة المعدّة مسبقًا.</translation>
    </message>
    <message>
        <source>briefing needs exactly one session file</source>
        <translation>يحتاج briefing إلى ملف جلسة واحد بالضبط</translation>
    </message>
    <message>
        <source>briefing needs --format md, html, odt or pdf</source>
        <translation>يحتاج briefing إلى ‎--format md أو html أو odt أو pdf</translation>
    </message>
    <message>
        <source>briefing needs -o OUT</source>
        <translation>يحتاج briefing إلى ‎-o OUT</translation>
    </message>
    <message>
        <source>--start needs a time such as 14:30</source>
        <translation>يحتاج ‎--start إلى وقت مثل 14:30</translation>
    </message>
    <message>
        <source>--date needs a day such as 2019-11-26</source>
        <translation>يحتاج ‎--date إلى تاريخ مثل 2019-11-26</translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation>%1 ليس ملفًا</translation>
    </message>
    <message>
        <source>Run commands on a session file, in order; each records one event. A refused command stops the run; those before it stay recorded.</source>
        <translation>تنفيذ أوامر على ملف جلسة بالترتيب؛ ويسجّل كل أمر حدثًا واحدًا. يوقف الأمرُ المرفوض التنفيذَ؛ وتبقى الأوامر التي سبقته مسجَّلة.</translation>
    </message>
    <message>
        <source>The role to act in (default onsite_moderator).</source>
        <translation>الدور الذي تُنفَّذ الأوامر به (الافتراضي: onsite_moderator).</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>A command as JSON, e.g. {&quot;command&quot;: &quot;start&quot;}.</source>
        <translation>أمر بصيغة JSON، مثل {&quot;command&quot;: &quot;start&quot;}.</translation>
    </message>
    <message>
        <source>command needs a session file and at least one command</source>
        <translation>يحتاج command إلى ملف جلسة وأمر واحد على الأقل</translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot;; roles: %2</source>
        <translation>دور غير معروف «%1»؛ الأدوار: %2</translation>
    </message>
    <message>
        <source>command %1 is not a JSON object</source>
        <translation>الأمر %1 ليس كائن JSON</translation>
    </message>
    <message>
        <source>command %1: %2</source>
        <translation>الأمر %1: %2</translation>
    </message>
    <message>
        <source>command %1 (%2): %3</source>
        <translation>الأمر %1 (%2): %3</translation>
    </message>
    <message>
        <source>List every command a session takes, its fields and who may issue it.</source>
        <translation>عرض كل الأوامر التي تقبلها الجلسة وحقولها ومن يحق له إصدارها.</translation>
    </message>
    <message>
        <source>commands takes no arguments</source>
        <translation>لا يقبل commands أي وسائط</translation>
    </message>
    <message>
        <source>roles: %1</source>
        <translation>الأدوار: %1</translation>
    </message>
    <message>
        <source>Share a session with other devices (co-moderator, online moderator, rapporteur, observer) without a window. Prints one join address per role, then serves until the time is up or it is interrupted. The join codes are kept in the session file, so restarting shares with the same codes.</source>
        <translation>مشاركة جلسة مع أجهزة أخرى (مدير الجلسة المشارك، ومدير الجلسة عبر الإنترنت، والمقرِّر، والمراقب) دون نافذة. يطبع عنوان انضمام واحدًا لكل دور، ثم يواصل الخدمة حتى ينتهي الوقت أو تُقاطَع المشاركة. تُحفظ رموز الانضمام في ملف الجلسة، لذا تجري المشاركة بالرموز نفسها عند إعادة التشغيل.</translation>
    </message>
    <message>
        <source>The address and port to listen on (default: every address of this machine, port %1).</source>
        <translation>العنوان والمنفذ اللذان يُستمع عليهما (الافتراضي: كل عناوين هذا الجهاز، والمنفذ %1).</translation>
    </message>
    <message>
        <source>ADDRESS:PORT</source>
        <translation>ADDRESS:PORT</translation>
    </message>
    <message>
        <source>Stop after this many seconds.</source>
        <translation>التوقف بعد هذا العدد من الثواني.</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <source>Make new join codes (devices with the old ones cannot join).</source>
        <translation>إنشاء رموز انضمام جديدة (لا تستطيع الأجهزة التي لديها الرموز القديمة الانضمام).</translation>
    </message>
    <message>
        <source>share needs exactly one session file</source>
        <translation>يحتاج share إلى ملف جلسة واحد بالضبط</translation>
    </message>
    <message>
        <source>--listen needs ADDRESS:PORT, e.g. 127.0.0.1:%1</source>
        <translation>يحتاج ‎--listen إلى ADDRESS:PORT، مثل 127.0.0.1:%1</translation>
    </message>
    <message>
        <source>--for needs a number of seconds</source>
        <translation>يحتاج ‎--for إلى عدد من الثواني</translation>
    </message>
    <message>
        <source>Sharing %1 on port %2.</source>
        <translation>تجري مشاركة %1 على المنفذ %2.</translation>
    </message>
    <message>
        <source>Devices: %1</source>
        <translation>الأجهزة: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا يوجد</translation>
    </message>
    <message>
        <source>Join a shared session and send a replay script&apos;s actions as this device&apos;s commands, in order, each when the host has answered the one before. Prints each refusal; the exit code is 1 if any was refused.</source>
        <translation>الانضمام إلى جلسة مشتركة وإرسال إجراءات نص replay البرمجي بصفتها أوامر من هذا الجهاز، بالترتيب، كل منها بعد أن يرد المضيف على الأمر السابق. يطبع كل رفض؛ ويكون رمز الخروج 1 إذا رُفض أي منها.</translation>
    </message>
    <message>
        <source>The name this device joins with.</source>
        <translation>الاسم الذي ينضم به هذا الجهاز.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Give up after this many seconds (default 30).</source>
        <translation>التوقف عن المحاولة بعد هذا العدد من الثواني (الافتراضي: 30).</translation>
    </message>
    <message>
        <source>The join address, moderato://HOST:PORT/CODE.</source>
        <translation>عنوان الانضمام، moderato://HOST:PORT/CODE.</translation>
    </message>
    <message>
        <source>The word replay, then the script.</source>
        <translation>الكلمة replay، ثم النص البرمجي.</translation>
    </message>
    <message>
        <source>join needs ADDRESS replay SCRIPT</source>
        <translation>يحتاج join إلى ADDRESS replay SCRIPT</translation>
    </message>
    <message>
        <source>join needs --name NAME</source>
        <translation>يحتاج join إلى ‎--name NAME</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds</source>
        <translation>يحتاج ‎--timeout إلى عدد من الثواني</translation>
    </message>
    <message>
        <source>line %1: refused: %2</source>
        <translation>السطر %1: مرفوض: %2</translation>
    </message>
    <message>
        <source>Joined as %1.</source>
        <translation>تم الانضمام بصفة %1.</translation>
    </message>
    <message>
        <source>line %1: %2 done</source>
        <translation>السطر %1: تم تنفيذ %2</translation>
    </message>
    <message>
        <source>The host refused: %1</source>
        <translation>رفض المضيف: %1</translation>
    </message>
    <message numerus="yes">
        <source>Gave up after %Ln second(s).</source>
        <translation>
            <numerusform>تم التوقف عن المحاولة بعد %Ln ثانية.</numerusform>
            <numerusform>تم التوقف عن المحاولة بعد ثانية واحدة (%Ln).</numerusform>
            <numerusform>تم التوقف عن المحاولة بعد ثانيتين (%Ln).</numerusform>
            <numerusform>تم التوقف عن المحاولة بعد %Ln ثوانٍ.</numerusform>
            <numerusform>تم التوقف عن المحاولة بعد %Ln ثانيةً.</numerusform>
            <numerusform>تم التوقف عن المحاولة بعد %Ln ثانية.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is larger than 4 MiB, too large for a replay script</source>
        <translation>%1 أكبر من 4 ميبيبايت، وهو كبير جدًا على نص إعادة التشغيل</translation>
    </message>
    <message>
        <source>Encrypt the connections (wss://) with this PEM certificate; a self-signed one will do (the join addresses carry its fingerprint). Needs --tls-key.</source>
        <translation>تشفير الاتصالات (wss://) بشهادة PEM هذه؛ وتكفي شهادة موقّعة ذاتيًا (إذ تحمل عناوين الانضمام بصمتها). يتطلب ‎--tls-key.</translation>
    </message>
    <message>
        <source>The PEM private key of --tls-cert.</source>
        <translation>المفتاح الخاص بصيغة PEM للخيار ‎--tls-cert.</translation>
    </message>
    <message>
        <source>--tls-cert and --tls-key go together</source>
        <translation>يجب تحديد ‎--tls-cert و‎--tls-key معًا</translation>
    </message>
    <message>
        <source>roles: none (a participant&apos;s phone sends it, through the phone host)</source>
        <translation>الأدوار: لا شيء (يرسله هاتف أحد المشاركين عبر مضيف الهواتف)</translation>
    </message>
    <message>
        <source>Also serve the participants&apos; page on this port of the same address (0: any free port) and open joining from phones; prints its address and the room PIN.</source>
        <translation>تقديم صفحة المشاركين أيضًا على هذا المنفذ من العنوان نفسه (0: أي منفذ متاح) وفتح باب الانضمام من الهواتف؛ ويطبع عنوان الصفحة ورمز PIN للقاعة.</translation>
    </message>
    <message>
        <source>PORT</source>
        <translation>PORT</translation>
    </message>
    <message>
        <source>Make a new room PIN for phones.</source>
        <translation>إنشاء رمز PIN جديد للقاعة تنضم به الهواتف.</translation>
    </message>
    <message>
        <source>--phones needs a port number (0: any free port)</source>
        <translation>يحتاج ‎--phones إلى رقم منفذ (0: أي منفذ متاح)</translation>
    </message>
    <message>
        <source>--renew-pin goes with --phones</source>
        <translation>‎--renew-pin يُستخدم مع ‎--phones</translation>
    </message>
    <message>
        <source>Room PIN: %1</source>
        <translation>رمز PIN للقاعة: %1</translation>
    </message>
    <message>
        <source>Phones connected: %1</source>
        <translation>الهواتف المتصلة: %1</translation>
    </message>
    <message>
        <source>import-proposal, replay, stats, export-log, import-log, summarize, transcript, report, briefing, command, commands, share or join</source>
        <translation>import-proposal أو replay أو stats أو export-log أو import-log أو summarize أو transcript أو report أو briefing أو command أو commands أو share أو join</translation>
    </message>
    <message>
        <source>The transcript&apos;s language: %1 (default: found from the text).</source>
        <translation>لغة النص المفرغ: %1 (الافتراضي: تُستنتج من النص).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>--language needs one of %1</source>
        <translation>يحتاج ‎--language إلى إحدى القيم %1</translation>
    </message>
    <message>
        <source>Import a transcript into a session, as the report dialog does: plain text (&quot;Speaker: text&quot; lines or the live-captioning style with &quot;&gt;&gt;&quot; turn markers), SRT or WebVTT captions. The captions&apos; times are placed on the session&apos;s clock: the file&apos;s 00:00 is when the clock was first started, unless --offset says at what time of day it was.</source>
        <translation>استيراد نص مفرغ إلى جلسة، كما يفعل مربع حوار التقرير: نص عادي (أسطر بصيغة «Speaker: text» أو بأسلوب الترجمة النصية المباشرة مع علامات المداخلات «‎&gt;&gt;‎»)، أو ترجمة نصية بصيغة SRT أو WebVTT. توضع أوقات الترجمة النصية على ساعة الجلسة: فالتوقيت 00:00 في الملف هو لحظة بدء الساعة لأول مرة، ما لم يحدد ‎--offset الوقت من اليوم الذي كان يقابله.</translation>
    </message>
    <message>
        <source>The time of day, on the session&apos;s day and in local time, that the file&apos;s 00:00 corresponds to.</source>
        <translation>الوقت من اليوم، في يوم الجلسة وبالتوقيت المحلي، الذي يقابل التوقيت 00:00 في الملف.</translation>
    </message>
    <message>
        <source>HH:MM[:SS]</source>
        <translation>HH:MM[:SS]</translation>
    </message>
    <message>
        <source>The file&apos;s 00:00 is when the clock was first started (the default once the session has started).</source>
        <translation>التوقيت 00:00 في الملف هو لحظة بدء الساعة لأول مرة (الافتراضي بعد بدء الجلسة).</translation>
    </message>
    <message>
        <source>What to do: import.</source>
        <translation>الإجراء المطلوب: import.</translation>
    </message>
    <message>
        <source>transcript needs import SESSION FILE</source>
        <translation>يحتاج transcript إلى import SESSION FILE</translation>
    </message>
    <message>
        <source>--offset and --at-start cannot go together</source>
        <translation>لا يمكن استخدام ‎--offset و‎--at-start معًا</translation>
    </message>
    <message>
        <source>--offset needs a time of day such as 14:30 or 14:30:15</source>
        <translation>يحتاج ‎--offset إلى وقت من اليوم مثل 14:30 أو 14:30:15</translation>
    </message>
    <message>
        <source>the session has not started, so the transcript&apos;s times cannot be placed; leave out --offset and --at-start to import it without placing them</source>
        <translation>لم تبدأ الجلسة، لذا لا يمكن وضع أوقات النص المفرغ في مواضعها؛ احذف ‎--offset و‎--at-start لاستيراده دون وضع أوقاته</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln turn(s) from %1.</source>
        <translation>
            <numerusform>لم تُستورد أي مداخلات من %1 (%Ln).</numerusform>
            <numerusform>استُوردت مداخلة واحدة من %1 (%Ln).</numerusform>
            <numerusform>استُوردت مداخلتان من %1 (%Ln).</numerusform>
            <numerusform>استُوردت %Ln مداخلات من %1.</numerusform>
            <numerusform>استُوردت %Ln مداخلةً من %1.</numerusform>
            <numerusform>استُوردت %Ln مداخلة من %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln turn(s) with times.</source>
        <translation>
            <numerusform>لا مداخلات لها توقيت (%Ln).</numerusform>
            <numerusform>مداخلة واحدة لها توقيت (%Ln).</numerusform>
            <numerusform>مداخلتان لهما توقيت (%Ln).</numerusform>
            <numerusform>%Ln مداخلات لها توقيت.</numerusform>
            <numerusform>%Ln مداخلةً لها توقيت.</numerusform>
            <numerusform>%Ln مداخلة لها توقيت.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln speaker(s) matched to participants.</source>
        <translation>
            <numerusform>طوبق %1 من أصل %Ln متحدث مع المشاركين.</numerusform>
            <numerusform>طوبق %1 من أصل متحدث واحد (%Ln) مع المشاركين.</numerusform>
            <numerusform>طوبق %1 من أصل متحدثَين (%Ln) مع المشاركين.</numerusform>
            <numerusform>طوبق %1 من أصل %Ln متحدثين مع المشاركين.</numerusform>
            <numerusform>طوبق %1 من أصل %Ln متحدثًا مع المشاركين.</numerusform>
            <numerusform>طوبق %1 من أصل %Ln متحدث مع المشاركين.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the IGF session report of a session, or print its participation.</source>
        <translation>كتابة تقرير جلسة لمنتدى إدارة الإنترنت، أو طباعة بيانات المشاركة فيها.</translation>
    </message>
    <message>
        <source>The workshop proposal (plain text), for the drafts (e.g. other initiatives).</source>
        <translation>مقترح ورشة العمل (نص عادي)، لاستخدامه في المسودات (مثل المبادرات الأخرى).</translation>
    </message>
    <message>
        <source>Print the participation instead of writing a report.</source>
        <translation>طباعة بيانات المشاركة بدلًا من كتابة تقرير.</translation>
    </message>
    <message>
        <source>With --participation: print JSON.</source>
        <translation>مع ‎--participation: الطباعة بصيغة JSON.</translation>
    </message>
    <message>
        <source>--json goes with --participation</source>
        <translation>‎--json يُستخدم مع ‎--participation</translation>
    </message>
    <message>
        <source>%1: not a workshop proposal in plain text (at most 2 MB)</source>
        <translation>%1: ليس مقترح ورشة عمل بنص عادي (الحد الأقصى 2 ميغابايت)</translation>
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
        <translation>الأوامر:
  import-proposal FILE [-o SESSION] [--force]
                 قراءة مقترح ورشة عمل لمنتدى إدارة الإنترنت (نص عادي) وطباعته بصيغة JSON؛
                 ومع ‎-o يُنشأ منه أيضًا ملف جلسة.
  replay SCRIPT -o SESSION [--from SESSION] [--force]
                 تطبيق نص برمجي مؤقَّت لإجراءات مدير الجلسة على جلسة جديدة
                 (مبنية من ورشة العرض التوضيحي، أو من ‎--from SESSION).
  stats SESSION [--json]
                 الوقت المخطط والفعلي للجلسة ولكل بند من بنود جدول الأعمال؛
                 ووقت الكلام حسب الشخص ومجموعة أصحاب المصلحة والمنطقة والنوع الاجتماعي وقناة المشاركة.
  export-log SESSION
                 طباعة سجل أحداث الجلسة بصيغة JSON Lines.
  import-log JSONL -o SESSION [--force]
                 إعادة بناء ملف جلسة من سجل أحداث.
  summarize TRANSCRIPT [--notes FILE] [--words N] [--language CODE] [--json]
                 إعداد مسودة ملخص للنقاش وأبرز الخلاصات والدعوات إلى العمل والمواضيع.
  transcript import SESSION FILE [--offset HH:MM[:SS] | --at-start]
                 استيراد نص مفرغ (نص عادي أو SRT أو WebVTT) إلى جلسة؛ وتوضع المداخلات
                 ذات التوقيت في بنود جدول الأعمال ويُطابَق المتحدثون مع الأشخاص.
  report SESSION --format md|html|odt|pdf -o OUT [--proposal FILE] [--sources] [--force]
                 تقرير الجلسة لمنتدى إدارة الإنترنت (ومع المقترح، تستند مسوداته
                 أيضًا إلى وصف المقترح؛ ومع ‎--sources، يُبيَّن مصدر كل سطر
                 من أسطر المسودة في حواشٍ مرقَّمة).
  report SESSION --participation [--json]
                 طباعة بيانات المشاركة: أرقام المقرِّر، وإلا فالتقدير المبني
                 على من شاركوا.
  briefing SESSION --format md|html|odt|pdf -o OUT [--start HH:MM] [--no-questions]
                 ملف الإحاطة للمتحدثين ومديري الجلسة المشاركين.
  command SESSION JSON... [--as ROLE]
                 تنفيذ أوامر على جلسة، كل أمر بصيغة {&quot;command&quot;: NAME, ...} ويُسجَّل حدثًا واحدًا.
  commands [--json]
                 عرض كل الأوامر وحقولها والأدوار التي يحق لها إصدارها.
  share SESSION [--listen ADDRESS:PORT] [--for SECONDS] [--phones PORT]
                 مشاركة جلسة مع أجهزة أخرى دون نافذة؛ ويطبع عنوان الانضمام
                 الخاص بكل دور (ومع ‎--phones: صفحة المشاركين ورمز PIN).
  join ADDRESS --name NAME replay SCRIPT
                 الانضمام إلى جلسة مشتركة وإرسال إجراءات نص replay البرمجي بصفتها أوامر.
شغّل «moderato-cli COMMAND --help» لعرض خيارات أي أمر.</translation>
    </message>
    <message>
        <source>Number the drafted key takeaways and calls to action and list where each comes from (who, agenda item, time, note or transcript line).</source>
        <translation>ترقيم أبرز الخلاصات والدعوات إلى العمل في المسودة وبيان مصدر كل منها (المتحدث، وبند جدول الأعمال، والوقت، والملاحظة أو سطر النص المفرغ).</translation>
    </message>
    <message>
        <source>report --participation writes no file: leave out --format, -o, --proposal and --sources</source>
        <translation>لا يكتب report ‎--participation أي ملف: احذف ‎--format و‎-o و‎--proposal و‎--sources</translation>
    </message>
</context>
<context>
    <name>CommandCatalogue</name>
    <message>
        <source>unknown command</source>
        <translation>أمر غير معروف</translation>
    </message>
</context>
<context>
    <name>core::Agenda</name>
    <message>
        <source>agenda items are nested too deeply</source>
        <translation>بنود جدول الأعمال متداخلة بعمق زائد</translation>
    </message>
    <message>
        <source>an agenda item is not an object</source>
        <translation>أحد بنود جدول الأعمال ليس كائنًا</translation>
    </message>
    <message>
        <source>an agenda item has no title</source>
        <translation>أحد بنود جدول الأعمال بلا عنوان</translation>
    </message>
    <message>
        <source>unknown agenda item kind &quot;%1&quot;</source>
        <translation>نوع بند جدول أعمال غير معروف «%1»</translation>
    </message>
    <message>
        <source>agenda item &quot;%1&quot; has an invalid id</source>
        <translation>معرّف بند جدول الأعمال «%1» غير صالح</translation>
    </message>
    <message>
        <source>agenda item &quot;%1&quot; needs a duration between 1 minute and 24 hours</source>
        <translation>يجب أن تكون مدة بند جدول الأعمال «%1» بين دقيقة واحدة و24 ساعة</translation>
    </message>
    <message>
        <source>agenda item &quot;%1&quot; has a negative warning time</source>
        <translation>وقت التنبيه لبند جدول الأعمال «%1» سالب</translation>
    </message>
    <message>
        <source>the agenda has no items</source>
        <translation>جدول الأعمال خالٍ من البنود</translation>
    </message>
    <message>
        <source>break-out item &quot;%1&quot;: %2</source>
        <translation>بند المجموعات الفرعية «%1»: %2</translation>
    </message>
    <message>
        <source>a report-back needs a time limit between 10 seconds and an hour</source>
        <translation>يحتاج عرض النتائج إلى حدّ زمني بين 10 ثوانٍ وساعة واحدة</translation>
    </message>
    <message>
        <source>the report-back order is not a list of groups</source>
        <translation>ترتيب عرض النتائج ليس قائمة بالمجموعات</translation>
    </message>
    <message>
        <source>more than %1 groups</source>
        <translation>عدد المجموعات يتجاوز %1</translation>
    </message>
    <message>
        <source>a group has no name</source>
        <translation>إحدى المجموعات بلا اسم</translation>
    </message>
    <message>
        <source>the group &quot;%1&quot; has an invalid id</source>
        <translation>معرّف المجموعة «%1» غير صالح</translation>
    </message>
    <message>
        <source>the group &quot;%1&quot; names an invalid policy question</source>
        <translation>تذكر المجموعة «%1» سؤال سياسات غير صالح</translation>
    </message>
    <message>
        <source>the group &quot;%1&quot; lists someone who is not a participant</source>
        <translation>تتضمن المجموعة «%1» شخصًا ليس من المشاركين</translation>
    </message>
    <message>
        <source>participant %1 is in two groups</source>
        <translation>المشارك %1 موجود في مجموعتين</translation>
    </message>
    <message>
        <source>participant %1 leads one group and is a member of another</source>
        <translation>المشارك %1 يقود مجموعة وهو عضو في مجموعة أخرى</translation>
    </message>
    <message>
        <source>agenda item &quot;%1&quot; has groups but is not a break-out</source>
        <translation>لبند جدول الأعمال «%1» مجموعات، لكنه ليس بند مجموعات فرعية</translation>
    </message>
    <message>
        <source>the break-out item &quot;%1&quot; cannot have items of its own</source>
        <translation>لا يمكن أن يتضمن بند المجموعات الفرعية «%1» بنودًا خاصة به</translation>
    </message>
    <message>
        <source>Break-out</source>
        <translation>مجموعات فرعية</translation>
    </message>
    <message>
        <source>there is no such break-out item</source>
        <translation>لا يوجد بند مجموعات فرعية كهذا</translation>
    </message>
</context>
<context>
    <name>core::AgendaModel</name>
    <message>
        <source>Agenda item</source>
        <translation>بند جدول الأعمال</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>المخطط</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>الفعلي</translation>
    </message>
</context>
<context>
    <name>core::AgendaTemplates</name>
    <message>
        <source>Presentations</source>
        <translation>العروض</translation>
    </message>
    <message>
        <source>Panel presentations</source>
        <translation>عروض أعضاء المنصة</translation>
    </message>
    <message>
        <source>Audience questions and answers</source>
        <translation>أسئلة الحضور والأجوبة</translation>
    </message>
    <message>
        <source>Round of interventions</source>
        <translation>جولة مداخلات</translation>
    </message>
    <message>
        <source>Open discussion in groups</source>
        <translation>نقاش مفتوح في مجموعات</translation>
    </message>
    <message>
        <source>Report back from the groups</source>
        <translation>عرض نتائج المجموعات</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>مقدمة</translation>
    </message>
    <message>
        <source>Speaker %1</source>
        <translation>المتحدث %1</translation>
    </message>
    <message>
        <source>Audience input</source>
        <translation>مداخلات الحضور</translation>
    </message>
    <message>
        <source>Speakers and audience input</source>
        <translation>المتحدثون ومداخلات الحضور</translation>
    </message>
    <message>
        <source>Presentations and audience input</source>
        <translation>العروض ومداخلات الحضور</translation>
    </message>
    <message>
        <source>Open discussion</source>
        <translation>نقاش مفتوح</translation>
    </message>
    <message>
        <source>Summary and key takeaways</source>
        <translation>الملخص وأبرز الخلاصات</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>الجلسة</translation>
    </message>
</context>
<context>
    <name>core::AudienceState</name>
    <message>
        <source>event %1 is not about participants&apos; phones</source>
        <translation>الحدث %1 لا يتعلق بهواتف المشاركين</translation>
    </message>
    <message>
        <source>an event names the phone &quot;%1&quot;, which did not join</source>
        <translation>يذكر أحد الأحداث الهاتف «%1» الذي لم ينضم</translation>
    </message>
    <message>
        <source>a phone&apos;s id is 1 to 32 characters</source>
        <translation>يتكون معرّف الهاتف من 1 إلى 32 حرفًا</translation>
    </message>
    <message>
        <source>the phone &quot;%1&quot; joined twice</source>
        <translation>انضم الهاتف «%1» مرتين</translation>
    </message>
    <message>
        <source>no phone &quot;%1&quot; joined</source>
        <translation>لا يوجد هاتف منضم بالمعرّف «%1»</translation>
    </message>
    <message>
        <source>a phone&apos;s limits are 0 to 60 minutes between questions and 1 to 100 waiting questions</source>
        <translation>حدود الهاتف هي من 0 إلى 60 دقيقة بين الأسئلة، ومن 1 إلى 100 سؤال في الانتظار</translation>
    </message>
    <message>
        <source>questions in the inbox are out of order</source>
        <translation>الأسئلة في صندوق الوارد ليست بالترتيب الصحيح</translation>
    </message>
    <message>
        <source>no question %1 in the inbox</source>
        <translation>لا يوجد السؤال %1 في صندوق الوارد</translation>
    </message>
    <message>
        <source>question %1 was already answered</source>
        <translation>تمت معالجة السؤال %1 بالفعل</translation>
    </message>
    <message>
        <source>a question is accepted as read, display or bank, not &quot;%1&quot;</source>
        <translation>يُقبل السؤال بصيغة read أو display أو bank، وليس «%1»</translation>
    </message>
    <message>
        <source>a reaction is agree, disagree or comment, not &quot;%1&quot;</source>
        <translation>التفاعل هو agree أو disagree أو comment، وليس «%1»</translation>
    </message>
    <message>
        <source>shared takeaways are out of order</source>
        <translation>الخلاصات التي شاركها المشاركون ليست بالترتيب الصحيح</translation>
    </message>
</context>
<context>
    <name>core::BreakOutAssigner</name>
    <message>
        <source>%1 and %2</source>
        <comment>the last two of a list</comment>
        <translation>%1 و%2</translation>
    </message>
    <message>
        <source>the break-out item has no groups to assign people to</source>
        <translation>لا توجد في بند المجموعات الفرعية مجموعات لتوزيع الأشخاص عليها</translation>
    </message>
    <message>
        <source>a person is named twice or has no id</source>
        <translation>ذُكر أحد الأشخاص مرتين أو ليس له معرّف</translation>
    </message>
    <message>
        <source>there is nobody to put into groups</source>
        <translation>لا يوجد أحد لتوزيعه على المجموعات</translation>
    </message>
    <message>
        <source>participant %1 leads two groups; a person can lead one group only</source>
        <translation>المشارك %1 يقود مجموعتين؛ ولا يمكن للشخص أن يقود إلا مجموعة واحدة</translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s) take part online, but no group is online: add an online group</source>
        <translation>
            <numerusform>يشارك %Ln شخص عبر الإنترنت، لكن لا توجد أي مجموعة عبر الإنترنت: أضف مجموعة عبر الإنترنت</numerusform>
            <numerusform>يشارك شخص واحد (%Ln) عبر الإنترنت، لكن لا توجد أي مجموعة عبر الإنترنت: أضف مجموعة عبر الإنترنت</numerusform>
            <numerusform>يشارك شخصان (%Ln) عبر الإنترنت، لكن لا توجد أي مجموعة عبر الإنترنت: أضف مجموعة عبر الإنترنت</numerusform>
            <numerusform>يشارك %Ln أشخاص عبر الإنترنت، لكن لا توجد أي مجموعة عبر الإنترنت: أضف مجموعة عبر الإنترنت</numerusform>
            <numerusform>يشارك %Ln شخصًا عبر الإنترنت، لكن لا توجد أي مجموعة عبر الإنترنت: أضف مجموعة عبر الإنترنت</numerusform>
            <numerusform>يشارك %Ln شخص عبر الإنترنت، لكن لا توجد أي مجموعة عبر الإنترنت: أضف مجموعة عبر الإنترنت</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s) are in the room, but every group is online: add a group in the room</source>
        <translation>
            <numerusform>يوجد %Ln شخص في القاعة، لكن جميع المجموعات عبر الإنترنت: أضف مجموعة في القاعة</numerusform>
            <numerusform>يوجد شخص واحد (%Ln) في القاعة، لكن جميع المجموعات عبر الإنترنت: أضف مجموعة في القاعة</numerusform>
            <numerusform>يوجد شخصان (%Ln) في القاعة، لكن جميع المجموعات عبر الإنترنت: أضف مجموعة في القاعة</numerusform>
            <numerusform>يوجد %Ln أشخاص في القاعة، لكن جميع المجموعات عبر الإنترنت: أضف مجموعة في القاعة</numerusform>
            <numerusform>يوجد %Ln شخصًا في القاعة، لكن جميع المجموعات عبر الإنترنت: أضف مجموعة في القاعة</numerusform>
            <numerusform>يوجد %Ln شخص في القاعة، لكن جميع المجموعات عبر الإنترنت: أضف مجموعة في القاعة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln online group(s) for %1 people online: there are more groups than people</source>
        <translation>
            <numerusform>%Ln مجموعة عبر الإنترنت مقابل %1 من الأشخاص عبر الإنترنت: عدد المجموعات أكبر من عدد الأشخاص</numerusform>
            <numerusform>مجموعة واحدة (%Ln) عبر الإنترنت مقابل %1 من الأشخاص عبر الإنترنت: عدد المجموعات أكبر من عدد الأشخاص</numerusform>
            <numerusform>مجموعتان (%Ln) عبر الإنترنت مقابل %1 من الأشخاص عبر الإنترنت: عدد المجموعات أكبر من عدد الأشخاص</numerusform>
            <numerusform>%Ln مجموعات عبر الإنترنت مقابل %1 من الأشخاص عبر الإنترنت: عدد المجموعات أكبر من عدد الأشخاص</numerusform>
            <numerusform>%Ln مجموعةً عبر الإنترنت مقابل %1 من الأشخاص عبر الإنترنت: عدد المجموعات أكبر من عدد الأشخاص</numerusform>
            <numerusform>%Ln مجموعة عبر الإنترنت مقابل %1 من الأشخاص عبر الإنترنت: عدد المجموعات أكبر من عدد الأشخاص</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln group(s) in the room for %1 people there: there are more groups than people</source>
        <translation>
            <numerusform>%Ln مجموعة في القاعة مقابل %1 من الأشخاص فيها: عدد المجموعات أكبر من عدد الأشخاص</numerusform>
            <numerusform>مجموعة واحدة (%Ln) في القاعة مقابل %1 من الأشخاص فيها: عدد المجموعات أكبر من عدد الأشخاص</numerusform>
            <numerusform>مجموعتان (%Ln) في القاعة مقابل %1 من الأشخاص فيها: عدد المجموعات أكبر من عدد الأشخاص</numerusform>
            <numerusform>%Ln مجموعات في القاعة مقابل %1 من الأشخاص فيها: عدد المجموعات أكبر من عدد الأشخاص</numerusform>
            <numerusform>%Ln مجموعةً في القاعة مقابل %1 من الأشخاص فيها: عدد المجموعات أكبر من عدد الأشخاص</numerusform>
            <numerusform>%Ln مجموعة في القاعة مقابل %1 من الأشخاص فيها: عدد المجموعات أكبر من عدد الأشخاص</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the group &quot;%1&quot; has more leaders than its share of %Ln person(s)</source>
        <translation>
            <numerusform>للمجموعة «%1» قادة يفوق عددهم حصتها من الأشخاص (%Ln شخص)</numerusform>
            <numerusform>للمجموعة «%1» قادة يفوق عددهم حصتها من الأشخاص (شخص واحد (%Ln))</numerusform>
            <numerusform>للمجموعة «%1» قادة يفوق عددهم حصتها من الأشخاص (شخصان (%Ln))</numerusform>
            <numerusform>للمجموعة «%1» قادة يفوق عددهم حصتها من الأشخاص (%Ln أشخاص)</numerusform>
            <numerusform>للمجموعة «%1» قادة يفوق عددهم حصتها من الأشخاص (%Ln شخصًا)</numerusform>
            <numerusform>للمجموعة «%1» قادة يفوق عددهم حصتها من الأشخاص (%Ln شخص)</numerusform>
        </translation>
    </message>
    <message>
        <source>this person is already in the group &quot;%1&quot;</source>
        <translation>هذا الشخص موجود بالفعل في المجموعة «%1»</translation>
    </message>
    <message>
        <source>no group is online: add an online group for people who join online</source>
        <translation>لا توجد أي مجموعة عبر الإنترنت: أضف مجموعة عبر الإنترنت لمن ينضمون عبر الإنترنت</translation>
    </message>
    <message>
        <source>every group is online: add a group in the room</source>
        <translation>جميع المجموعات عبر الإنترنت: أضف مجموعة في القاعة</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>group counts: in the room, then online</comment>
        <translation>%1 و%2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln group(s) of %1 in the room</source>
        <translation>
            <numerusform>%Ln مجموعة في القاعة، حجم كل منها %1</numerusform>
            <numerusform>مجموعة واحدة (%Ln) في القاعة، حجم كل منها %1</numerusform>
            <numerusform>مجموعتان (%Ln) في القاعة، حجم كل منها %1</numerusform>
            <numerusform>%Ln مجموعات في القاعة، حجم كل منها %1</numerusform>
            <numerusform>%Ln مجموعةً في القاعة، حجم كل منها %1</numerusform>
            <numerusform>%Ln مجموعة في القاعة، حجم كل منها %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln online group(s) of %1</source>
        <translation>
            <numerusform>%Ln مجموعة عبر الإنترنت، حجم كل منها %1</numerusform>
            <numerusform>مجموعة واحدة (%Ln) عبر الإنترنت، حجم كل منها %1</numerusform>
            <numerusform>مجموعتان (%Ln) عبر الإنترنت، حجم كل منها %1</numerusform>
            <numerusform>%Ln مجموعات عبر الإنترنت، حجم كل منها %1</numerusform>
            <numerusform>%Ln مجموعةً عبر الإنترنت، حجم كل منها %1</numerusform>
            <numerusform>%Ln مجموعة عبر الإنترنت، حجم كل منها %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln group(s) of %1</source>
        <translation>
            <numerusform>%Ln مجموعة، حجم كل منها %1</numerusform>
            <numerusform>مجموعة واحدة (%Ln)، حجم كل منها %1</numerusform>
            <numerusform>مجموعتان (%Ln)، حجم كل منها %1</numerusform>
            <numerusform>%Ln مجموعات، حجم كل منها %1</numerusform>
            <numerusform>%Ln مجموعةً، حجم كل منها %1</numerusform>
            <numerusform>%Ln مجموعة، حجم كل منها %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln group(s), nobody in them yet</source>
        <translation>
            <numerusform>%Ln مجموعة، لا أحد فيها بعد</numerusform>
            <numerusform>مجموعة واحدة (%Ln)، لا أحد فيها بعد</numerusform>
            <numerusform>مجموعتان (%Ln)، لا أحد فيهما بعد</numerusform>
            <numerusform>%Ln مجموعات، لا أحد فيها بعد</numerusform>
            <numerusform>%Ln مجموعةً، لا أحد فيها بعد</numerusform>
            <numerusform>%Ln مجموعة، لا أحد فيها بعد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; the stakeholder groups&apos; numbers differ by at most %Ln between groups.</source>
        <translation>
            <numerusform>%1؛ ولا يزيد الفرق في أعداد مجموعات أصحاب المصلحة بين المجموعات على %Ln شخص.</numerusform>
            <numerusform>%1؛ ولا يزيد الفرق في أعداد مجموعات أصحاب المصلحة بين المجموعات على شخص واحد (%Ln).</numerusform>
            <numerusform>%1؛ ولا يزيد الفرق في أعداد مجموعات أصحاب المصلحة بين المجموعات على شخصين (%Ln).</numerusform>
            <numerusform>%1؛ ولا يزيد الفرق في أعداد مجموعات أصحاب المصلحة بين المجموعات على %Ln أشخاص.</numerusform>
            <numerusform>%1؛ ولا يزيد الفرق في أعداد مجموعات أصحاب المصلحة بين المجموعات على %Ln شخصًا.</numerusform>
            <numerusform>%1؛ ولا يزيد الفرق في أعداد مجموعات أصحاب المصلحة بين المجموعات على %Ln شخص.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; each has at least one person from %2.</source>
        <translation>%1؛ وفي كل منها شخص واحد على الأقل من %2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln person&apos;s own choice could not be kept: the group was full.</source>
        <comment>plural: people&apos;s own choices</comment>
        <translation>
            <numerusform>تعذّر الأخذ بما اختاره %Ln شخص: المجموعة المختارة ممتلئة.</numerusform>
            <numerusform>تعذّر الأخذ بما اختاره شخص واحد (%Ln): المجموعة المختارة ممتلئة.</numerusform>
            <numerusform>تعذّر الأخذ بما اختاره شخصان (%Ln): المجموعة المختارة ممتلئة.</numerusform>
            <numerusform>تعذّر الأخذ بما اختاره %Ln أشخاص: المجموعة المختارة ممتلئة.</numerusform>
            <numerusform>تعذّر الأخذ بما اختاره %Ln شخصًا: المجموعة المختارة ممتلئة.</numerusform>
            <numerusform>تعذّر الأخذ بما اختاره %Ln شخص: المجموعة المختارة ممتلئة.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>core::Briefing</name>
    <message>
        <source>%1 min</source>
        <translation>%1 دقيقة</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>من %1 إلى %2</translation>
    </message>
    <message>
        <source>after &quot;%1&quot;</source>
        <translation>بعد «%1»</translation>
    </message>
    <message>
        <source>after %1&apos;s presentation</source>
        <translation>بعد عرض %1</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>موجّه إلى %1</translation>
    </message>
    <message>
        <source>Briefing for speakers and co-moderators</source>
        <translation>إحاطة للمتحدثين ومديري الجلسة المشاركين</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <source>When</source>
        <translation>الموعد</translation>
    </message>
    <message>
        <source>Organizers</source>
        <translation>المنظمون</translation>
    </message>
    <message>
        <source>Onsite moderator</source>
        <translation>مدير الجلسة الحضوري</translation>
    </message>
    <message>
        <source>Online moderator</source>
        <translation>مدير الجلسة عبر الإنترنت</translation>
    </message>
    <message>
        <source>Rapporteur</source>
        <translation>المقرِّر</translation>
    </message>
    <message>
        <source>Policy questions</source>
        <translation>أسئلة السياسات</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>جدول الأعمال</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>البند</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>المدة</translation>
    </message>
    <message>
        <source>Speaking order</source>
        <translation>ترتيب الكلام</translation>
    </message>
    <message>
        <source>No invited speakers yet.</source>
        <translation>لا يوجد متحدثون مدعوون بعد.</translation>
    </message>
    <message>
        <source>%1, from %2</source>
        <translation>%1، ابتداءً من %2</translation>
    </message>
    <message>
        <source>The empty chair</source>
        <translation>الكرسي الفارغ</translation>
    </message>
    <message>
        <source>An empty chair stands next to the speakers. The moderator invites the audience to take it to bring new perspectives or to challenge the speakers; the online moderator takes it on behalf of online participants whenever they wish to join.</source>
        <translation>يوجد كرسي فارغ بجانب المتحدثين. يدعو مدير الجلسة الحضور إلى الجلوس عليه لتقديم منظورات جديدة أو لمناقشة المتحدثين؛ ويأخذه مدير الجلسة عبر الإنترنت نيابةً عن المشاركين عبر الإنترنت متى أرادوا الانضمام.</translation>
    </message>
    <message>
        <source>How online participants join</source>
        <translation>كيفية انضمام المشاركين عبر الإنترنت</translation>
    </message>
    <message>
        <source>The proposal does not say; agree on it with the online moderator.</source>
        <translation>لا يذكر المقترح ذلك؛ اتفق عليه مع مدير الجلسة عبر الإنترنت.</translation>
    </message>
    <message>
        <source>Discussion facilitation</source>
        <translation>تيسير النقاش</translation>
    </message>
    <message>
        <source>Prepared questions</source>
        <translation>الأسئلة المعدّة مسبقًا</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>لا توجد أسئلة بعد.</translation>
    </message>
</context>
<context>
    <name>core::CaptionFeed</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <extracomment>%1 is a file name, %2 why it cannot be read</extracomment>
        <translation>تتعذّر قراءة %1: %2</translation>
    </message>
</context>
<context>
    <name>core::CommandCatalogue</name>
    <message>
        <source>&quot;participant&quot; must be a whole number</source>
        <translation>يجب أن تكون قيمة «participant» عددًا صحيحًا</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be text</source>
        <translation>يجب أن تكون قيمة «%1» نصًا</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs &quot;%2&quot;</source>
        <translation>يحتاج «%1» إلى «%2»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be: %2</source>
        <extracomment>%2 is a kind of value: integer, duration, boolean, text, list or object</extracomment>
        <translation>يجب أن تكون قيمة «%1» من النوع %2</translation>
    </message>
    <message>
        <source>a participant&apos;s id is positive</source>
        <translation>يجب أن يكون معرّف المشارك موجبًا</translation>
    </message>
    <message>
        <source>say who: a participant&apos;s id or a name</source>
        <translation>حدِّد مَن المقصود: معرّف مشارك أو اسم</translation>
    </message>
    <message>
        <source>a channel is onsite, online or hub, not &quot;%1&quot;</source>
        <translation>قناة المشاركة هي onsite أو online أو hub، وليست «%1»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a positive number</source>
        <translation>يجب أن تكون قيمة «%1» عددًا موجبًا</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>أمر غير معروف «%1»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes no &quot;%2&quot;</source>
        <translation>لا يقبل «%1» الحقل «%2»</translation>
    </message>
    <message>
        <source>extend by some time, not zero</source>
        <translation>يجب أن يكون التمديد بمدة غير صفرية</translation>
    </message>
    <message>
        <source>pages count from 0</source>
        <translation>تُرقَّم الصفحات بدءًا من 0</translation>
    </message>
    <message>
        <source>participation counts are not negative</source>
        <translation>لا يمكن أن تكون أعداد المشاركين سالبة</translation>
    </message>
    <message>
        <source>name a file</source>
        <translation>حدِّد ملفًا</translation>
    </message>
    <message>
        <source>onsite moderator</source>
        <translation>مدير الجلسة الحضوري</translation>
    </message>
    <message>
        <source>co-moderator</source>
        <translation>مدير الجلسة المشارك</translation>
    </message>
    <message>
        <source>online moderator</source>
        <translation>مدير الجلسة عبر الإنترنت</translation>
    </message>
    <message>
        <source>rapporteur</source>
        <translation>المقرِّر</translation>
    </message>
    <message>
        <source>observer</source>
        <translation>المراقب</translation>
    </message>
    <message>
        <source>room display</source>
        <translation>شاشة القاعة</translation>
    </message>
    <message>
        <source>the %1 may not %2</source>
        <extracomment>%1 is a role (&quot;online moderator&quot;), %2 a command&apos;s name (&quot;chair-open&quot;).</extracomment>
        <translation>لا يحق للدور %1 تنفيذ %2</translation>
    </message>
    <message>
        <source>a phone&apos;s limits are 0 to 60 minutes between questions and 1 to 100 waiting questions</source>
        <translation>حدود الهاتف هي من 0 إلى 60 دقيقة بين الأسئلة، ومن 1 إلى 100 سؤال في الانتظار</translation>
    </message>
    <message>
        <source>translator</source>
        <translation>المترجم</translation>
    </message>
    <message>
        <source>captioner</source>
        <translation>كاتب الترجمة النصية</translation>
    </message>
    <message>
        <source>the volume is 0 to 100</source>
        <translation>يتراوح مستوى الصوت بين 0 و100</translation>
    </message>
    <message>
        <source>a position in a video is not negative</source>
        <translation>لا يمكن أن يكون الموضع في الفيديو سالبًا</translation>
    </message>
    <message>
        <source>a caption line is empty</source>
        <translation>سطر الترجمة النصية فارغ</translation>
    </message>
</context>
<context>
    <name>core::DisplayState</name>
    <message>
        <source>unknown scene &quot;%1&quot;</source>
        <translation>مشهد غير معروف «%1»</translation>
    </message>
    <message>
        <source>no media file is chosen</source>
        <translation>لم يُختر أي ملف وسائط</translation>
    </message>
    <message>
        <source>a message has 1 to %1 characters</source>
        <translation>يجب أن يتراوح طول الرسالة بين 1 و%1 من الأحرف</translation>
    </message>
    <message>
        <source>there is no such media file</source>
        <translation>لا يوجد ملف وسائط كهذا</translation>
    </message>
    <message>
        <source>there is no such page</source>
        <translation>لا توجد صفحة كهذه</translation>
    </message>
    <message>
        <source>the media file&apos;s description is not valid</source>
        <translation>وصف ملف الوسائط غير صالح</translation>
    </message>
    <message>
        <source>a key takeaway has 1 to %1 characters</source>
        <translation>يجب أن يتراوح طول الخلاصة الرئيسية بين 1 و%1 من الأحرف</translation>
    </message>
    <message>
        <source>there is no such key takeaway</source>
        <translation>لا توجد خلاصة رئيسية كهذه</translation>
    </message>
    <message>
        <source>unknown event &quot;%1&quot;</source>
        <translation>حدث غير معروف «%1»</translation>
    </message>
    <message>
        <source>a comment on a key takeaway has 1 to %1 characters</source>
        <translation>يجب أن يتراوح طول التعليق على الخلاصة الرئيسية بين 1 و%1 من الأحرف</translation>
    </message>
    <message>
        <source>a participant&apos;s id is 1 or more (0: not named)</source>
        <translation>معرّف المشارك 1 أو أكثر (0: دون ذكر الاسم)</translation>
    </message>
    <message>
        <source>subtitles are shown with their video, not on their own</source>
        <translation>تُعرض الترجمة المصاحبة مع الفيديو الخاص بها، لا وحدها</translation>
    </message>
    <message>
        <source>the volume is 0 to 100</source>
        <translation>يتراوح مستوى الصوت بين 0 و100</translation>
    </message>
    <message>
        <source>no video is chosen for the room display</source>
        <translation>لم يُختر أي فيديو لشاشة القاعة</translation>
    </message>
    <message>
        <source>a position in a video is not negative</source>
        <translation>لا يمكن أن يكون الموضع في الفيديو سالبًا</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code</source>
        <translation>«%1» ليس رمز لغة</translation>
    </message>
    <message>
        <source>a glossary has at most %1 terms</source>
        <translation>لا يمكن أن يتجاوز عدد المصطلحات في مسرد المصطلحات %1</translation>
    </message>
    <message>
        <source>each glossary term needs an id of its own</source>
        <translation>يحتاج كل مصطلح في المسرد إلى معرّف خاص به</translation>
    </message>
    <message>
        <source>a glossary term has 1 to %1 characters and its explanation at most %2</source>
        <translation>يجب أن يتراوح طول مصطلح المسرد بين 1 و%1 من الأحرف، وألا يتجاوز طول شرحه %2</translation>
    </message>
    <message>
        <source>there is no glossary term %1</source>
        <translation>لا يوجد في المسرد المصطلح %1</translation>
    </message>
    <message>
        <source>there is no approved takeaway %1</source>
        <translation>لا توجد الخلاصة المعتمدة %1</translation>
    </message>
    <message>
        <source>the message&apos;s translation has no id</source>
        <translation>ترجمة الرسالة بلا معرّف</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not something that can be translated</source>
        <translation>«%1» ليس مما يمكن ترجمته</translation>
    </message>
    <message>
        <source>a translation has at most %1 characters</source>
        <translation>يجب ألا يتجاوز طول الترجمة %1 من الأحرف</translation>
    </message>
    <message>
        <source>a caption size is small, medium or large, not &quot;%1&quot;</source>
        <translation>حجم الترجمة النصية هو small أو medium أو large، وليس «%1»</translation>
    </message>
    <message>
        <source>subtitles belong to a video of the session</source>
        <translation>يجب أن تتبع الترجمة المصاحبة فيديو من الجلسة</translation>
    </message>
    <message>
        <source>only subtitles have a language</source>
        <translation>وحدها الترجمة المصاحبة لها لغة</translation>
    </message>
    <message>
        <source>there is no policy question %1</source>
        <translation>لا يوجد سؤال السياسات %1</translation>
    </message>
</context>
<context>
    <name>core::Error</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>الملف %1 غير موجود.</translation>
    </message>
    <message>
        <source>The file %1 already exists and was left untouched.</source>
        <translation>الملف %1 موجود بالفعل ولم يُغيَّر.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Moderato. It was not opened and not changed.</source>
        <translation>كُتب %1 بإصدار أحدث من Moderato. لم يُفتح ولم يُغيَّر.</translation>
    </message>
    <message>
        <source>The session file could not be read or written: %1</source>
        <translation>تعذّرت قراءة ملف الجلسة أو الكتابة فيه: %1</translation>
    </message>
    <message>
        <source>Input/output error: %1</source>
        <translation>خطأ في الإدخال/الإخراج: %1</translation>
    </message>
    <message>
        <source>Could not read the input: %1</source>
        <translation>تعذّرت قراءة المُدخلات: %1</translation>
    </message>
    <message>
        <source>Invalid argument: %1</source>
        <translation>وسيط غير صالح: %1</translation>
    </message>
    <message>
        <source>Not possible now: %1</source>
        <translation>غير ممكن الآن: %1</translation>
    </message>
    <message>
        <source>%1 is not a Moderato session file. It was left untouched.</source>
        <translation>%1 ليس ملف جلسة Moderato. لم يُغيَّر الملف.</translation>
    </message>
    <message>
        <source>The session file is damaged and was left untouched: %1</source>
        <translation>ملف الجلسة تالف ولم يُغيَّر: %1</translation>
    </message>
    <message>
        <source>%1 is open in another Moderato window or program, which is the only one that may write to it. Nothing was changed.</source>
        <translation>%1 مفتوح في نافذة أخرى من Moderato أو في برنامج آخر، وهو الوحيد الذي يمكنه الكتابة فيه. لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>%1 cannot be written (the file, its folder or the disk is read-only). Nothing was changed.</source>
        <translation>تتعذّر الكتابة في %1 (الملف أو مجلده أو القرص للقراءة فقط). لم يُغيَّر شيء.</translation>
    </message>
</context>
<context>
    <name>core::EventCatalogue</name>
    <message>
        <source>it holds the event &quot;%1&quot; of event vocabulary %2; this version knows vocabulary %3</source>
        <translation>يحتوي على الحدث «%1» من مفردات الأحداث %2؛ وهذا الإصدار يعرف المفردات %3</translation>
    </message>
    <message>
        <source>it holds the event &quot;%1&quot;, which this version does not know</source>
        <translation>يحتوي على الحدث «%1» الذي لا يعرفه هذا الإصدار</translation>
    </message>
    <message>
        <source>the event &quot;%1&quot; lacks its field &quot;%2&quot;</source>
        <translation>ينقص الحدثَ «%1» حقلُه «%2»</translation>
    </message>
    <message>
        <source>the field &quot;%2&quot; of the event &quot;%1&quot; is not %3</source>
        <translation>الحقل «%2» في الحدث «%1» ليس من النوع %3</translation>
    </message>
</context>
<context>
    <name>core::EventLog</name>
    <message>
        <source>line %1: %2</source>
        <translation>السطر %1: %2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>ليس كائن JSON</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number</source>
        <translation>يجب أن تكون قيمة «%1» عددًا صحيحًا</translation>
    </message>
    <message>
        <source>an event needs a &quot;type&quot; text and a &quot;data&quot; object</source>
        <translation>يحتاج الحدث إلى نص «type» وكائن «data»</translation>
    </message>
    <message>
        <source>event number %1 where %2 was expected</source>
        <translation>رقم الحدث %1 بينما المتوقع %2</translation>
    </message>
    <message>
        <source>the log holds no events</source>
        <translation>السجل لا يحتوي على أحداث</translation>
    </message>
    <message>
        <source>the log is larger than %1, the most a log may have</source>
        <extracomment>%1 is the largest log accepted, like &quot;67.1 MB&quot;</extracomment>
        <translation>السجل أكبر من %1، وهو الحد الأقصى لحجم السجل</translation>
    </message>
    <message>
        <source>longer than %1, the most one event may take</source>
        <extracomment>%1 is the longest line accepted, like &quot;33.6 MB&quot;</extracomment>
        <translation>أطول من %1، وهو الحد الأقصى لحجم الحدث الواحد</translation>
    </message>
    <message>
        <source>more than %1 events, the most a log may hold</source>
        <translation>أكثر من %1 من الأحداث، وهو الحد الأقصى لعدد أحداث السجل</translation>
    </message>
    <message>
        <source>%1 is too large (%2); an event log may have at most %3</source>
        <extracomment>%1 is a file name, %2 its size, %3 the largest log accepted (both like &quot;67.1 MB&quot;)</extracomment>
        <translation>حجم %1 كبير جدًا (%2)؛ والحد الأقصى لحجم سجل الأحداث %3</translation>
    </message>
    <message>
        <source>%1 is larger than %2, the most an event log may have</source>
        <extracomment>%1 is a file name, %2 the largest log accepted (like &quot;67.1 MB&quot;)</extracomment>
        <translation>%1 أكبر من %2، وهو الحد الأقصى لحجم سجل الأحداث</translation>
    </message>
    <message>
        <source>%1: the log was made by a newer version of Moderato</source>
        <translation>%1: أُنشئ السجل بإصدار أحدث من Moderato</translation>
    </message>
</context>
<context>
    <name>core::FloorState</name>
    <message>
        <source>a participant needs an id and a name</source>
        <translation>يحتاج المشارك إلى معرّف واسم</translation>
    </message>
    <message>
        <source>unknown channel &quot;%1&quot;</source>
        <translation>قناة مشاركة غير معروفة «%1»</translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot;</source>
        <translation>دور غير معروف «%1»</translation>
    </message>
    <message>
        <source>there is no such participant</source>
        <translation>لا يوجد مشارك كهذا</translation>
    </message>
    <message>
        <source>participant %1 exists already</source>
        <translation>المشارك %1 موجود بالفعل</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already a participant</source>
        <translation>«%1» مشارك بالفعل</translation>
    </message>
    <message>
        <source>a turn at the floor is a speaker&apos;s or the audience&apos;s</source>
        <translation>المداخلة تكون لمتحدث مدعو أو للحضور</translation>
    </message>
    <message>
        <source>a turn needs a time limit of at least 10 seconds</source>
        <translation>تحتاج المداخلة إلى حد زمني لا يقل عن 10 ثوانٍ</translation>
    </message>
    <message>
        <source>there is no such request to speak</source>
        <translation>لا يوجد طلب كلمة كهذا</translation>
    </message>
    <message>
        <source>nobody holds the floor</source>
        <translation>لا أحد لديه الكلمة</translation>
    </message>
    <message>
        <source>requests to speak are out of order</source>
        <translation>طلبات الكلمة ليست بالترتيب الصحيح</translation>
    </message>
    <message>
        <source>%1 is already waiting to speak</source>
        <translation>%1 ينتظر الكلمة بالفعل</translation>
    </message>
    <message>
        <source>the new order does not match the queue</source>
        <translation>الترتيب الجديد لا يطابق قائمة الانتظار</translation>
    </message>
    <message>
        <source>unknown queue order &quot;%1&quot;</source>
        <translation>ترتيب غير معروف لقائمة الانتظار «%1»</translation>
    </message>
    <message>
        <source>the empty chair is already open</source>
        <translation>الكرسي الفارغ مفتوح بالفعل</translation>
    </message>
    <message>
        <source>%1 is in the room: only remote participants claim the chair through the online moderator</source>
        <translation>%1 موجود في القاعة: وحدهم المشاركون عن بُعد يطلبون الكرسي من خلال مدير الجلسة عبر الإنترنت</translation>
    </message>
    <message>
        <source>a claim on the empty chair is already waiting</source>
        <translation>يوجد بالفعل طلب معلّق على الكرسي الفارغ</translation>
    </message>
    <message>
        <source>no claim on the empty chair is waiting</source>
        <translation>لا يوجد طلب معلّق على الكرسي الفارغ</translation>
    </message>
    <message>
        <source>the empty chair is not open</source>
        <translation>الكرسي الفارغ غير مفتوح</translation>
    </message>
    <message>
        <source>someone already sits in the empty chair</source>
        <translation>يجلس شخص ما على الكرسي الفارغ بالفعل</translation>
    </message>
    <message>
        <source>nobody sits in the empty chair</source>
        <translation>لا أحد يجلس على الكرسي الفارغ</translation>
    </message>
    <message>
        <source>%1 is not an invited speaker</source>
        <translation>%1 ليس متحدثًا مدعوًا</translation>
    </message>
    <message>
        <source>the speaking order must list every invited speaker once</source>
        <translation>يجب أن يذكر ترتيب الكلام كل متحدث مدعو مرة واحدة</translation>
    </message>
    <message>
        <source>only invited speakers can be skipped</source>
        <translation>لا يمكن تخطي إلا المتحدثين المدعوين</translation>
    </message>
    <message>
        <source>unknown event &quot;%1&quot;</source>
        <translation>حدث غير معروف «%1»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds the floor; end the turn before changing the roles</source>
        <translation>«%1» لديه الكلمة؛ أنهِ المداخلة قبل تغيير الأدوار</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has taken part in the session and stays in its record</source>
        <translation>«%1» شارك في الجلسة ويبقى في سجلها</translation>
    </message>
    <message>
        <source>a turn&apos;s time limit can be at most one hour</source>
        <translation>لا يمكن أن يتجاوز الحد الزمني للمداخلة ساعة واحدة</translation>
    </message>
    <message>
        <source>the warning time must be between 0 and 30 minutes</source>
        <translation>يجب أن يكون وقت التنبيه بين 0 و30 دقيقة</translation>
    </message>
    <message>
        <source>the walk-in is not the participant of the event</source>
        <translation>المشارك غير المسجَّل مسبقًا ليس مشارك الحدث</translation>
    </message>
    <message>
        <source>a walk-in is not an invited speaker</source>
        <translation>المشارك غير المسجَّل مسبقًا ليس متحدثًا مدعوًا</translation>
    </message>
    <message>
        <source>this event cannot add a participant</source>
        <translation>لا يمكن لهذا الحدث إضافة مشارك</translation>
    </message>
    <message>
        <source>a phone joined without its participant</source>
        <translation>انضم هاتف دون المشارك الخاص به</translation>
    </message>
    <message>
        <source>a report-back names no break-out group</source>
        <translation>لا يذكر عرض النتائج أي مجموعة فرعية</translation>
    </message>
</context>
<context>
    <name>core::MemoryStore</name>
    <message>
        <source>event %1 does not follow event %2</source>
        <translation>الحدث %1 لا يلي الحدث %2</translation>
    </message>
    <message>
        <source>the session is open read-only</source>
        <translation>الجلسة مفتوحة للقراءة فقط</translation>
    </message>
    <message>
        <source>media %1 is stored already</source>
        <translation>ملف الوسائط %1 مخزَّن بالفعل</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a file name</source>
        <translation>«%1» ليس اسم ملف</translation>
    </message>
    <message>
        <source>%1 is open here: save the copy under another name</source>
        <translation>%1 مفتوح هنا: احفظ النسخة باسم آخر</translation>
    </message>
</context>
<context>
    <name>core::NoteState</name>
    <message>
        <source>unknown note tag &quot;%1&quot;</source>
        <translation>وسم ملاحظة غير معروف «%1»</translation>
    </message>
    <message>
        <source>a note has 1 to %1 characters</source>
        <translation>يجب أن يتراوح طول الملاحظة بين 1 و%1 من الأحرف</translation>
    </message>
    <message>
        <source>there is no such policy question</source>
        <translation>لا يوجد سؤال سياسات كهذا</translation>
    </message>
    <message>
        <source>note %1 exists already</source>
        <translation>الملاحظة %1 موجودة بالفعل</translation>
    </message>
    <message>
        <source>a note cannot be typed after it is saved</source>
        <translation>لا يمكن أن تُكتب الملاحظة بعد حفظها</translation>
    </message>
    <message>
        <source>there is no such note</source>
        <translation>لا توجد ملاحظة كهذه</translation>
    </message>
    <message>
        <source>unknown event &quot;%1&quot;</source>
        <translation>حدث غير معروف «%1»</translation>
    </message>
</context>
<context>
    <name>core::NotesModel</name>
    <message>
        <source>%1 (empty chair)</source>
        <translation>%1 (الكرسي الفارغ)</translation>
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
        <translation>يحتوي الملف على أكثر من %1 صف</translation>
    </message>
    <message>
        <source>line %1: a quoted cell is not closed</source>
        <translation>السطر %1: خلية بين علامتي اقتباس غير مغلقة</translation>
    </message>
    <message>
        <source>the file is larger than 5 MB</source>
        <translation>حجم الملف أكبر من 5 ميغابايت</translation>
    </message>
    <message>
        <source>this is not a text file</source>
        <translation>هذا ليس ملفًا نصيًا</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>الملف ليس نصًا بترميز UTF-8</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>الملف فارغ</translation>
    </message>
    <message>
        <source>the first row must name the columns, one of them &quot;name&quot;</source>
        <translation>يجب أن يسمّي الصف الأول الأعمدة، ومن بينها «name»</translation>
    </message>
    <message>
        <source>line %1: no name; the row is skipped</source>
        <translation>السطر %1: لا يوجد اسم؛ تم تخطي الصف</translation>
    </message>
    <message>
        <source>line %1: the name is longer than 200 characters; the row is skipped</source>
        <translation>السطر %1: يتجاوز طول الاسم 200 حرف؛ تم تخطي الصف</translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; appears twice; the later row is skipped</source>
        <translation>السطر %1: يرد «%2» مرتين؛ تم تخطي الصف اللاحق</translation>
    </message>
    <message>
        <source>line %1: a hub without a name; &quot;%2&quot; joins online</source>
        <translation>السطر %1: مركز بلا اسم؛ ينضم «%2» عبر الإنترنت</translation>
    </message>
    <message>
        <source>line %1: unknown channel &quot;%2&quot;; &quot;%3&quot; joins onsite</source>
        <translation>السطر %1: قناة مشاركة غير معروفة «%2»؛ ينضم «%3» حضوريًا</translation>
    </message>
    <message>
        <source>line %1: unknown role &quot;%2&quot; is left out</source>
        <translation>السطر %1: تم تجاهل الدور غير المعروف «%2»</translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot;: %2</source>
        <translation>تعذّرت قراءة «%1»: %2</translation>
    </message>
</context>
<context>
    <name>core::PersonEntryParser</name>
    <message>
        <source>Type the name first, then what you know of them, e.g. &quot;%1&quot;.</source>
        <translation>اكتب الاسم أولًا، ثم ما تعرفه عن الشخص، مثل «%1».</translation>
    </message>
    <message>
        <source>Name the remote hub after &quot;hub&quot;, e.g. &quot;%1&quot;.</source>
        <translation>اكتب اسم المركز عن بُعد بعد «hub»، مثل «%1».</translation>
    </message>
    <message>
        <source>A name, then, after commas or slashes and in any order: stakeholder group (government, private sector, civil society, technical community, IGO), regional group (Africa, Asia-Pacific, EEG, GRULAC, WEOG), gender (woman, man, non-binary) and channel (room, online, hub NAME). Anything else is kept as the organisation.
Example: %1</source>
        <translation>اسم، ثم بعد فواصل أو شرطات مائلة وبأي ترتيب، وبهذه الكلمات الإنجليزية: مجموعة أصحاب المصلحة (government، private sector، civil society، technical community، IGO)، والمجموعة الإقليمية (Africa، Asia-Pacific، EEG، GRULAC، WEOG)، والنوع الاجتماعي (woman، man، non-binary)، وقناة المشاركة (room، online، hub NAME). ويُحفظ أي شيء آخر بوصفه المنظمة.
مثال: %1</translation>
    </message>
</context>
<context>
    <name>core::PreparationChecks</name>
    <message>
        <source>onsite moderator</source>
        <translation>مدير الجلسة الحضوري</translation>
    </message>
    <message>
        <source>online moderator</source>
        <translation>مدير الجلسة عبر الإنترنت</translation>
    </message>
    <message>
        <source>rapporteur</source>
        <translation>المقرِّر</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 و%2</translation>
    </message>
    <message>
        <source>%1, %2 and %3</source>
        <translation>%1 و%2 و%3</translation>
    </message>
    <message>
        <source>%1 is %2 at once: one person can hardly follow the room, the online participants and the notes together. Consider asking someone else to take one of these roles.</source>
        <translation>يتولى %1 في آن واحد دور %2: يصعب على شخص واحد متابعة القاعة والمشاركين عبر الإنترنت والملاحظات معًا. فكّر في أن تطلب من شخص آخر تولي أحد هذه الأدوار.</translation>
    </message>
</context>
<context>
    <name>core::ProposalImporter</name>
    <message>
        <source>The title &quot;%1&quot; has no workshop code such as &quot;IGF 2019 WS #195&quot;.</source>
        <translation>لا يحمل العنوان «%1» رمز ورشة عمل مثل «IGF 2019 WS #195».</translation>
    </message>
    <message>
        <source>The organizer line &quot;%1&quot; names no person; it was left out.</source>
        <translation>لا يذكر سطر المنظِّم «%1» أي شخص؛ فتم تجاهله.</translation>
    </message>
    <message>
        <source>The speaker line &quot;%1&quot; names no person; it was left out.</source>
        <translation>لا يذكر سطر المتحدث «%1» أي شخص؛ فتم تجاهله.</translation>
    </message>
    <message>
        <source>Could not read the onsite moderator from &quot;%1&quot;.</source>
        <translation>تعذّرت قراءة مدير الجلسة الحضوري من «%1».</translation>
    </message>
    <message>
        <source>Could not read the online moderator from &quot;%1&quot;.</source>
        <translation>تعذّرت قراءة مدير الجلسة عبر الإنترنت من «%1».</translation>
    </message>
    <message>
        <source>Could not read the rapporteur from &quot;%1&quot;.</source>
        <translation>تعذّرت قراءة المقرِّر من «%1».</translation>
    </message>
    <message>
        <source>The line &quot;%1&quot; after the online moderator has no &quot;Rapporteur:&quot; label; it was read as the rapporteur.</source>
        <translation>السطر «%1» الوارد بعد مدير الجلسة عبر الإنترنت لا يحمل التسمية «Rapporteur:»؛ فقُرئ على أنه المقرِّر.</translation>
    </message>
    <message>
        <source>The proposal has no agenda; one was built for %L1 minutes.</source>
        <translation>لا يتضمن المقترح جدول أعمال؛ فأُنشئ جدول أعمال مدته %L1 دقيقة.</translation>
    </message>
    <message>
        <source>The proposal has no agenda; one was built for the format &quot;%1&quot; and %L2 minutes.</source>
        <translation>لا يتضمن المقترح جدول أعمال؛ فأُنشئ جدول أعمال للصيغة «%1» مدته %L2 دقيقة.</translation>
    </message>
    <message>
        <source>Introduction of speakers and ice-breaker</source>
        <translation>تقديم المتحدثين وكسر الجليد</translation>
    </message>
    <message>
        <source>Agenda item %1</source>
        <translation>بند جدول الأعمال %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln agenda item(s) give no duration: %1. They share the minutes the other items leave of the session.</source>
        <translation>
            <numerusform>لا يحدد أي بند من جدول الأعمال مدته (%Ln): %1. وتُقسَم عليها الدقائق التي تتركها البنود الأخرى من الجلسة.</numerusform>
            <numerusform>بند واحد من جدول الأعمال لا يحدد مدته (%Ln): %1. ويأخذ الدقائق التي تتركها البنود الأخرى من الجلسة.</numerusform>
            <numerusform>بندان من جدول الأعمال لا يحددان مدتهما (%Ln): %1. ويتقاسمان الدقائق التي تتركها البنود الأخرى من الجلسة.</numerusform>
            <numerusform>%Ln بنود من جدول الأعمال لا تحدد مدتها: %1. وتتقاسم الدقائق التي تتركها البنود الأخرى من الجلسة.</numerusform>
            <numerusform>%Ln بندًا من جدول الأعمال لا تحدد مدتها: %1. وتتقاسم الدقائق التي تتركها البنود الأخرى من الجلسة.</numerusform>
            <numerusform>%Ln بند من جدول الأعمال لا تحدد مدتها: %1. وتتقاسم الدقائق التي تتركها البنود الأخرى من الجلسة.</numerusform>
        </translation>
    </message>
    <message>
        <source>The agenda gives the floor to the speakers, but the proposal names none; &quot;%1&quot; was kept as one item.</source>
        <translation>يعطي جدول الأعمال الكلمة للمتحدثين، لكن المقترح لا يذكر أيًا منهم؛ فأُبقي «%1» بندًا واحدًا.</translation>
    </message>
    <message>
        <source>The agenda adds up to %L1 minutes; the format says %L2 (%L3 more).</source>
        <translation>مجموع جدول الأعمال %L1 دقيقة، والصيغة تحدد %L2 (بزيادة %L3).</translation>
    </message>
    <message>
        <source>The agenda adds up to %L1 minutes; the format says %L2 (%L3 fewer).</source>
        <translation>مجموع جدول الأعمال %L1 دقيقة، والصيغة تحدد %L2 (بنقص %L3).</translation>
    </message>
    <message>
        <source>the text is not an IGF workshop proposal: it has no title with a workshop code and none of the fields such as &quot;Speaker 1:&quot;</source>
        <translation>النص ليس مقترح ورشة عمل لمنتدى إدارة الإنترنت: فلا عنوان فيه برمز ورشة عمل ولا حقول مثل «Speaker 1:»</translation>
    </message>
    <message>
        <source>Untitled workshop</source>
        <translation>ورشة عمل بلا عنوان</translation>
    </message>
    <message>
        <source>The proposal has no title; the session is called &quot;%1&quot;.</source>
        <translation>لا يتضمن المقترح عنوانًا؛ فسُمّيت الجلسة «%1».</translation>
    </message>
    <message>
        <source>The proposal names no speakers.</source>
        <translation>لا يذكر المقترح أي متحدثين.</translation>
    </message>
    <message>
        <source>The proposal names no session format; %L1 minutes were assumed.</source>
        <translation>لا يذكر المقترح صيغة الجلسة؛ فافتُرضت مدة %L1 دقيقة.</translation>
    </message>
    <message>
        <source>The session format &quot;%1&quot; gives no duration; %L2 minutes were assumed.</source>
        <translation>لا تحدد صيغة الجلسة «%1» مدة؛ فافتُرضت مدة %L2 دقيقة.</translation>
    </message>
    <message>
        <source>The proposal names no onsite moderator.</source>
        <translation>لا يذكر المقترح مدير الجلسة الحضوري.</translation>
    </message>
    <message>
        <source>The proposal names no online moderator.</source>
        <translation>لا يذكر المقترح مدير الجلسة عبر الإنترنت.</translation>
    </message>
    <message>
        <source>The proposal names no rapporteur.</source>
        <translation>لا يذكر المقترح مقرِّرًا.</translation>
    </message>
    <message>
        <source>The proposal has no policy questions.</source>
        <translation>لا يتضمن المقترح أسئلة سياسات.</translation>
    </message>
    <message>
        <source>%L1 MB is too large for a proposal (at most 2 MB)</source>
        <translation>حجم %L1 ميغابايت كبير جدًا لمقترح (الحد الأقصى 2 ميغابايت)</translation>
    </message>
    <message>
        <source>the proposal is empty</source>
        <translation>المقترح فارغ</translation>
    </message>
    <message>
        <source>the proposal holds binary data, not text</source>
        <translation>يحتوي المقترح على بيانات ثنائية، لا على نص</translation>
    </message>
    <message>
        <source>the proposal is not UTF-8 text</source>
        <translation>المقترح ليس نصًا بترميز UTF-8</translation>
    </message>
    <message>
        <source>Only the first %1 speakers were read.</source>
        <translation>قُرئ أول %1 متحدثًا فقط.</translation>
    </message>
    <message>
        <source>Only the first %1 agenda lines were read.</source>
        <translation>قُرئ أول %1 سطرًا من جدول الأعمال فقط.</translation>
    </message>
    <message>
        <source>%1 minutes are too few for a slot for each of the %2 speakers and the audience after each; &quot;%3&quot; was kept as one item.</source>
        <translation>لا تكفي %1 دقيقة لفترة لكل متحدث من المتحدثين الـ%2 وللحضور بعد كل منهم؛ أُبقي «%3» بندًا واحدًا.</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>المجموعة %1</translation>
    </message>
    <message>
        <source>Online group</source>
        <translation>مجموعة عبر الإنترنت</translation>
    </message>
</context>
<context>
    <name>core::QuestionBank</name>
    <message>
        <source>a session can have at most %1 prepared questions</source>
        <translation>يمكن أن تتضمن الجلسة %1 من الأسئلة المعدّة مسبقًا على الأكثر</translation>
    </message>
    <message>
        <source>a prepared question has an invalid id</source>
        <translation>لأحد الأسئلة المعدّة مسبقًا معرّف غير صالح</translation>
    </message>
    <message>
        <source>a prepared question needs a text of 1 to %1 characters</source>
        <translation>يحتاج السؤال المعدّ مسبقًا إلى نص يتراوح طوله بين 1 و%1 من الأحرف</translation>
    </message>
    <message>
        <source>a prepared question belongs to no agenda item</source>
        <translation>أحد الأسئلة المعدّة مسبقًا لا ينتمي إلى أي بند في جدول الأعمال</translation>
    </message>
    <message>
        <source>a prepared question is for no participant</source>
        <translation>أحد الأسئلة المعدّة مسبقًا غير موجّه إلى أي مشارك</translation>
    </message>
    <message>
        <source>there is no such prepared question</source>
        <translation>لا يوجد سؤال معدّ مسبقًا كهذا</translation>
    </message>
    <message>
        <source>unknown event &quot;%1&quot;</source>
        <translation>حدث غير معروف «%1»</translation>
    </message>
    <message>
        <source>a prepared question needs a text</source>
        <translation>يحتاج السؤال المعدّ مسبقًا إلى نص</translation>
    </message>
</context>
<context>
    <name>core::ReplayScript</name>
    <message>
        <source>line %1: %2</source>
        <translation>السطر %1: %2</translation>
    </message>
    <message>
        <source>a quote is not closed</source>
        <translation>علامة اقتباس غير مغلقة</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time (M:SS or H:MM:SS)</source>
        <translation>«%1» ليس وقتًا صالحًا (M:SS أو H:MM:SS)</translation>
    </message>
    <message>
        <source>the time goes backwards</source>
        <translation>الوقت يعود إلى الوراء</translation>
    </message>
    <message>
        <source>an action is missing after the time</source>
        <translation>لا يوجد إجراء بعد الوقت</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot;; known actions: %2</source>
        <translation>إجراء غير معروف «%1»؛ الإجراءات المعروفة: %2</translation>
    </message>
    <message>
        <source>wrong number of arguments for &quot;%1&quot;</source>
        <translation>عدد وسائط غير صحيح لـ«%1»</translation>
    </message>
    <message>
        <source>goto needs an item number from 1</source>
        <translation>يحتاج goto إلى رقم بند يبدأ من 1</translation>
    </message>
    <message>
        <source>extend needs +M or -M minutes</source>
        <translation>يحتاج extend إلى عدد دقائق بالصيغة ‎+M أو ‎-M</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>يحتاج %1 إلى قيمة</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not take the option %2</source>
        <translation>لا يقبل «%1» الخيار %2</translation>
    </message>
    <message>
        <source>a name is empty</source>
        <translation>أحد الأسماء فارغ</translation>
    </message>
    <message>
        <source>a note&apos;s tags are #takeaway, #action, #question, #agree, #disagree or #quote</source>
        <translation>وسوم الملاحظة هي ‎#takeaway أو ‎#action أو ‎#question أو ‎#agree أو ‎#disagree أو ‎#quote</translation>
    </message>
    <message>
        <source>--%1 takes %2</source>
        <translation>يحتاج ‎--%1 إلى %2</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>عدد صحيح</translation>
    </message>
    <message>
        <source>a duration such as 90s, 2m, -1m or 1:30</source>
        <translation>مدة مثل 90s أو 2m أو ‎-1m أو 1:30</translation>
    </message>
    <message>
        <source>yes or no</source>
        <translation>yes أو no</translation>
    </message>
    <message>
        <source>a JSON object or list</source>
        <translation>كائن JSON أو قائمة JSON</translation>
    </message>
    <message>
        <source>nobody is called &quot;%1&quot;</source>
        <translation>لا يوجد أحد باسم «%1»</translation>
    </message>
    <message>
        <source>--question needs a policy question&apos;s number from 1</source>
        <translation>يحتاج ‎--question إلى رقم سؤال سياسات يبدأ من 1</translation>
    </message>
    <message>
        <source>groups needs the break-out item&apos;s id first</source>
        <translation>يحتاج groups إلى معرّف بند المجموعات الفرعية أولًا</translation>
    </message>
    <message>
        <source>report-back takes a group&apos;s id</source>
        <translation>يأخذ report-back معرّف مجموعة</translation>
    </message>
    <message>
        <source>--group needs a break-out group&apos;s id</source>
        <translation>يحتاج ‎--group إلى معرّف مجموعة فرعية</translation>
    </message>
</context>
<context>
    <name>core::Report</name>
    <message>
        <source>Key policy questions and expectations</source>
        <translation>أسئلة السياسات الرئيسية والتوقعات</translation>
    </message>
    <message>
        <source>Discussion areas</source>
        <translation>مجالات النقاش</translation>
    </message>
    <message>
        <source>Policy recommendations or suggestions for the way forward</source>
        <translation>توصيات السياسات أو مقترحات بشأن سبل المضي قدمًا</translation>
    </message>
    <message>
        <source>Other initiatives addressing the session issues</source>
        <translation>مبادرات أخرى تتناول قضايا الجلسة</translation>
    </message>
    <message>
        <source>Making progress for tackled issues</source>
        <translation>إحراز تقدم في القضايا التي جرى تناولها</translation>
    </message>
    <message>
        <source>Estimated participation</source>
        <translation>العدد التقديري للمشاركين</translation>
    </message>
    <message>
        <source>Reflection to gender issues</source>
        <translation>مراعاة قضايا النوع الاجتماعي</translation>
    </message>
    <message>
        <source>Session outputs</source>
        <translation>مخرجات الجلسة</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>التاريخ: %1</translation>
    </message>
    <message>
        <source>Organizers</source>
        <translation>المنظمون</translation>
    </message>
    <message>
        <source>Rapporteur</source>
        <translation>المقرِّر</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>المتحدثون</translation>
    </message>
    <message>
        <source>Short report</source>
        <translation>التقرير الموجز</translation>
    </message>
    <message>
        <source>Key takeaways</source>
        <translation>أبرز الخلاصات</translation>
    </message>
    <message>
        <source>Calls to action</source>
        <translation>الدعوات إلى العمل</translation>
    </message>
    <message>
        <source>Long report</source>
        <translation>التقرير المفصل</translation>
    </message>
    <message>
        <source>Floor time by stakeholder group</source>
        <translation>وقت الكلام حسب مجموعة أصحاب المصلحة</translation>
    </message>
    <message>
        <source>Stakeholder group</source>
        <translation>مجموعة أصحاب المصلحة</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Turns</source>
        <translation>المداخلات</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <source>Planned and actual time</source>
        <translation>الوقت المخطط والفعلي</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>بند جدول الأعمال</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>المخطط</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>الفعلي</translation>
    </message>
    <message>
        <source>stakeholder group not given</source>
        <translation>لم تُذكر مجموعة أصحاب المصلحة</translation>
    </message>
    <message numerus="yes">
        <source>%Ln participant(s) joined from their phones</source>
        <translation>
            <numerusform>لم ينضم أي مشارك من هاتفه (%Ln)</numerusform>
            <numerusform>انضم مشارك واحد من هاتفه (%Ln)</numerusform>
            <numerusform>انضم مشاركان من هاتفيهما (%Ln)</numerusform>
            <numerusform>انضم %Ln مشاركين من هواتفهم</numerusform>
            <numerusform>انضم %Ln مشاركًا من هواتفهم</numerusform>
            <numerusform>انضم %Ln مشارك من هواتفهم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln written question(s) sent</source>
        <translation>
            <numerusform>لم تُرسَل أي أسئلة مكتوبة (%Ln)</numerusform>
            <numerusform>أُرسل سؤال مكتوب واحد (%Ln)</numerusform>
            <numerusform>أُرسل سؤالان مكتوبان (%Ln)</numerusform>
            <numerusform>أُرسلت %Ln أسئلة مكتوبة</numerusform>
            <numerusform>أُرسل %Ln سؤالًا مكتوبًا</numerusform>
            <numerusform>أُرسل %Ln سؤال مكتوب</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln taken up by the moderator</source>
        <translation>
            <numerusform>لم يتناول مدير الجلسة أيًّا منها (%Ln)</numerusform>
            <numerusform>تناول مدير الجلسة واحدًا منها (%Ln)</numerusform>
            <numerusform>تناول مدير الجلسة اثنين منها (%Ln)</numerusform>
            <numerusform>تناول مدير الجلسة %Ln منها</numerusform>
            <numerusform>تناول مدير الجلسة %Ln منها</numerusform>
            <numerusform>تناول مدير الجلسة %Ln منها</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2)</source>
        <translation>«%1» (%2)</translation>
    </message>
    <message>
        <source>%1 — agree: %2, disagree: %3</source>
        <translation>%1 — اتفاق: %2، اختلاف: %3</translation>
    </message>
    <message>
        <source>Comments: %1</source>
        <translation>التعليقات: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>From participants&apos; phones</source>
        <translation>من هواتف المشاركين</translation>
    </message>
    <message>
        <source>Reactions to the key takeaways</source>
        <translation>التفاعلات مع أبرز الخلاصات</translation>
    </message>
    <message>
        <source>Participants&apos; own key takeaways</source>
        <translation>أبرز الخلاصات من المشاركين أنفسهم</translation>
    </message>
    <message>
        <source>No Poverty</source>
        <translation>القضاء على الفقر</translation>
    </message>
    <message>
        <source>Zero Hunger</source>
        <translation>القضاء التام على الجوع</translation>
    </message>
    <message>
        <source>Good Health and Well-Being</source>
        <translation>الصحة الجيدة والرفاه</translation>
    </message>
    <message>
        <source>Quality Education</source>
        <translation>التعليم الجيد</translation>
    </message>
    <message>
        <source>Gender Equality</source>
        <translation>المساواة بين الجنسين</translation>
    </message>
    <message>
        <source>Clean Water and Sanitation</source>
        <translation>المياه النظيفة والنظافة الصحية</translation>
    </message>
    <message>
        <source>Affordable and Clean Energy</source>
        <translation>طاقة نظيفة وبأسعار معقولة</translation>
    </message>
    <message>
        <source>Decent Work and Economic Growth</source>
        <translation>العمل اللائق ونمو الاقتصاد</translation>
    </message>
    <message>
        <source>Industry, Innovation and Infrastructure</source>
        <translation>الصناعة والابتكار والهياكل الأساسية</translation>
    </message>
    <message>
        <source>Reduced Inequalities</source>
        <translation>الحد من أوجه عدم المساواة</translation>
    </message>
    <message>
        <source>Sustainable Cities and Communities</source>
        <translation>مدن ومجتمعات محلية مستدامة</translation>
    </message>
    <message>
        <source>Responsible Consumption and Production</source>
        <translation>الاستهلاك والإنتاج المسؤولان</translation>
    </message>
    <message>
        <source>Climate Action</source>
        <translation>العمل المناخي</translation>
    </message>
    <message>
        <source>Life Below Water</source>
        <translation>الحياة تحت الماء</translation>
    </message>
    <message>
        <source>Life on Land</source>
        <translation>الحياة في البر</translation>
    </message>
    <message>
        <source>Peace, Justice and Strong Institutions</source>
        <translation>السلام والعدل والمؤسسات القوية</translation>
    </message>
    <message>
        <source>Partnerships for the Goals</source>
        <translation>عقد الشراكات لتحقيق الأهداف</translation>
    </message>
    <message>
        <source>Women: %1 of the %2 people who took the floor (%3 % of the floor time).</source>
        <translation>النساء: %1 من أصل %2 من الأشخاص الذين أخذوا الكلمة (%3 % من وقت الكلام).</translation>
    </message>
    <message>
        <source>Men: %1 (%2 %). Gender described otherwise: %3 (%4 %). Gender not given: %5 (%6 %).</source>
        <translation>الرجال: %1 (%2 %). نوع اجتماعي موصوف بطريقة أخرى: %3 (%4 %). نوع اجتماعي غير محدد: %5 (%6 %).</translation>
    </message>
    <message>
        <source>Invited speakers who are women: %1 of %2.</source>
        <translation>النساء بين المتحدثين المدعوين: %1 من أصل %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>Other initiatives: the names of the initiatives a sentence names, then the sentence</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Entered by the rapporteur: onsite %1, online %2, of whom women %3.</source>
        <translation>أدخلها المقرِّر: حضوريًا %1، عبر الإنترنت %2، منهم نساء %3.</translation>
    </message>
    <message>
        <source>Estimated from who took part (the floor, the queue, the empty chair, phones): %1 in the room, %2 online, %3 at a remote hub.</source>
        <translation>تقدير مبني على من شاركوا (الكلمة، وقائمة الانتظار، والكرسي الفارغ، والهواتف): %1 في القاعة، و%2 عبر الإنترنت، و%3 في مركز عن بُعد.</translation>
    </message>
    <message>
        <source>Women: %1 of the %2 people whose gender is known.</source>
        <translation>النساء: %1 من أصل %2 من الأشخاص المعروف نوعهم الاجتماعي.</translation>
    </message>
    <message>
        <source>Nobody&apos;s gender is known.</source>
        <translation>لا يُعرف النوع الاجتماعي لأي شخص.</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <extracomment>When the session ran: its start and end time</extracomment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Goal %1: %2</source>
        <extracomment>A Sustainable Development Goal: its number and title</extracomment>
        <translation>الهدف %1: %2</translation>
    </message>
    <message>
        <source>Finding: %1</source>
        <translation>استنتاج: %1</translation>
    </message>
    <message>
        <source>Agreement: %1</source>
        <translation>اتفاق: %1</translation>
    </message>
    <message>
        <source>Disagreement: %1</source>
        <translation>اختلاف: %1</translation>
    </message>
    <message>
        <source>participant %1</source>
        <translation>المشارك %1</translation>
    </message>
    <message>
        <source>in the room</source>
        <translation>في القاعة</translation>
    </message>
    <message>
        <source>online</source>
        <translation>عبر الإنترنت</translation>
    </message>
    <message>
        <source>at the hub %1</source>
        <translation>في المركز %1</translation>
    </message>
    <message numerus="yes">
        <source>The empty chair was opened %Ln time(s)</source>
        <translation>
            <numerusform>لم يُفتح الكرسي الفارغ أي مرة (%Ln)</numerusform>
            <numerusform>فُتح الكرسي الفارغ مرة واحدة (%Ln)</numerusform>
            <numerusform>فُتح الكرسي الفارغ مرتين (%Ln)</numerusform>
            <numerusform>فُتح الكرسي الفارغ %Ln مرات</numerusform>
            <numerusform>فُتح الكرسي الفارغ %Ln مرةً</numerusform>
            <numerusform>فُتح الكرسي الفارغ %Ln مرة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s) sat there</source>
        <translation>
            <numerusform>لم يجلس عليه أحد (%Ln)</numerusform>
            <numerusform>جلس عليه شخص واحد (%Ln)</numerusform>
            <numerusform>جلس عليه شخصان (%Ln)</numerusform>
            <numerusform>جلس عليه %Ln أشخاص</numerusform>
            <numerusform>جلس عليه %Ln شخصًا</numerusform>
            <numerusform>جلس عليه %Ln شخص</numerusform>
        </translation>
    </message>
    <message>
        <source>for %1 in all.</source>
        <translation>لمدة %1 إجمالًا.</translation>
    </message>
    <message>
        <source>Time: %1</source>
        <translation>الوقت: %1</translation>
    </message>
    <message>
        <source>Sustainable Development Goals</source>
        <translation>أهداف التنمية المستدامة</translation>
    </message>
    <message>
        <source>Onsite moderator</source>
        <translation>مدير الجلسة الحضوري</translation>
    </message>
    <message>
        <source>Online moderator</source>
        <translation>مدير الجلسة عبر الإنترنت</translation>
    </message>
    <message>
        <source>Draft from the session, for the rapporteur to confirm.</source>
        <translation>مسودة من الجلسة، ليؤكدها المقرِّر.</translation>
    </message>
    <message>
        <source>Floor time in the room, online and at hubs</source>
        <translation>وقت الكلام في القاعة وعبر الإنترنت وفي المراكز</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>النسبة</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>The empty chair</source>
        <translation>الكرسي الفارغ</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>وقت الفتح</translation>
    </message>
    <message>
        <source>Who sat there</source>
        <translation>من جلس عليه</translation>
    </message>
    <message>
        <source>Via the online moderator</source>
        <translation>من خلال مدير الجلسة عبر الإنترنت</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>لا أحد</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Invited speakers who are women: %1 of %2; gender not given for %3.</source>
        <translation>النساء بين المتحدثين المدعوين: %1 من أصل %2؛ ولم يُحدَّد النوع الاجتماعي لـ%3.</translation>
    </message>
    <message>
        <source>at %1</source>
        <extracomment>Where a drafted line comes from: the time on the session&apos;s clock</extracomment>
        <translation>عند %1</translation>
    </message>
    <message>
        <source>the rapporteur&apos;s note %1</source>
        <translation>ملاحظة المقرِّر %1</translation>
    </message>
    <message>
        <source>transcript, line %1</source>
        <translation>النص المفرغ، السطر %1</translation>
    </message>
    <message>
        <source>someone in the room</source>
        <translation>أحد الحاضرين في القاعة</translation>
    </message>
    <message>
        <source>On &quot;%1&quot;: %2: %3</source>
        <translation>بشأن «%1»: %2: %3</translation>
    </message>
    <message>
        <source>Room: %1</source>
        <translation>القاعة: %1</translation>
    </message>
    <message>
        <source>Comments from the room on the key takeaways</source>
        <translation>تعليقات القاعة على أبرز الخلاصات</translation>
    </message>
    <message>
        <source>Sources of the drafted lines</source>
        <translation>مصادر أسطر المسودة</translation>
    </message>
    <message>
        <source>Break-out groups</source>
        <translation>المجموعات الفرعية</translation>
    </message>
    <message>
        <source>Topic: %1</source>
        <translation>الموضوع: %1</translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation>المكان: %1</translation>
    </message>
    <message>
        <source>Facilitator: %1</source>
        <translation>الميسِّر: %1</translation>
    </message>
    <message>
        <source>Rapporteur: %1</source>
        <translation>المقرِّر: %1</translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation>المشاركون</translation>
    </message>
    <message>
        <source>Key points</source>
        <translation>النقاط الرئيسية</translation>
    </message>
    <message>
        <source>Report-back: %1</source>
        <translation>عرض النتائج: %1</translation>
    </message>
    <message>
        <source>Notes from the report-back</source>
        <translation>ملاحظات من عرض النتائج</translation>
    </message>
</context>
<context>
    <name>core::ReportState</name>
    <message>
        <source>the report has no field &quot;%1&quot;</source>
        <translation>لا يوجد في التقرير حقل «%1»</translation>
    </message>
    <message>
        <source>a report field has at most 20,000 characters</source>
        <translation>يجب ألا يتجاوز طول حقل التقرير 20000 حرف</translation>
    </message>
    <message>
        <source>participation counts are 0 or more, and women are at most everyone counted</source>
        <translation>يجب أن تكون أعداد المشاركين 0 أو أكثر، وألا يتجاوز عدد النساء مجموع المشاركين</translation>
    </message>
    <message>
        <source>the transcript holds no turns</source>
        <translation>لا يحتوي النص المفرغ على أي مداخلات</translation>
    </message>
    <message>
        <source>unknown event &quot;%1&quot;</source>
        <translation>حدث غير معروف «%1»</translation>
    </message>
    <message>
        <source>the transcript&apos;s times do not fit its turns</source>
        <translation>أوقات النص المفرغ لا تتوافق مع مداخلاته</translation>
    </message>
    <message>
        <source>a caption line is empty</source>
        <translation>سطر الترجمة النصية فارغ</translation>
    </message>
    <message>
        <source>a caption line has at most %1 characters and its speaker at most %2</source>
        <translation>يجب ألا يتجاوز طول سطر الترجمة النصية %1 من الأحرف، ولا طول اسم المتحدث فيه %2</translation>
    </message>
    <message>
        <source>a caption line is one line of plain text</source>
        <translation>سطر الترجمة النصية سطر واحد من النص العادي</translation>
    </message>
    <message>
        <source>a caption line&apos;s speaker or time does not fit</source>
        <translation>المتحدث أو الوقت في سطر الترجمة النصية غير مناسب</translation>
    </message>
</context>
<context>
    <name>core::Session</name>
    <message>
        <source>the session file holds no session</source>
        <translation>ملف الجلسة لا يحتوي على جلسة</translation>
    </message>
    <message>
        <source>the session has ended</source>
        <translation>انتهت الجلسة</translation>
    </message>
    <message>
        <source>this is the last agenda item</source>
        <translation>هذا هو البند الأخير في جدول الأعمال</translation>
    </message>
    <message>
        <source>this is the first agenda item</source>
        <translation>هذا هو البند الأول في جدول الأعمال</translation>
    </message>
    <message>
        <source>there is no such agenda item</source>
        <translation>لا يوجد بند كهذا في جدول الأعمال</translation>
    </message>
    <message>
        <source>the agenda has items 1 to %1, not %2</source>
        <translation>بنود جدول الأعمال من 1 إلى %1، وليس %2</translation>
    </message>
    <message>
        <source>there is no such participant</source>
        <translation>لا يوجد مشارك كهذا</translation>
    </message>
    <message>
        <source>nobody is waiting to speak</source>
        <translation>لا أحد ينتظر الكلمة</translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation>%1 ليس ملفًا</translation>
    </message>
    <message>
        <source>%1 is %2; a media file may be at most %3</source>
        <translation>حجم %1 هو %2؛ والحد الأقصى لحجم ملف الوسائط %3</translation>
    </message>
    <message>
        <source>the session&apos;s media would exceed %1; remove some first</source>
        <translation>ستتجاوز وسائط الجلسة %1؛ أزِل بعضها أولًا</translation>
    </message>
    <message>
        <source>%1 could not be read completely</source>
        <translation>تعذّرت قراءة %1 بالكامل</translation>
    </message>
    <message>
        <source>%1 is %2: only images, SVG, PDF and video can be shown</source>
        <translation>نوع %1 هو «%2»: لا يمكن عرض إلا الصور وملفات SVG وPDF والفيديو</translation>
    </message>
    <message>
        <source>the session is open read-only; save a copy to continue in it</source>
        <translation>الجلسة مفتوحة للقراءة فقط؛ احفظ نسخة منها لمتابعة العمل فيها</translation>
    </message>
    <message>
        <source>there is no such request to speak</source>
        <translation>لا يوجد طلب كلمة كهذا</translation>
    </message>
    <message>
        <source>unknown note tag &quot;%1&quot;</source>
        <translation>وسم ملاحظة غير معروف «%1»</translation>
    </message>
    <message>
        <source>nothing to re-balance</source>
        <translation>لا يوجد ما يُعاد توزيعه</translation>
    </message>
    <message>
        <source>unknown queue order &quot;%1&quot;</source>
        <translation>ترتيب غير معروف لقائمة الانتظار «%1»</translation>
    </message>
    <message>
        <source>unknown scene &quot;%1&quot;</source>
        <translation>مشهد غير معروف «%1»</translation>
    </message>
    <message>
        <source>the store holds a session already</source>
        <translation>يحتوي المخزن على جلسة بالفعل</translation>
    </message>
    <message>
        <source>this is a copy of a shared session: it changes only from the host</source>
        <translation>هذه نسخة من جلسة مشتركة: لا تتغير إلا من المضيف</translation>
    </message>
    <message>
        <source>only a copy of a shared session takes events from a host</source>
        <translation>وحدها نسخة الجلسة المشتركة تتلقى أحداثًا من مضيف</translation>
    </message>
    <message>
        <source>event %1 came where event %2 was due</source>
        <translation>وصل الحدث %1 حيث كان الحدث %2 متوقعًا</translation>
    </message>
    <message>
        <source>%1 is a joined device&apos;s copy of a session shared by %2: it opens read-only; save a copy to continue in it</source>
        <translation>%1 نسخة محفوظة على جهاز منضم من جلسة يشاركها %2: تُفتح للقراءة فقط؛ احفظ نسخة منها لمتابعة العمل فيها</translation>
    </message>
    <message>
        <source>&quot;%1&quot; reads a file: only the host&apos;s own window can do it</source>
        <translation>«%1» يقرأ ملفًا: لا يمكن ذلك إلا من نافذة المضيف نفسه</translation>
    </message>
    <message>
        <source>a phone asks only for its own participant</source>
        <translation>لا يطلب الهاتف إلا للمشارك الخاص به</translation>
    </message>
    <message>
        <source>the empty chair is not open</source>
        <translation>الكرسي الفارغ غير مفتوح</translation>
    </message>
    <message>
        <source>%1 holds control characters</source>
        <translation>يحتوي %1 على أحرف تحكّم</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 فارغ</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters</source>
        <translation>طول %1 يتجاوز %2 من الأحرف</translation>
    </message>
    <message>
        <source>no phone &quot;%1&quot; joined</source>
        <translation>لا يوجد هاتف منضم بالمعرّف «%1»</translation>
    </message>
    <message>
        <source>the moderator blocked this phone</source>
        <translation>حظر مدير الجلسة هذا الهاتف</translation>
    </message>
    <message>
        <source>a phone may not &quot;%1&quot;</source>
        <translation>لا يحق للهاتف تنفيذ «%1»</translation>
    </message>
    <message>
        <source>a phone&apos;s id is 1 to 32 lower-case letters and digits</source>
        <translation>يتكون معرّف الهاتف من 1 إلى 32 من الأحرف اللاتينية الصغيرة والأرقام</translation>
    </message>
    <message>
        <source>the phone &quot;%1&quot; has joined already</source>
        <translation>انضم الهاتف «%1» بالفعل</translation>
    </message>
    <message>
        <source>joining from phones is closed</source>
        <translation>الانضمام من الهواتف مغلق</translation>
    </message>
    <message>
        <source>the name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>a detail</source>
        <translation>أحد التفاصيل</translation>
    </message>
    <message>
        <source>the question</source>
        <translation>السؤال</translation>
    </message>
    <message>
        <source>there is no such policy question</source>
        <translation>لا يوجد سؤال سياسات كهذا</translation>
    </message>
    <message>
        <source>this phone&apos;s questions are still waiting for the moderator</source>
        <translation>ما زالت أسئلة هذا الهاتف بانتظار مدير الجلسة</translation>
    </message>
    <message>
        <source>this phone sent a question a moment ago</source>
        <translation>أرسل هذا الهاتف سؤالًا قبل لحظات</translation>
    </message>
    <message>
        <source>there is no such takeaway</source>
        <translation>لا توجد خلاصة كهذه</translation>
    </message>
    <message>
        <source>the comment</source>
        <translation>التعليق</translation>
    </message>
    <message>
        <source>a reaction is agree, disagree or comment, not &quot;%1&quot;</source>
        <translation>التفاعل هو agree أو disagree أو comment، وليس «%1»</translation>
    </message>
    <message>
        <source>only a comment has text</source>
        <translation>لا يحمل نصًا إلا التعليق</translation>
    </message>
    <message>
        <source>this phone&apos;s reaction is already &quot;%1&quot;</source>
        <translation>تفاعل هذا الهاتف هو «%1» بالفعل</translation>
    </message>
    <message>
        <source>the takeaway</source>
        <translation>نص الخلاصة</translation>
    </message>
    <message>
        <source>the phone is blocked already</source>
        <translation>الهاتف محظور بالفعل</translation>
    </message>
    <message>
        <source>the phone is not blocked</source>
        <translation>الهاتف غير محظور</translation>
    </message>
    <message>
        <source>joining from phones is open already</source>
        <translation>الانضمام من الهواتف مفتوح بالفعل</translation>
    </message>
    <message>
        <source>joining from phones is closed already</source>
        <translation>الانضمام من الهواتف مغلق بالفعل</translation>
    </message>
    <message>
        <source>the session has not started, so the transcript&apos;s times cannot be placed from its start</source>
        <translation>لم تبدأ الجلسة، لذا لا يمكن وضع أوقات النص المفرغ بدءًا من بدايتها</translation>
    </message>
    <message>
        <source>there is no such key takeaway</source>
        <translation>لا توجد خلاصة رئيسية كهذه</translation>
    </message>
    <message>
        <source>there is no such break-out item</source>
        <translation>لا يوجد بند مجموعات فرعية كهذا</translation>
    </message>
    <message>
        <source>every group of &quot;%1&quot; has reported back</source>
        <translation>عرضت جميع مجموعات «%1» نتائجها</translation>
    </message>
    <message>
        <source>no break-out item with groups comes before this one</source>
        <translation>لا يسبق هذا البند أي بند مجموعات فرعية فيه مجموعات</translation>
    </message>
    <message>
        <source>there is no such break-out group</source>
        <translation>لا توجد مجموعة فرعية كهذه</translation>
    </message>
    <message>
        <source>the group &quot;%1&quot; has nobody to report back: give it a rapporteur</source>
        <translation>لا يوجد في المجموعة «%1» من يعرض نتائجها: عيِّن لها مقرِّرًا</translation>
    </message>
    <message>
        <source>there is no video %1 in the session</source>
        <translation>لا يوجد في الجلسة الفيديو %1</translation>
    </message>
    <message>
        <source>%1 cannot be read as subtitles: %2</source>
        <extracomment>%1 is a file name, %2 what is wrong with it</extracomment>
        <translation>تتعذّر قراءة %1 بوصفه ترجمة مصاحبة: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code</source>
        <translation>«%1» ليس رمز لغة</translation>
    </message>
    <message>
        <source>there is no glossary term %1</source>
        <translation>لا يوجد في المسرد المصطلح %1</translation>
    </message>
    <message>
        <source>a caption line is empty</source>
        <translation>سطر الترجمة النصية فارغ</translation>
    </message>
    <message>
        <source>there is no participant %1</source>
        <translation>لا يوجد المشارك %1</translation>
    </message>
    <message>
        <source>a caption line cannot be said before the session or later than now</source>
        <translation>لا يمكن أن يكون وقت سطر الترجمة النصية قبل الجلسة أو بعد الوقت الحالي</translation>
    </message>
    <message>
        <source>a caption size is small, medium or large, not &quot;%1&quot;</source>
        <translation>حجم الترجمة النصية هو small أو medium أو large، وليس «%1»</translation>
    </message>
    <message>
        <source>there is no policy question %1</source>
        <translation>لا يوجد سؤال السياسات %1</translation>
    </message>
</context>
<context>
    <name>core::SessionDefinition</name>
    <message>
        <source>the session has no title</source>
        <translation>الجلسة بلا عنوان</translation>
    </message>
    <message>
        <source>New workshop</source>
        <translation>ورشة عمل جديدة</translation>
    </message>
</context>
<context>
    <name>core::SessionFiles</name>
    <message>
        <source>%1 is not a regular file</source>
        <translation>%1 ليس ملفًا عاديًا</translation>
    </message>
</context>
<context>
    <name>core::SessionState</name>
    <message>
        <source>event %1 is older than the event before it</source>
        <translation>الحدث %1 أقدم من الحدث الذي يسبقه</translation>
    </message>
    <message>
        <source>the session log does not start with the session&apos;s definition</source>
        <translation>لا يبدأ سجل الجلسة بتعريف الجلسة</translation>
    </message>
    <message>
        <source>there is no such agenda item</source>
        <translation>لا يوجد بند كهذا في جدول الأعمال</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a block, not a single item</source>
        <translation>«%1» مجموعة بنود، وليس بندًا مفردًا</translation>
    </message>
    <message>
        <source>the session is defined twice</source>
        <translation>الجلسة معرّفة مرتين</translation>
    </message>
    <message>
        <source>the session has ended</source>
        <translation>انتهت الجلسة</translation>
    </message>
    <message>
        <source>the clock has already started</source>
        <translation>بدأت الساعة بالفعل</translation>
    </message>
    <message>
        <source>the clock is not running</source>
        <translation>الساعة لا تعمل</translation>
    </message>
    <message>
        <source>the clock is not paused</source>
        <translation>الساعة ليست متوقفة مؤقتًا</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already the current item</source>
        <translation>«%1» هو البند الحالي بالفعل</translation>
    </message>
    <message>
        <source>an agenda item cannot be shorter than one minute</source>
        <translation>لا يمكن أن تقل مدة بند جدول الأعمال عن دقيقة واحدة</translation>
    </message>
    <message>
        <source>the re-balanced plan is not valid</source>
        <translation>الخطة المعاد توزيعها غير صالحة</translation>
    </message>
    <message>
        <source>the re-balanced plan is empty</source>
        <translation>الخطة المعاد توزيعها فارغة</translation>
    </message>
    <message>
        <source>the clock has not started</source>
        <translation>لم تبدأ الساعة بعد</translation>
    </message>
    <message>
        <source>the agenda can be edited until the clock starts; then extend or re-balance items</source>
        <translation>يمكن تعديل جدول الأعمال حتى تبدأ الساعة؛ وبعدها يمكن تمديد البنود أو إعادة توزيع وقتها</translation>
    </message>
    <message>
        <source>the session&apos;s details can be edited until the clock starts</source>
        <translation>يمكن تعديل تفاصيل الجلسة حتى تبدأ الساعة</translation>
    </message>
    <message>
        <source>the title can have at most 300 characters, the code 100</source>
        <translation>يمكن أن يتضمن العنوان 300 حرف على الأكثر، والرمز 100</translation>
    </message>
    <message>
        <source>a session lasts between 1 and 600 minutes</source>
        <translation>تستمر الجلسة بين 1 و600 دقيقة</translation>
    </message>
    <message>
        <source>a session can have at most 20 policy questions</source>
        <translation>يمكن أن تتضمن الجلسة 20 سؤالًا من أسئلة السياسات على الأكثر</translation>
    </message>
    <message>
        <source>a note is linked to policy question %1, which would no longer exist</source>
        <translation>ترتبط ملاحظة بسؤال السياسات %1 الذي لن يعود موجودًا</translation>
    </message>
    <message>
        <source>a declined re-balancing needs the overrun it was declined at</source>
        <translation>تحتاج إعادة التوزيع المرفوضة إلى مقدار التأخير الذي رُفضت عنده</translation>
    </message>
    <message>
        <source>event %1 has no known type</source>
        <translation>الحدث %1 ليس له نوع معروف</translation>
    </message>
    <message>
        <source>the room&apos;s name can have at most 200 characters</source>
        <translation>يمكن أن يتضمن اسم القاعة 200 حرف على الأكثر</translation>
    </message>
    <message>
        <source>there is no break-out group %1</source>
        <translation>لا توجد المجموعة الفرعية %1</translation>
    </message>
    <message>
        <source>the group &quot;%1&quot; names a policy question the session does not have</source>
        <translation>تذكر المجموعة «%1» سؤال سياسات غير موجود في الجلسة</translation>
    </message>
    <message>
        <source>the group &quot;%1&quot; names participant %2, who is not in the session</source>
        <translation>تذكر المجموعة «%1» المشارك %2، وهو ليس في الجلسة</translation>
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
        <translation>المخطط %1، الفعلي %2، الإيقاف المؤقت %3</translation>
    </message>
    <message>
        <source>%1%2  planned %3  actual %4</source>
        <translation>%1%2  المخطط %3  الفعلي %4</translation>
    </message>
    <message>
        <source>Phones: %1 joined, %2 questions, %3 reactions, %4 shared takeaways</source>
        <translation>الهواتف: المنضمة %1، الأسئلة %2، التفاعلات %3، الخلاصات المُشارَكة %4</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <source>in the room</source>
        <translation>في القاعة</translation>
    </message>
    <message>
        <source>online</source>
        <translation>عبر الإنترنت</translation>
    </message>
    <message>
        <source>hub %1</source>
        <translation>مركز %1</translation>
    </message>
    <message>
        <source>invited speakers</source>
        <translation>المتحدثون المدعوون</translation>
    </message>
    <message>
        <source>moderators</source>
        <translation>مديرو الجلسة</translation>
    </message>
    <message>
        <source>audience</source>
        <translation>الحضور</translation>
    </message>
    <message numerus="yes">
        <source>Floor: %Ln turn(s), %1</source>
        <translation>
            <numerusform>وقت الكلام: لا مداخلات (%Ln)، %1</numerusform>
            <numerusform>وقت الكلام: مداخلة واحدة (%Ln)، %1</numerusform>
            <numerusform>وقت الكلام: مداخلتان (%Ln)، %1</numerusform>
            <numerusform>وقت الكلام: %Ln مداخلات، %1</numerusform>
            <numerusform>وقت الكلام: %Ln مداخلةً، %1</numerusform>
            <numerusform>وقت الكلام: %Ln مداخلة، %1</numerusform>
        </translation>
    </message>
    <message>
        <source>By person</source>
        <translation>حسب الشخص</translation>
    </message>
    <message numerus="yes">
        <source>    %1  %Ln turn(s)  %2</source>
        <translation>
            <numerusform>    %1  لا مداخلات (%Ln)  %2</numerusform>
            <numerusform>    %1  مداخلة واحدة (%Ln)  %2</numerusform>
            <numerusform>    %1  مداخلتان (%Ln)  %2</numerusform>
            <numerusform>    %1  %Ln مداخلات  %2</numerusform>
            <numerusform>    %1  %Ln مداخلةً  %2</numerusform>
            <numerusform>    %1  %Ln مداخلة  %2</numerusform>
        </translation>
    </message>
    <message>
        <source>By stakeholder group</source>
        <translation>حسب مجموعة أصحاب المصلحة</translation>
    </message>
    <message>
        <source>By region</source>
        <translation>حسب المنطقة</translation>
    </message>
    <message>
        <source>By gender</source>
        <translation>حسب النوع الاجتماعي</translation>
    </message>
    <message>
        <source>By channel</source>
        <translation>حسب قناة المشاركة</translation>
    </message>
    <message>
        <source>By role</source>
        <translation>حسب الدور</translation>
    </message>
    <message numerus="yes">
        <source>    %1  %Ln turn(s)  %2  %3 %</source>
        <extracomment>A row of the floor balance: who, turns, time, share of the floor time</extracomment>
        <translation>
            <numerusform>    %1  لا مداخلات (%Ln)  %2  %3 %</numerusform>
            <numerusform>    %1  مداخلة واحدة (%Ln)  %2  %3 %</numerusform>
            <numerusform>    %1  مداخلتان (%Ln)  %2  %3 %</numerusform>
            <numerusform>    %1  %Ln مداخلات  %2  %3 %</numerusform>
            <numerusform>    %1  %Ln مداخلةً  %2  %3 %</numerusform>
            <numerusform>    %1  %Ln مداخلة  %2  %3 %</numerusform>
        </translation>
    </message>
    <message>
        <source>replies by invited speakers</source>
        <translation>ردود المتحدثين المدعوين</translation>
    </message>
    <message>
        <source>Break-out &quot;%1&quot;: group work planned %2, actual %3</source>
        <translation>المجموعات الفرعية «%1»: العمل في المجموعات مخطط له %2، والفعلي %3</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>  %1: %Ln member(s) (%2); report-back %3</source>
        <translation>
            <numerusform>  %1: %Ln عضو (%2)؛ عرض النتائج %3</numerusform>
            <numerusform>  %1: عضو واحد (%Ln) (%2)؛ عرض النتائج %3</numerusform>
            <numerusform>  %1: عضوان (%Ln) (%2)؛ عرض النتائج %3</numerusform>
            <numerusform>  %1: %Ln أعضاء (%2)؛ عرض النتائج %3</numerusform>
            <numerusform>  %1: %Ln عضوًا (%2)؛ عرض النتائج %3</numerusform>
            <numerusform>  %1: %Ln عضو (%2)؛ عرض النتائج %3</numerusform>
        </translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>لم يحدث بعد</translation>
    </message>
</context>
<context>
    <name>core::SessionStore</name>
    <message>
        <source>the file is cut short: it has %1 bytes of the %2 that its header gives</source>
        <translation>الملف ناقص: يحتوي على %1 بايت من أصل %2 بايت يذكرها رأس الملف</translation>
    </message>
    <message>
        <source>events %1 to %2 are missing from the log</source>
        <translation>الأحداث من %1 إلى %2 مفقودة من السجل</translation>
    </message>
    <message>
        <source>event %1 is out of order</source>
        <translation>الحدث %1 خارج الترتيب</translation>
    </message>
    <message>
        <source>%1 was left from an earlier file and has been moved to %2.</source>
        <translation>%1 متبقٍّ من ملف سابق ونُقل إلى %2.</translation>
    </message>
    <message>
        <source>A write-ahead log beside the file did not belong to it; it was not applied and has been moved to %1.</source>
        <translation>سجل الكتابة المسبقة (ملف WAL) الموجود بجانب الملف لم يكن تابعًا له؛ فلم يُطبَّق ونُقل إلى %1.</translation>
    </message>
    <message>
        <source>A write-ahead log beside the file does not belong to it; it was ignored.</source>
        <translation>سجل الكتابة المسبقة (ملف WAL) الموجود بجانب الملف لا يتبعه؛ فتم تجاهله.</translation>
    </message>
    <message>
        <source>the file has no schema version</source>
        <translation>لا يحتوي الملف على رقم إصدار المخطط</translation>
    </message>
    <message>
        <source>the file was opened read-only</source>
        <translation>فُتح الملف للقراءة فقط</translation>
    </message>
    <message>
        <source>%1 is the file open here: save the copy under another name</source>
        <translation>%1 هو الملف المفتوح هنا: احفظ النسخة باسم آخر</translation>
    </message>
</context>
<context>
    <name>core::SpeakerQueueModel</name>
    <message>
        <source>hub %1</source>
        <translation>مركز %1</translation>
    </message>
    <message>
        <source>online</source>
        <translation>عبر الإنترنت</translation>
    </message>
    <message>
        <source>in the room</source>
        <translation>في القاعة</translation>
    </message>
    <message>
        <source>first time</source>
        <translation>للمرة الأولى</translation>
    </message>
    <message numerus="yes">
        <source>%Ln turn(s), %1</source>
        <translation>
            <numerusform>لا مداخلات (%Ln)، %1</numerusform>
            <numerusform>مداخلة واحدة (%Ln)، %1</numerusform>
            <numerusform>مداخلتان (%Ln)، %1</numerusform>
            <numerusform>%Ln مداخلات، %1</numerusform>
            <numerusform>%Ln مداخلةً، %1</numerusform>
            <numerusform>%Ln مداخلة، %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>from a phone</source>
        <translation>من الهاتف</translation>
    </message>
</context>
<context>
    <name>core::Subtitles</name>
    <message>
        <source>a subtitle file may be at most %1</source>
        <extracomment>%1 is the largest subtitle file accepted, like &quot;2 MB&quot;</extracomment>
        <translation>يجب ألا يتجاوز حجم ملف الترجمة المصاحبة %1</translation>
    </message>
    <message>
        <source>the subtitles are not a text file</source>
        <translation>ملف الترجمة المصاحبة ليس ملفًا نصيًا</translation>
    </message>
</context>
<context>
    <name>core::Transcript</name>
    <message>
        <source>the transcript holds no turns</source>
        <translation>لا يحتوي النص المفرغ على أي مداخلات</translation>
    </message>
    <message>
        <source>%1 is too large (%2); at most %3 can be read</source>
        <extracomment>%1 is a file name, %2 its size, %3 the largest size accepted (both like &quot;8.4 MB&quot;)</extracomment>
        <translation>حجم %1 كبير جدًا (%2)؛ ولا يمكن قراءة أكثر من %3</translation>
    </message>
    <message>
        <source>%1 is larger than %2, the most that can be read</source>
        <extracomment>%1 is a file name, %2 the largest size accepted (like &quot;8.4 MB&quot;)</extracomment>
        <translation>%1 أكبر من %2، وهو أقصى ما يمكن قراءته</translation>
    </message>
    <message>
        <source>%1 is not a text file</source>
        <translation>%1 ليس ملفًا نصيًا</translation>
    </message>
    <message>
        <source>the transcript is longer than %1, the most a transcript may have</source>
        <extracomment>%1 is the largest transcript accepted, like &quot;8.4 MB&quot;</extracomment>
        <translation>النص المفرغ أطول من %1، وهو الحد الأقصى لحجم النص المفرغ</translation>
    </message>
    <message>
        <source>line %1: a caption cue needs a timing such as %2</source>
        <extracomment>%1 is a line number, %2 an example of a cue timing (keep it as it is)</extracomment>
        <translation>السطر %1: يحتاج مقطع الترجمة النصية إلى توقيت مثل %2</translation>
    </message>
    <message>
        <source>line %1: the cue timing is not valid; a valid one reads like %2</source>
        <extracomment>%1 is a line number, %2 an example of a cue timing (keep it as it is)</extracomment>
        <translation>السطر %1: توقيت المقطع غير صالح؛ يجب أن يكون على نحو %2</translation>
    </message>
    <message>
        <source>line %1: the cue ends before it starts</source>
        <extracomment>%1 is a line number</extracomment>
        <translation>السطر %1: ينتهي المقطع قبل أن يبدأ</translation>
    </message>
    <message>
        <source>the text is neither SRT nor WebVTT captions</source>
        <translation>النص ليس ترجمة نصية بتنسيق SRT ولا WebVTT</translation>
    </message>
    <message>
        <source>the captions hold no cue</source>
        <translation>لا تحتوي الترجمة النصية على أي مقطع</translation>
    </message>
</context>
<context>
    <name>core::Vocabulary</name>
    <message>
        <source>Government</source>
        <comment>stakeholder group</comment>
        <translation>الحكومة</translation>
    </message>
    <message>
        <source>Private Sector</source>
        <comment>stakeholder group</comment>
        <translation>القطاع الخاص</translation>
    </message>
    <message>
        <source>Civil Society</source>
        <comment>stakeholder group</comment>
        <translation>المجتمع المدني</translation>
    </message>
    <message>
        <source>Technical Community</source>
        <comment>stakeholder group</comment>
        <translation>المجتمع التقني</translation>
    </message>
    <message>
        <source>Intergovernmental Organization</source>
        <comment>stakeholder group</comment>
        <translation>منظمة حكومية دولية</translation>
    </message>
    <message>
        <source>African Group</source>
        <comment>UN regional group</comment>
        <translation>مجموعة الدول الأفريقية</translation>
    </message>
    <message>
        <source>Asia-Pacific Group</source>
        <comment>UN regional group</comment>
        <translation>مجموعة دول آسيا والمحيط الهادئ</translation>
    </message>
    <message>
        <source>Eastern European Group</source>
        <comment>UN regional group</comment>
        <translation>مجموعة دول أوروبا الشرقية</translation>
    </message>
    <message>
        <source>GRULAC</source>
        <comment>UN regional group: the Latin American and Caribbean Group</comment>
        <translation>مجموعة دول أمريكا اللاتينية ومنطقة البحر الكاريبي</translation>
    </message>
    <message>
        <source>WEOG</source>
        <comment>UN regional group: the Western European and Others Group</comment>
        <translation>مجموعة دول أوروبا الغربية ودول أخرى</translation>
    </message>
    <message>
        <source>Intergovernmental Organization</source>
        <comment>UN regional group</comment>
        <translation>منظمة حكومية دولية</translation>
    </message>
    <message>
        <source>woman</source>
        <comment>gender</comment>
        <translation>امرأة</translation>
    </message>
    <message>
        <source>man</source>
        <comment>gender</comment>
        <translation>رجل</translation>
    </message>
</context>
<context>
    <name>core::WorkFolder</name>
    <message>
        <source>cannot make a temporary folder in %1: %2</source>
        <translation>تعذّر إنشاء مجلد مؤقت في %1: %2</translation>
    </message>
</context>
<context>
    <name>core::share::JoinCodes</name>
    <message>
        <source>the join code for %1 is damaged</source>
        <translation>رمز الانضمام للدور %1 تالف</translation>
    </message>
    <message>
        <source>the join codes are damaged</source>
        <translation>رموز الانضمام تالفة</translation>
    </message>
</context>
<context>
    <name>core::share::Protocol</name>
    <message>
        <source>the message is larger than %1 bytes</source>
        <translation>حجم الرسالة أكبر من %1 بايت</translation>
    </message>
    <message>
        <source>the message is not a JSON object</source>
        <translation>الرسالة ليست كائن JSON</translation>
    </message>
    <message>
        <source>a device may not send &quot;%1&quot;</source>
        <translation>لا يحق للجهاز إرسال «%1»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs &quot;%2&quot;</source>
        <translation>يحتاج «%1» إلى «%2»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a wrong &quot;%2&quot;</source>
        <translation>قيمة «%2» في «%1» غير صحيحة</translation>
    </message>
    <message>
        <source>&quot;%2&quot; of &quot;%1&quot; is longer than %3 characters</source>
        <translation>يتجاوز طول «%2» في «%1» %3 من الأحرف</translation>
    </message>
    <message>
        <source>unknown message &quot;%1&quot;</source>
        <translation>رسالة غير معروفة «%1»</translation>
    </message>
    <message>
        <source>an event has a wrong &quot;%1&quot;</source>
        <translation>قيمة «%1» في حدث غير صحيحة</translation>
    </message>
    <message>
        <source>an event has no data</source>
        <translation>لا توجد بيانات في حدث</translation>
    </message>
</context>
<context>
    <name>core::share::ShareClient</name>
    <message>
        <source>The host gave an unknown role.</source>
        <translation>أعطى المضيف دورًا غير معروف.</translation>
    </message>
</context>
<context>
    <name>core::share::ShareHost</name>
    <message>
        <source>The join code was renewed: join again with the new code.</source>
        <translation>جُدِّد رمز الانضمام: انضم مرة أخرى بالرمز الجديد.</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>مدير الجلسة</translation>
    </message>
    <message>
        <source>The session has as many devices as it can take (%1).</source>
        <translation>بلغت الجلسة الحد الأقصى لعدد الأجهزة التي يمكنها استيعابها (%1).</translation>
    </message>
    <message>
        <source>Too many messages: at most %1 a second.</source>
        <translation>رسائل كثيرة جدًا: الحد الأقصى %1 في الثانية.</translation>
    </message>
    <message>
        <source>Join the session first.</source>
        <translation>انضم إلى الجلسة أولًا.</translation>
    </message>
    <message>
        <source>This device has joined already.</source>
        <translation>انضم هذا الجهاز بالفعل.</translation>
    </message>
    <message>
        <source>This device speaks protocol %1 and the host speaks %2: use the same version of Moderato on both.</source>
        <translation>يستخدم هذا الجهاز الإصدار %1 من البروتوكول ويستخدم المضيف الإصدار %2: استخدم الإصدار نفسه من Moderato على كليهما.</translation>
    </message>
    <message>
        <source>Too many wrong join codes from this address: wait a minute.</source>
        <translation>رموز انضمام خاطئة كثيرة جدًا من هذا العنوان: انتظر دقيقة.</translation>
    </message>
    <message>
        <source>This join code is not valid (it may have been renewed).</source>
        <translation>رمز الانضمام هذا غير صالح (ربما جُدِّد).</translation>
    </message>
    <message>
        <source>A device needs a name and an id to join.</source>
        <translation>يحتاج الجهاز إلى اسم ومعرّف للانضمام.</translation>
    </message>
    <message>
        <source>This device connected again.</source>
        <translation>اتصل هذا الجهاز مرة أخرى.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; reads a file on the host: only the host&apos;s own window can do it</source>
        <translation>«%1» يقرأ ملفًا على المضيف: لا يمكن ذلك إلا من نافذة المضيف نفسه</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The moderator&apos;s console for multi-stakeholder workshops.</source>
        <translation>لوحة مدير الجلسة لورش العمل متعددة أصحاب المصلحة.</translation>
    </message>
    <message>
        <source>Open the built-in demo workshop.</source>
        <translation>فتح ورشة العرض التوضيحي المضمّنة.</translation>
    </message>
    <message>
        <source>Render the console to PNG files in DIR without showing a window, then exit.</source>
        <translation>حفظ صور PNG للوحة في المجلد المحدد دون إظهار نافذة، ثم الخروج.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>المجلد</translation>
    </message>
    <message>
        <source>The language of the interface (en, ar, de, es, fr, pt_BR, ru, zh_CN).</source>
        <translation>لغة الواجهة (en, ar, de, es, fr, pt_BR, ru, zh_CN).</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Print the time of the first paint and exit (start-up benchmark).</source>
        <translation>طباعة وقت أول رسم للواجهة ثم الخروج (قياس أداء بدء التشغيل).</translation>
    </message>
    <message>
        <source>A session file to open (.moderato).</source>
        <translation>ملف جلسة لفتحه (‎.moderato).</translation>
    </message>
    <message>
        <source>[FILE]</source>
        <translation>[ملف]</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot;; available: %2</source>
        <translation>لغة غير معروفة «%1»؛ اللغات المتاحة: %2</translation>
    </message>
    <message>
        <source>open one session file at a time</source>
        <translation>افتح ملف جلسة واحدًا في كل مرة</translation>
    </message>
    <message>
        <source>Moderato</source>
        <translation>Moderato</translation>
    </message>
    <message>
        <source>Add FILE (image, SVG, PDF, video) to the session and show it on the room display.</source>
        <translation>إضافة الملف المحدد (صورة أو SVG أو PDF أو فيديو) إلى الجلسة وعرضه على شاشة القاعة.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ملف</translation>
    </message>
    <message>
        <source>%1 is open in another Moderato window, which has been brought to the front.</source>
        <translation>%1 مفتوح في نافذة أخرى من Moderato، وقد نُقلت هذه النافذة إلى الواجهة.</translation>
    </message>
    <message>
        <source>Join the session a moderator shares, at ADDRESS (moderato://HOST:PORT/CODE).</source>
        <translation>الانضمام إلى الجلسة التي يشاركها مدير الجلسة، على العنوان المحدد (moderato://HOST:PORT/CODE).</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>The name to join with (asked for when not given).</source>
        <translation>الاسم الذي تنضم به (يُطلب إذا لم يُحدَّد).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>--join opens a shared session: give no file</source>
        <translation>الخيار ‎--join يفتح جلسة مشتركة: لا تحدد أي ملف</translation>
    </message>
    <message>
        <source>--name goes with --join</source>
        <translation>‎--name يُستخدم مع ‎--join</translation>
    </message>
    <message>
        <source>Ask where to save a new, blank session and open it.</source>
        <translation>السؤال عن مكان حفظ جلسة جديدة فارغة ثم فتحها.</translation>
    </message>
    <message>
        <source>Open FILE in a new window, even when a Moderato window is running.</source>
        <translation>فتح الملف المحدد في نافذة جديدة، حتى لو كانت هناك نافذة Moderato قيد التشغيل.</translation>
    </message>
    <message>
        <source>%1 has been handed to the Moderato window that is running.</source>
        <translation>سُلِّم %1 إلى نافذة Moderato قيد التشغيل.</translation>
    </message>
</context>
<context>
    <name>net::PhoneServer</name>
    <message>
        <source>cannot listen on %1 port %2: %3</source>
        <translation>يتعذّر الاستماع على %1، المنفذ %2: %3</translation>
    </message>
</context>
<context>
    <name>net::SharingConnection</name>
    <message>
        <source>&quot;%1&quot; is not a join address like moderato://HOST:PORT/CODE</source>
        <translation>«%1» ليس عنوان انضمام مثل moderato://HOST:PORT/CODE</translation>
    </message>
    <message>
        <source>The host&apos;s certificate is not the one in the join address.</source>
        <translation>شهادة المضيف ليست الشهادة المذكورة في عنوان الانضمام.</translation>
    </message>
</context>
<context>
    <name>net::SharingServer</name>
    <message>
        <source>cannot listen on %1 port %2: %3</source>
        <translation>يتعذّر الاستماع على %1، المنفذ %2: %3</translation>
    </message>
    <message>
        <source>Only text messages are understood.</source>
        <translation>لا تُفهم إلا الرسائل النصية.</translation>
    </message>
    <message>
        <source>this build of Qt has no TLS</source>
        <translation>هذه النسخة من Qt لا تدعم TLS</translation>
    </message>
    <message>
        <source>no TLS library is available (OpenSSL)</source>
        <translation>لا تتوفر مكتبة TLS (OpenSSL)</translation>
    </message>
    <message>
        <source>TLS must be chosen before sharing starts</source>
        <translation>يجب اختيار TLS قبل بدء المشاركة</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>تعذّرت قراءة %1: %2</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate</source>
        <translation>الملف %1 لا يحتوي على شهادة PEM</translation>
    </message>
    <message>
        <source>%1 holds no PEM private key (RSA or EC, without a passphrase)</source>
        <translation>الملف %1 لا يحتوي على مفتاح خاص بصيغة PEM (RSA أو EC، دون عبارة مرور)</translation>
    </message>
</context>
<context>
    <name>ui::AgendaEditor</name>
    <message>
        <source>Opening</source>
        <translation>الافتتاح</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>المتحدث</translation>
    </message>
    <message>
        <source>Audience input</source>
        <translation>مداخلات الحضور</translation>
    </message>
    <message>
        <source>Empty chair</source>
        <translation>الكرسي الفارغ</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>غير ذلك</translation>
    </message>
    <message>
        <source>Move item</source>
        <translation>نقل البند</translation>
    </message>
    <message>
        <source>Edit the agenda</source>
        <translation>تعديل جدول الأعمال</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>البند</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>المدة</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>ال&amp;عنوان:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>ال&amp;نوع:</translation>
    </message>
    <message>
        <source>&amp;Minutes:</source>
        <translation>الد&amp;قائق:</translation>
    </message>
    <message>
        <source>S&amp;peaker:</source>
        <translation>ال&amp;متحدث:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translation>إ&amp;ضافة بند</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>إ&amp;زالة</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>نقل &amp;لأعلى</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>نقل لأ&amp;سفل</translation>
    </message>
    <message>
        <source>&amp;Nest</source>
        <translation>ت&amp;فريع</translation>
    </message>
    <message>
        <source>Un-n&amp;est</source>
        <translation>&amp;إلغاء التفريع</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>إ&amp;غلاق</translation>
    </message>
    <message>
        <source>The clock has started: the agenda can no longer be edited. Lengthen, shorten or re-balance items from the console.</source>
        <translation>بدأت الساعة: لم يعد بالإمكان تعديل جدول الأعمال. يمكنك تمديد البنود أو تقصيرها أو إعادة توزيع وقتها من اللوحة.</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>مجموعة بنود</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>بند جديد</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>إضافة بند</translation>
    </message>
    <message>
        <source>The agenda needs at least one item.</source>
        <translation>يجب أن يتضمن جدول الأعمال بندًا واحدًا على الأقل.</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>إزالة البند</translation>
    </message>
    <message>
        <source>Only an item with an item before it can be nested into that item.</source>
        <translation>لا يمكن جعل البند فرعيًا إلا إذا سبقه بند آخر يُدرج تحته.</translation>
    </message>
    <message>
        <source>Nest item</source>
        <translation>جعل البند فرعيًا</translation>
    </message>
    <message>
        <source>Un-nest item</source>
        <translation>إلغاء تفريع البند</translation>
    </message>
    <message>
        <source>Change length</source>
        <translation>تغيير المدة</translation>
    </message>
    <message>
        <source>An agenda item needs a title.</source>
        <translation>يحتاج بند جدول الأعمال إلى عنوان.</translation>
    </message>
    <message>
        <source>Rename item</source>
        <translation>إعادة تسمية البند</translation>
    </message>
    <message>
        <source>Change kind</source>
        <translation>تغيير النوع</translation>
    </message>
    <message>
        <source>Change speaker</source>
        <translation>تغيير المتحدث</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(لا أحد)</translation>
    </message>
    <message>
        <source>Total %1 of %2</source>
        <translation>المجموع %1 من %2</translation>
    </message>
    <message>
        <source>(%1 over)</source>
        <translation>(زيادة %1)</translation>
    </message>
    <message>
        <source>(%1 left)</source>
        <translation>(يتبقى %1)</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>مل&amp;احظة:</translation>
    </message>
    <message>
        <source>Change note</source>
        <translation>تغيير الملاحظة</translation>
    </message>
    <message>
        <source>Break-out groups</source>
        <translation>المجموعات الفرعية</translation>
    </message>
    <message>
        <source>&amp;Groups…</source>
        <translation>ال&amp;مجموعات…</translation>
    </message>
    <message>
        <source>Groups, topics, places, leaders and members of this break-out item</source>
        <translation>مجموعات هذا البند الفرعية: مواضيعها وأماكنها ومُيسّروها ومقرّروها وأعضاؤها</translation>
    </message>
    <message>
        <source>Give the item the kind &quot;Break-out groups&quot; to edit its groups</source>
        <translation>اجعل نوع البند «المجموعات الفرعية» لتحرير مجموعاته</translation>
    </message>
</context>
<context>
    <name>ui::BalancePanel</name>
    <message>
        <source>not given</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <source>in the room</source>
        <translation>في القاعة</translation>
    </message>
    <message>
        <source>online</source>
        <translation>عبر الإنترنت</translation>
    </message>
    <message>
        <source>hub %1</source>
        <translation>مركز %1</translation>
    </message>
    <message>
        <source>invited speakers</source>
        <translation>المتحدثون المدعوون</translation>
    </message>
    <message>
        <source>moderators</source>
        <translation>مديرو الجلسة</translation>
    </message>
    <message>
        <source>audience</source>
        <translation>الحضور</translation>
    </message>
    <message>
        <source>Floor time appears here once someone has the floor.</source>
        <translation>يظهر وقت الكلام هنا بمجرد أن يأخذ أحد الكلمة.</translation>
    </message>
    <message>
        <source>Stakeholder group</source>
        <translation>مجموعة أصحاب المصلحة</translation>
    </message>
    <message>
        <source>Regional group</source>
        <translation>المجموعة الإقليمية</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>النوع الاجتماعي</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>قناة المشاركة</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %Ln turn(s)</source>
        <translation>
            <numerusform>%1 · لا مداخلات (%Ln)</numerusform>
            <numerusform>%1 · مداخلة واحدة (%Ln)</numerusform>
            <numerusform>%1 · مداخلتان (%Ln)</numerusform>
            <numerusform>%1 · %Ln مداخلات</numerusform>
            <numerusform>%1 · %Ln مداخلةً</numerusform>
            <numerusform>%1 · %Ln مداخلة</numerusform>
        </translation>
    </message>
    <message>
        <source>replies by invited speakers</source>
        <translation>ردود المتحدثين المدعوين</translation>
    </message>
    <message>
        <source>Presentations, replies and audience</source>
        <translation>العروض والردود والحضور</translation>
    </message>
    <message numerus="yes">
        <source>Moderation, not counted above: %1 · %Ln turn(s)</source>
        <translation>
            <numerusform>إدارة الجلسة، غير محسوبة أعلاه: %1 · لا مداخلات (%Ln)</numerusform>
            <numerusform>إدارة الجلسة، غير محسوبة أعلاه: %1 · مداخلة واحدة (%Ln)</numerusform>
            <numerusform>إدارة الجلسة، غير محسوبة أعلاه: %1 · مداخلتان (%Ln)</numerusform>
            <numerusform>إدارة الجلسة، غير محسوبة أعلاه: %1 · %Ln مداخلات</numerusform>
            <numerusform>إدارة الجلسة، غير محسوبة أعلاه: %1 · %Ln مداخلةً</numerusform>
            <numerusform>إدارة الجلسة، غير محسوبة أعلاه: %1 · %Ln مداخلة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::BreakOutActions</name>
    <message>
        <source>Break-out &amp;groups…</source>
        <translation>ال&amp;مجموعات الفرعية…</translation>
    </message>
    <message>
        <source>Next &amp;report-back</source>
        <translation>&amp;عرض النتائج التالي</translation>
    </message>
    <message>
        <source>Give the floor to the next break-out group&apos;s rapporteur</source>
        <translation>إعطاء الكلمة لمقرِّر المجموعة الفرعية التالية</translation>
    </message>
    <message>
        <source>The agenda has no break-out item: give an item the kind &quot;Break-out groups&quot; in the agenda editor.</source>
        <translation>لا يتضمن جدول الأعمال بند مجموعات فرعية: اختر النوع «المجموعات الفرعية» لأحد البنود في محرر جدول الأعمال.</translation>
    </message>
    <message>
        <source>No session is open.</source>
        <translation>لا توجد جلسة مفتوحة.</translation>
    </message>
</context>
<context>
    <name>ui::BreakOutDialog</name>
    <message>
        <source>Break-out groups</source>
        <translation>المجموعات الفرعية</translation>
    </message>
    <message>
        <source>This agenda item is not a break-out item.</source>
        <translation>بند جدول الأعمال هذا ليس بند مجموعات فرعية.</translation>
    </message>
    <message>
        <source>&amp;Add group</source>
        <translation>إ&amp;ضافة مجموعة</translation>
    </message>
    <message>
        <source>&amp;Remove group</source>
        <translation>إ&amp;زالة المجموعة</translation>
    </message>
    <message>
        <source>Report back &amp;earlier</source>
        <translation>تقديم &amp;موعد عرض النتائج</translation>
    </message>
    <message>
        <source>Report back &amp;later</source>
        <translation>تأ&amp;خير موعد عرض النتائج</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>الا&amp;سم:</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>المو&amp;ضوع:</translation>
    </message>
    <message>
        <source>A policy question, or your own words</source>
        <translation>سؤال سياسات، أو صياغتك الخاصة</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>الم&amp;كان:</translation>
    </message>
    <message>
        <source>table 2, left corner…</source>
        <translation>الطاولة 2، الزاوية اليسرى…</translation>
    </message>
    <message>
        <source>&amp;Online</source>
        <translation>عبر الإن&amp;ترنت</translation>
    </message>
    <message>
        <source>&amp;Facilitator:</source>
        <translation>ال&amp;ميسِّر:</translation>
    </message>
    <message>
        <source>Ra&amp;pporteur:</source>
        <translation>ال&amp;مقرِّر:</translation>
    </message>
    <message>
        <source>Who is in which group (drag people between the lists):</source>
        <translation>من في أي مجموعة (اسحب الأشخاص بين القوائم):</translation>
    </message>
    <message>
        <source>&amp;Move to…</source>
        <translation>&amp;نقل إلى…</translation>
    </message>
    <message>
        <source>Assign a&amp;utomatically</source>
        <translation>توزيع &amp;تلقائي</translation>
    </message>
    <message>
        <source>Balanced groups that spread stakeholder groups, regions and genders; possible until the group phase starts</source>
        <translation>مجموعات متوازنة تتوزع فيها مجموعات أصحاب المصلحة والمناطق والأنواع الاجتماعية؛ متاح حتى بدء مرحلة العمل في المجموعات</translation>
    </message>
    <message>
        <source>Add a &amp;latecomer</source>
        <translation>إضافة &amp;متأخر</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>موافق</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Participant %1</source>
        <translation>المشارك %1</translation>
    </message>
    <message>
        <source>online</source>
        <translation>عبر الإنترنت</translation>
    </message>
    <message>
        <source>In no group</source>
        <translation>خارج المجموعات</translation>
    </message>
    <message>
        <source>facilitator</source>
        <translation>الميسِّر</translation>
    </message>
    <message>
        <source>rapporteur</source>
        <translation>المقرِّر</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(لا أحد)</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>المجموعة %1</translation>
    </message>
    <message>
        <source>A group needs a name.</source>
        <translation>تحتاج المجموعة إلى اسم.</translation>
    </message>
    <message>
        <source>There is no such participant.</source>
        <translation>لا يوجد مشارك كهذا.</translation>
    </message>
    <message>
        <source>There is no such group.</source>
        <translation>لا توجد مجموعة كهذه.</translation>
    </message>
    <message>
        <source>The group phase has started: add latecomers or move people by hand.</source>
        <translation>بدأت مرحلة العمل في المجموعات: أضف المتأخرين أو انقل الأشخاص يدويًا.</translation>
    </message>
    <message>
        <source>Group sizes %1–%2. Largest differences between groups: stakeholder groups %3, regions %4, genders %5.</source>
        <translation>أحجام المجموعات %1–%2. أكبر الفروق بين المجموعات: مجموعات أصحاب المصلحة %3، والمناطق %4، والأنواع الاجتماعية %5.</translation>
    </message>
    <message>
        <source>Choose who came late.</source>
        <translation>اختر من تأخر في الحضور.</translation>
    </message>
    <message>
        <source>%1 joins %2.</source>
        <translation>ينضم %1 إلى %2.</translation>
    </message>
    <message>
        <source>Select someone in a group&apos;s list first.</source>
        <translation>اختر أولًا شخصًا من قائمة إحدى المجموعات.</translation>
    </message>
    <message>
        <source>Edit break-out groups</source>
        <translation>تعديل المجموعات الفرعية</translation>
    </message>
    <message numerus="yes">
        <source>%Ln person&apos;s own choice could not be kept.</source>
        <translation>
            <numerusform>تعذّر احترام اختيار %Ln شخص.</numerusform>
            <numerusform>تعذّر احترام اختيار شخص واحد (%Ln).</numerusform>
            <numerusform>تعذّر احترام اختيار شخصين (%Ln).</numerusform>
            <numerusform>تعذّر احترام اختيار %Ln أشخاص.</numerusform>
            <numerusform>تعذّر احترام اختيار %Ln شخصًا.</numerusform>
            <numerusform>تعذّر احترام اختيار %Ln شخص.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::BriefingDialog</name>
    <message>
        <source>Briefing pack</source>
        <translation>ملف الإحاطة</translation>
    </message>
    <message>
        <source>Show the &amp;date</source>
        <translation>إ&amp;ظهار التاريخ</translation>
    </message>
    <message>
        <source>Include the prepared &amp;questions</source>
        <translation>تضمين الأ&amp;سئلة المعدّة مسبقًا</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>&amp;تصدير PDF…</translation>
    </message>
    <message>
        <source>Export &amp;Markdown…</source>
        <translation>تص&amp;دير Markdown…</translation>
    </message>
    <message>
        <source>&amp;Starts at:</source>
        <translation>وقت ال&amp;بدء:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>التاريخ:</translation>
    </message>
    <message>
        <source>Export the briefing pack</source>
        <translation>تصدير ملف الإحاطة</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>مستندات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>The briefing pack could not be written: %1</source>
        <translation>تعذّرت كتابة ملف الإحاطة: %1</translation>
    </message>
</context>
<context>
    <name>ui::CaptionControl</name>
    <message>
        <source>Follow a caption file</source>
        <translation>متابعة ملف ترجمة نصية</translation>
    </message>
    <message>
        <source>Captions (*.txt *.srt *.vtt);;All files (*)</source>
        <translation>ترجمات نصية (*.txt *.srt *.vtt);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>Following %1: each new line is shown.</source>
        <translation>تجري متابعة %1: يُعرض كل سطر جديد.</translation>
    </message>
    <message>
        <source>No caption file is followed.</source>
        <translation>لا تجري متابعة أي ملف ترجمة نصية.</translation>
    </message>
    <message>
        <source>&amp;Captions</source>
        <translation>ال&amp;ترجمة النصية</translation>
    </message>
    <message>
        <source>&amp;Show captions</source>
        <translation>&amp;عرض الترجمة النصية</translation>
    </message>
    <message>
        <source>Caption si&amp;ze</source>
        <translation>&amp;حجم الترجمة النصية</translation>
    </message>
    <message>
        <source>&amp;Small</source>
        <translation>&amp;صغير</translation>
    </message>
    <message>
        <source>&amp;Medium</source>
        <translation>&amp;متوسط</translation>
    </message>
    <message>
        <source>&amp;Large</source>
        <translation>&amp;كبير</translation>
    </message>
    <message>
        <source>&amp;Type captions…</source>
        <translation>&amp;كتابة الترجمة النصية…</translation>
    </message>
    <message>
        <source>&amp;Follow a caption file…</source>
        <translation>م&amp;تابعة ملف ترجمة نصية…</translation>
    </message>
    <message>
        <source>S&amp;top following the caption file</source>
        <translation>&amp;إيقاف متابعة ملف الترجمة النصية</translation>
    </message>
    <message>
        <source>Captions</source>
        <translation>الترجمة النصية</translation>
    </message>
    <message>
        <source>Speaker:</source>
        <translation>المتحدث:</translation>
    </message>
    <message>
        <source>Optional: who is speaking</source>
        <translation>اختياري: من يتحدث</translation>
    </message>
    <message>
        <source>Type a caption line and press Enter</source>
        <translation>اكتب سطر ترجمة نصية واضغط Enter</translation>
    </message>
</context>
<context>
    <name>ui::EmptyChairView</name>
    <message>
        <source>The empty chair is closed.</source>
        <translation>الكرسي الفارغ مغلق.</translation>
    </message>
    <message>
        <source>Invite the room to the empty chair (C)</source>
        <translation>دعوة القاعة إلى الكرسي الفارغ (C)</translation>
    </message>
    <message>
        <source>The empty chair is open: anyone in the room may take it; online participants join through the online moderator.</source>
        <translation>الكرسي الفارغ مفتوح: يمكن لأي شخص في القاعة الجلوس عليه؛ وينضم المشاركون عبر الإنترنت من خلال مدير الجلسة عبر الإنترنت.</translation>
    </message>
    <message>
        <source>Close the empty chair (C)</source>
        <translation>إغلاق الكرسي الفارغ (C)</translation>
    </message>
    <message>
        <source>%1 replies to the empty chair.</source>
        <translation>%1 يرد على الكرسي الفارغ.</translation>
    </message>
    <message>
        <source>%1 sits in the empty chair (%2).</source>
        <translation>%1 يجلس على الكرسي الفارغ (%2).</translation>
    </message>
    <message>
        <source>The empty chair is taken.</source>
        <translation>الكرسي الفارغ مشغول.</translation>
    </message>
    <message>
        <source>Release the empty chair (C)</source>
        <translation>إخلاء الكرسي الفارغ (C)</translation>
    </message>
    <message>
        <source>The speaker has finished: invite the room to the empty chair now (C).</source>
        <translation>أنهى المتحدث كلمته: ادعُ القاعة الآن إلى الكرسي الفارغ (C).</translation>
    </message>
    <message>
        <source>The online moderator claims the empty chair for %1 (%2).</source>
        <translation>يطلب مدير الجلسة عبر الإنترنت الكرسي الفارغ نيابةً عن %1 (%2).</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1، %2، %3</translation>
    </message>
    <message>
        <source>Nobody has taken the empty chair yet.</source>
        <translation>لم يجلس أحد على الكرسي الفارغ بعد.</translation>
    </message>
    <message>
        <source>In the chair so far: %1</source>
        <translation>من جلسوا على الكرسي حتى الآن: %1</translation>
    </message>
    <message>
        <source>Open or close the empty &amp;chair</source>
        <translation>فتح الكرسي الفارغ أو إ&amp;غلاقه</translation>
    </message>
    <message>
        <source>&amp;Accept the claim on the empty chair</source>
        <translation>ق&amp;بول طلب الكرسي الفارغ</translation>
    </message>
    <message>
        <source>Empty chair</source>
        <translation>الكرسي الفارغ</translation>
    </message>
    <message>
        <source>Accept (A)</source>
        <translation>قبول (A)</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>رفض</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>عبر الإنترنت</translation>
    </message>
    <message>
        <source>Take the chair</source>
        <translation>الجلوس على الكرسي</translation>
    </message>
    <message>
        <source>Remote participant (for the online moderator)</source>
        <translation>مشارك عن بُعد (لمدير الجلسة عبر الإنترنت)</translation>
    </message>
    <message>
        <source>Claim for them</source>
        <translation>الطلب نيابةً عنه</translation>
    </message>
    <message>
        <source>Speaker replies</source>
        <translation>رد المتحدث</translation>
    </message>
    <message>
        <source>%1 (%2) asks for the empty chair from their phone.</source>
        <translation>يطلب %1 (%2) الكرسي الفارغ من هاتفه.</translation>
    </message>
    <message>
        <source>Who takes the chair: name, group, region, gender, room or online</source>
        <translation>من يجلس على الكرسي: الاسم، المجموعة، المنطقة، النوع الاجتماعي، room أو online</translation>
    </message>
</context>
<context>
    <name>ui::FloorHolderView</name>
    <message>
        <source>Give the floor to %1 (S)</source>
        <translation>إعطاء الكلمة إلى %1 (S)</translation>
    </message>
    <message>
        <source>Give the floor to the speaker (S)</source>
        <translation>إعطاء الكلمة للمتحدث (S)</translation>
    </message>
    <message>
        <source>Nobody holds the floor</source>
        <translation>لا أحد لديه الكلمة</translation>
    </message>
    <message>
        <source>invited speaker</source>
        <translation>متحدث مدعو</translation>
    </message>
    <message>
        <source>intervention</source>
        <translation>مداخلة من الحضور</translation>
    </message>
    <message>
        <source>in the empty chair, through the online moderator</source>
        <translation>على الكرسي الفارغ، من خلال مدير الجلسة عبر الإنترنت</translation>
    </message>
    <message>
        <source>in the empty chair</source>
        <translation>على الكرسي الفارغ</translation>
    </message>
    <message>
        <source>reply to the empty chair</source>
        <translation>رد على الكرسي الفارغ</translation>
    </message>
    <message>
        <source>Give the floor to the &amp;speaker</source>
        <translation>إعطاء الكلمة لل&amp;متحدث</translation>
    </message>
    <message>
        <source>&amp;End the turn</source>
        <translation>إ&amp;نهاء المداخلة</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>الكلمة</translation>
    </message>
    <message>
        <source>End turn (Y)</source>
        <translation>إنهاء المداخلة (Y)</translation>
    </message>
    <message>
        <source>reply</source>
        <translation>رد</translation>
    </message>
    <message>
        <source>moderation</source>
        <translation>إدارة الجلسة</translation>
    </message>
</context>
<context>
    <name>ui::FloorPart</name>
    <message>
        <source>in the room</source>
        <translation>في القاعة</translation>
    </message>
    <message>
        <source>online</source>
        <translation>عبر الإنترنت</translation>
    </message>
    <message>
        <source>hub %1</source>
        <translation>مركز %1</translation>
    </message>
</context>
<context>
    <name>ui::GlossaryDialog</name>
    <message>
        <source>Glossary</source>
        <translation>مسرد المصطلحات</translation>
    </message>
    <message>
        <source>Key terms of the session with short explanations, for the room&apos;s non-native speakers. The room display shows them as a scene, or one at a time.</source>
        <translation>المصطلحات الرئيسية في الجلسة مع شروح موجزة، للحاضرين في القاعة ممن ليست لغتها لغتهم الأم. وتعرضها شاشة القاعة في مشهد خاص بها، أو واحدًا تلو الآخر.</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>المصطلح</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>الشرح</translation>
    </message>
    <message>
        <source>&amp;Add a term</source>
        <translation>إ&amp;ضافة مصطلح</translation>
    </message>
    <message>
        <source>&amp;Remove the term</source>
        <translation>إ&amp;زالة المصطلح</translation>
    </message>
    <message>
        <source>Edit the glossary</source>
        <translation>تعديل مسرد المصطلحات</translation>
    </message>
</context>
<context>
    <name>ui::JoinDialog</name>
    <message>
        <source>Join a shared session</source>
        <translation>الانضمام إلى جلسة مشتركة</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>انضمام</translation>
    </message>
    <message>
        <source>The moderator&apos;s Moderato shows an address for each role under File › Share on the network. Type or paste the one for your role; it decides what you can do.</source>
        <translation>يعرض برنامج Moderato لدى مدير الجلسة عنوانًا لكل دور في قائمة «ملف» ثم «مشاركة عبر الشبكة». اكتب عنوان دورك أو الصقه؛ فهو يحدد ما يمكنك فعله.</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>ال&amp;عنوان:</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>ا&amp;سمك:</translation>
    </message>
</context>
<context>
    <name>ui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>الجلسات ال&amp;حديثة</translation>
    </message>
    <message>
        <source>&amp;Clock</source>
        <translation>ال&amp;ساعة</translation>
    </message>
    <message>
        <source>&amp;Go to agenda item</source>
        <translation>الا&amp;نتقال إلى بند في جدول الأعمال</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>ال&amp;لغة</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>مساع&amp;دة</translation>
    </message>
    <message>
        <source>&amp;New session…</source>
        <translation>جلسة &amp;جديدة…</translation>
    </message>
    <message>
        <source>&amp;Open session…</source>
        <translation>&amp;فتح جلسة…</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>حفظ &amp;باسم…</translation>
    </message>
    <message>
        <source>Write a copy of the session file and continue in the copy</source>
        <translation>كتابة نسخة من ملف الجلسة ومتابعة العمل في النسخة</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Start or pause</source>
        <translation>&amp;بدء أو إيقاف مؤقت</translation>
    </message>
    <message>
        <source>Start or &amp;resume</source>
        <translation>بدء أو &amp;استئناف</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>إيقاف &amp;مؤقت</translation>
    </message>
    <message>
        <source>&amp;Next agenda item</source>
        <translation>البند التا&amp;لي</translation>
    </message>
    <message>
        <source>&amp;Previous agenda item</source>
        <translation>البند ال&amp;سابق</translation>
    </message>
    <message>
        <source>Add one &amp;minute</source>
        <translation>إضافة &amp;دقيقة</translation>
    </message>
    <message>
        <source>Remove one m&amp;inute</source>
        <translation>إنقاص د&amp;قيقة</translation>
    </message>
    <message>
        <source>Re-&amp;balance the agenda</source>
        <translation>إعادة &amp;توزيع وقت جدول الأعمال</translation>
    </message>
    <message>
        <source>&amp;End the session…</source>
        <translation>&amp;إنهاء الجلسة…</translation>
    </message>
    <message>
        <source>&amp;Mute chimes</source>
        <translation>&amp;كتم رنين التنبيه</translation>
    </message>
    <message>
        <source>&amp;About Moderato</source>
        <translation>&amp;حول Moderato</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>السابق</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source>−1 min</source>
        <translation>−1 دقيقة</translation>
    </message>
    <message>
        <source>+1 min</source>
        <translation>+1 دقيقة</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>كتم</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>قبول</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>رفض</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>المنقضي</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>المتبقي</translation>
    </message>
    <message>
        <source>Projected end</source>
        <translation>النهاية المتوقعة</translation>
    </message>
    <message>
        <source>Against plan</source>
        <translation>مقارنة بالخطة</translation>
    </message>
    <message>
        <source>No session is open.</source>
        <translation>لا توجد جلسة مفتوحة.</translation>
    </message>
    <message>
        <source>Not started: press Space to start the clock.</source>
        <translation>لم تبدأ: اضغط مفتاح المسافة لبدء الساعة.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>بدء</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>جارية</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>إيقاف مؤقت</translation>
    </message>
    <message>
        <source>Paused for %1</source>
        <translation>متوقفة مؤقتًا منذ %1</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>استئناف</translation>
    </message>
    <message>
        <source>The session has ended.</source>
        <translation>انتهت الجلسة.</translation>
    </message>
    <message>
        <source>planned %1</source>
        <translation>المخطط %1</translation>
    </message>
    <message>
        <source>Next: %1 (%2)</source>
        <translation>التالي: %1 (%2)</translation>
    </message>
    <message>
        <source>Next: end of the session</source>
        <translation>التالي: نهاية الجلسة</translation>
    </message>
    <message>
        <source>%1 behind</source>
        <translation>بتأخير %1</translation>
    </message>
    <message>
        <source>%1 ahead</source>
        <translation>بتقدّم %1</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>في الموعد</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 ← %3</translation>
    </message>
    <message numerus="yes">
        <source>Running %1 behind. Shorten %Ln item(s) not yet started so the session ends on time; the summary keeps its time.</source>
        <translation>
            <numerusform>الجلسة متأخرة بمقدار %1. يُقترح تقصير %Ln من البنود التي لم تبدأ بعد لتنتهي الجلسة في موعدها، مع الإبقاء على وقت الملخص.</numerusform>
            <numerusform>الجلسة متأخرة بمقدار %1. يُقترح تقصير بند واحد (%Ln) لم يبدأ بعد لتنتهي الجلسة في موعدها، مع الإبقاء على وقت الملخص.</numerusform>
            <numerusform>الجلسة متأخرة بمقدار %1. يُقترح تقصير بندين (%Ln) لم يبدآ بعد لتنتهي الجلسة في موعدها، مع الإبقاء على وقت الملخص.</numerusform>
            <numerusform>الجلسة متأخرة بمقدار %1. يُقترح تقصير %Ln بنود لم تبدأ بعد لتنتهي الجلسة في موعدها، مع الإبقاء على وقت الملخص.</numerusform>
            <numerusform>الجلسة متأخرة بمقدار %1. يُقترح تقصير %Ln بندًا لم تبدأ بعد لتنتهي الجلسة في موعدها، مع الإبقاء على وقت الملخص.</numerusform>
            <numerusform>الجلسة متأخرة بمقدار %1. يُقترح تقصير %Ln بند لم تبدأ بعد لتنتهي الجلسة في موعدها، مع الإبقاء على وقت الملخص.</numerusform>
        </translation>
    </message>
    <message>
        <source>Even so, the session ends %1 late.</source>
        <translation>ومع ذلك، تنتهي الجلسة بتأخير %1.</translation>
    </message>
    <message>
        <source>Nothing to re-balance: the session is on time or no item can be shortened.</source>
        <translation>لا يوجد ما يُعاد توزيعه: الجلسة في موعدها أو لا يمكن تقصير أي بند.</translation>
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
        <translation>%1 (عرض توضيحي يُحتفظ به حتى الخروج فقط؛ استخدم «حفظ باسم» للاحتفاظ به) — Moderato</translation>
    </message>
    <message>
        <source>This is the demo workshop in a temporary file.</source>
        <translation>هذه ورشة العرض التوضيحي في ملف مؤقت.</translation>
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
        <translation>فتح جلسة</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>جلسة جديدة</translation>
    </message>
    <message>
        <source>Moderato sessions (*.moderato)</source>
        <translation>جلسات Moderato (*.moderato)</translation>
    </message>
    <message>
        <source>Save session as</source>
        <translation>حفظ الجلسة باسم</translation>
    </message>
    <message>
        <source>End the session</source>
        <translation>إنهاء الجلسة</translation>
    </message>
    <message>
        <source>End the session now? The clock stops for good; the record stays.</source>
        <translation>هل تريد إنهاء الجلسة الآن؟ ستتوقف الساعة نهائيًا، ويبقى السجل محفوظًا.</translation>
    </message>
    <message>
        <source>About Moderato</source>
        <translation>حول Moderato</translation>
    </message>
    <message>
        <source>Moderato %1
The moderator&apos;s console for multi-stakeholder workshops.</source>
        <translation>Moderato %1
لوحة مدير الجلسة لورش العمل متعددة أصحاب المصلحة.</translation>
    </message>
    <message>
        <source>no session is open</source>
        <translation>لا توجد جلسة مفتوحة</translation>
    </message>
    <message>
        <source>F&amp;loor</source>
        <translation>ال&amp;كلمة</translation>
    </message>
    <message>
        <source>Balance of the floor</source>
        <translation>توازن وقت الكلام</translation>
    </message>
    <message>
        <source>Next page or agenda item (clicker)</source>
        <translation>الصفحة التالية أو البند التالي (جهاز التحكم بالعرض)</translation>
    </message>
    <message>
        <source>Previous page or agenda item (clicker)</source>
        <translation>الصفحة السابقة أو البند السابق (جهاز التحكم بالعرض)</translation>
    </message>
    <message>
        <source>Rapporteur&apos;s notes</source>
        <translation>ملاحظات المقرِّر</translation>
    </message>
    <message>
        <source>Session re&amp;port…</source>
        <translation>&amp;تقرير الجلسة…</translation>
    </message>
    <message>
        <source>&amp;Prepare</source>
        <translation>ال&amp;تحضير</translation>
    </message>
    <message>
        <source>&amp;Import workshop proposal…</source>
        <translation>ا&amp;ستيراد مقترح ورشة عمل…</translation>
    </message>
    <message>
        <source>Make a new session from an IGF workshop proposal copied as text</source>
        <translation>إنشاء جلسة جديدة من مقترح ورشة عمل لمنتدى إدارة الإنترنت منسوخ كنص</translation>
    </message>
    <message>
        <source>Edit the &amp;agenda…</source>
        <translation>تعديل &amp;جدول الأعمال…</translation>
    </message>
    <message>
        <source>&amp;People…</source>
        <translation>الأ&amp;شخاص…</translation>
    </message>
    <message>
        <source>Prepared &amp;questions…</source>
        <translation>الأ&amp;سئلة المعدّة مسبقًا…</translation>
    </message>
    <message>
        <source>Session &amp;settings…</source>
        <translation>إ&amp;عدادات الجلسة…</translation>
    </message>
    <message>
        <source>&amp;Briefing pack…</source>
        <translation>&amp;ملف الإحاطة…</translation>
    </message>
    <message>
        <source>Import workshop proposal</source>
        <translation>استيراد مقترح ورشة عمل</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>ملفات نصية (*.txt);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>The proposal could not be read: %1</source>
        <translation>تعذّرت قراءة المقترح: %1</translation>
    </message>
    <message>
        <source>Session &amp;details…</source>
        <translation>&amp;تفاصيل الجلسة…</translation>
    </message>
    <message>
        <source>Another Moderato window asked to open this session, which is open here.</source>
        <translation>طلبت نافذة أخرى من Moderato فتح هذه الجلسة، وهي مفتوحة هنا.</translation>
    </message>
    <message>
        <source>%1 is open in another window or on another computer, which is the only one that may write to it.

You can look at it here without changing it, or save a copy and continue in the copy.</source>
        <translation>%1 مفتوح في نافذة أخرى أو على حاسوب آخر، وهو الوحيد الذي يمكنه الكتابة فيه.

يمكنك الاطلاع عليه هنا دون تغييره، أو حفظ نسخة منه ومتابعة العمل في النسخة.</translation>
    </message>
    <message>
        <source>Open &amp;read-only</source>
        <translation>&amp;فتح للقراءة فقط</translation>
    </message>
    <message>
        <source>&amp;Save a copy…</source>
        <translation>&amp;حفظ نسخة…</translation>
    </message>
    <message>
        <source>%1 — %2 (read-only) — Moderato</source>
        <translation>%1 — %2 (للقراءة فقط) — Moderato</translation>
    </message>
    <message>
        <source>Read-only: nothing is recorded here. Use Save as to continue in a copy.</source>
        <translation>للقراءة فقط: لا يُسجَّل أي شيء هنا. استخدم «حفظ باسم» لمتابعة العمل في نسخة.</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>تح&amp;رير</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <extracomment>Edit menu; %1 names the step, such as &quot;Rename item&quot;</extracomment>
        <translation>&amp;تراجع: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <extracomment>Edit menu; %1 names the step, such as &quot;Rename item&quot;</extracomment>
        <translation>إ&amp;عادة: %1</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>S&amp;hare on the network…</source>
        <translation>م&amp;شاركة عبر الشبكة…</translation>
    </message>
    <message>
        <source>Message to the moderator</source>
        <translation>رسالة إلى مدير الجلسة</translation>
    </message>
    <message>
        <source>A short message for the moderator&apos;s console:</source>
        <translation>رسالة قصيرة إلى لوحة مدير الجلسة:</translation>
    </message>
    <message>
        <source>&amp;Join a shared session…</source>
        <translation>&amp;الانضمام إلى جلسة مشتركة…</translation>
    </message>
    <message>
        <source>&amp;Message to the moderator…</source>
        <translation>&amp;رسالة إلى مدير الجلسة…</translation>
    </message>
    <message>
        <source>Only the moderator&apos;s own Moderato shares the session.</source>
        <translation>لا يشارك الجلسة إلا برنامج Moderato الخاص بمدير الجلسة.</translation>
    </message>
    <message>
        <source>Joining a shared session — Moderato</source>
        <translation>الانضمام إلى جلسة مشتركة — Moderato</translation>
    </message>
    <message>
        <source>%1 — joined as %2 — Moderato</source>
        <extracomment>%1 is the session&apos;s name, %2 the role (&quot;Rapporteur&quot;) this window joined in</extracomment>
        <translation>%1 — منضم بدور %2 — Moderato</translation>
    </message>
    <message>
        <source>%1 — %2 (a joined device&apos;s copy, read-only) — Moderato</source>
        <extracomment>%1 is the session&apos;s name, %2 the file&apos;s</extracomment>
        <translation>%1 — %2 (نسخة جهاز منضم، للقراءة فقط) — Moderato</translation>
    </message>
    <message>
        <source>Saved a copy of the shared session so far as %1; this window keeps following the host.</source>
        <translation>حُفظت نسخة من الجلسة المشتركة حتى الآن باسم %1؛ وتبقى هذه النافذة تتابع المضيف.</translation>
    </message>
    <message>
        <source>give the name you join with</source>
        <translation>أدخل الاسم الذي تنضم به</translation>
    </message>
    <message>
        <source>The host refused this device: %1</source>
        <translation>رفض المضيف هذا الجهاز: %1</translation>
    </message>
    <message>
        <source>Join a shared session</source>
        <translation>الانضمام إلى جلسة مشتركة</translation>
    </message>
    <message>
        <source>Not connected to the host: the message was not sent.</source>
        <translation>غير متصل بالمضيف: لم تُرسَل الرسالة.</translation>
    </message>
    <message>
        <source>Sent to the moderator: %1</source>
        <translation>أُرسلت إلى مدير الجلسة: %1</translation>
    </message>
    <message>
        <source>Not connected: the host refused this device (%1).</source>
        <translation>غير متصل: رفض المضيف هذا الجهاز (%1).</translation>
    </message>
    <message>
        <source>Online as %1 · %2 ms to the host</source>
        <translation>متصل بدور %1 · %2 مللي ثانية إلى المضيف</translation>
    </message>
    <message>
        <source>Online as %1</source>
        <translation>متصل بدور %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) on the way</source>
        <translation>
            <numerusform>لا تغييرات قيد الإرسال (%Ln)</numerusform>
            <numerusform>تغيير واحد قيد الإرسال (%Ln)</numerusform>
            <numerusform>تغييران قيد الإرسال (%Ln)</numerusform>
            <numerusform>%Ln تغييرات قيد الإرسال</numerusform>
            <numerusform>%Ln تغييرًا قيد الإرسال</numerusform>
            <numerusform>%Ln تغيير قيد الإرسال</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline since %1: you keep working on the last copy; what you do is sent when the connection returns.</source>
        <translation>غير متصل منذ %1: تواصل العمل على آخر نسخة، وسيُرسَل ما تفعله عند عودة الاتصال.</translation>
    </message>
    <message>
        <source>Connecting to the host…</source>
        <translation>جارٍ الاتصال بالمضيف…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) kept on this device.</source>
        <translation>
            <numerusform>لا تغييرات محفوظة على هذا الجهاز (%Ln).</numerusform>
            <numerusform>تغيير واحد محفوظ على هذا الجهاز (%Ln).</numerusform>
            <numerusform>تغييران محفوظان على هذا الجهاز (%Ln).</numerusform>
            <numerusform>%Ln تغييرات محفوظة على هذا الجهاز.</numerusform>
            <numerusform>%Ln تغييرًا محفوظًا على هذا الجهاز.</numerusform>
            <numerusform>%Ln تغيير محفوظ على هذا الجهاز.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>غير متصل: %1</translation>
    </message>
    <message>
        <source>Participants&apos; phones</source>
        <translation>هواتف المشاركين</translation>
    </message>
</context>
<context>
    <name>ui::PeopleEditor</name>
    <message>
        <source>onsite</source>
        <translation>حضوريًا</translation>
    </message>
    <message>
        <source>online</source>
        <translation>عبر الإنترنت</translation>
    </message>
    <message>
        <source>hub: %1</source>
        <translation>مركز: %1</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>المتحدث</translation>
    </message>
    <message>
        <source>Onsite moderator</source>
        <translation>مدير الجلسة الحضوري</translation>
    </message>
    <message>
        <source>Online moderator</source>
        <translation>مدير الجلسة عبر الإنترنت</translation>
    </message>
    <message>
        <source>Rapporteur</source>
        <translation>المقرِّر</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>الحضور</translation>
    </message>
    <message>
        <source>New participant</source>
        <translation>مشارك جديد</translation>
    </message>
    <message>
        <source>New participant %1</source>
        <translation>مشارك جديد %1</translation>
    </message>
    <message>
        <source>People</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <source>Stakeholder group</source>
        <translation>مجموعة أصحاب المصلحة</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>النوع الاجتماعي</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>قناة المشاركة</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>الأدوار</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>ال&amp;اسم:</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>ال&amp;منظمة:</translation>
    </message>
    <message>
        <source>Stakeholder &amp;group:</source>
        <translation>م&amp;جموعة أصحاب المصلحة:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>المن&amp;طقة:</translation>
    </message>
    <message>
        <source>Gen&amp;der:</source>
        <translation>ال&amp;نوع الاجتماعي:</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;قناة المشاركة:</translation>
    </message>
    <message>
        <source>&amp;Hub:</source>
        <translation>المر&amp;كز:</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>الأدوار:</translation>
    </message>
    <message>
        <source>remote hub</source>
        <translation>مركز عن بُعد</translation>
    </message>
    <message>
        <source>as the person describes it; optional</source>
        <translation>كما يصفه الشخص؛ اختياري</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>إ&amp;ضافة</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>ا&amp;ستيراد CSV…</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>ت&amp;صدير CSV…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Who has spoken, asked to speak or claimed the chair stays in the session&apos;s record.</source>
        <translation>يبقى في سجل الجلسة كل من تكلّم أو طلب الكلمة أو طلب الكرسي.</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>إضافة %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>تعديل %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>إزالة %1</translation>
    </message>
    <message>
        <source>no session is open</source>
        <translation>لا توجد جلسة مفتوحة</translation>
    </message>
    <message>
        <source>Import people</source>
        <translation>استيراد الأشخاص</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be updated</source>
        <translation>تعذّر تحديث «%1»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be added</source>
        <translation>تعذّرت إضافة «%1»</translation>
    </message>
    <message>
        <source>%1 added, %2 updated.</source>
        <translation>أُضيف: %1، حُدِّث: %2.</translation>
    </message>
    <message>
        <source>cannot write &quot;%1&quot;: %2</source>
        <translation>تعذّرت كتابة «%1»: %2</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>ملفات CSV (*.csv);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>Export people</source>
        <translation>تصدير الأشخاص</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <source>A participant needs a name.</source>
        <translation>يحتاج المشارك إلى اسم.</translation>
    </message>
    <message>
        <source>Remote hub</source>
        <translation>مركز عن بُعد</translation>
    </message>
</context>
<context>
    <name>ui::PhonesPanel</name>
    <message>
        <source>in the room</source>
        <translation>في القاعة</translation>
    </message>
    <message>
        <source>online</source>
        <translation>عبر الإنترنت</translation>
    </message>
    <message>
        <source>at a hub</source>
        <translation>من أحد المراكز</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>من %1</translation>
    </message>
    <message>
        <source>someone who left</source>
        <translation>شخص غادر</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A participant&apos;s name and their stakeholder group</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>for policy question %1: %2</source>
        <translation>بشأن سؤال السياسات %1: %2</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>موجّه إلى %1</translation>
    </message>
    <message>
        <source>Inbox (%1)</source>
        <translation>صندوق الوارد (%1)</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>صندوق الوارد</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>محظور</translation>
    </message>
    <message>
        <source>Phone %1</source>
        <translation>الهاتف %1</translation>
    </message>
    <message>
        <source>Phones (%1)</source>
        <translation>الهواتف (%1)</translation>
    </message>
    <message>
        <source>The room PIN and the page&apos;s address are on the host&apos;s console.</source>
        <translation>رمز PIN للقاعة وعنوان الصفحة معروضان على لوحة المضيف.</translation>
    </message>
    <message>
        <source>Share the session on the network (File › Share on the network…) to let participants join from their phones.</source>
        <translation>شارك الجلسة عبر الشبكة (من قائمة «ملف» ثم «مشاركة عبر الشبكة…») ليتمكن المشاركون من الانضمام من هواتفهم.</translation>
    </message>
    <message>
        <source>Room PIN: %1 %2</source>
        <extracomment>The room PIN, shown in two groups of three digits</extracomment>
        <translation>رمز PIN للقاعة: %1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln phone(s) connected</source>
        <translation>
            <numerusform>لا هواتف متصلة (%Ln)</numerusform>
            <numerusform>هاتف واحد متصل (%Ln)</numerusform>
            <numerusform>هاتفان متصلان (%Ln)</numerusform>
            <numerusform>%Ln هواتف متصلة</numerusform>
            <numerusform>%Ln هاتفًا متصلًا</numerusform>
            <numerusform>%Ln هاتف متصل</numerusform>
        </translation>
    </message>
    <message>
        <source>Participants open %1</source>
        <translation>يفتح المشاركون %1</translation>
    </message>
    <message>
        <source> or </source>
        <translation> أو </translation>
    </message>
    <message>
        <source>Participants may join from their phones</source>
        <translation>يمكن للمشاركين الانضمام من هواتفهم</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>رمز PIN جديد</translation>
    </message>
    <message>
        <source>Phones that joined stay; new ones need the new PIN.</source>
        <translation>تبقى الهواتف المنضمة متصلة؛ وتحتاج الهواتف الجديدة إلى الرمز الجديد.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>Question or comment</source>
        <translation>السؤال أو التعليق</translation>
    </message>
    <message>
        <source>Read out</source>
        <translation>قراءة بصوت عالٍ</translation>
    </message>
    <message>
        <source>Show to the room</source>
        <translation>عرض على القاعة</translation>
    </message>
    <message>
        <source>Add to prepared questions</source>
        <translation>إضافة إلى الأسئلة المعدّة مسبقًا</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <source>Takeaway</source>
        <translation>الخلاصة</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>اتفاق</translation>
    </message>
    <message>
        <source>Disagree</source>
        <translation>اختلاف</translation>
    </message>
    <message>
        <source>Reactions</source>
        <translation>التفاعلات</translation>
    </message>
    <message>
        <source>Their takeaways</source>
        <translation>خلاصاتهم</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Stakeholder group</source>
        <translation>مجموعة أصحاب المصلحة</translation>
    </message>
    <message>
        <source>Taking part</source>
        <translation>طريقة المشاركة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>حظر</translation>
    </message>
    <message>
        <source>Its requests disappear and it can no longer send anything.</source>
        <translation>تختفي طلباته ولا يعود بإمكانه إرسال أي شيء.</translation>
    </message>
    <message>
        <source>Unblock</source>
        <translation>إلغاء الحظر</translation>
    </message>
    <message>
        <source>Seconds between two questions of a phone:</source>
        <translation>الثواني بين سؤالين من الهاتف نفسه:</translation>
    </message>
    <message>
        <source>Questions of a phone waiting at most:</source>
        <translation>الحد الأقصى للأسئلة المنتظرة من كل هاتف:</translation>
    </message>
    <message>
        <source>Apply limits</source>
        <translation>تطبيق الحدود</translation>
    </message>
</context>
<context>
    <name>ui::ProposalImportDialog</name>
    <message>
        <source>Import workshop proposal</source>
        <translation>استيراد مقترح ورشة عمل</translation>
    </message>
    <message>
        <source>Format: %1</source>
        <translation>الصيغة: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln speaker(s), %1 policy question(s)</source>
        <translation>
            <numerusform>لا متحدثين (%Ln)، أسئلة السياسات: %1</numerusform>
            <numerusform>متحدث واحد (%Ln)، أسئلة السياسات: %1</numerusform>
            <numerusform>متحدثان (%Ln)، أسئلة السياسات: %1</numerusform>
            <numerusform>%Ln متحدثين، أسئلة السياسات: %1</numerusform>
            <numerusform>%Ln متحدثًا، أسئلة السياسات: %1</numerusform>
            <numerusform>%Ln متحدث، أسئلة السياسات: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Agenda: %Ln item(s), %1</source>
        <translation>
            <numerusform>جدول الأعمال: لا بنود (%Ln)، %1</numerusform>
            <numerusform>جدول الأعمال: بند واحد (%Ln)، %1</numerusform>
            <numerusform>جدول الأعمال: بندان (%Ln)، %1</numerusform>
            <numerusform>جدول الأعمال: %Ln بنود، %1</numerusform>
            <numerusform>جدول الأعمال: %Ln بندًا، %1</numerusform>
            <numerusform>جدول الأعمال: %Ln بند، %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The proposal has no agenda: one was built for its format. Check it in Prepare &gt; Edit the agenda.</source>
        <translation>لا يتضمن المقترح جدول أعمال: فأُنشئ جدول أعمال وفق صيغته. راجعه من التحضير &gt; تعديل جدول الأعمال.</translation>
    </message>
    <message>
        <source>The agenda is %1 longer than the session; nothing was changed.</source>
        <translation>جدول الأعمال أطول من الجلسة بمقدار %1؛ لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>The agenda is %1 shorter than the session; nothing was changed.</source>
        <translation>جدول الأعمال أقصر من الجلسة بمقدار %1؛ لم يُغيَّر شيء.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln thing(s) could not be read; see the details.</source>
        <translation>
            <numerusform>لا عناصر تعذّرت قراءتها (%Ln)؛ راجع التفاصيل.</numerusform>
            <numerusform>تعذّرت قراءة عنصر واحد (%Ln)؛ راجع التفاصيل.</numerusform>
            <numerusform>تعذّرت قراءة عنصرين (%Ln)؛ راجع التفاصيل.</numerusform>
            <numerusform>تعذّرت قراءة %Ln عناصر؛ راجع التفاصيل.</numerusform>
            <numerusform>تعذّرت قراءة %Ln عنصرًا؛ راجع التفاصيل.</numerusform>
            <numerusform>تعذّرت قراءة %Ln عنصر؛ راجع التفاصيل.</numerusform>
        </translation>
    </message>
    <message>
        <source>Create the session…</source>
        <translation>إنشاء الجلسة…</translation>
    </message>
</context>
<context>
    <name>ui::QuestionBankDialog</name>
    <message>
        <source>Prepared questions</source>
        <translation>الأسئلة المعدّة مسبقًا</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>سؤال</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>بند جدول الأعمال</translation>
    </message>
    <message>
        <source>For speaker</source>
        <translation>للمتحدث</translation>
    </message>
    <message>
        <source>Questions to ask if the conversation stalls. The console shows those of the current item, of the speaker who has the floor, and those for any moment.</source>
        <translation>أسئلة تُطرح إذا تعثّر الحوار. تعرض اللوحة أسئلة البند الحالي، وأسئلة المتحدث الذي لديه الكلمة، والأسئلة الصالحة لأي وقت.</translation>
    </message>
    <message>
        <source>&amp;Add question</source>
        <translation>إ&amp;ضافة سؤال</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>إ&amp;زالة</translation>
    </message>
    <message>
        <source>New question</source>
        <translation>سؤال جديد</translation>
    </message>
    <message>
        <source>any item</source>
        <translation>أي بند</translation>
    </message>
    <message>
        <source>anyone</source>
        <translation>أي شخص</translation>
    </message>
    <message>
        <source>Edit the prepared questions</source>
        <translation>تعديل الأسئلة المعدّة مسبقًا</translation>
    </message>
</context>
<context>
    <name>ui::QuestionsPanel</name>
    <message>
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <source>Write the questions to ask if the conversation stalls</source>
        <translation>كتابة الأسئلة التي تُطرح إذا تعثّر الحوار</translation>
    </message>
    <message>
        <source>Prepared questions (%1 not asked)</source>
        <translation>الأسئلة المعدّة مسبقًا (لم يُطرح منها %1)</translation>
    </message>
    <message>
        <source>No prepared questions for this moment.</source>
        <translation>لا توجد أسئلة معدّة مسبقًا لهذه اللحظة.</translation>
    </message>
</context>
<context>
    <name>ui::RapporteurPane</name>
    <message>
        <source>add note</source>
        <translation>إضافة ملاحظة</translation>
    </message>
    <message>
        <source>edit note</source>
        <translation>تعديل ملاحظة</translation>
    </message>
    <message>
        <source>delete note</source>
        <translation>حذف ملاحظة</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>تعديل الملاحظة</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>الملاحظة:</translation>
    </message>
    <message>
        <source>no note is selected</source>
        <translation>لا توجد ملاحظة محددة</translation>
    </message>
    <message>
        <source>Policy question %1: %2</source>
        <translation>سؤال السياسات %1: %2</translation>
    </message>
    <message>
        <source>Every speaker</source>
        <translation>جميع المتحدثين</translation>
    </message>
    <message>
        <source>Every agenda item</source>
        <translation>جميع بنود جدول الأعمال</translation>
    </message>
    <message>
        <source>Every tag</source>
        <translation>جميع الوسوم</translation>
    </message>
    <message>
        <source>No policy question</source>
        <translation>بلا سؤال سياسات</translation>
    </message>
    <message>
        <source>Type a note, Enter to save it</source>
        <translation>اكتب ملاحظة، واضغط مفتاح الإدخال لحفظها</translation>
    </message>
    <message>
        <source>Key takeaway</source>
        <translation>خلاصة رئيسية</translation>
    </message>
    <message>
        <source>Call to action</source>
        <translation>دعوة إلى العمل</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>سؤال</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>اتفاق</translation>
    </message>
    <message>
        <source>Disagreement</source>
        <translation>اختلاف</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>اقتباس</translation>
    </message>
    <message>
        <source>Alt+%1</source>
        <translation>Alt+%1</translation>
    </message>
    <message>
        <source>Tags while typing: Alt+1 key takeaway, Alt+2 call to action, Alt+3 question, Alt+4 agreement, Alt+5 disagreement, Alt+6 quote. Esc leaves the field.</source>
        <translation>الوسوم أثناء الكتابة: Alt+1 خلاصة رئيسية، Alt+2 دعوة إلى العمل، Alt+3 سؤال، Alt+4 اتفاق، Alt+5 اختلاف، Alt+6 اقتباس. اضغط Esc لمغادرة الحقل.</translation>
    </message>
    <message>
        <source>Search the notes</source>
        <translation>البحث في الملاحظات</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>No break-out group</source>
        <translation>بلا مجموعة فرعية</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The break-out group the next notes are for</source>
        <translation>المجموعة الفرعية التي تُنسب إليها الملاحظات التالية</translation>
    </message>
</context>
<context>
    <name>ui::ReportDialog</name>
    <message>
        <source>Session report</source>
        <translation>تقرير الجلسة</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Onsite</source>
        <translation>حضوريًا</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>عبر الإنترنت</translation>
    </message>
    <message>
        <source>Of whom women</source>
        <translation>منهم نساء</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>المشاركة</translation>
    </message>
    <message>
        <source>Short report</source>
        <translation>التقرير الموجز</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <source>Copy as Markdown</source>
        <translation>نسخ بصيغة Markdown</translation>
    </message>
    <message>
        <source>Show the takeaways to the room</source>
        <translation>عرض أبرز الخلاصات على القاعة</translation>
    </message>
    <message>
        <source>Import transcript…</source>
        <translation>استيراد نص مفرغ…</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>تصدير التقرير</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;OpenDocument text (*.odt);;HTML (*.html);;Markdown (*.md)</source>
        <translation>PDF (*.pdf);;نص OpenDocument (*.odt);;HTML (*.html);;Markdown (*.md)</translation>
    </message>
    <message>
        <source>Import a transcript</source>
        <translation>استيراد نص مفرغ</translation>
    </message>
    <message>
        <source>Text (*.txt);;All files (*)</source>
        <translation>نص (*.txt);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>no session is open</source>
        <translation>لا توجد جلسة مفتوحة</translation>
    </message>
    <message>
        <source>%1: use .md, .html, .odt or .pdf</source>
        <translation>%1: استخدم ‎.md أو ‎.html أو ‎.odt أو ‎.pdf</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>حفظ التقرير</translation>
    </message>
    <message>
        <source>Draft from the session: edit it, or confirm it as it stands.</source>
        <translation>مسودة من الجلسة: عدّلها، أو أكّدها كما هي.</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>مؤكَّد</translation>
    </message>
    <message>
        <source>Drafted line</source>
        <translation>سطر المسودة</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>المتحدث</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>بند جدول الأعمال</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>From</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Choose a line to see the notes or transcript turns it was drafted from.</source>
        <translation>اختر سطرًا لعرض الملاحظات أو مداخلات النص المفرغ التي صيغ منها.</translation>
    </message>
    <message>
        <source>The sources of the chosen line appear here.</source>
        <translation>تظهر هنا مصادر السطر المختار.</translation>
    </message>
    <message>
        <source>Drafted lines and their sources</source>
        <translation>أسطر المسودة ومصادرها</translation>
    </message>
    <message>
        <source>Draft from the proposal…</source>
        <translation>صياغة مسودة من المقترح…</translation>
    </message>
    <message>
        <source>Read the workshop proposal for the drafts, e.g. the other initiatives it names.</source>
        <translation>قراءة مقترح ورشة العمل للمسودات، مثل المبادرات الأخرى التي يذكرها.</translation>
    </message>
    <message>
        <source>Draft from the workshop proposal</source>
        <translation>صياغة مسودة من مقترح ورشة العمل</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>note %1</source>
        <translation>الملاحظة %1</translation>
    </message>
    <message>
        <source>transcript, line %1</source>
        <translation>النص المفرغ، السطر %1</translation>
    </message>
    <message>
        <source>Key takeaways</source>
        <translation>أبرز الخلاصات</translation>
    </message>
    <message>
        <source>Calls to action</source>
        <translation>الدعوات إلى العمل</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <source>Note %1, typed at %2: %3</source>
        <translation>الملاحظة %1، كُتبت في %2: %3</translation>
    </message>
    <message>
        <source>Line %1, %2: %3</source>
        <translation>السطر %1، %2: %3</translation>
    </message>
    <message>
        <source>no speaker named</source>
        <translation>لم يُذكر اسم المتحدث</translation>
    </message>
    <message>
        <source>%1: not a workshop proposal in plain text (at most 2 MB)</source>
        <translation>%1: ليس مقترح ورشة عمل بنص عادي (الحد الأقصى 2 ميغابايت)</translation>
    </message>
    <message>
        <source>Transcripts (*.txt *.srt *.vtt);;Captions (*.srt *.vtt);;Text (*.txt);;All files (*)</source>
        <extracomment>File dialog filters: keep the patterns in parentheses as they are</extracomment>
        <translation>نصوص مفرغة (*.txt *.srt *.vtt);;ترجمات نصية (*.srt *.vtt);;نص (*.txt);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>One a line; the IGF asks for three.</source>
        <translation>واحد في كل سطر؛ ويطلب منتدى إدارة الإنترنت ثلاثة.</translation>
    </message>
    <message>
        <source>In exports and copies, number the drafted lines and list their sources</source>
        <translation>ترقيم أسطر المسودة وذكر مصادرها في الملفات المصدَّرة والنسخ</translation>
    </message>
    <message>
        <source>Who said each drafted key takeaway and call to action, during which agenda item, when, and from which note or transcript line.</source>
        <translation>من قال كل خلاصة رئيسية ودعوة إلى العمل في المسودة، وفي أي بند من جدول الأعمال، ومتى، ومن أي ملاحظة أو سطر في النص المفرغ.</translation>
    </message>
</context>
<context>
    <name>ui::ReportExporter</name>
    <message>
        <source>Nobody has had the floor yet.</source>
        <translation>لم يأخذ أحد الكلمة بعد.</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>غير محدد</translation>
    </message>
</context>
<context>
    <name>ui::RoomControl</name>
    <message>
        <source>Message to the room</source>
        <translation>رسالة إلى القاعة</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>الرسالة:</translation>
    </message>
    <message>
        <source>Add media</source>
        <translation>إضافة وسائط</translation>
    </message>
    <message>
        <source>Images, slides and video (*.png *.jpg *.jpeg *.svg *.pdf *.mp4 *.webm *.mkv *.ogv);;All files (*)</source>
        <translation>الصور والشرائح والفيديو (*.png *.jpg *.jpeg *.svg *.pdf *.mp4 *.webm *.mkv *.ogv);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>Key takeaway, as the room will read it:</source>
        <translation>الخلاصة الرئيسية كما ستقرؤها القاعة:</translation>
    </message>
    <message>
        <source>no session is open</source>
        <translation>لا توجد جلسة مفتوحة</translation>
    </message>
    <message>
        <source>In a window (to share online)</source>
        <translation>في نافذة (للمشاركة عبر الإنترنت)</translation>
    </message>
    <message>
        <source>Full screen on %1 (%2×%3)</source>
        <translation>ملء الشاشة على %1 (%2×%3)</translation>
    </message>
    <message>
        <source>As the console</source>
        <translation>كما في اللوحة</translation>
    </message>
    <message>
        <source>&amp;Room display</source>
        <translation>&amp;شاشة القاعة</translation>
    </message>
    <message>
        <source>&amp;Show the room display</source>
        <translation>إ&amp;ظهار شاشة القاعة</translation>
    </message>
    <message>
        <source>Show &amp;on</source>
        <translation>العرض &amp;على</translation>
    </message>
    <message>
        <source>Follow the session (&amp;automatic scene)</source>
        <translation>متابعة الجلسة (مشهد &amp;تلقائي)</translation>
    </message>
    <message>
        <source>Scene: a&amp;genda</source>
        <translation>المشهد: &amp;جدول الأعمال</translation>
    </message>
    <message>
        <source>Scene: s&amp;peaker</source>
        <translation>المشهد: المت&amp;حدث</translation>
    </message>
    <message>
        <source>Scene: empty &amp;chair</source>
        <translation>المشهد: ال&amp;كرسي الفارغ</translation>
    </message>
    <message>
        <source>Scene: &amp;media</source>
        <translation>المشهد: ال&amp;وسائط</translation>
    </message>
    <message>
        <source>Scene: key &amp;takeaways</source>
        <translation>المشهد: أ&amp;برز الخلاصات</translation>
    </message>
    <message>
        <source>Scene: m&amp;essage</source>
        <translation>المشهد: ال&amp;رسالة</translation>
    </message>
    <message>
        <source>&amp;Blank the room display</source>
        <translation>تعتيم &amp;شاشة القاعة</translation>
    </message>
    <message>
        <source>Show a message to the &amp;room…</source>
        <translation>عرض رسالة على ال&amp;قاعة…</translation>
    </message>
    <message>
        <source>A&amp;dd media…</source>
        <translation>إ&amp;ضافة وسائط…</translation>
    </message>
    <message>
        <source>Show media &amp;file</source>
        <translation>عرض &amp;ملف وسائط</translation>
    </message>
    <message>
        <source>Ne&amp;xt page</source>
        <translation>ال&amp;صفحة التالية</translation>
    </message>
    <message>
        <source>Play or pause the &amp;video</source>
        <translation>تشغيل ال&amp;فيديو أو إيقافه مؤقتًا</translation>
    </message>
    <message>
        <source>Approve a &amp;key takeaway…</source>
        <translation>اعتماد &amp;خلاصة رئيسية…</translation>
    </message>
    <message>
        <source>Room &amp;language</source>
        <translation>&amp;لغة القاعة</translation>
    </message>
    <message>
        <source>Previo&amp;us page</source>
        <translation>الصفحة ال&amp;سابقة</translation>
    </message>
    <message>
        <source>Change the room&apos;s language</source>
        <translation>تغيير لغة القاعة</translation>
    </message>
    <message>
        <source>The language of this computer&apos;s room display only</source>
        <translation>لغة شاشة القاعة على هذا الحاسوب فقط</translation>
    </message>
    <message>
        <source>Scene: &amp;join from a phone</source>
        <translation>المشهد: الا&amp;نضمام من الهاتف</translation>
    </message>
    <message>
        <source>Withdraw a key takeaway</source>
        <translation>سحب خلاصة رئيسية</translation>
    </message>
    <message>
        <source>No key takeaway has been approved for the room.</source>
        <translation>لم تُعتمد أي خلاصة رئيسية لعرضها على القاعة.</translation>
    </message>
    <message>
        <source>The key takeaway to take off the room display:</source>
        <translation>الخلاصة الرئيسية التي تُزال من شاشة القاعة:</translation>
    </message>
    <message>
        <source>&amp;Withdraw a key takeaway…</source>
        <translation>&amp;سحب خلاصة رئيسية…</translation>
    </message>
    <message>
        <source>Edit a key takeaway</source>
        <translation>تعديل خلاصة رئيسية</translation>
    </message>
    <message>
        <source>The key takeaway to reword:</source>
        <translation>الخلاصة الرئيسية المراد إعادة صياغتها:</translation>
    </message>
    <message>
        <source>Record a comment from the room</source>
        <translation>تسجيل تعليق من القاعة</translation>
    </message>
    <message>
        <source>Someone in the room (not named)</source>
        <translation>أحد الحاضرين في القاعة (دون ذكر الاسم)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>What was said about it, for the report</source>
        <translation>ما قيل بشأنها، لإدراجه في التقرير</translation>
    </message>
    <message>
        <source>&amp;Key takeaway:</source>
        <translation>ال&amp;خلاصة الرئيسية:</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>ال&amp;متحدث:</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>ال&amp;تعليق:</translation>
    </message>
    <message>
        <source>Ed&amp;it a key takeaway…</source>
        <translation>&amp;تعديل خلاصة رئيسية…</translation>
    </message>
    <message>
        <source>Record a comment from t&amp;he room…</source>
        <translation>تسجيل &amp;تعليق من القاعة…</translation>
    </message>
    <message>
        <source>&amp;Mute the video&apos;s sound (volume %1)</source>
        <extracomment>%1 is the video&apos;s volume, like &quot;70 %&quot;</extracomment>
        <translation>&amp;كتم صوت الفيديو (مستوى الصوت %1)</translation>
    </message>
    <message>
        <source>Add subtitles</source>
        <translation>إضافة ترجمة مصاحبة</translation>
    </message>
    <message>
        <source>The video the subtitles belong to:</source>
        <translation>الفيديو الذي تتبعه الترجمة المصاحبة:</translation>
    </message>
    <message>
        <source>Subtitles (*.srt *.vtt);;All files (*)</source>
        <translation>ترجمات مصاحبة (*.srt *.vtt);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>The subtitles&apos; language, as a code (en, fr, es, zh_CN; empty: not said):</source>
        <translation>لغة الترجمة المصاحبة، برمزها (en, fr, es, zh_CN؛ فارغ: غير محددة):</translation>
    </message>
    <message>
        <source>None</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>The glossary is empty: add key terms with Room display › Glossary first.</source>
        <translation>مسرد المصطلحات فارغ: أضف المصطلحات الرئيسية أولًا من قائمة «شاشة القاعة» ثم «مسرد المصطلحات».</translation>
    </message>
    <message>
        <source>Show a glossary term</source>
        <translation>عرض مصطلح من المسرد</translation>
    </message>
    <message>
        <source>Term the speaker used:</source>
        <translation>المصطلح الذي استخدمه المتحدث:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the glossary.</source>
        <translation>«%1» غير موجود في مسرد المصطلحات.</translation>
    </message>
    <message>
        <source>Change the room&apos;s second language</source>
        <translation>تغيير اللغة الثانية للقاعة</translation>
    </message>
    <message>
        <source>Scene: break-out &amp;groups</source>
        <translation>المشهد: ال&amp;مجموعات الفرعية</translation>
    </message>
    <message>
        <source>Scene: &amp;key terms</source>
        <translation>المشهد: المص&amp;طلحات الرئيسية</translation>
    </message>
    <message>
        <source>Video: back 10 seconds</source>
        <translation>الفيديو: الرجوع 10 ثوانٍ</translation>
    </message>
    <message>
        <source>Video: forward 10 seconds</source>
        <translation>الفيديو: التقدم 10 ثوانٍ</translation>
    </message>
    <message>
        <source>Video: sound louder</source>
        <translation>الفيديو: رفع الصوت</translation>
    </message>
    <message>
        <source>Video: sound softer</source>
        <translation>الفيديو: خفض الصوت</translation>
    </message>
    <message>
        <source>Add su&amp;btitles to a video…</source>
        <translation>إضافة ترجمة م&amp;صاحبة إلى فيديو…</translation>
    </message>
    <message>
        <source>Second lan&amp;guage</source>
        <translation>اللغة ال&amp;ثانية</translation>
    </message>
    <message>
        <source>Tra&amp;nslations for the room…</source>
        <translation>&amp;ترجمات للقاعة…</translation>
    </message>
    <message>
        <source>G&amp;lossary…</source>
        <translation>مسر&amp;د المصطلحات…</translation>
    </message>
    <message>
        <source>Show or hide a glossary &amp;term…</source>
        <translation>إظهار &amp;مصطلح من المسرد أو إخفاؤه…</translation>
    </message>
</context>
<context>
    <name>ui::RoomRenderer</name>
    <message>
        <source>Agenda</source>
        <translation>جدول الأعمال</translation>
    </message>
    <message>
        <source>Projected end: %1</source>
        <translation>النهاية المتوقعة: %1</translation>
    </message>
    <message>
        <source>The floor is open</source>
        <translation>باب المداخلات مفتوح</translation>
    </message>
    <message>
        <source>online</source>
        <translation>عبر الإنترنت</translation>
    </message>
    <message>
        <source>Ask the moderator for the floor</source>
        <translation>اطلب الكلمة من مدير الجلسة</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>الآن: %1</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>التالي: %1</translation>
    </message>
    <message>
        <source>A speaker replies to the empty chair</source>
        <translation>أحد المتحدثين يرد على الكرسي الفارغ</translation>
    </message>
    <message>
        <source>In the empty chair</source>
        <translation>على الكرسي الفارغ</translation>
    </message>
    <message>
        <source>Online, through the online moderator</source>
        <translation>عبر الإنترنت، من خلال مدير الجلسة عبر الإنترنت</translation>
    </message>
    <message>
        <source>The empty chair</source>
        <translation>الكرسي الفارغ</translation>
    </message>
    <message>
        <source>Take the empty chair next to the speakers: bring a new perspective, or challenge what you heard.</source>
        <translation>اجلس على الكرسي الفارغ بجانب المتحدثين: قدّم منظورًا جديدًا أو ناقش ما سمعته.</translation>
    </message>
    <message>
        <source>Online? Tell the online moderator, who takes the chair for you.</source>
        <translation>تشارك عبر الإنترنت؟ أخبر مدير الجلسة عبر الإنترنت ليأخذ الكرسي نيابةً عنك.</translation>
    </message>
    <message>
        <source>This file cannot be shown</source>
        <translation>لا يمكن عرض هذا الملف</translation>
    </message>
    <message>
        <source>No media file chosen</source>
        <translation>لم يُختر أي ملف وسائط</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Key takeaways</source>
        <translation>أبرز الخلاصات</translation>
    </message>
    <message>
        <source>No key takeaways yet.</source>
        <translation>لا توجد خلاصات بعد.</translation>
    </message>
    <message>
        <source>Your comments: ask the moderator for the floor, or write to the online moderator.</source>
        <translation>لتعليقاتك: اطلب الكلمة من مدير الجلسة، أو اكتب إلى مدير الجلسة عبر الإنترنت.</translation>
    </message>
    <message>
        <source>Join from your phone</source>
        <translation>انضم من هاتفك</translation>
    </message>
    <message>
        <source>PIN %1 %2</source>
        <translation>PIN %1 %2</translation>
    </message>
    <message>
        <source>Ask the moderator how to join.</source>
        <translation>اسأل مدير الجلسة عن طريقة الانضمام.</translation>
    </message>
    <message>
        <source>Scan the code, or open this address on the room&apos;s network:</source>
        <translation>امسح الرمز، أو افتح هذا العنوان على شبكة القاعة:</translation>
    </message>
    <message>
        <source>Joining from phones is closed for now.</source>
        <translation>الانضمام من الهواتف مغلق حاليًا.</translation>
    </message>
    <message>
        <source>Room PIN</source>
        <translation>رمز PIN للقاعة</translation>
    </message>
    <message>
        <source>The file could not be read from the session.</source>
        <translation>تعذّرت قراءة الملف من الجلسة.</translation>
    </message>
    <message>
        <source>This computer cannot play video: Qt Multimedia has no backend.</source>
        <translation>لا يستطيع هذا الحاسوب تشغيل الفيديو: لا تتوفر واجهة خلفية لـQt Multimedia.</translation>
    </message>
    <message>
        <source>The file is damaged or in a format the room display does not read.</source>
        <translation>الملف تالف أو بتنسيق لا تقرؤه شاشة القاعة.</translation>
    </message>
    <message>
        <source>The video&apos;s format cannot be decoded here.</source>
        <extracomment>Why a video cannot be played; %1 is the media framework&apos;s own words (often in English)</extracomment>
        <translation>يتعذّر فك ترميز تنسيق الفيديو على هذا الجهاز.</translation>
    </message>
    <message>
        <source>The video cannot be played: %1</source>
        <translation>يتعذّر تشغيل الفيديو: %1</translation>
    </message>
    <message>
        <source>Break-out groups</source>
        <translation>المجموعات الفرعية</translation>
    </message>
    <message>
        <source>The groups are not formed yet.</source>
        <translation>لم تُشكَّل المجموعات بعد.</translation>
    </message>
    <message>
        <source>Time to reconvene</source>
        <translation>حان وقت العودة إلى الجلسة العامة</translation>
    </message>
    <message>
        <source>Please come back to your seats: each group&apos;s rapporteur reports back.</source>
        <translation>يُرجى العودة إلى مقاعدكم: سيعرض مقرِّر كل مجموعة نتائجها.</translation>
    </message>
    <message>
        <source>Facilitator: %1</source>
        <translation>الميسِّر: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln شخص</numerusform>
            <numerusform>شخص واحد (%Ln)</numerusform>
            <numerusform>شخصان (%Ln)</numerusform>
            <numerusform>%Ln أشخاص</numerusform>
            <numerusform>%Ln شخصًا</numerusform>
            <numerusform>%Ln شخص</numerusform>
        </translation>
    </message>
    <message>
        <source>Key terms</source>
        <translation>المصطلحات الرئيسية</translation>
    </message>
    <message>
        <source>No key terms yet.</source>
        <translation>لا توجد مصطلحات رئيسية بعد.</translation>
    </message>
    <message>
        <source>it did not load within 10 seconds; the file may be damaged.</source>
        <translation>لم يكتمل تحميله خلال عشر ثوانٍ؛ قد يكون الملف تالفًا.</translation>
    </message>
    <message>
        <source>The video could not be prepared for playing: %1</source>
        <extracomment>%1: the system&apos;s reason (a full disk, say)</extracomment>
        <translation>تعذّر تجهيز الفيديو للتشغيل: %1</translation>
    </message>
</context>
<context>
    <name>ui::RotationView</name>
    <message>
        <source>%1 (skipped)</source>
        <translation>%1 (تم تخطيه)</translation>
    </message>
    <message>
        <source>Speaking order</source>
        <translation>ترتيب الكلام</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>تقديم</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>تأخير</translation>
    </message>
    <message>
        <source>Skip or bring back</source>
        <translation>تخطٍّ أو إعادة</translation>
    </message>
</context>
<context>
    <name>ui::Screenshot</name>
    <message>
        <source>Coffee break: we continue at 15:15 with the summary of the discussion.</source>
        <translation>استراحة قهوة: نستأنف في الساعة 15:15 بملخص النقاش.</translation>
    </message>
    <message>
        <source>A remote participant in Nairobi has a question on policy question 2.</source>
        <translation>لدى مشاركة عن بُعد في نيروبي سؤال عن سؤال السياسات 2.</translation>
    </message>
    <message>
        <source>Who certifies the certifiers, and who pays for it?</source>
        <translation>من يعتمد جهات الاعتماد، ومن يدفع تكلفة ذلك؟</translation>
    </message>
    <message>
        <source>How can small suppliers afford the audits?</source>
        <translation>كيف يمكن للموردين الصغار تحمّل تكلفة عمليات التدقيق؟</translation>
    </message>
    <message>
        <source>Only if buyers ask for it in every contract.</source>
        <translation>فقط إذا طلب المشترون ذلك في كل عقد.</translation>
    </message>
    <message>
        <source>Security needs a budget line, not only a policy.</source>
        <translation>يحتاج الأمن إلى بند في الميزانية، لا إلى سياسة فحسب.</translation>
    </message>
</context>
<context>
    <name>ui::SessionDetailsDialog</name>
    <message>
        <source>Session details</source>
        <translation>تفاصيل الجلسة</translation>
    </message>
    <message>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <source>One question a line</source>
        <translation>سؤال واحد في كل سطر</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>ال&amp;رمز:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>ال&amp;عنوان:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>ال&amp;صيغة:</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>ال&amp;ترتيب:</translation>
    </message>
    <message>
        <source>Le&amp;ngth:</source>
        <translation>ال&amp;مدة:</translation>
    </message>
    <message>
        <source>&amp;Policy questions:</source>
        <translation>أسئلة ال&amp;سياسات:</translation>
    </message>
    <message>
        <source>&amp;Discussion facilitation:</source>
        <translation>تيسير ال&amp;نقاش:</translation>
    </message>
    <message>
        <source>&amp;Online participation:</source>
        <translation>المشاركة عبر ال&amp;إنترنت:</translation>
    </message>
    <message>
        <source>The clock has started: the session&apos;s details can no longer be edited.</source>
        <translation>بدأت الساعة: لم يعد من الممكن تعديل تفاصيل الجلسة.</translation>
    </message>
    <message>
        <source>Edit the session details</source>
        <translation>تعديل تفاصيل الجلسة</translation>
    </message>
    <message>
        <source>Where it takes place, e.g. Room VI</source>
        <translation>مكان انعقاد الجلسة، مثل القاعة VI</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>ال&amp;قاعة:</translation>
    </message>
</context>
<context>
    <name>ui::SessionSettingsDialog</name>
    <message>
        <source>Session settings</source>
        <translation>إعدادات الجلسة</translation>
    </message>
    <message>
        <source> s</source>
        <translation> ثانية</translation>
    </message>
    <message>
        <source>Each item&apos;s own (one minute)</source>
        <translation>الخاص بكل بند (دقيقة واحدة)</translation>
    </message>
    <message>
        <source>Chime when time is up (the flash is always shown)</source>
        <translation>رنين تنبيه عند انتهاء الوقت (يظهر الوميض دائمًا)</translation>
    </message>
    <message>
        <source>In order of request</source>
        <translation>حسب ترتيب الطلب</translation>
    </message>
    <message>
        <source>First-time speakers first</source>
        <translation>من يتكلم لأول مرة أولًا</translation>
    </message>
    <message>
        <source>Onsite and online in turn</source>
        <translation>بالتناوب بين القاعة والإنترنت</translation>
    </message>
    <message>
        <source>Least-heard stakeholder groups first</source>
        <translation>مجموعات أصحاب المصلحة الأقل كلامًا أولًا</translation>
    </message>
    <message>
        <source>Audience &amp;turn limit:</source>
        <translation>الحد الزمني لم&amp;داخلات الحضور:</translation>
    </message>
    <message>
        <source>Empty-&amp;chair turn limit:</source>
        <translation>الحد الزمني لمداخلة ال&amp;كرسي الفارغ:</translation>
    </message>
    <message>
        <source>&amp;Warning before the end of an item:</source>
        <translation>ال&amp;تنبيه قبل نهاية البند:</translation>
    </message>
    <message>
        <source>&amp;Queue order:</source>
        <translation>ترتيب &amp;قائمة الانتظار:</translation>
    </message>
    <message>
        <source>An invited speaker&apos;s limit is their agenda slot. These settings are kept in the session file.</source>
        <translation>الحد الزمني للمتحدث المدعو هو الوقت المخصص له في جدول الأعمال. تُحفظ هذه الإعدادات في ملف الجلسة.</translation>
    </message>
    <message>
        <source>Change the session settings</source>
        <translation>تغيير إعدادات الجلسة</translation>
    </message>
</context>
<context>
    <name>ui::SessionUndo</name>
    <message>
        <source>no session is open</source>
        <translation>لا توجد جلسة مفتوحة</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be undone: %2</source>
        <extracomment>%1 names the edit (such as &quot;Rename item&quot;), %2 says why the session refused it</extracomment>
        <translation>لا يمكن التراجع عن «%1»: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be redone: %2</source>
        <extracomment>%1 names the edit (such as &quot;Rename item&quot;), %2 says why the session refused it</extracomment>
        <translation>لا يمكن إعادة «%1»: %2</translation>
    </message>
</context>
<context>
    <name>ui::ShareDialog</name>
    <message>
        <source>Onsite moderator</source>
        <translation>مدير الجلسة الحضوري</translation>
    </message>
    <message>
        <source>Co-moderator</source>
        <translation>مدير الجلسة المشارك</translation>
    </message>
    <message>
        <source>Online moderator</source>
        <translation>مدير الجلسة عبر الإنترنت</translation>
    </message>
    <message>
        <source>Rapporteur</source>
        <translation>المقرِّر</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>المراقب</translation>
    </message>
    <message>
        <source>Share on the network</source>
        <translation>المشاركة عبر الشبكة</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>المشاركة</translation>
    </message>
    <message>
        <source>Every address of this computer</source>
        <translation>كل عناوين هذا الحاسوب</translation>
    </message>
    <message>
        <source>This computer only (a rehearsal)</source>
        <translation>هذا الحاسوب فقط (تجربة)</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>أي منفذ متاح</translation>
    </message>
    <message>
        <source>Listen on:</source>
        <translation>الاستماع على:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>المنفذ:</translation>
    </message>
    <message>
        <source>How to join</source>
        <translation>طريقة الانضمام</translation>
    </message>
    <message>
        <source>Address of this computer:</source>
        <translation>عنوان هذا الحاسوب:</translation>
    </message>
    <message>
        <source>Renew</source>
        <translation>تجديد</translation>
    </message>
    <message>
        <source>A new code for this role: the devices that joined with the old one are disconnected.</source>
        <translation>رمز جديد لهذا الدور: تُفصل الأجهزة التي انضمت بالرمز القديم.</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>الأجهزة</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Round trip</source>
        <translation>زمن الذهاب والإياب</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>آخر ظهور</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>فصل</translation>
    </message>
    <message>
        <source>Messages with the team</source>
        <translation>الرسائل مع الفريق</translation>
    </message>
    <message>
        <source>A message to every joined device</source>
        <translation>رسالة إلى كل الأجهزة المنضمة</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>إرسال</translation>
    </message>
    <message>
        <source>The moderator disconnected this device.</source>
        <translation>فصل مدير الجلسة هذا الجهاز.</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation>إيقاف المشاركة</translation>
    </message>
    <message>
        <source>Start sharing</source>
        <translation>بدء المشاركة</translation>
    </message>
    <message>
        <source>Sharing on port %1. Each role joins with its own address.</source>
        <translation>المشاركة على المنفذ %1. ينضم كل دور بعنوانه الخاص.</translation>
    </message>
    <message>
        <source>Not shared: nobody can join.</source>
        <translation>غير مُشارَك: لا يمكن لأحد الانضمام.</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 مللي ثانية</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>ليس بعد</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>منذ %1</translation>
    </message>
    <message>
        <source>You: %1</source>
        <translation>أنت: %1</translation>
    </message>
    <message>
        <source>now</source>
        <translation>الآن</translation>
    </message>
    <message>
        <source>Room display</source>
        <translation>شاشة القاعة</translation>
    </message>
    <message>
        <source>optional: a PEM file; devices then connect encrypted</source>
        <translation>اختياري: ملف PEM؛ وعندئذٍ تتصل الأجهزة اتصالًا مشفّرًا</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.key);;All files (*)</source>
        <translation>ملفات PEM (*.pem *.crt *.key);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>TLS certificate:</source>
        <translation>شهادة TLS:</translation>
    </message>
    <message>
        <source>TLS certificate</source>
        <translation>شهادة TLS</translation>
    </message>
    <message>
        <source>TLS private key:</source>
        <translation>مفتاح TLS الخاص:</translation>
    </message>
    <message>
        <source>TLS private key</source>
        <translation>مفتاح TLS الخاص</translation>
    </message>
    <message>
        <source>Sharing on port %1, encrypted (TLS). Each role joins with its own address, which names this computer&apos;s certificate.</source>
        <translation>المشاركة على المنفذ %1، مشفّرة (TLS). ينضم كل دور بعنوانه الخاص، الذي يحدد شهادة هذا الحاسوب.</translation>
    </message>
    <message>
        <source>Translator</source>
        <translation>المترجم</translation>
    </message>
    <message>
        <source>Captioner</source>
        <translation>كاتب الترجمة النصية</translation>
    </message>
</context>
<context>
    <name>ui::Sharing</name>
    <message>
        <source>only a session open for writing can be shared</source>
        <translation>لا يمكن مشاركة إلا جلسة مفتوحة للكتابة</translation>
    </message>
    <message>
        <source>for TLS, give both the certificate and its private key</source>
        <translation>لاستخدام TLS، حدّد الشهادة ومفتاحها الخاص معًا</translation>
    </message>
    <message>
        <source>the session is not shared</source>
        <translation>الجلسة غير مُشارَكة</translation>
    </message>
</context>
<context>
    <name>ui::SpeakerQueueView</name>
    <message>
        <source>Next from the queue (Q)</source>
        <translation>التالي في قائمة الانتظار (Q)</translation>
    </message>
    <message>
        <source>Next: %1 (Q)</source>
        <translation>التالي: %1 (Q)</translation>
    </message>
    <message numerus="yes">
        <source>Queue: %Ln waiting</source>
        <translation>
            <numerusform>قائمة الانتظار: لا طلبات (%Ln)</numerusform>
            <numerusform>قائمة الانتظار: طلب واحد (%Ln)</numerusform>
            <numerusform>قائمة الانتظار: طلبان (%Ln)</numerusform>
            <numerusform>قائمة الانتظار: %Ln طلبات</numerusform>
            <numerusform>قائمة الانتظار: %Ln طلبًا</numerusform>
            <numerusform>قائمة الانتظار: %Ln طلب</numerusform>
        </translation>
    </message>
    <message>
        <source>Next from the &amp;queue</source>
        <translation>التالي في &amp;قائمة الانتظار</translation>
    </message>
    <message>
        <source>Add a &amp;request to speak…</source>
        <translation>إضافة &amp;طلب كلمة…</translation>
    </message>
    <message>
        <source>In order of request</source>
        <translation>حسب ترتيب الطلب</translation>
    </message>
    <message>
        <source>First-time speakers first</source>
        <translation>من يتكلم لأول مرة أولًا</translation>
    </message>
    <message>
        <source>Alternate in the room and online</source>
        <translation>التناوب بين القاعة والإنترنت</translation>
    </message>
    <message>
        <source>Groups that spoke least first</source>
        <translation>المجموعات الأقل كلامًا أولًا</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>عبر الإنترنت</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>Give the floor</source>
        <translation>إعطاء الكلمة</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Who asks to speak: name, group, region, gender, room or online (I)</source>
        <translation>من يطلب الكلمة: الاسم، المجموعة، المنطقة، النوع الاجتماعي، room أو online (I)</translation>
    </message>
</context>
<context>
    <name>ui::TakeawayDialog</name>
    <message>
        <source>Approve a key takeaway</source>
        <translation>اعتماد خلاصة رئيسية</translation>
    </message>
    <message>
        <source>On a joined device, translate the takeaway in Room › Translations once it is approved.</source>
        <translation>على جهاز منضم، ترجِم الخلاصة من «شاشة القاعة › ترجمات للقاعة» بعد اعتمادها.</translation>
    </message>
    <message>
        <source>Key takeaway, as the room will read it:</source>
        <translation>الخلاصة الرئيسية كما ستقرؤها القاعة:</translation>
    </message>
    <message>
        <source>Its &amp;translation (optional), into:</source>
        <translation>&amp;ترجمتها (اختيارية) إلى:</translation>
    </message>
    <message>
        <source>Type the key takeaway first.</source>
        <translation>اكتب الخلاصة الرئيسية أولًا.</translation>
    </message>
</context>
<context>
    <name>ui::TranslationsDialog</name>
    <message>
        <source>Translations for the room</source>
        <translation>ترجمات القاعة</translation>
    </message>
    <message>
        <source>What</source>
        <translation>العنصر</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>الأصل</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>الترجمة</translation>
    </message>
    <message>
        <source>The room display shows a translation in the room&apos;s language, and in its second language under it. Content without a translation shows as written.</source>
        <translation>تعرض شاشة القاعة الترجمة بلغة القاعة، وتحتها الترجمة بلغتها الثانية. ويُعرض المحتوى الذي لا ترجمة له كما كُتب.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>ال&amp;لغة:</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>بند جدول الأعمال</translation>
    </message>
    <message>
        <source>Message to the room</source>
        <translation>رسالة إلى القاعة</translation>
    </message>
    <message>
        <source>Key takeaway</source>
        <translation>الخلاصة الرئيسية</translation>
    </message>
    <message>
        <source>Glossary term</source>
        <translation>مصطلح المسرد</translation>
    </message>
    <message>
        <source>Its explanation</source>
        <translation>شرحه</translation>
    </message>
    <message>
        <source>Translate for the room</source>
        <translation>الترجمة للقاعة</translation>
    </message>
    <message>
        <source>Policy question %L1</source>
        <translation>سؤال السياسات %L1</translation>
    </message>
</context>
</TS>
