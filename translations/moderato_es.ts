<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Cli</name>
    <message>
        <source>Try &apos;moderato-cli --help&apos;.</source>
        <translation>Pruebe «moderato-cli --help».</translation>
    </message>
    <message>
        <source>Moderato on the command line: works on .moderato session files.</source>
        <translation>Moderato en la línea de comandos: trabaja con archivos de sesión .moderato.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Mostrar esta ayuda.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Mostrar la versión.</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>comando desconocido «%1»</translation>
    </message>
    <message>
        <source>Apply a timed replay script to a new session file.</source>
        <translation>Aplicar un script de reproducción temporizado a un nuevo archivo de sesión.</translation>
    </message>
    <message>
        <source>The session file to write.</source>
        <translation>El archivo de sesión que se escribirá.</translation>
    </message>
    <message>
        <source>SESSION</source>
        <translation>SESSION</translation>
    </message>
    <message>
        <source>Build the new session from this session&apos;s plan.</source>
        <translation>Crear la nueva sesión a partir del plan de esta sesión.</translation>
    </message>
    <message>
        <source>Replace the output file if it exists.</source>
        <translation>Reemplazar el archivo de salida si ya existe.</translation>
    </message>
    <message>
        <source>The replay script.</source>
        <translation>El script de reproducción.</translation>
    </message>
    <message>
        <source>replay needs exactly one script</source>
        <translation>replay necesita exactamente un script</translation>
    </message>
    <message>
        <source>replay needs -o SESSION</source>
        <translation>replay necesita -o SESSION</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%Ln action(s))</source>
        <translation>
            <numerusform>Se escribió %1 (%Ln acción)</numerusform>
            <numerusform>Se escribió %1 (%Ln acciones)</numerusform>
        </translation>
    </message>
    <message>
        <source>Print planned and actual times of a session.</source>
        <translation>Mostrar los tiempos previstos y reales de una sesión.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Mostrar en formato JSON.</translation>
    </message>
    <message>
        <source>The session file.</source>
        <translation>El archivo de sesión.</translation>
    </message>
    <message>
        <source>stats needs exactly one session file</source>
        <translation>stats necesita exactamente un archivo de sesión</translation>
    </message>
    <message>
        <source>Print a session&apos;s event log as JSON Lines.</source>
        <translation>Mostrar el registro de eventos de una sesión en formato JSON Lines.</translation>
    </message>
    <message>
        <source>export-log needs exactly one session file</source>
        <translation>export-log necesita exactamente un archivo de sesión</translation>
    </message>
    <message>
        <source>Rebuild a session file from an event log in JSON Lines.</source>
        <translation>Reconstruir un archivo de sesión a partir de un registro de eventos en formato JSON Lines.</translation>
    </message>
    <message>
        <source>The event log (JSON Lines).</source>
        <translation>El registro de eventos (JSON Lines).</translation>
    </message>
    <message>
        <source>import-log needs exactly one log file</source>
        <translation>import-log necesita exactamente un archivo de registro</translation>
    </message>
    <message>
        <source>import-log needs -o SESSION</source>
        <translation>import-log necesita -o SESSION</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%Ln event(s))</source>
        <translation>
            <numerusform>Se escribió %1 (%Ln evento)</numerusform>
            <numerusform>Se escribió %1 (%Ln eventos)</numerusform>
        </translation>
    </message>
    <message>
        <source>Draft a discussion summary, key takeaways, calls to action and topics from a transcript (one turn a line as &quot;Speaker: text&quot;, or the live-captioning style with &quot;&gt;&gt;&quot; turn markers).</source>
        <translation>Redactar un borrador de resumen del debate, conclusiones clave, llamadas a la acción y temas a partir de una transcripción (una intervención por línea como «Speaker: text», o al estilo de los subtítulos en directo con «&gt;&gt;» para marcar cada intervención).</translation>
    </message>
    <message>
        <source>The rapporteur&apos;s notes, one a line; #takeaway and #action weigh most.</source>
        <translation>Las notas del relator, una por línea; #takeaway y #action son las que más pesan.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>The most words the summary may have (default %1).</source>
        <translation>El número máximo de palabras del resumen (predeterminado: %1).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>The transcript.</source>
        <translation>La transcripción.</translation>
    </message>
    <message>
        <source>summarize needs exactly one transcript</source>
        <translation>summarize necesita exactamente una transcripción</translation>
    </message>
    <message>
        <source>--words needs a number from 10 to 10000</source>
        <translation>--words necesita un número de 10 a 10000</translation>
    </message>
    <message>
        <source>md, html, odt or pdf.</source>
        <translation>md, html, odt o pdf.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMATO</translation>
    </message>
    <message>
        <source>The report file to write.</source>
        <translation>El archivo del informe que se escribirá.</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>SALIDA</translation>
    </message>
    <message>
        <source>report needs exactly one session file</source>
        <translation>report necesita exactamente un archivo de sesión</translation>
    </message>
    <message>
        <source>report needs --format md, html, odt or pdf</source>
        <translation>report necesita --format md, html, odt o pdf</translation>
    </message>
    <message>
        <source>report needs -o OUT</source>
        <translation>report necesita -o OUT</translation>
    </message>
    <message>
        <source>Read an IGF workshop proposal (plain text, as copied from the IGF website) and print the session it describes as JSON. What could not be read is reported as warnings on standard error.</source>
        <translation>Leer una propuesta de taller del FGI (texto plano, tal como se copia del sitio web del FGI) y mostrar en JSON la sesión que describe. Lo que no se pudo leer se indica como advertencias en la salida de error estándar.</translation>
    </message>
    <message>
        <source>Also create this session file.</source>
        <translation>Crear también este archivo de sesión.</translation>
    </message>
    <message>
        <source>The proposal, a UTF-8 text file.</source>
        <translation>La propuesta, un archivo de texto UTF-8.</translation>
    </message>
    <message>
        <source>import-proposal needs exactly one proposal file</source>
        <translation>import-proposal necesita exactamente un archivo de propuesta</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>advertencia: %1</translation>
    </message>
    <message>
        <source>Write the briefing pack of a session for its speakers and co-moderators.</source>
        <translation>Escribir el dosier informativo de una sesión para sus ponentes y comoderadores.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>El archivo que se escribirá.</translation>
    </message>
    <message>
        <source>When the session starts (default 09:00).</source>
        <translation>Hora de inicio de la sesión (predeterminada: 09:00).</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <source>The day of the session.</source>
        <translation>El día de la sesión.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Leave out the prepared questions.</source>
        <translation>Omitir las preguntas preparadas.</translation>
    </message>
    <message>
        <source>briefing needs exactly one session file</source>
        <translation>briefing necesita exactamente un archivo de sesión</translation>
    </message>
    <message>
        <source>briefing needs --format md, html, odt or pdf</source>
        <translation>briefing necesita --format md, html, odt o pdf</translation>
    </message>
    <message>
        <source>briefing needs -o OUT</source>
        <translation>briefing necesita -o OUT</translation>
    </message>
    <message>
        <source>--start needs a time such as 14:30</source>
        <translation>--start necesita una hora como 14:30</translation>
    </message>
    <message>
        <source>--date needs a day such as 2019-11-26</source>
        <translation>--date necesita una fecha como 2019-11-26</translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation>%1 no es un archivo</translation>
    </message>
    <message>
        <source>Run commands on a session file, in order; each records one event. A refused command stops the run; those before it stay recorded.</source>
        <translation>Ejecutar comandos en un archivo de sesión, en orden; cada uno registra un evento. Un comando rechazado detiene la ejecución; los anteriores quedan registrados.</translation>
    </message>
    <message>
        <source>The role to act in (default onsite_moderator).</source>
        <translation>El rol con el que actuar (predeterminado: onsite_moderator).</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROL</translation>
    </message>
    <message>
        <source>A command as JSON, e.g. {&quot;command&quot;: &quot;start&quot;}.</source>
        <translation>Un comando en JSON, p. ej. {&quot;command&quot;: &quot;start&quot;}.</translation>
    </message>
    <message>
        <source>command needs a session file and at least one command</source>
        <translation>command necesita un archivo de sesión y al menos un comando</translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot;; roles: %2</source>
        <translation>rol desconocido «%1»; roles: %2</translation>
    </message>
    <message>
        <source>command %1 is not a JSON object</source>
        <translation>el comando %1 no es un objeto JSON</translation>
    </message>
    <message>
        <source>command %1: %2</source>
        <translation>comando %1: %2</translation>
    </message>
    <message>
        <source>command %1 (%2): %3</source>
        <translation>comando %1 (%2): %3</translation>
    </message>
    <message>
        <source>List every command a session takes, its fields and who may issue it.</source>
        <translation>Enumerar todos los comandos que admite una sesión, sus campos y quién puede emitirlos.</translation>
    </message>
    <message>
        <source>commands takes no arguments</source>
        <translation>commands no admite argumentos</translation>
    </message>
    <message>
        <source>roles: %1</source>
        <translation>roles: %1</translation>
    </message>
    <message>
        <source>Share a session with other devices (co-moderator, online moderator, rapporteur, observer) without a window. Prints one join address per role, then serves until the time is up or it is interrupted. The join codes are kept in the session file, so restarting shares with the same codes.</source>
        <translation>Compartir una sesión con otros dispositivos (comoderador, moderador en línea, relator, observador) sin ventana. Muestra una dirección de acceso por rol y después sigue compartiendo hasta que se agota el tiempo o se interrumpe. Los códigos de acceso se guardan en el archivo de sesión, así que al reiniciar se comparte con los mismos códigos.</translation>
    </message>
    <message>
        <source>The address and port to listen on (default: every address of this machine, port %1).</source>
        <translation>La dirección y el puerto en los que escuchar (predeterminado: todas las direcciones de este equipo, puerto %1).</translation>
    </message>
    <message>
        <source>ADDRESS:PORT</source>
        <translation>ADDRESS:PORT</translation>
    </message>
    <message>
        <source>Stop after this many seconds.</source>
        <translation>Detenerse tras este número de segundos.</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <source>Make new join codes (devices with the old ones cannot join).</source>
        <translation>Crear nuevos códigos de acceso (los dispositivos con los antiguos no podrán unirse).</translation>
    </message>
    <message>
        <source>share needs exactly one session file</source>
        <translation>share necesita exactamente un archivo de sesión</translation>
    </message>
    <message>
        <source>--listen needs ADDRESS:PORT, e.g. 127.0.0.1:%1</source>
        <translation>--listen necesita ADDRESS:PORT, p. ej. 127.0.0.1:%1</translation>
    </message>
    <message>
        <source>--for needs a number of seconds</source>
        <translation>--for necesita un número de segundos</translation>
    </message>
    <message>
        <source>Sharing %1 on port %2.</source>
        <translation>Compartiendo %1 en el puerto %2.</translation>
    </message>
    <message>
        <source>Devices: %1</source>
        <translation>Dispositivos: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Join a shared session and send a replay script&apos;s actions as this device&apos;s commands, in order, each when the host has answered the one before. Prints each refusal; the exit code is 1 if any was refused.</source>
        <translation>Unirse a una sesión compartida y enviar las acciones de un script replay como comandos de este dispositivo, en orden, cada uno cuando el anfitrión haya respondido al anterior. Muestra cada rechazo; el código de salida es 1 si se rechazó alguno.</translation>
    </message>
    <message>
        <source>The name this device joins with.</source>
        <translation>El nombre con el que se une este dispositivo.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Give up after this many seconds (default 30).</source>
        <translation>Abandonar tras este número de segundos (predeterminado: 30).</translation>
    </message>
    <message>
        <source>The join address, moderato://HOST:PORT/CODE.</source>
        <translation>La dirección de acceso, moderato://HOST:PORT/CODE.</translation>
    </message>
    <message>
        <source>The word replay, then the script.</source>
        <translation>La palabra replay y, después, el script.</translation>
    </message>
    <message>
        <source>join needs ADDRESS replay SCRIPT</source>
        <translation>join necesita ADDRESS replay SCRIPT</translation>
    </message>
    <message>
        <source>join needs --name NAME</source>
        <translation>join necesita --name NAME</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds</source>
        <translation>--timeout necesita un número de segundos</translation>
    </message>
    <message>
        <source>line %1: refused: %2</source>
        <translation>línea %1: rechazado: %2</translation>
    </message>
    <message>
        <source>Joined as %1.</source>
        <translation>Unido a la sesión como %1.</translation>
    </message>
    <message>
        <source>line %1: %2 done</source>
        <translation>línea %1: %2 hecho</translation>
    </message>
    <message>
        <source>The host refused: %1</source>
        <translation>Rechazo del anfitrión: %1</translation>
    </message>
    <message numerus="yes">
        <source>Gave up after %Ln second(s).</source>
        <translation>
            <numerusform>Se abandonó tras %Ln segundo.</numerusform>
            <numerusform>Se abandonó tras %Ln segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is larger than 4 MiB, too large for a replay script</source>
        <translation>%1 supera los 4 MiB, demasiado grande para un guion de reproducción</translation>
    </message>
    <message>
        <source>Encrypt the connections (wss://) with this PEM certificate; a self-signed one will do (the join addresses carry its fingerprint). Needs --tls-key.</source>
        <translation>Cifrar las conexiones (wss://) con este certificado PEM; basta con uno autofirmado (las direcciones de acceso llevan su huella digital). Requiere --tls-key.</translation>
    </message>
    <message>
        <source>The PEM private key of --tls-cert.</source>
        <translation>La clave privada PEM de --tls-cert.</translation>
    </message>
    <message>
        <source>--tls-cert and --tls-key go together</source>
        <translation>--tls-cert y --tls-key deben indicarse juntos</translation>
    </message>
    <message>
        <source>roles: none (a participant&apos;s phone sends it, through the phone host)</source>
        <translation>roles: ninguno (lo envía el teléfono de un participante, a través del anfitrión de teléfonos)</translation>
    </message>
    <message>
        <source>Also serve the participants&apos; page on this port of the same address (0: any free port) and open joining from phones; prints its address and the room PIN.</source>
        <translation>Servir también la página de los participantes en este puerto de la misma dirección (0: cualquier puerto libre) y abrir el acceso desde teléfonos; muestra su dirección y el PIN de la sala.</translation>
    </message>
    <message>
        <source>PORT</source>
        <translation>PORT</translation>
    </message>
    <message>
        <source>Make a new room PIN for phones.</source>
        <translation>Crear un nuevo PIN de la sala para los teléfonos.</translation>
    </message>
    <message>
        <source>--phones needs a port number (0: any free port)</source>
        <translation>--phones necesita un número de puerto (0: cualquier puerto libre)</translation>
    </message>
    <message>
        <source>--renew-pin goes with --phones</source>
        <translation>--renew-pin va junto con --phones</translation>
    </message>
    <message>
        <source>Room PIN: %1</source>
        <translation>PIN de la sala: %1</translation>
    </message>
    <message>
        <source>Phones connected: %1</source>
        <translation>Teléfonos conectados: %1</translation>
    </message>
    <message>
        <source>import-proposal, replay, stats, export-log, import-log, summarize, transcript, report, briefing, command, commands, share or join</source>
        <translation>import-proposal, replay, stats, export-log, import-log, summarize, transcript, report, briefing, command, commands, share o join</translation>
    </message>
    <message>
        <source>The transcript&apos;s language: %1 (default: found from the text).</source>
        <translation>El idioma de la transcripción: %1 (predeterminado: se detecta a partir del texto).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CÓDIGO</translation>
    </message>
    <message>
        <source>--language needs one of %1</source>
        <translation>--language necesita uno de estos valores: %1</translation>
    </message>
    <message>
        <source>Import a transcript into a session, as the report dialog does: plain text (&quot;Speaker: text&quot; lines or the live-captioning style with &quot;&gt;&gt;&quot; turn markers), SRT or WebVTT captions. The captions&apos; times are placed on the session&apos;s clock: the file&apos;s 00:00 is when the clock was first started, unless --offset says at what time of day it was.</source>
        <translation>Importar una transcripción a una sesión, como hace el cuadro de diálogo del informe: texto plano (líneas «Speaker: text» o el estilo de los subtítulos en directo con «&gt;&gt;» para marcar cada intervención), subtítulos SRT o WebVTT. Las horas de los subtítulos se sitúan en el reloj de la sesión: el 00:00 del archivo es el momento en que se puso en marcha el reloj por primera vez, salvo que --offset indique a qué hora del día correspondía.</translation>
    </message>
    <message>
        <source>The time of day, on the session&apos;s day and in local time, that the file&apos;s 00:00 corresponds to.</source>
        <translation>La hora del día, en la fecha de la sesión y en hora local, a la que corresponde el 00:00 del archivo.</translation>
    </message>
    <message>
        <source>HH:MM[:SS]</source>
        <translation>HH:MM[:SS]</translation>
    </message>
    <message>
        <source>The file&apos;s 00:00 is when the clock was first started (the default once the session has started).</source>
        <translation>El 00:00 del archivo es el momento en que se puso en marcha el reloj por primera vez (predeterminado una vez iniciada la sesión).</translation>
    </message>
    <message>
        <source>What to do: import.</source>
        <translation>Qué hacer: import.</translation>
    </message>
    <message>
        <source>transcript needs import SESSION FILE</source>
        <translation>transcript necesita import SESSION FILE</translation>
    </message>
    <message>
        <source>--offset and --at-start cannot go together</source>
        <translation>--offset y --at-start no pueden usarse juntos</translation>
    </message>
    <message>
        <source>--offset needs a time of day such as 14:30 or 14:30:15</source>
        <translation>--offset necesita una hora del día como 14:30 o 14:30:15</translation>
    </message>
    <message>
        <source>the session has not started, so the transcript&apos;s times cannot be placed; leave out --offset and --at-start to import it without placing them</source>
        <translation>la sesión no ha comenzado, así que no se pueden situar las horas de la transcripción; omita --offset y --at-start para importarla sin situarlas</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln turn(s) from %1.</source>
        <translation>
            <numerusform>Se importó %Ln intervención de %1.</numerusform>
            <numerusform>Se importaron %Ln intervenciones de %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln turn(s) with times.</source>
        <translation>
            <numerusform>%Ln intervención con hora.</numerusform>
            <numerusform>%Ln intervenciones con hora.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln speaker(s) matched to participants.</source>
        <translation>
            <numerusform>Oradores asociados a participantes: %1 de %Ln.</numerusform>
            <numerusform>Oradores asociados a participantes: %1 de %Ln.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the IGF session report of a session, or print its participation.</source>
        <translation>Escribir el informe de sesión del FGI de una sesión o mostrar su participación.</translation>
    </message>
    <message>
        <source>The workshop proposal (plain text), for the drafts (e.g. other initiatives).</source>
        <translation>La propuesta de taller (texto plano), para los borradores (p. ej., otras iniciativas).</translation>
    </message>
    <message>
        <source>Print the participation instead of writing a report.</source>
        <translation>Mostrar la participación en lugar de escribir un informe.</translation>
    </message>
    <message>
        <source>With --participation: print JSON.</source>
        <translation>Con --participation: mostrar en formato JSON.</translation>
    </message>
    <message>
        <source>--json goes with --participation</source>
        <translation>--json va junto con --participation</translation>
    </message>
    <message>
        <source>%1: not a workshop proposal in plain text (at most 2 MB)</source>
        <translation>%1: no es una propuesta de taller en texto plano (2 MB como máximo)</translation>
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
        <translation>Comandos:
  import-proposal FILE [-o SESSION] [--force]
                 Leer una propuesta de taller del FGI (texto plano) y mostrarla en JSON;
                 con -o, crear también un archivo de sesión a partir de ella.
  replay SCRIPT -o SESSION [--from SESSION] [--force]
                 Aplicar un script temporizado de acciones del moderador a una sesión nueva
                 (creada a partir del taller de demostración o de --from SESSION).
  stats SESSION [--json]
                 Tiempo previsto y real de la sesión y de cada punto de la agenda;
                 tiempo de palabra por persona, grupo de partes interesadas, región, género y canal.
  export-log SESSION
                 Mostrar el registro de eventos de la sesión en formato JSON Lines.
  import-log JSONL -o SESSION [--force]
                 Reconstruir un archivo de sesión a partir de un registro de eventos.
  summarize TRANSCRIPT [--notes FILE] [--words N] [--language CODE] [--json]
                 Redactar un borrador de resumen del debate, conclusiones clave, llamadas a la acción y temas.
  transcript import SESSION FILE [--offset HH:MM[:SS] | --at-start]
                 Importar una transcripción (texto plano, SRT o WebVTT) a una sesión; las intervenciones
                 con hora se sitúan en los puntos de la agenda y los oradores se asocian a las personas.
  report SESSION --format md|html|odt|pdf -o OUT [--proposal FILE] [--sources] [--force]
                 El informe de la sesión del FGI (con la propuesta, sus borradores también
                 se basan en la descripción de la propuesta; con --sources, de dónde
                 procede cada línea del borrador, como notas numeradas).
  report SESSION --participation [--json]
                 Mostrar la participación: las cifras del relator o, si no las hay,
                 la estimación a partir de quienes participaron.
  briefing SESSION --format md|html|odt|pdf -o OUT [--start HH:MM] [--no-questions]
                 El dosier informativo para ponentes y comoderadores.
  command SESSION JSON... [--as ROLE]
                 Ejecutar comandos en una sesión, cada uno {&quot;command&quot;: NAME, ...} y un evento.
  commands [--json]
                 Enumerar todos los comandos, sus campos y los roles que pueden emitirlos.
  share SESSION [--listen ADDRESS:PORT] [--for SECONDS] [--phones PORT]
                 Compartir una sesión con otros dispositivos, sin ventana; muestra la dirección
                 de acceso de cada rol (con --phones: la página de los participantes y el PIN).
  join ADDRESS --name NAME replay SCRIPT
                 Unirse a una sesión compartida y enviar las acciones de un script replay como comandos.
Ejecute «moderato-cli COMMAND --help» para ver las opciones de un comando.</translation>
    </message>
    <message>
        <source>Number the drafted key takeaways and calls to action and list where each comes from (who, agenda item, time, note or transcript line).</source>
        <translation>Numerar las conclusiones clave y las llamadas a la acción del borrador e indicar de dónde procede cada una (quién, punto de la agenda, momento, nota o línea de la transcripción).</translation>
    </message>
    <message>
        <source>report --participation writes no file: leave out --format, -o, --proposal and --sources</source>
        <translation>report --participation no escribe ningún archivo: omita --format, -o, --proposal y --sources</translation>
    </message>
</context>
<context>
    <name>CommandCatalogue</name>
    <message>
        <source>unknown command</source>
        <translation>comando desconocido</translation>
    </message>
</context>
<context>
    <name>core::Agenda</name>
    <message>
        <source>agenda items are nested too deeply</source>
        <translation>los puntos de la agenda tienen demasiados niveles de anidamiento</translation>
    </message>
    <message>
        <source>an agenda item is not an object</source>
        <translation>un punto de la agenda no es un objeto</translation>
    </message>
    <message>
        <source>an agenda item has no title</source>
        <translation>un punto de la agenda no tiene título</translation>
    </message>
    <message>
        <source>unknown agenda item kind &quot;%1&quot;</source>
        <translation>tipo de punto de la agenda desconocido «%1»</translation>
    </message>
    <message>
        <source>agenda item &quot;%1&quot; has an invalid id</source>
        <translation>el punto de la agenda «%1» tiene un identificador no válido</translation>
    </message>
    <message>
        <source>agenda item &quot;%1&quot; needs a duration between 1 minute and 24 hours</source>
        <translation>el punto de la agenda «%1» debe durar entre 1 minuto y 24 horas</translation>
    </message>
    <message>
        <source>agenda item &quot;%1&quot; has a negative warning time</source>
        <translation>el punto de la agenda «%1» tiene un tiempo de aviso negativo</translation>
    </message>
    <message>
        <source>the agenda has no items</source>
        <translation>la agenda no tiene puntos</translation>
    </message>
    <message>
        <source>break-out item &quot;%1&quot;: %2</source>
        <translation>punto de grupos de trabajo «%1»: %2</translation>
    </message>
    <message>
        <source>a report-back needs a time limit between 10 seconds and an hour</source>
        <translation>una puesta en común necesita un límite de tiempo de entre 10 segundos y una hora</translation>
    </message>
    <message>
        <source>the report-back order is not a list of groups</source>
        <translation>el orden de la puesta en común no es una lista de grupos</translation>
    </message>
    <message>
        <source>more than %1 groups</source>
        <translation>más de %1 grupos</translation>
    </message>
    <message>
        <source>a group has no name</source>
        <translation>un grupo no tiene nombre</translation>
    </message>
    <message>
        <source>the group &quot;%1&quot; has an invalid id</source>
        <translation>el grupo «%1» tiene un identificador no válido</translation>
    </message>
    <message>
        <source>the group &quot;%1&quot; names an invalid policy question</source>
        <translation>el grupo «%1» indica una pregunta de política no válida</translation>
    </message>
    <message>
        <source>the group &quot;%1&quot; lists someone who is not a participant</source>
        <translation>el grupo «%1» incluye a alguien que no es participante</translation>
    </message>
    <message>
        <source>participant %1 is in two groups</source>
        <translation>el participante %1 está en dos grupos</translation>
    </message>
    <message>
        <source>participant %1 leads one group and is a member of another</source>
        <translation>el participante %1 dirige un grupo y es miembro de otro</translation>
    </message>
    <message>
        <source>agenda item &quot;%1&quot; has groups but is not a break-out</source>
        <translation>el punto de la agenda «%1» tiene grupos, pero no es de grupos de trabajo</translation>
    </message>
    <message>
        <source>the break-out item &quot;%1&quot; cannot have items of its own</source>
        <translation>el punto de grupos de trabajo «%1» no puede tener puntos propios</translation>
    </message>
    <message>
        <source>Break-out</source>
        <translation>Grupos de trabajo</translation>
    </message>
    <message>
        <source>there is no such break-out item</source>
        <translation>no existe ese punto de grupos de trabajo</translation>
    </message>
</context>
<context>
    <name>core::AgendaModel</name>
    <message>
        <source>Agenda item</source>
        <translation>Punto de la agenda</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Previsto</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Real</translation>
    </message>
</context>
<context>
    <name>core::AgendaTemplates</name>
    <message>
        <source>Presentations</source>
        <translation>Presentaciones</translation>
    </message>
    <message>
        <source>Panel presentations</source>
        <translation>Presentaciones del panel</translation>
    </message>
    <message>
        <source>Audience questions and answers</source>
        <translation>Preguntas y respuestas con el público</translation>
    </message>
    <message>
        <source>Round of interventions</source>
        <translation>Ronda de intervenciones</translation>
    </message>
    <message>
        <source>Open discussion in groups</source>
        <translation>Debate abierto en grupos</translation>
    </message>
    <message>
        <source>Report back from the groups</source>
        <translation>Puesta en común de los grupos</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Introducción</translation>
    </message>
    <message>
        <source>Speaker %1</source>
        <translation>Ponente %1</translation>
    </message>
    <message>
        <source>Audience input</source>
        <translation>Intervenciones del público</translation>
    </message>
    <message>
        <source>Speakers and audience input</source>
        <translation>Ponentes e intervenciones del público</translation>
    </message>
    <message>
        <source>Presentations and audience input</source>
        <translation>Presentaciones e intervenciones del público</translation>
    </message>
    <message>
        <source>Open discussion</source>
        <translation>Debate abierto</translation>
    </message>
    <message>
        <source>Summary and key takeaways</source>
        <translation>Resumen y conclusiones clave</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
</context>
<context>
    <name>core::AudienceState</name>
    <message>
        <source>event %1 is not about participants&apos; phones</source>
        <translation>el evento %1 no trata de los teléfonos de los participantes</translation>
    </message>
    <message>
        <source>an event names the phone &quot;%1&quot;, which did not join</source>
        <translation>un evento menciona el teléfono «%1», que no se unió</translation>
    </message>
    <message>
        <source>a phone&apos;s id is 1 to 32 characters</source>
        <translation>el identificador de un teléfono tiene de 1 a 32 caracteres</translation>
    </message>
    <message>
        <source>the phone &quot;%1&quot; joined twice</source>
        <translation>el teléfono «%1» se unió dos veces</translation>
    </message>
    <message>
        <source>no phone &quot;%1&quot; joined</source>
        <translation>ningún teléfono «%1» se ha unido</translation>
    </message>
    <message>
        <source>a phone&apos;s limits are 0 to 60 minutes between questions and 1 to 100 waiting questions</source>
        <translation>los límites de un teléfono son de 0 a 60 minutos entre preguntas y de 1 a 100 preguntas en espera</translation>
    </message>
    <message>
        <source>questions in the inbox are out of order</source>
        <translation>las preguntas de la bandeja de entrada están desordenadas</translation>
    </message>
    <message>
        <source>no question %1 in the inbox</source>
        <translation>no hay ninguna pregunta %1 en la bandeja de entrada</translation>
    </message>
    <message>
        <source>question %1 was already answered</source>
        <translation>la pregunta %1 ya fue atendida</translation>
    </message>
    <message>
        <source>a question is accepted as read, display or bank, not &quot;%1&quot;</source>
        <translation>una pregunta se acepta como read, display o bank, no «%1»</translation>
    </message>
    <message>
        <source>a reaction is agree, disagree or comment, not &quot;%1&quot;</source>
        <translation>una reacción es agree, disagree o comment, no «%1»</translation>
    </message>
    <message>
        <source>shared takeaways are out of order</source>
        <translation>las conclusiones compartidas están desordenadas</translation>
    </message>
</context>
<context>
    <name>core::BreakOutAssigner</name>
    <message>
        <source>%1 and %2</source>
        <comment>the last two of a list</comment>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <source>the break-out item has no groups to assign people to</source>
        <translation>el punto de grupos de trabajo no tiene grupos a los que asignar personas</translation>
    </message>
    <message>
        <source>a person is named twice or has no id</source>
        <translation>una persona aparece dos veces o no tiene identificador</translation>
    </message>
    <message>
        <source>there is nobody to put into groups</source>
        <translation>no hay nadie a quien repartir en grupos</translation>
    </message>
    <message>
        <source>participant %1 leads two groups; a person can lead one group only</source>
        <translation>el participante %1 dirige dos grupos; una persona solo puede dirigir un grupo</translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s) take part online, but no group is online: add an online group</source>
        <translation>
            <numerusform>%Ln persona participa en línea, pero ningún grupo es en línea: añada un grupo en línea</numerusform>
            <numerusform>%Ln personas participan en línea, pero ningún grupo es en línea: añada un grupo en línea</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s) are in the room, but every group is online: add a group in the room</source>
        <translation>
            <numerusform>%Ln persona está en la sala, pero todos los grupos son en línea: añada un grupo en la sala</numerusform>
            <numerusform>%Ln personas están en la sala, pero todos los grupos son en línea: añada un grupo en la sala</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln online group(s) for %1 people online: there are more groups than people</source>
        <translation>
            <numerusform>%Ln grupo en línea para %1 personas en línea: hay más grupos que personas</numerusform>
            <numerusform>%Ln grupos en línea para %1 personas en línea: hay más grupos que personas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln group(s) in the room for %1 people there: there are more groups than people</source>
        <translation>
            <numerusform>%Ln grupo en la sala para %1 personas presentes: hay más grupos que personas</numerusform>
            <numerusform>%Ln grupos en la sala para %1 personas presentes: hay más grupos que personas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the group &quot;%1&quot; has more leaders than its share of %Ln person(s)</source>
        <translation>
            <numerusform>el grupo «%1» tiene más responsables que la %Ln persona que le corresponde</numerusform>
            <numerusform>el grupo «%1» tiene más responsables que las %Ln personas que le corresponden</numerusform>
        </translation>
    </message>
    <message>
        <source>this person is already in the group &quot;%1&quot;</source>
        <translation>esta persona ya está en el grupo «%1»</translation>
    </message>
    <message>
        <source>no group is online: add an online group for people who join online</source>
        <translation>ningún grupo es en línea: añada un grupo en línea para quienes participan en línea</translation>
    </message>
    <message>
        <source>every group is online: add a group in the room</source>
        <translation>todos los grupos son en línea: añada un grupo en la sala</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>group counts: in the room, then online</comment>
        <translation>%1 y %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln group(s) of %1 in the room</source>
        <translation>
            <numerusform>%Ln grupo de %1 en la sala</numerusform>
            <numerusform>%Ln grupos de %1 en la sala</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln online group(s) of %1</source>
        <translation>
            <numerusform>%Ln grupo en línea de %1</numerusform>
            <numerusform>%Ln grupos en línea de %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln group(s) of %1</source>
        <translation>
            <numerusform>%Ln grupo de %1</numerusform>
            <numerusform>%Ln grupos de %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln group(s), nobody in them yet</source>
        <translation>
            <numerusform>%Ln grupo, todavía sin nadie</numerusform>
            <numerusform>%Ln grupos, todavía sin nadie</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; the stakeholder groups&apos; numbers differ by at most %Ln between groups.</source>
        <translation>
            <numerusform>%1; el número de personas de cada grupo de partes interesadas varía como máximo en %Ln entre los grupos.</numerusform>
            <numerusform>%1; el número de personas de cada grupo de partes interesadas varía como máximo en %Ln entre los grupos.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; each has at least one person from %2.</source>
        <translation>%1; cada uno tiene al menos una persona de %2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln person&apos;s own choice could not be kept: the group was full.</source>
        <comment>plural: people&apos;s own choices</comment>
        <translation>
            <numerusform>No se pudo respetar la elección de %Ln persona: el grupo estaba lleno.</numerusform>
            <numerusform>No se pudo respetar la elección de %Ln personas: los grupos estaban llenos.</numerusform>
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
        <translation>de %1 a %2</translation>
    </message>
    <message>
        <source>after &quot;%1&quot;</source>
        <translation>después de «%1»</translation>
    </message>
    <message>
        <source>after %1&apos;s presentation</source>
        <translation>después de la presentación de %1</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>para %1</translation>
    </message>
    <message>
        <source>Briefing for speakers and co-moderators</source>
        <translation>Información para ponentes y comoderadores</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Organizers</source>
        <translation>Organizadores</translation>
    </message>
    <message>
        <source>Onsite moderator</source>
        <translation>Moderador presencial</translation>
    </message>
    <message>
        <source>Online moderator</source>
        <translation>Moderador en línea</translation>
    </message>
    <message>
        <source>Rapporteur</source>
        <translation>Relator</translation>
    </message>
    <message>
        <source>Policy questions</source>
        <translation>Preguntas de política</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punto</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Speaking order</source>
        <translation>Orden de intervención</translation>
    </message>
    <message>
        <source>No invited speakers yet.</source>
        <translation>Aún no hay ponentes invitados.</translation>
    </message>
    <message>
        <source>%1, from %2</source>
        <translation>%1, desde las %2</translation>
    </message>
    <message>
        <source>The empty chair</source>
        <translation>La silla vacía</translation>
    </message>
    <message>
        <source>An empty chair stands next to the speakers. The moderator invites the audience to take it to bring new perspectives or to challenge the speakers; the online moderator takes it on behalf of online participants whenever they wish to join.</source>
        <translation>Junto a los ponentes hay una silla vacía. El moderador invita al público a ocuparla para aportar nuevas perspectivas o cuestionar a los ponentes; el moderador en línea la ocupa en nombre de los participantes en línea siempre que deseen intervenir.</translation>
    </message>
    <message>
        <source>How online participants join</source>
        <translation>Cómo participan los asistentes en línea</translation>
    </message>
    <message>
        <source>The proposal does not say; agree on it with the online moderator.</source>
        <translation>La propuesta no lo indica; acuérdelo con el moderador en línea.</translation>
    </message>
    <message>
        <source>Discussion facilitation</source>
        <translation>Dinamización del debate</translation>
    </message>
    <message>
        <source>Prepared questions</source>
        <translation>Preguntas preparadas</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>Aún no hay ninguna.</translation>
    </message>
</context>
<context>
    <name>core::CaptionFeed</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <extracomment>%1 is a file name, %2 why it cannot be read</extracomment>
        <translation>%1 no se puede leer: %2</translation>
    </message>
</context>
<context>
    <name>core::CommandCatalogue</name>
    <message>
        <source>&quot;participant&quot; must be a whole number</source>
        <translation>«participant» debe ser un número entero</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be text</source>
        <translation>«%1» debe ser texto</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs &quot;%2&quot;</source>
        <translation>«%1» necesita «%2»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be: %2</source>
        <extracomment>%2 is a kind of value: integer, duration, boolean, text, list or object</extracomment>
        <translation>«%1» debe ser de tipo %2</translation>
    </message>
    <message>
        <source>a participant&apos;s id is positive</source>
        <translation>el identificador de un participante debe ser positivo</translation>
    </message>
    <message>
        <source>say who: a participant&apos;s id or a name</source>
        <translation>indique quién: el identificador de un participante o un nombre</translation>
    </message>
    <message>
        <source>a channel is onsite, online or hub, not &quot;%1&quot;</source>
        <translation>un canal es onsite, online o hub, no «%1»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a positive number</source>
        <translation>«%1» debe ser un número positivo</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>comando desconocido «%1»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes no &quot;%2&quot;</source>
        <translation>«%1» no admite «%2»</translation>
    </message>
    <message>
        <source>extend by some time, not zero</source>
        <translation>alargue en algún tiempo, no en cero</translation>
    </message>
    <message>
        <source>pages count from 0</source>
        <translation>las páginas se cuentan desde 0</translation>
    </message>
    <message>
        <source>participation counts are not negative</source>
        <translation>las cifras de participación no pueden ser negativas</translation>
    </message>
    <message>
        <source>name a file</source>
        <translation>indique un archivo</translation>
    </message>
    <message>
        <source>onsite moderator</source>
        <translation>moderador presencial</translation>
    </message>
    <message>
        <source>co-moderator</source>
        <translation>comoderador</translation>
    </message>
    <message>
        <source>online moderator</source>
        <translation>moderador en línea</translation>
    </message>
    <message>
        <source>rapporteur</source>
        <translation>relator</translation>
    </message>
    <message>
        <source>observer</source>
        <translation>observador</translation>
    </message>
    <message>
        <source>room display</source>
        <translation>pantalla de la sala</translation>
    </message>
    <message>
        <source>the %1 may not %2</source>
        <extracomment>%1 is a role (&quot;online moderator&quot;), %2 a command&apos;s name (&quot;chair-open&quot;).</extracomment>
        <translation>el rol %1 no puede ejecutar %2</translation>
    </message>
    <message>
        <source>a phone&apos;s limits are 0 to 60 minutes between questions and 1 to 100 waiting questions</source>
        <translation>los límites de un teléfono son de 0 a 60 minutos entre preguntas y de 1 a 100 preguntas en espera</translation>
    </message>
    <message>
        <source>translator</source>
        <translation>traductor</translation>
    </message>
    <message>
        <source>captioner</source>
        <translation>subtitulador</translation>
    </message>
    <message>
        <source>the volume is 0 to 100</source>
        <translation>el volumen va de 0 a 100</translation>
    </message>
    <message>
        <source>a position in a video is not negative</source>
        <translation>una posición en un vídeo no puede ser negativa</translation>
    </message>
    <message>
        <source>a caption line is empty</source>
        <translation>una línea de subtítulos está vacía</translation>
    </message>
</context>
<context>
    <name>core::DisplayState</name>
    <message>
        <source>unknown scene &quot;%1&quot;</source>
        <translation>escena desconocida «%1»</translation>
    </message>
    <message>
        <source>no media file is chosen</source>
        <translation>no se ha elegido ningún archivo multimedia</translation>
    </message>
    <message>
        <source>a message has 1 to %1 characters</source>
        <translation>un mensaje tiene de 1 a %1 caracteres</translation>
    </message>
    <message>
        <source>there is no such media file</source>
        <translation>no existe ese archivo multimedia</translation>
    </message>
    <message>
        <source>there is no such page</source>
        <translation>no existe esa página</translation>
    </message>
    <message>
        <source>the media file&apos;s description is not valid</source>
        <translation>la descripción del archivo multimedia no es válida</translation>
    </message>
    <message>
        <source>a key takeaway has 1 to %1 characters</source>
        <translation>una conclusión clave tiene de 1 a %1 caracteres</translation>
    </message>
    <message>
        <source>there is no such key takeaway</source>
        <translation>no existe esa conclusión clave</translation>
    </message>
    <message>
        <source>unknown event &quot;%1&quot;</source>
        <translation>evento desconocido «%1»</translation>
    </message>
    <message>
        <source>a comment on a key takeaway has 1 to %1 characters</source>
        <translation>un comentario sobre una conclusión clave tiene de 1 a %1 caracteres</translation>
    </message>
    <message>
        <source>a participant&apos;s id is 1 or more (0: not named)</source>
        <translation>el identificador de un participante es 1 o más (0: sin nombre)</translation>
    </message>
    <message>
        <source>subtitles are shown with their video, not on their own</source>
        <translation>los subtítulos se muestran con su vídeo, no por separado</translation>
    </message>
    <message>
        <source>the volume is 0 to 100</source>
        <translation>el volumen va de 0 a 100</translation>
    </message>
    <message>
        <source>no video is chosen for the room display</source>
        <translation>no se ha elegido ningún vídeo para la pantalla de la sala</translation>
    </message>
    <message>
        <source>a position in a video is not negative</source>
        <translation>una posición en un vídeo no puede ser negativa</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code</source>
        <translation>«%1» no es un código de idioma</translation>
    </message>
    <message>
        <source>a glossary has at most %1 terms</source>
        <translation>un glosario tiene como máximo %1 términos</translation>
    </message>
    <message>
        <source>each glossary term needs an id of its own</source>
        <translation>cada término del glosario necesita su propio identificador</translation>
    </message>
    <message>
        <source>a glossary term has 1 to %1 characters and its explanation at most %2</source>
        <translation>un término del glosario tiene de 1 a %1 caracteres y su explicación, como máximo %2</translation>
    </message>
    <message>
        <source>there is no glossary term %1</source>
        <translation>no existe el término del glosario %1</translation>
    </message>
    <message>
        <source>there is no approved takeaway %1</source>
        <translation>no existe la conclusión aprobada %1</translation>
    </message>
    <message>
        <source>the message&apos;s translation has no id</source>
        <translation>la traducción del mensaje no tiene identificador</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not something that can be translated</source>
        <translation>«%1» no es algo que se pueda traducir</translation>
    </message>
    <message>
        <source>a translation has at most %1 characters</source>
        <translation>una traducción tiene como máximo %1 caracteres</translation>
    </message>
    <message>
        <source>a caption size is small, medium or large, not &quot;%1&quot;</source>
        <translation>el tamaño de los subtítulos es small, medium o large, no «%1»</translation>
    </message>
    <message>
        <source>subtitles belong to a video of the session</source>
        <translation>los subtítulos deben pertenecer a un vídeo de la sesión</translation>
    </message>
    <message>
        <source>only subtitles have a language</source>
        <translation>solo los subtítulos tienen idioma</translation>
    </message>
    <message>
        <source>there is no policy question %1</source>
        <translation>no hay ninguna pregunta de política %1</translation>
    </message>
</context>
<context>
    <name>core::Error</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>El archivo %1 no existe.</translation>
    </message>
    <message>
        <source>The file %1 already exists and was left untouched.</source>
        <translation>El archivo %1 ya existe y no se ha modificado.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Moderato. It was not opened and not changed.</source>
        <translation>%1 se escribió con una versión más reciente de Moderato. No se ha abierto ni modificado.</translation>
    </message>
    <message>
        <source>The session file could not be read or written: %1</source>
        <translation>No se pudo leer o escribir el archivo de sesión: %1</translation>
    </message>
    <message>
        <source>Input/output error: %1</source>
        <translation>Error de entrada/salida: %1</translation>
    </message>
    <message>
        <source>Could not read the input: %1</source>
        <translation>No se pudo leer la entrada: %1</translation>
    </message>
    <message>
        <source>Invalid argument: %1</source>
        <translation>Argumento no válido: %1</translation>
    </message>
    <message>
        <source>Not possible now: %1</source>
        <translation>No es posible ahora: %1</translation>
    </message>
    <message>
        <source>%1 is not a Moderato session file. It was left untouched.</source>
        <translation>%1 no es un archivo de sesión de Moderato. No se ha modificado.</translation>
    </message>
    <message>
        <source>The session file is damaged and was left untouched: %1</source>
        <translation>El archivo de sesión está dañado y no se ha modificado: %1</translation>
    </message>
    <message>
        <source>%1 is open in another Moderato window or program, which is the only one that may write to it. Nothing was changed.</source>
        <translation>%1 está abierto en otra ventana de Moderato o en otro programa, que es el único que puede escribir en él. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>%1 cannot be written (the file, its folder or the disk is read-only). Nothing was changed.</source>
        <translation>No se puede escribir en %1 (el archivo, su carpeta o el disco son de solo lectura). No se ha cambiado nada.</translation>
    </message>
</context>
<context>
    <name>core::EventCatalogue</name>
    <message>
        <source>it holds the event &quot;%1&quot; of event vocabulary %2; this version knows vocabulary %3</source>
        <translation>contiene el evento «%1» del vocabulario de eventos %2; esta versión conoce el vocabulario %3</translation>
    </message>
    <message>
        <source>it holds the event &quot;%1&quot;, which this version does not know</source>
        <translation>contiene el evento «%1», que esta versión no conoce</translation>
    </message>
    <message>
        <source>the event &quot;%1&quot; lacks its field &quot;%2&quot;</source>
        <translation>al evento «%1» le falta su campo «%2»</translation>
    </message>
    <message>
        <source>the field &quot;%2&quot; of the event &quot;%1&quot; is not %3</source>
        <translation>el campo «%2» del evento «%1» no es de tipo %3</translation>
    </message>
</context>
<context>
    <name>core::EventLog</name>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>no es un objeto JSON</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number</source>
        <translation>«%1» debe ser un número entero</translation>
    </message>
    <message>
        <source>an event needs a &quot;type&quot; text and a &quot;data&quot; object</source>
        <translation>un evento necesita un texto «type» y un objeto «data»</translation>
    </message>
    <message>
        <source>event number %1 where %2 was expected</source>
        <translation>evento número %1 cuando se esperaba el %2</translation>
    </message>
    <message>
        <source>the log holds no events</source>
        <translation>el registro no contiene eventos</translation>
    </message>
    <message>
        <source>the log is larger than %1, the most a log may have</source>
        <extracomment>%1 is the largest log accepted, like &quot;67.1 MB&quot;</extracomment>
        <translation>el registro supera %1, el máximo que puede ocupar un registro</translation>
    </message>
    <message>
        <source>longer than %1, the most one event may take</source>
        <extracomment>%1 is the longest line accepted, like &quot;33.6 MB&quot;</extracomment>
        <translation>más largo que %1, el máximo que puede ocupar un evento</translation>
    </message>
    <message>
        <source>more than %1 events, the most a log may hold</source>
        <translation>más de %1 eventos, el máximo que puede contener un registro</translation>
    </message>
    <message>
        <source>%1 is too large (%2); an event log may have at most %3</source>
        <extracomment>%1 is a file name, %2 its size, %3 the largest log accepted (both like &quot;67.1 MB&quot;)</extracomment>
        <translation>%1 es demasiado grande (%2); un registro de eventos puede ocupar como máximo %3</translation>
    </message>
    <message>
        <source>%1 is larger than %2, the most an event log may have</source>
        <extracomment>%1 is a file name, %2 the largest log accepted (like &quot;67.1 MB&quot;)</extracomment>
        <translation>%1 supera %2, el máximo que puede ocupar un registro de eventos</translation>
    </message>
    <message>
        <source>%1: the log was made by a newer version of Moderato</source>
        <translation>%1: el registro se creó con una versión más reciente de Moderato</translation>
    </message>
</context>
<context>
    <name>core::FloorState</name>
    <message>
        <source>a participant needs an id and a name</source>
        <translation>un participante necesita un identificador y un nombre</translation>
    </message>
    <message>
        <source>unknown channel &quot;%1&quot;</source>
        <translation>canal desconocido «%1»</translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot;</source>
        <translation>rol desconocido «%1»</translation>
    </message>
    <message>
        <source>there is no such participant</source>
        <translation>no existe ese participante</translation>
    </message>
    <message>
        <source>participant %1 exists already</source>
        <translation>el participante %1 ya existe</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already a participant</source>
        <translation>«%1» ya es participante</translation>
    </message>
    <message>
        <source>a turn at the floor is a speaker&apos;s or the audience&apos;s</source>
        <translation>un turno de palabra corresponde a un ponente o al público</translation>
    </message>
    <message>
        <source>a turn needs a time limit of at least 10 seconds</source>
        <translation>un turno necesita un límite de tiempo de al menos 10 segundos</translation>
    </message>
    <message>
        <source>there is no such request to speak</source>
        <translation>no existe esa petición de palabra</translation>
    </message>
    <message>
        <source>nobody holds the floor</source>
        <translation>nadie tiene la palabra</translation>
    </message>
    <message>
        <source>requests to speak are out of order</source>
        <translation>las peticiones de palabra están desordenadas</translation>
    </message>
    <message>
        <source>%1 is already waiting to speak</source>
        <translation>%1 ya está esperando para hablar</translation>
    </message>
    <message>
        <source>the new order does not match the queue</source>
        <translation>el nuevo orden no coincide con la cola</translation>
    </message>
    <message>
        <source>unknown queue order &quot;%1&quot;</source>
        <translation>orden de cola desconocido «%1»</translation>
    </message>
    <message>
        <source>the empty chair is already open</source>
        <translation>la silla vacía ya está abierta</translation>
    </message>
    <message>
        <source>%1 is in the room: only remote participants claim the chair through the online moderator</source>
        <translation>%1 está en la sala: solo los participantes remotos solicitan la silla a través del moderador en línea</translation>
    </message>
    <message>
        <source>a claim on the empty chair is already waiting</source>
        <translation>ya hay una solicitud de la silla vacía en espera</translation>
    </message>
    <message>
        <source>no claim on the empty chair is waiting</source>
        <translation>no hay ninguna solicitud de la silla vacía en espera</translation>
    </message>
    <message>
        <source>the empty chair is not open</source>
        <translation>la silla vacía no está abierta</translation>
    </message>
    <message>
        <source>someone already sits in the empty chair</source>
        <translation>alguien ya ocupa la silla vacía</translation>
    </message>
    <message>
        <source>nobody sits in the empty chair</source>
        <translation>nadie ocupa la silla vacía</translation>
    </message>
    <message>
        <source>%1 is not an invited speaker</source>
        <translation>%1 no es un ponente invitado</translation>
    </message>
    <message>
        <source>the speaking order must list every invited speaker once</source>
        <translation>el orden de intervención debe incluir una vez a cada ponente invitado</translation>
    </message>
    <message>
        <source>only invited speakers can be skipped</source>
        <translation>solo se puede saltar a los ponentes invitados</translation>
    </message>
    <message>
        <source>unknown event &quot;%1&quot;</source>
        <translation>evento desconocido «%1»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds the floor; end the turn before changing the roles</source>
        <translation>«%1» tiene la palabra; termine el turno antes de cambiar los roles</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has taken part in the session and stays in its record</source>
        <translation>«%1» ha participado en la sesión y permanece en su registro</translation>
    </message>
    <message>
        <source>a turn&apos;s time limit can be at most one hour</source>
        <translation>el límite de tiempo de un turno es como máximo de una hora</translation>
    </message>
    <message>
        <source>the warning time must be between 0 and 30 minutes</source>
        <translation>el tiempo de aviso debe estar entre 0 y 30 minutos</translation>
    </message>
    <message>
        <source>the walk-in is not the participant of the event</source>
        <translation>el participante no inscrito no es el participante del evento</translation>
    </message>
    <message>
        <source>a walk-in is not an invited speaker</source>
        <translation>un participante no inscrito no es un ponente invitado</translation>
    </message>
    <message>
        <source>this event cannot add a participant</source>
        <translation>este evento no puede añadir un participante</translation>
    </message>
    <message>
        <source>a phone joined without its participant</source>
        <translation>un teléfono se unió sin su participante</translation>
    </message>
    <message>
        <source>a report-back names no break-out group</source>
        <translation>una puesta en común no indica ningún grupo de trabajo</translation>
    </message>
</context>
<context>
    <name>core::MemoryStore</name>
    <message>
        <source>event %1 does not follow event %2</source>
        <translation>el evento %1 no sigue al evento %2</translation>
    </message>
    <message>
        <source>the session is open read-only</source>
        <translation>la sesión está abierta en modo de solo lectura</translation>
    </message>
    <message>
        <source>media %1 is stored already</source>
        <translation>el archivo multimedia %1 ya está guardado</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a file name</source>
        <translation>«%1» no es un nombre de archivo</translation>
    </message>
    <message>
        <source>%1 is open here: save the copy under another name</source>
        <translation>%1 está abierto aquí: guarde la copia con otro nombre</translation>
    </message>
</context>
<context>
    <name>core::NoteState</name>
    <message>
        <source>unknown note tag &quot;%1&quot;</source>
        <translation>etiqueta de nota desconocida «%1»</translation>
    </message>
    <message>
        <source>a note has 1 to %1 characters</source>
        <translation>una nota tiene de 1 a %1 caracteres</translation>
    </message>
    <message>
        <source>there is no such policy question</source>
        <translation>no existe esa pregunta de política</translation>
    </message>
    <message>
        <source>note %1 exists already</source>
        <translation>la nota %1 ya existe</translation>
    </message>
    <message>
        <source>a note cannot be typed after it is saved</source>
        <translation>una nota no puede escribirse después de guardarse</translation>
    </message>
    <message>
        <source>there is no such note</source>
        <translation>no existe esa nota</translation>
    </message>
    <message>
        <source>unknown event &quot;%1&quot;</source>
        <translation>evento desconocido «%1»</translation>
    </message>
</context>
<context>
    <name>core::NotesModel</name>
    <message>
        <source>%1 (empty chair)</source>
        <translation>%1 (silla vacía)</translation>
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
        <translation>el archivo tiene más de %1 filas</translation>
    </message>
    <message>
        <source>line %1: a quoted cell is not closed</source>
        <translation>línea %1: una celda entre comillas no está cerrada</translation>
    </message>
    <message>
        <source>the file is larger than 5 MB</source>
        <translation>el archivo ocupa más de 5 MB</translation>
    </message>
    <message>
        <source>this is not a text file</source>
        <translation>este no es un archivo de texto</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>el archivo no es texto UTF-8</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>the first row must name the columns, one of them &quot;name&quot;</source>
        <translation>la primera fila debe nombrar las columnas, una de ellas «name»</translation>
    </message>
    <message>
        <source>line %1: no name; the row is skipped</source>
        <translation>línea %1: sin nombre; se omite la fila</translation>
    </message>
    <message>
        <source>line %1: the name is longer than 200 characters; the row is skipped</source>
        <translation>línea %1: el nombre tiene más de 200 caracteres; se omite la fila</translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; appears twice; the later row is skipped</source>
        <translation>línea %1: «%2» aparece dos veces; se omite la fila posterior</translation>
    </message>
    <message>
        <source>line %1: a hub without a name; &quot;%2&quot; joins online</source>
        <translation>línea %1: un hub sin nombre; «%2» participa en línea</translation>
    </message>
    <message>
        <source>line %1: unknown channel &quot;%2&quot;; &quot;%3&quot; joins onsite</source>
        <translation>línea %1: canal desconocido «%2»; «%3» participa de forma presencial</translation>
    </message>
    <message>
        <source>line %1: unknown role &quot;%2&quot; is left out</source>
        <translation>línea %1: se omite el rol desconocido «%2»</translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot;: %2</source>
        <translation>no se puede leer «%1»: %2</translation>
    </message>
</context>
<context>
    <name>core::PersonEntryParser</name>
    <message>
        <source>Type the name first, then what you know of them, e.g. &quot;%1&quot;.</source>
        <translation>Escriba primero el nombre y después lo que sepa de la persona, p. ej. «%1».</translation>
    </message>
    <message>
        <source>Name the remote hub after &quot;hub&quot;, e.g. &quot;%1&quot;.</source>
        <translation>Indique el nombre del hub remoto después de «hub», p. ej. «%1».</translation>
    </message>
    <message>
        <source>A name, then, after commas or slashes and in any order: stakeholder group (government, private sector, civil society, technical community, IGO), regional group (Africa, Asia-Pacific, EEG, GRULAC, WEOG), gender (woman, man, non-binary) and channel (room, online, hub NAME). Anything else is kept as the organisation.
Example: %1</source>
        <translation>Un nombre y, después, separados por comas o barras y en cualquier orden (en inglés): grupo de partes interesadas (government, private sector, civil society, technical community, IGO), grupo regional (Africa, Asia-Pacific, EEG, GRULAC, WEOG), género (woman, man, non-binary) y canal (room, online, hub NOMBRE). Todo lo demás se guarda como la organización.
Ejemplo: %1</translation>
    </message>
</context>
<context>
    <name>core::PreparationChecks</name>
    <message>
        <source>onsite moderator</source>
        <translation>moderador presencial</translation>
    </message>
    <message>
        <source>online moderator</source>
        <translation>moderador en línea</translation>
    </message>
    <message>
        <source>rapporteur</source>
        <translation>relator</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <source>%1, %2 and %3</source>
        <translation>%1, %2 y %3</translation>
    </message>
    <message>
        <source>%1 is %2 at once: one person can hardly follow the room, the online participants and the notes together. Consider asking someone else to take one of these roles.</source>
        <translation>%1 es a la vez %2: es difícil que una sola persona siga al mismo tiempo la sala, a los participantes en línea y las notas. Considere pedir a otra persona que asuma uno de estos roles.</translation>
    </message>
</context>
<context>
    <name>core::ProposalImporter</name>
    <message>
        <source>The title &quot;%1&quot; has no workshop code such as &quot;IGF 2019 WS #195&quot;.</source>
        <translation>El título «%1» no tiene un código de taller como «IGF 2019 WS #195».</translation>
    </message>
    <message>
        <source>The organizer line &quot;%1&quot; names no person; it was left out.</source>
        <translation>La línea de organizador «%1» no nombra a ninguna persona; se ha omitido.</translation>
    </message>
    <message>
        <source>The speaker line &quot;%1&quot; names no person; it was left out.</source>
        <translation>La línea de ponente «%1» no nombra a ninguna persona; se ha omitido.</translation>
    </message>
    <message>
        <source>Could not read the onsite moderator from &quot;%1&quot;.</source>
        <translation>No se pudo leer el moderador presencial de «%1».</translation>
    </message>
    <message>
        <source>Could not read the online moderator from &quot;%1&quot;.</source>
        <translation>No se pudo leer el moderador en línea de «%1».</translation>
    </message>
    <message>
        <source>Could not read the rapporteur from &quot;%1&quot;.</source>
        <translation>No se pudo leer el relator de «%1».</translation>
    </message>
    <message>
        <source>The line &quot;%1&quot; after the online moderator has no &quot;Rapporteur:&quot; label; it was read as the rapporteur.</source>
        <translation>La línea «%1» después del moderador en línea no tiene la etiqueta «Rapporteur:»; se ha leído como el relator.</translation>
    </message>
    <message>
        <source>The proposal has no agenda; one was built for %L1 minutes.</source>
        <translation>La propuesta no tiene agenda; se ha creado una para %L1 minutos.</translation>
    </message>
    <message>
        <source>The proposal has no agenda; one was built for the format &quot;%1&quot; and %L2 minutes.</source>
        <translation>La propuesta no tiene agenda; se ha creado una para el formato «%1» y %L2 minutos.</translation>
    </message>
    <message>
        <source>Introduction of speakers and ice-breaker</source>
        <translation>Presentación de los ponentes y actividad para romper el hielo</translation>
    </message>
    <message>
        <source>Agenda item %1</source>
        <translation>Punto de la agenda %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln agenda item(s) give no duration: %1. They share the minutes the other items leave of the session.</source>
        <translation>
            <numerusform>%Ln punto de la agenda no indica duración: %1. Recibe los minutos que los demás puntos dejan libres en la sesión.</numerusform>
            <numerusform>%Ln puntos de la agenda no indican duración: %1. Se reparten los minutos que los demás puntos dejan libres en la sesión.</numerusform>
        </translation>
    </message>
    <message>
        <source>The agenda gives the floor to the speakers, but the proposal names none; &quot;%1&quot; was kept as one item.</source>
        <translation>La agenda da la palabra a los ponentes, pero la propuesta no nombra a ninguno; «%1» se ha mantenido como un solo punto.</translation>
    </message>
    <message>
        <source>The agenda adds up to %L1 minutes; the format says %L2 (%L3 more).</source>
        <translation>La agenda suma %L1 minutos; el formato indica %L2 (%L3 más).</translation>
    </message>
    <message>
        <source>The agenda adds up to %L1 minutes; the format says %L2 (%L3 fewer).</source>
        <translation>La agenda suma %L1 minutos; el formato indica %L2 (%L3 menos).</translation>
    </message>
    <message>
        <source>the text is not an IGF workshop proposal: it has no title with a workshop code and none of the fields such as &quot;Speaker 1:&quot;</source>
        <translation>el texto no es una propuesta de taller del FGI: no tiene un título con código de taller ni campos como «Speaker 1:»</translation>
    </message>
    <message>
        <source>Untitled workshop</source>
        <translation>Taller sin título</translation>
    </message>
    <message>
        <source>The proposal has no title; the session is called &quot;%1&quot;.</source>
        <translation>La propuesta no tiene título; la sesión se llama «%1».</translation>
    </message>
    <message>
        <source>The proposal names no speakers.</source>
        <translation>La propuesta no nombra ponentes.</translation>
    </message>
    <message>
        <source>The proposal names no session format; %L1 minutes were assumed.</source>
        <translation>La propuesta no indica el formato de la sesión; se han supuesto %L1 minutos.</translation>
    </message>
    <message>
        <source>The session format &quot;%1&quot; gives no duration; %L2 minutes were assumed.</source>
        <translation>El formato de sesión «%1» no indica duración; se han supuesto %L2 minutos.</translation>
    </message>
    <message>
        <source>The proposal names no onsite moderator.</source>
        <translation>La propuesta no nombra un moderador presencial.</translation>
    </message>
    <message>
        <source>The proposal names no online moderator.</source>
        <translation>La propuesta no nombra un moderador en línea.</translation>
    </message>
    <message>
        <source>The proposal names no rapporteur.</source>
        <translation>La propuesta no nombra un relator.</translation>
    </message>
    <message>
        <source>The proposal has no policy questions.</source>
        <translation>La propuesta no tiene preguntas de política.</translation>
    </message>
    <message>
        <source>%L1 MB is too large for a proposal (at most 2 MB)</source>
        <translation>%L1 MB es demasiado para una propuesta (2 MB como máximo)</translation>
    </message>
    <message>
        <source>the proposal is empty</source>
        <translation>la propuesta está vacía</translation>
    </message>
    <message>
        <source>the proposal holds binary data, not text</source>
        <translation>la propuesta contiene datos binarios, no texto</translation>
    </message>
    <message>
        <source>the proposal is not UTF-8 text</source>
        <translation>la propuesta no es texto UTF-8</translation>
    </message>
    <message>
        <source>Only the first %1 speakers were read.</source>
        <translation>Solo se leyeron los primeros %1 ponentes.</translation>
    </message>
    <message>
        <source>Only the first %1 agenda lines were read.</source>
        <translation>Solo se leyeron las primeras %1 líneas del orden del día.</translation>
    </message>
    <message>
        <source>%1 minutes are too few for a slot for each of the %2 speakers and the audience after each; &quot;%3&quot; was kept as one item.</source>
        <translation>%1 minutos no bastan para un turno de cada uno de los %2 ponentes y del público después de cada uno; &quot;%3&quot; se mantuvo como un solo punto.</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Grupo %1</translation>
    </message>
    <message>
        <source>Online group</source>
        <translation>Grupo en línea</translation>
    </message>
</context>
<context>
    <name>core::QuestionBank</name>
    <message>
        <source>a session can have at most %1 prepared questions</source>
        <translation>una sesión puede tener como máximo %1 preguntas preparadas</translation>
    </message>
    <message>
        <source>a prepared question has an invalid id</source>
        <translation>una pregunta preparada tiene un identificador no válido</translation>
    </message>
    <message>
        <source>a prepared question needs a text of 1 to %1 characters</source>
        <translation>una pregunta preparada necesita un texto de 1 a %1 caracteres</translation>
    </message>
    <message>
        <source>a prepared question belongs to no agenda item</source>
        <translation>una pregunta preparada no pertenece a ningún punto de la agenda</translation>
    </message>
    <message>
        <source>a prepared question is for no participant</source>
        <translation>una pregunta preparada no está dirigida a ningún participante</translation>
    </message>
    <message>
        <source>there is no such prepared question</source>
        <translation>no existe esa pregunta preparada</translation>
    </message>
    <message>
        <source>unknown event &quot;%1&quot;</source>
        <translation>evento desconocido «%1»</translation>
    </message>
    <message>
        <source>a prepared question needs a text</source>
        <translation>una pregunta preparada necesita un texto</translation>
    </message>
</context>
<context>
    <name>core::ReplayScript</name>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <source>a quote is not closed</source>
        <translation>hay una comilla sin cerrar</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time (M:SS or H:MM:SS)</source>
        <translation>«%1» no es una marca de tiempo (M:SS o H:MM:SS)</translation>
    </message>
    <message>
        <source>the time goes backwards</source>
        <translation>el tiempo retrocede</translation>
    </message>
    <message>
        <source>an action is missing after the time</source>
        <translation>falta una acción después de la marca de tiempo</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot;; known actions: %2</source>
        <translation>acción desconocida «%1»; acciones conocidas: %2</translation>
    </message>
    <message>
        <source>wrong number of arguments for &quot;%1&quot;</source>
        <translation>número de argumentos incorrecto para «%1»</translation>
    </message>
    <message>
        <source>goto needs an item number from 1</source>
        <translation>goto necesita un número de punto a partir de 1</translation>
    </message>
    <message>
        <source>extend needs +M or -M minutes</source>
        <translation>extend necesita +M o -M minutos</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 necesita un valor</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not take the option %2</source>
        <translation>«%1» no admite la opción %2</translation>
    </message>
    <message>
        <source>a name is empty</source>
        <translation>un nombre está vacío</translation>
    </message>
    <message>
        <source>a note&apos;s tags are #takeaway, #action, #question, #agree, #disagree or #quote</source>
        <translation>las etiquetas de una nota son #takeaway, #action, #question, #agree, #disagree o #quote</translation>
    </message>
    <message>
        <source>--%1 takes %2</source>
        <translation>--%1 necesita %2</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un número entero</translation>
    </message>
    <message>
        <source>a duration such as 90s, 2m, -1m or 1:30</source>
        <translation>una duración como 90s, 2m, -1m o 1:30</translation>
    </message>
    <message>
        <source>yes or no</source>
        <translation>yes o no</translation>
    </message>
    <message>
        <source>a JSON object or list</source>
        <translation>un objeto o una lista JSON</translation>
    </message>
    <message>
        <source>nobody is called &quot;%1&quot;</source>
        <translation>nadie se llama «%1»</translation>
    </message>
    <message>
        <source>--question needs a policy question&apos;s number from 1</source>
        <translation>--question necesita un número de pregunta de política a partir de 1</translation>
    </message>
    <message>
        <source>groups needs the break-out item&apos;s id first</source>
        <translation>groups necesita primero el identificador del punto de grupos de trabajo</translation>
    </message>
    <message>
        <source>report-back takes a group&apos;s id</source>
        <translation>report-back recibe el identificador de un grupo</translation>
    </message>
    <message>
        <source>--group needs a break-out group&apos;s id</source>
        <translation>--group necesita el identificador de un grupo de trabajo</translation>
    </message>
</context>
<context>
    <name>core::Report</name>
    <message>
        <source>Key policy questions and expectations</source>
        <translation>Principales preguntas de política y expectativas</translation>
    </message>
    <message>
        <source>Discussion areas</source>
        <translation>Áreas de debate</translation>
    </message>
    <message>
        <source>Policy recommendations or suggestions for the way forward</source>
        <translation>Recomendaciones de política o sugerencias sobre el camino a seguir</translation>
    </message>
    <message>
        <source>Other initiatives addressing the session issues</source>
        <translation>Otras iniciativas que abordan las cuestiones de la sesión</translation>
    </message>
    <message>
        <source>Making progress for tackled issues</source>
        <translation>Avances en las cuestiones abordadas</translation>
    </message>
    <message>
        <source>Estimated participation</source>
        <translation>Participación estimada</translation>
    </message>
    <message>
        <source>Reflection to gender issues</source>
        <translation>Consideración de las cuestiones de género</translation>
    </message>
    <message>
        <source>Session outputs</source>
        <translation>Resultados de la sesión</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Fecha: %1</translation>
    </message>
    <message>
        <source>Organizers</source>
        <translation>Organizadores</translation>
    </message>
    <message>
        <source>Rapporteur</source>
        <translation>Relator</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Ponentes</translation>
    </message>
    <message>
        <source>Short report</source>
        <translation>Informe breve</translation>
    </message>
    <message>
        <source>Key takeaways</source>
        <translation>Conclusiones clave</translation>
    </message>
    <message>
        <source>Calls to action</source>
        <translation>Llamadas a la acción</translation>
    </message>
    <message>
        <source>Long report</source>
        <translation>Informe extenso</translation>
    </message>
    <message>
        <source>Floor time by stakeholder group</source>
        <translation>Tiempo de palabra por grupo de partes interesadas</translation>
    </message>
    <message>
        <source>Stakeholder group</source>
        <translation>Grupo de partes interesadas</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>Turns</source>
        <translation>Turnos</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>sin indicar</translation>
    </message>
    <message>
        <source>Planned and actual time</source>
        <translation>Tiempo previsto y real</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Punto de la agenda</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Previsto</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Real</translation>
    </message>
    <message>
        <source>stakeholder group not given</source>
        <translation>grupo de partes interesadas no indicado</translation>
    </message>
    <message numerus="yes">
        <source>%Ln participant(s) joined from their phones</source>
        <translation>
            <numerusform>%Ln participante se unió desde su teléfono</numerusform>
            <numerusform>%Ln participantes se unieron desde sus teléfonos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln written question(s) sent</source>
        <translation>
            <numerusform>%Ln pregunta escrita enviada</numerusform>
            <numerusform>%Ln preguntas escritas enviadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln taken up by the moderator</source>
        <translation>
            <numerusform>%Ln atendida por el moderador</numerusform>
            <numerusform>%Ln atendidas por el moderador</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2)</source>
        <translation>«%1» (%2)</translation>
    </message>
    <message>
        <source>%1 — agree: %2, disagree: %3</source>
        <translation>%1 — de acuerdo: %2, en desacuerdo: %3</translation>
    </message>
    <message>
        <source>Comments: %1</source>
        <translation>Comentarios: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>From participants&apos; phones</source>
        <translation>Desde los teléfonos de los participantes</translation>
    </message>
    <message>
        <source>Reactions to the key takeaways</source>
        <translation>Reacciones a las conclusiones clave</translation>
    </message>
    <message>
        <source>Participants&apos; own key takeaways</source>
        <translation>Conclusiones clave de los propios participantes</translation>
    </message>
    <message>
        <source>No Poverty</source>
        <translation>Fin de la pobreza</translation>
    </message>
    <message>
        <source>Zero Hunger</source>
        <translation>Hambre cero</translation>
    </message>
    <message>
        <source>Good Health and Well-Being</source>
        <translation>Salud y bienestar</translation>
    </message>
    <message>
        <source>Quality Education</source>
        <translation>Educación de calidad</translation>
    </message>
    <message>
        <source>Gender Equality</source>
        <translation>Igualdad de género</translation>
    </message>
    <message>
        <source>Clean Water and Sanitation</source>
        <translation>Agua limpia y saneamiento</translation>
    </message>
    <message>
        <source>Affordable and Clean Energy</source>
        <translation>Energía asequible y no contaminante</translation>
    </message>
    <message>
        <source>Decent Work and Economic Growth</source>
        <translation>Trabajo decente y crecimiento económico</translation>
    </message>
    <message>
        <source>Industry, Innovation and Infrastructure</source>
        <translation>Industria, innovación e infraestructura</translation>
    </message>
    <message>
        <source>Reduced Inequalities</source>
        <translation>Reducción de las desigualdades</translation>
    </message>
    <message>
        <source>Sustainable Cities and Communities</source>
        <translation>Ciudades y comunidades sostenibles</translation>
    </message>
    <message>
        <source>Responsible Consumption and Production</source>
        <translation>Producción y consumo responsables</translation>
    </message>
    <message>
        <source>Climate Action</source>
        <translation>Acción por el clima</translation>
    </message>
    <message>
        <source>Life Below Water</source>
        <translation>Vida submarina</translation>
    </message>
    <message>
        <source>Life on Land</source>
        <translation>Vida de ecosistemas terrestres</translation>
    </message>
    <message>
        <source>Peace, Justice and Strong Institutions</source>
        <translation>Paz, justicia e instituciones sólidas</translation>
    </message>
    <message>
        <source>Partnerships for the Goals</source>
        <translation>Alianzas para lograr los objetivos</translation>
    </message>
    <message>
        <source>Women: %1 of the %2 people who took the floor (%3 % of the floor time).</source>
        <translation>Mujeres: %1 de las %2 personas que tomaron la palabra (%3 % del tiempo de palabra).</translation>
    </message>
    <message>
        <source>Men: %1 (%2 %). Gender described otherwise: %3 (%4 %). Gender not given: %5 (%6 %).</source>
        <translation>Hombres: %1 (%2 %). Género descrito de otra forma: %3 (%4 %). Género no indicado: %5 (%6 %).</translation>
    </message>
    <message>
        <source>Invited speakers who are women: %1 of %2.</source>
        <translation>Mujeres entre los ponentes invitados: %1 de %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>Other initiatives: the names of the initiatives a sentence names, then the sentence</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Entered by the rapporteur: onsite %1, online %2, of whom women %3.</source>
        <translation>Cifras del relator: %1 presenciales, %2 en línea, de ellos %3 mujeres.</translation>
    </message>
    <message>
        <source>Estimated from who took part (the floor, the queue, the empty chair, phones): %1 in the room, %2 online, %3 at a remote hub.</source>
        <translation>Estimación a partir de quienes participaron (la palabra, la cola, la silla vacía, los teléfonos): %1 en la sala, %2 en línea, %3 en un hub remoto.</translation>
    </message>
    <message>
        <source>Women: %1 of the %2 people whose gender is known.</source>
        <translation>Mujeres: %1 de las %2 personas cuyo género se conoce.</translation>
    </message>
    <message>
        <source>Nobody&apos;s gender is known.</source>
        <translation>No se conoce el género de nadie.</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <extracomment>When the session ran: its start and end time</extracomment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Goal %1: %2</source>
        <extracomment>A Sustainable Development Goal: its number and title</extracomment>
        <translation>Objetivo %1: %2</translation>
    </message>
    <message>
        <source>Finding: %1</source>
        <translation>Hallazgo: %1</translation>
    </message>
    <message>
        <source>Agreement: %1</source>
        <translation>Acuerdo: %1</translation>
    </message>
    <message>
        <source>Disagreement: %1</source>
        <translation>Desacuerdo: %1</translation>
    </message>
    <message>
        <source>participant %1</source>
        <translation>participante %1</translation>
    </message>
    <message>
        <source>in the room</source>
        <translation>en la sala</translation>
    </message>
    <message>
        <source>online</source>
        <translation>en línea</translation>
    </message>
    <message>
        <source>at the hub %1</source>
        <translation>en el hub %1</translation>
    </message>
    <message numerus="yes">
        <source>The empty chair was opened %Ln time(s)</source>
        <translation>
            <numerusform>La silla vacía se abrió %Ln vez</numerusform>
            <numerusform>La silla vacía se abrió %Ln veces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s) sat there</source>
        <translation>
            <numerusform>%Ln persona la ocupó</numerusform>
            <numerusform>%Ln personas la ocuparon</numerusform>
        </translation>
    </message>
    <message>
        <source>for %1 in all.</source>
        <translation>durante %1 en total.</translation>
    </message>
    <message>
        <source>Time: %1</source>
        <translation>Horario: %1</translation>
    </message>
    <message>
        <source>Sustainable Development Goals</source>
        <translation>Objetivos de Desarrollo Sostenible</translation>
    </message>
    <message>
        <source>Onsite moderator</source>
        <translation>Moderador presencial</translation>
    </message>
    <message>
        <source>Online moderator</source>
        <translation>Moderador en línea</translation>
    </message>
    <message>
        <source>Draft from the session, for the rapporteur to confirm.</source>
        <translation>Borrador a partir de la sesión, pendiente de que el relator lo confirme.</translation>
    </message>
    <message>
        <source>Floor time in the room, online and at hubs</source>
        <translation>Tiempo de palabra en la sala, en línea y en los hubs</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Proporción</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>The empty chair</source>
        <translation>La silla vacía</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Apertura</translation>
    </message>
    <message>
        <source>Who sat there</source>
        <translation>Quién la ocupó</translation>
    </message>
    <message>
        <source>Via the online moderator</source>
        <translation>A través del moderador en línea</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nadie</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Invited speakers who are women: %1 of %2; gender not given for %3.</source>
        <translation>Mujeres entre los ponentes invitados: %1 de %2; género no indicado para %3.</translation>
    </message>
    <message>
        <source>at %1</source>
        <extracomment>Where a drafted line comes from: the time on the session&apos;s clock</extracomment>
        <translation>en %1</translation>
    </message>
    <message>
        <source>the rapporteur&apos;s note %1</source>
        <translation>la nota %1 del relator</translation>
    </message>
    <message>
        <source>transcript, line %1</source>
        <translation>transcripción, línea %1</translation>
    </message>
    <message>
        <source>someone in the room</source>
        <translation>alguien en la sala</translation>
    </message>
    <message>
        <source>On &quot;%1&quot;: %2: %3</source>
        <translation>Sobre «%1»: %2: %3</translation>
    </message>
    <message>
        <source>Room: %1</source>
        <translation>Sala: %1</translation>
    </message>
    <message>
        <source>Comments from the room on the key takeaways</source>
        <translation>Comentarios de la sala sobre las conclusiones clave</translation>
    </message>
    <message>
        <source>Sources of the drafted lines</source>
        <translation>Fuentes de las líneas del borrador</translation>
    </message>
    <message>
        <source>Break-out groups</source>
        <translation>Grupos de trabajo</translation>
    </message>
    <message>
        <source>Topic: %1</source>
        <translation>Tema: %1</translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation>Lugar: %1</translation>
    </message>
    <message>
        <source>Facilitator: %1</source>
        <translation>Facilitador: %1</translation>
    </message>
    <message>
        <source>Rapporteur: %1</source>
        <translation>Relator: %1</translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation>Quiénes participaron</translation>
    </message>
    <message>
        <source>Key points</source>
        <translation>Puntos clave</translation>
    </message>
    <message>
        <source>Report-back: %1</source>
        <translation>Puesta en común: %1</translation>
    </message>
    <message>
        <source>Notes from the report-back</source>
        <translation>Notas de la puesta en común</translation>
    </message>
</context>
<context>
    <name>core::ReportState</name>
    <message>
        <source>the report has no field &quot;%1&quot;</source>
        <translation>el informe no tiene ningún campo «%1»</translation>
    </message>
    <message>
        <source>a report field has at most 20,000 characters</source>
        <translation>un campo del informe tiene como máximo 20&#xa0;000 caracteres</translation>
    </message>
    <message>
        <source>participation counts are 0 or more, and women are at most everyone counted</source>
        <translation>las cifras de participación son 0 o más, y el número de mujeres no supera el total contado</translation>
    </message>
    <message>
        <source>the transcript holds no turns</source>
        <translation>la transcripción no contiene intervenciones</translation>
    </message>
    <message>
        <source>unknown event &quot;%1&quot;</source>
        <translation>evento desconocido «%1»</translation>
    </message>
    <message>
        <source>the transcript&apos;s times do not fit its turns</source>
        <translation>las horas de la transcripción no corresponden a sus intervenciones</translation>
    </message>
    <message>
        <source>a caption line is empty</source>
        <translation>una línea de subtítulos está vacía</translation>
    </message>
    <message>
        <source>a caption line has at most %1 characters and its speaker at most %2</source>
        <translation>una línea de subtítulos tiene como máximo %1 caracteres y el nombre de su orador, como máximo %2</translation>
    </message>
    <message>
        <source>a caption line is one line of plain text</source>
        <translation>una línea de subtítulos es una sola línea de texto plano</translation>
    </message>
    <message>
        <source>a caption line&apos;s speaker or time does not fit</source>
        <translation>el orador o la hora de una línea de subtítulos no son válidos</translation>
    </message>
</context>
<context>
    <name>core::Session</name>
    <message>
        <source>the session file holds no session</source>
        <translation>el archivo de sesión no contiene ninguna sesión</translation>
    </message>
    <message>
        <source>the session has ended</source>
        <translation>la sesión ha terminado</translation>
    </message>
    <message>
        <source>this is the last agenda item</source>
        <translation>este es el último punto de la agenda</translation>
    </message>
    <message>
        <source>this is the first agenda item</source>
        <translation>este es el primer punto de la agenda</translation>
    </message>
    <message>
        <source>there is no such agenda item</source>
        <translation>no existe ese punto de la agenda</translation>
    </message>
    <message>
        <source>the agenda has items 1 to %1, not %2</source>
        <translation>la agenda tiene los puntos 1 a %1, no %2</translation>
    </message>
    <message>
        <source>there is no such participant</source>
        <translation>no existe ese participante</translation>
    </message>
    <message>
        <source>nobody is waiting to speak</source>
        <translation>nadie espera para hablar</translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation>%1 no es un archivo</translation>
    </message>
    <message>
        <source>%1 is %2; a media file may be at most %3</source>
        <translation>%1 ocupa %2; un archivo multimedia puede ocupar como máximo %3</translation>
    </message>
    <message>
        <source>the session&apos;s media would exceed %1; remove some first</source>
        <translation>los archivos multimedia de la sesión superarían %1; quite algunos primero</translation>
    </message>
    <message>
        <source>%1 could not be read completely</source>
        <translation>%1 no se pudo leer por completo</translation>
    </message>
    <message>
        <source>%1 is %2: only images, SVG, PDF and video can be shown</source>
        <translation>%1 es de tipo «%2»: solo se pueden mostrar imágenes, SVG, PDF y vídeo</translation>
    </message>
    <message>
        <source>the session is open read-only; save a copy to continue in it</source>
        <translation>la sesión está abierta en modo de solo lectura; guarde una copia para continuar en ella</translation>
    </message>
    <message>
        <source>there is no such request to speak</source>
        <translation>no existe esa petición de palabra</translation>
    </message>
    <message>
        <source>unknown note tag &quot;%1&quot;</source>
        <translation>etiqueta de nota desconocida «%1»</translation>
    </message>
    <message>
        <source>nothing to re-balance</source>
        <translation>no hay nada que reequilibrar</translation>
    </message>
    <message>
        <source>unknown queue order &quot;%1&quot;</source>
        <translation>orden de cola desconocido «%1»</translation>
    </message>
    <message>
        <source>unknown scene &quot;%1&quot;</source>
        <translation>escena desconocida «%1»</translation>
    </message>
    <message>
        <source>the store holds a session already</source>
        <translation>el almacén ya contiene una sesión</translation>
    </message>
    <message>
        <source>this is a copy of a shared session: it changes only from the host</source>
        <translation>esta es una copia de una sesión compartida: solo cambia desde el anfitrión</translation>
    </message>
    <message>
        <source>only a copy of a shared session takes events from a host</source>
        <translation>solo la copia de una sesión compartida recibe eventos de un anfitrión</translation>
    </message>
    <message>
        <source>event %1 came where event %2 was due</source>
        <translation>llegó el evento %1 cuando se esperaba el evento %2</translation>
    </message>
    <message>
        <source>%1 is a joined device&apos;s copy of a session shared by %2: it opens read-only; save a copy to continue in it</source>
        <translation>%1 es la copia, en un dispositivo unido, de una sesión compartida por %2: se abre en modo de solo lectura; guarde una copia para continuar en ella</translation>
    </message>
    <message>
        <source>&quot;%1&quot; reads a file: only the host&apos;s own window can do it</source>
        <translation>«%1» lee un archivo: solo la propia ventana del anfitrión puede hacerlo</translation>
    </message>
    <message>
        <source>a phone asks only for its own participant</source>
        <translation>un teléfono solo hace solicitudes para su propio participante</translation>
    </message>
    <message>
        <source>the empty chair is not open</source>
        <translation>la silla vacía no está abierta</translation>
    </message>
    <message>
        <source>%1 holds control characters</source>
        <translation>%1 contiene caracteres de control</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 está en blanco</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters</source>
        <translation>%1 supera los %2 caracteres</translation>
    </message>
    <message>
        <source>no phone &quot;%1&quot; joined</source>
        <translation>ningún teléfono «%1» se ha unido</translation>
    </message>
    <message>
        <source>the moderator blocked this phone</source>
        <translation>el moderador bloqueó este teléfono</translation>
    </message>
    <message>
        <source>a phone may not &quot;%1&quot;</source>
        <translation>un teléfono no puede ejecutar «%1»</translation>
    </message>
    <message>
        <source>a phone&apos;s id is 1 to 32 lower-case letters and digits</source>
        <translation>el identificador de un teléfono tiene de 1 a 32 letras minúsculas y dígitos</translation>
    </message>
    <message>
        <source>the phone &quot;%1&quot; has joined already</source>
        <translation>el teléfono «%1» ya se ha unido</translation>
    </message>
    <message>
        <source>joining from phones is closed</source>
        <translation>el acceso desde teléfonos está cerrado</translation>
    </message>
    <message>
        <source>the name</source>
        <translation>el nombre</translation>
    </message>
    <message>
        <source>a detail</source>
        <translation>un dato</translation>
    </message>
    <message>
        <source>the question</source>
        <translation>la pregunta</translation>
    </message>
    <message>
        <source>there is no such policy question</source>
        <translation>no existe esa pregunta de política</translation>
    </message>
    <message>
        <source>this phone&apos;s questions are still waiting for the moderator</source>
        <translation>las preguntas de este teléfono aún esperan al moderador</translation>
    </message>
    <message>
        <source>this phone sent a question a moment ago</source>
        <translation>este teléfono acaba de enviar una pregunta</translation>
    </message>
    <message>
        <source>there is no such takeaway</source>
        <translation>no existe esa conclusión</translation>
    </message>
    <message>
        <source>the comment</source>
        <translation>el comentario</translation>
    </message>
    <message>
        <source>a reaction is agree, disagree or comment, not &quot;%1&quot;</source>
        <translation>una reacción es agree, disagree o comment, no «%1»</translation>
    </message>
    <message>
        <source>only a comment has text</source>
        <translation>solo un comentario lleva texto</translation>
    </message>
    <message>
        <source>this phone&apos;s reaction is already &quot;%1&quot;</source>
        <translation>la reacción de este teléfono ya es «%1»</translation>
    </message>
    <message>
        <source>the takeaway</source>
        <translation>la conclusión</translation>
    </message>
    <message>
        <source>the phone is blocked already</source>
        <translation>el teléfono ya está bloqueado</translation>
    </message>
    <message>
        <source>the phone is not blocked</source>
        <translation>el teléfono no está bloqueado</translation>
    </message>
    <message>
        <source>joining from phones is open already</source>
        <translation>el acceso desde teléfonos ya está abierto</translation>
    </message>
    <message>
        <source>joining from phones is closed already</source>
        <translation>el acceso desde teléfonos ya está cerrado</translation>
    </message>
    <message>
        <source>the session has not started, so the transcript&apos;s times cannot be placed from its start</source>
        <translation>la sesión no ha comenzado, así que las horas de la transcripción no se pueden situar a partir de su inicio</translation>
    </message>
    <message>
        <source>there is no such key takeaway</source>
        <translation>no existe esa conclusión clave</translation>
    </message>
    <message>
        <source>there is no such break-out item</source>
        <translation>no existe ese punto de grupos de trabajo</translation>
    </message>
    <message>
        <source>every group of &quot;%1&quot; has reported back</source>
        <translation>todos los grupos de «%1» ya han hecho su puesta en común</translation>
    </message>
    <message>
        <source>no break-out item with groups comes before this one</source>
        <translation>antes de este no hay ningún punto de grupos de trabajo con grupos</translation>
    </message>
    <message>
        <source>there is no such break-out group</source>
        <translation>no existe ese grupo de trabajo</translation>
    </message>
    <message>
        <source>the group &quot;%1&quot; has nobody to report back: give it a rapporteur</source>
        <translation>el grupo «%1» no tiene a nadie que presente la puesta en común: asígnele un relator</translation>
    </message>
    <message>
        <source>there is no video %1 in the session</source>
        <translation>no existe el vídeo %1 en la sesión</translation>
    </message>
    <message>
        <source>%1 cannot be read as subtitles: %2</source>
        <extracomment>%1 is a file name, %2 what is wrong with it</extracomment>
        <translation>%1 no se puede leer como subtítulos: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code</source>
        <translation>«%1» no es un código de idioma</translation>
    </message>
    <message>
        <source>there is no glossary term %1</source>
        <translation>no existe el término del glosario %1</translation>
    </message>
    <message>
        <source>a caption line is empty</source>
        <translation>una línea de subtítulos está vacía</translation>
    </message>
    <message>
        <source>there is no participant %1</source>
        <translation>no existe el participante %1</translation>
    </message>
    <message>
        <source>a caption line cannot be said before the session or later than now</source>
        <translation>una línea de subtítulos no puede ser anterior al inicio de la sesión ni posterior al momento actual</translation>
    </message>
    <message>
        <source>a caption size is small, medium or large, not &quot;%1&quot;</source>
        <translation>el tamaño de los subtítulos es small, medium o large, no «%1»</translation>
    </message>
    <message>
        <source>there is no policy question %1</source>
        <translation>no hay ninguna pregunta de política %1</translation>
    </message>
</context>
<context>
    <name>core::SessionDefinition</name>
    <message>
        <source>the session has no title</source>
        <translation>la sesión no tiene título</translation>
    </message>
    <message>
        <source>New workshop</source>
        <translation>Nuevo taller</translation>
    </message>
</context>
<context>
    <name>core::SessionFiles</name>
    <message>
        <source>%1 is not a regular file</source>
        <translation>%1 no es un archivo normal</translation>
    </message>
</context>
<context>
    <name>core::SessionState</name>
    <message>
        <source>event %1 is older than the event before it</source>
        <translation>el evento %1 es anterior al evento que lo precede</translation>
    </message>
    <message>
        <source>the session log does not start with the session&apos;s definition</source>
        <translation>el registro de la sesión no empieza con la definición de la sesión</translation>
    </message>
    <message>
        <source>there is no such agenda item</source>
        <translation>no existe ese punto de la agenda</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a block, not a single item</source>
        <translation>«%1» es un bloque, no un punto individual</translation>
    </message>
    <message>
        <source>the session is defined twice</source>
        <translation>la sesión está definida dos veces</translation>
    </message>
    <message>
        <source>the session has ended</source>
        <translation>la sesión ha terminado</translation>
    </message>
    <message>
        <source>the clock has already started</source>
        <translation>el reloj ya está en marcha</translation>
    </message>
    <message>
        <source>the clock is not running</source>
        <translation>el reloj no está en marcha</translation>
    </message>
    <message>
        <source>the clock is not paused</source>
        <translation>el reloj no está en pausa</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already the current item</source>
        <translation>«%1» ya es el punto actual</translation>
    </message>
    <message>
        <source>an agenda item cannot be shorter than one minute</source>
        <translation>un punto de la agenda no puede durar menos de un minuto</translation>
    </message>
    <message>
        <source>the re-balanced plan is not valid</source>
        <translation>el plan reequilibrado no es válido</translation>
    </message>
    <message>
        <source>the re-balanced plan is empty</source>
        <translation>el plan reequilibrado está vacío</translation>
    </message>
    <message>
        <source>the clock has not started</source>
        <translation>el reloj no se ha iniciado</translation>
    </message>
    <message>
        <source>the agenda can be edited until the clock starts; then extend or re-balance items</source>
        <translation>la agenda se puede editar hasta que se pone en marcha el reloj; después, alargue o reequilibre los puntos</translation>
    </message>
    <message>
        <source>the session&apos;s details can be edited until the clock starts</source>
        <translation>los detalles de la sesión se pueden editar hasta que empiece el reloj</translation>
    </message>
    <message>
        <source>the title can have at most 300 characters, the code 100</source>
        <translation>el título puede tener como máximo 300 caracteres; el código, 100</translation>
    </message>
    <message>
        <source>a session lasts between 1 and 600 minutes</source>
        <translation>una sesión dura entre 1 y 600 minutos</translation>
    </message>
    <message>
        <source>a session can have at most 20 policy questions</source>
        <translation>una sesión puede tener como máximo 20 preguntas de política</translation>
    </message>
    <message>
        <source>a note is linked to policy question %1, which would no longer exist</source>
        <translation>una nota está vinculada a la pregunta de política %1, que dejaría de existir</translation>
    </message>
    <message>
        <source>a declined re-balancing needs the overrun it was declined at</source>
        <translation>un reequilibrio rechazado necesita el retraso con el que se rechazó</translation>
    </message>
    <message>
        <source>event %1 has no known type</source>
        <translation>el evento %1 no tiene un tipo conocido</translation>
    </message>
    <message>
        <source>the room&apos;s name can have at most 200 characters</source>
        <translation>el nombre de la sala puede tener como máximo 200 caracteres</translation>
    </message>
    <message>
        <source>there is no break-out group %1</source>
        <translation>no existe el grupo de trabajo %1</translation>
    </message>
    <message>
        <source>the group &quot;%1&quot; names a policy question the session does not have</source>
        <translation>el grupo «%1» indica una pregunta de política que la sesión no tiene</translation>
    </message>
    <message>
        <source>the group &quot;%1&quot; names participant %2, who is not in the session</source>
        <translation>el grupo «%1» incluye al participante %2, que no está en la sesión</translation>
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
        <translation>Previsto %1, real %2, en pausa %3</translation>
    </message>
    <message>
        <source>%1%2  planned %3  actual %4</source>
        <translation>%1%2  previsto %3  real %4</translation>
    </message>
    <message>
        <source>Phones: %1 joined, %2 questions, %3 reactions, %4 shared takeaways</source>
        <translation>Teléfonos: %1 unidos, %2 preguntas, %3 reacciones, %4 conclusiones compartidas</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>sin indicar</translation>
    </message>
    <message>
        <source>in the room</source>
        <translation>en la sala</translation>
    </message>
    <message>
        <source>online</source>
        <translation>en línea</translation>
    </message>
    <message>
        <source>hub %1</source>
        <translation>hub %1</translation>
    </message>
    <message>
        <source>invited speakers</source>
        <translation>ponentes invitados</translation>
    </message>
    <message>
        <source>moderators</source>
        <translation>moderación</translation>
    </message>
    <message>
        <source>audience</source>
        <translation>público</translation>
    </message>
    <message numerus="yes">
        <source>Floor: %Ln turn(s), %1</source>
        <translation>
            <numerusform>Palabra: %Ln turno, %1</numerusform>
            <numerusform>Palabra: %Ln turnos, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>By person</source>
        <translation>Por persona</translation>
    </message>
    <message numerus="yes">
        <source>    %1  %Ln turn(s)  %2</source>
        <translation>
            <numerusform>    %1  %Ln turno  %2</numerusform>
            <numerusform>    %1  %Ln turnos  %2</numerusform>
        </translation>
    </message>
    <message>
        <source>By stakeholder group</source>
        <translation>Por grupo de partes interesadas</translation>
    </message>
    <message>
        <source>By region</source>
        <translation>Por región</translation>
    </message>
    <message>
        <source>By gender</source>
        <translation>Por género</translation>
    </message>
    <message>
        <source>By channel</source>
        <translation>Por canal</translation>
    </message>
    <message>
        <source>By role</source>
        <translation>Por rol</translation>
    </message>
    <message numerus="yes">
        <source>    %1  %Ln turn(s)  %2  %3 %</source>
        <extracomment>A row of the floor balance: who, turns, time, share of the floor time</extracomment>
        <translation>
            <numerusform>    %1  %Ln turno  %2  %3 %</numerusform>
            <numerusform>    %1  %Ln turnos  %2  %3 %</numerusform>
        </translation>
    </message>
    <message>
        <source>replies by invited speakers</source>
        <translation>respuestas de los ponentes invitados</translation>
    </message>
    <message>
        <source>Break-out &quot;%1&quot;: group work planned %2, actual %3</source>
        <translation>Grupos de trabajo «%1»: trabajo en grupos previsto %2, real %3</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>  %1: %Ln member(s) (%2); report-back %3</source>
        <translation>
            <numerusform>  %1: %Ln miembro (%2); puesta en común %3</numerusform>
            <numerusform>  %1: %Ln miembros (%2); puesta en común %3</numerusform>
        </translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>todavía no</translation>
    </message>
</context>
<context>
    <name>core::SessionStore</name>
    <message>
        <source>the file is cut short: it has %1 bytes of the %2 that its header gives</source>
        <translation>el archivo está truncado: tiene %1 bytes de los %2 que indica su cabecera</translation>
    </message>
    <message>
        <source>events %1 to %2 are missing from the log</source>
        <translation>faltan en el registro los eventos %1 a %2</translation>
    </message>
    <message>
        <source>event %1 is out of order</source>
        <translation>el evento %1 está fuera de orden</translation>
    </message>
    <message>
        <source>%1 was left from an earlier file and has been moved to %2.</source>
        <translation>%1 había quedado de un archivo anterior y se ha movido a %2.</translation>
    </message>
    <message>
        <source>A write-ahead log beside the file did not belong to it; it was not applied and has been moved to %1.</source>
        <translation>Un registro de escritura anticipada (archivo WAL) junto al archivo no le pertenecía; no se ha aplicado y se ha movido a %1.</translation>
    </message>
    <message>
        <source>A write-ahead log beside the file does not belong to it; it was ignored.</source>
        <translation>Un registro de escritura anticipada (archivo WAL) junto al archivo no le pertenece; se ha ignorado.</translation>
    </message>
    <message>
        <source>the file has no schema version</source>
        <translation>el archivo no tiene versión de esquema</translation>
    </message>
    <message>
        <source>the file was opened read-only</source>
        <translation>el archivo se abrió en modo de solo lectura</translation>
    </message>
    <message>
        <source>%1 is the file open here: save the copy under another name</source>
        <translation>%1 es el archivo abierto aquí: guarde la copia con otro nombre</translation>
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
        <translation>en línea</translation>
    </message>
    <message>
        <source>in the room</source>
        <translation>en la sala</translation>
    </message>
    <message>
        <source>first time</source>
        <translation>primera vez</translation>
    </message>
    <message numerus="yes">
        <source>%Ln turn(s), %1</source>
        <translation>
            <numerusform>%Ln turno, %1</numerusform>
            <numerusform>%Ln turnos, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>from a phone</source>
        <translation>desde un teléfono</translation>
    </message>
</context>
<context>
    <name>core::Subtitles</name>
    <message>
        <source>a subtitle file may be at most %1</source>
        <extracomment>%1 is the largest subtitle file accepted, like &quot;2 MB&quot;</extracomment>
        <translation>un archivo de subtítulos puede ocupar como máximo %1</translation>
    </message>
    <message>
        <source>the subtitles are not a text file</source>
        <translation>los subtítulos no son un archivo de texto</translation>
    </message>
</context>
<context>
    <name>core::Transcript</name>
    <message>
        <source>the transcript holds no turns</source>
        <translation>la transcripción no contiene intervenciones</translation>
    </message>
    <message>
        <source>%1 is too large (%2); at most %3 can be read</source>
        <extracomment>%1 is a file name, %2 its size, %3 the largest size accepted (both like &quot;8.4 MB&quot;)</extracomment>
        <translation>%1 es demasiado grande (%2); se puede leer como máximo %3</translation>
    </message>
    <message>
        <source>%1 is larger than %2, the most that can be read</source>
        <extracomment>%1 is a file name, %2 the largest size accepted (like &quot;8.4 MB&quot;)</extracomment>
        <translation>%1 supera %2, el máximo que se puede leer</translation>
    </message>
    <message>
        <source>%1 is not a text file</source>
        <translation>%1 no es un archivo de texto</translation>
    </message>
    <message>
        <source>the transcript is longer than %1, the most a transcript may have</source>
        <extracomment>%1 is the largest transcript accepted, like &quot;8.4 MB&quot;</extracomment>
        <translation>la transcripción supera %1, el máximo que puede ocupar una transcripción</translation>
    </message>
    <message>
        <source>line %1: a caption cue needs a timing such as %2</source>
        <extracomment>%1 is a line number, %2 an example of a cue timing (keep it as it is)</extracomment>
        <translation>línea %1: un bloque de subtítulos necesita una marca de tiempo como %2</translation>
    </message>
    <message>
        <source>line %1: the cue timing is not valid; a valid one reads like %2</source>
        <extracomment>%1 is a line number, %2 an example of a cue timing (keep it as it is)</extracomment>
        <translation>línea %1: la marca de tiempo del bloque no es válida; debe tener la forma %2</translation>
    </message>
    <message>
        <source>line %1: the cue ends before it starts</source>
        <extracomment>%1 is a line number</extracomment>
        <translation>línea %1: el bloque termina antes de empezar</translation>
    </message>
    <message>
        <source>the text is neither SRT nor WebVTT captions</source>
        <translation>el texto no son subtítulos SRT ni WebVTT</translation>
    </message>
    <message>
        <source>the captions hold no cue</source>
        <translation>los subtítulos no contienen ningún bloque</translation>
    </message>
</context>
<context>
    <name>core::Vocabulary</name>
    <message>
        <source>Government</source>
        <comment>stakeholder group</comment>
        <translation>Gobierno</translation>
    </message>
    <message>
        <source>Private Sector</source>
        <comment>stakeholder group</comment>
        <translation>Sector privado</translation>
    </message>
    <message>
        <source>Civil Society</source>
        <comment>stakeholder group</comment>
        <translation>Sociedad civil</translation>
    </message>
    <message>
        <source>Technical Community</source>
        <comment>stakeholder group</comment>
        <translation>Comunidad técnica</translation>
    </message>
    <message>
        <source>Intergovernmental Organization</source>
        <comment>stakeholder group</comment>
        <translation>Organización intergubernamental</translation>
    </message>
    <message>
        <source>African Group</source>
        <comment>UN regional group</comment>
        <translation>Grupo de Estados de África</translation>
    </message>
    <message>
        <source>Asia-Pacific Group</source>
        <comment>UN regional group</comment>
        <translation>Grupo de Estados de Asia y el Pacífico</translation>
    </message>
    <message>
        <source>Eastern European Group</source>
        <comment>UN regional group</comment>
        <translation>Grupo de Estados de Europa Oriental</translation>
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
        <translation>Organización intergubernamental</translation>
    </message>
    <message>
        <source>woman</source>
        <comment>gender</comment>
        <translation>mujer</translation>
    </message>
    <message>
        <source>man</source>
        <comment>gender</comment>
        <translation>hombre</translation>
    </message>
</context>
<context>
    <name>core::WorkFolder</name>
    <message>
        <source>cannot make a temporary folder in %1: %2</source>
        <translation>no se puede crear una carpeta temporal en %1: %2</translation>
    </message>
</context>
<context>
    <name>core::share::JoinCodes</name>
    <message>
        <source>the join code for %1 is damaged</source>
        <translation>el código de acceso de %1 está dañado</translation>
    </message>
    <message>
        <source>the join codes are damaged</source>
        <translation>los códigos de acceso están dañados</translation>
    </message>
</context>
<context>
    <name>core::share::Protocol</name>
    <message>
        <source>the message is larger than %1 bytes</source>
        <translation>el mensaje ocupa más de %1 bytes</translation>
    </message>
    <message>
        <source>the message is not a JSON object</source>
        <translation>el mensaje no es un objeto JSON</translation>
    </message>
    <message>
        <source>a device may not send &quot;%1&quot;</source>
        <translation>un dispositivo no puede enviar «%1»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs &quot;%2&quot;</source>
        <translation>«%1» necesita «%2»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a wrong &quot;%2&quot;</source>
        <translation>«%1» tiene un «%2» incorrecto</translation>
    </message>
    <message>
        <source>&quot;%2&quot; of &quot;%1&quot; is longer than %3 characters</source>
        <translation>«%2» de «%1» tiene más de %3 caracteres</translation>
    </message>
    <message>
        <source>unknown message &quot;%1&quot;</source>
        <translation>mensaje desconocido «%1»</translation>
    </message>
    <message>
        <source>an event has a wrong &quot;%1&quot;</source>
        <translation>un evento tiene un «%1» incorrecto</translation>
    </message>
    <message>
        <source>an event has no data</source>
        <translation>un evento no tiene datos</translation>
    </message>
</context>
<context>
    <name>core::share::ShareClient</name>
    <message>
        <source>The host gave an unknown role.</source>
        <translation>El anfitrión indicó un rol desconocido.</translation>
    </message>
</context>
<context>
    <name>core::share::ShareHost</name>
    <message>
        <source>The join code was renewed: join again with the new code.</source>
        <translation>El código de acceso se ha renovado: vuelva a unirse con el nuevo código.</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>Moderador</translation>
    </message>
    <message>
        <source>The session has as many devices as it can take (%1).</source>
        <translation>La sesión ya tiene todos los dispositivos que admite (%1).</translation>
    </message>
    <message>
        <source>Too many messages: at most %1 a second.</source>
        <translation>Demasiados mensajes: como máximo %1 por segundo.</translation>
    </message>
    <message>
        <source>Join the session first.</source>
        <translation>Únase primero a la sesión.</translation>
    </message>
    <message>
        <source>This device has joined already.</source>
        <translation>Este dispositivo ya se ha unido.</translation>
    </message>
    <message>
        <source>This device speaks protocol %1 and the host speaks %2: use the same version of Moderato on both.</source>
        <translation>Este dispositivo usa el protocolo %1 y el anfitrión usa el %2: use la misma versión de Moderato en ambos.</translation>
    </message>
    <message>
        <source>Too many wrong join codes from this address: wait a minute.</source>
        <translation>Demasiados códigos de acceso incorrectos desde esta dirección: espere un minuto.</translation>
    </message>
    <message>
        <source>This join code is not valid (it may have been renewed).</source>
        <translation>Este código de acceso no es válido (puede que se haya renovado).</translation>
    </message>
    <message>
        <source>A device needs a name and an id to join.</source>
        <translation>Un dispositivo necesita un nombre y un identificador para unirse.</translation>
    </message>
    <message>
        <source>This device connected again.</source>
        <translation>Este dispositivo se ha vuelto a conectar.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; reads a file on the host: only the host&apos;s own window can do it</source>
        <translation>«%1» lee un archivo del anfitrión: solo la propia ventana del anfitrión puede hacerlo</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The moderator&apos;s console for multi-stakeholder workshops.</source>
        <translation>La consola de moderación para talleres de múltiples partes interesadas.</translation>
    </message>
    <message>
        <source>Open the built-in demo workshop.</source>
        <translation>Abrir el taller de demostración integrado.</translation>
    </message>
    <message>
        <source>Render the console to PNG files in DIR without showing a window, then exit.</source>
        <translation>Renderizar la consola en archivos PNG en CARPETA sin mostrar ninguna ventana y después salir.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>CARPETA</translation>
    </message>
    <message>
        <source>The language of the interface (en, ar, de, es, fr, pt_BR, ru, zh_CN).</source>
        <translation>El idioma de la interfaz (en, ar, de, es, fr, pt_BR, ru, zh_CN).</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>IDIOMA</translation>
    </message>
    <message>
        <source>Print the time of the first paint and exit (start-up benchmark).</source>
        <translation>Mostrar el tiempo hasta el primer dibujado y salir (medición del arranque).</translation>
    </message>
    <message>
        <source>A session file to open (.moderato).</source>
        <translation>Un archivo de sesión que abrir (.moderato).</translation>
    </message>
    <message>
        <source>[FILE]</source>
        <translation>[ARCHIVO]</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot;; available: %2</source>
        <translation>idioma desconocido «%1»; disponibles: %2</translation>
    </message>
    <message>
        <source>open one session file at a time</source>
        <translation>abra un solo archivo de sesión a la vez</translation>
    </message>
    <message>
        <source>Moderato</source>
        <translation>Moderato</translation>
    </message>
    <message>
        <source>Add FILE (image, SVG, PDF, video) to the session and show it on the room display.</source>
        <translation>Añadir ARCHIVO (imagen, SVG, PDF, vídeo) a la sesión y mostrarlo en la pantalla de la sala.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>%1 is open in another Moderato window, which has been brought to the front.</source>
        <translation>%1 está abierto en otra ventana de Moderato, que se ha pasado a primer plano.</translation>
    </message>
    <message>
        <source>Join the session a moderator shares, at ADDRESS (moderato://HOST:PORT/CODE).</source>
        <translation>Unirse a la sesión que comparte un moderador, en DIRECCIÓN (moderato://HOST:PORT/CODE).</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>DIRECCIÓN</translation>
    </message>
    <message>
        <source>The name to join with (asked for when not given).</source>
        <translation>El nombre con el que unirse (se pide si no se indica).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>--join opens a shared session: give no file</source>
        <translation>--join abre una sesión compartida: no indique ningún archivo</translation>
    </message>
    <message>
        <source>--name goes with --join</source>
        <translation>--name va junto con --join</translation>
    </message>
    <message>
        <source>Ask where to save a new, blank session and open it.</source>
        <translation>Preguntar dónde guardar una sesión nueva en blanco y después abrirla.</translation>
    </message>
    <message>
        <source>Open FILE in a new window, even when a Moderato window is running.</source>
        <translation>Abrir ARCHIVO en una ventana nueva, aunque ya haya una ventana de Moderato abierta.</translation>
    </message>
    <message>
        <source>%1 has been handed to the Moderato window that is running.</source>
        <translation>%1 se ha pasado a la ventana de Moderato que ya está abierta.</translation>
    </message>
</context>
<context>
    <name>net::PhoneServer</name>
    <message>
        <source>cannot listen on %1 port %2: %3</source>
        <translation>no se puede escuchar en %1, puerto %2: %3</translation>
    </message>
</context>
<context>
    <name>net::SharingConnection</name>
    <message>
        <source>&quot;%1&quot; is not a join address like moderato://HOST:PORT/CODE</source>
        <translation>«%1» no es una dirección de acceso como moderato://HOST:PORT/CODE</translation>
    </message>
    <message>
        <source>The host&apos;s certificate is not the one in the join address.</source>
        <translation>El certificado del anfitrión no es el que indica la dirección de acceso.</translation>
    </message>
</context>
<context>
    <name>net::SharingServer</name>
    <message>
        <source>cannot listen on %1 port %2: %3</source>
        <translation>no se puede escuchar en %1, puerto %2: %3</translation>
    </message>
    <message>
        <source>Only text messages are understood.</source>
        <translation>Solo se entienden mensajes de texto.</translation>
    </message>
    <message>
        <source>this build of Qt has no TLS</source>
        <translation>esta compilación de Qt no admite TLS</translation>
    </message>
    <message>
        <source>no TLS library is available (OpenSSL)</source>
        <translation>no hay ninguna biblioteca TLS disponible (OpenSSL)</translation>
    </message>
    <message>
        <source>TLS must be chosen before sharing starts</source>
        <translation>TLS debe elegirse antes de empezar a compartir</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate</source>
        <translation>%1 no contiene ningún certificado PEM</translation>
    </message>
    <message>
        <source>%1 holds no PEM private key (RSA or EC, without a passphrase)</source>
        <translation>%1 no contiene ninguna clave privada PEM (RSA o EC, sin frase de contraseña)</translation>
    </message>
</context>
<context>
    <name>ui::AgendaEditor</name>
    <message>
        <source>Opening</source>
        <translation>Apertura</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Ponente</translation>
    </message>
    <message>
        <source>Audience input</source>
        <translation>Intervenciones del público</translation>
    </message>
    <message>
        <source>Empty chair</source>
        <translation>Silla vacía</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Move item</source>
        <translation>Mover punto</translation>
    </message>
    <message>
        <source>Edit the agenda</source>
        <translation>Editar la agenda</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punto</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ipo:</translation>
    </message>
    <message>
        <source>&amp;Minutes:</source>
        <translation>&amp;Minutos:</translation>
    </message>
    <message>
        <source>S&amp;peaker:</source>
        <translation>P&amp;onente:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translation>&amp;Añadir punto</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>S&amp;ubir</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>&amp;Nest</source>
        <translation>A&amp;nidar</translation>
    </message>
    <message>
        <source>Un-n&amp;est</source>
        <translation>&amp;Sacar del bloque</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>The clock has started: the agenda can no longer be edited. Lengthen, shorten or re-balance items from the console.</source>
        <translation>El reloj está en marcha: la agenda ya no se puede editar. Alargue, acorte o reequilibre los puntos desde la consola.</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Bloque</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>Nuevo punto</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Añadir punto</translation>
    </message>
    <message>
        <source>The agenda needs at least one item.</source>
        <translation>La agenda necesita al menos un punto.</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>Quitar punto</translation>
    </message>
    <message>
        <source>Only an item with an item before it can be nested into that item.</source>
        <translation>Solo se puede anidar un punto en el punto que lo precede.</translation>
    </message>
    <message>
        <source>Nest item</source>
        <translation>Anidar punto</translation>
    </message>
    <message>
        <source>Un-nest item</source>
        <translation>Sacar el punto del bloque</translation>
    </message>
    <message>
        <source>Change length</source>
        <translation>Cambiar duración</translation>
    </message>
    <message>
        <source>An agenda item needs a title.</source>
        <translation>Un punto de la agenda necesita un título.</translation>
    </message>
    <message>
        <source>Rename item</source>
        <translation>Cambiar el nombre del punto</translation>
    </message>
    <message>
        <source>Change kind</source>
        <translation>Cambiar tipo</translation>
    </message>
    <message>
        <source>Change speaker</source>
        <translation>Cambiar ponente</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(nadie)</translation>
    </message>
    <message>
        <source>Total %1 of %2</source>
        <translation>Total: %1 de %2</translation>
    </message>
    <message>
        <source>(%1 over)</source>
        <translation>(%1 de más)</translation>
    </message>
    <message>
        <source>(%1 left)</source>
        <translation>(quedan %1)</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>No&amp;ta:</translation>
    </message>
    <message>
        <source>Change note</source>
        <translation>Cambiar la nota</translation>
    </message>
    <message>
        <source>Break-out groups</source>
        <translation>Grupos de trabajo</translation>
    </message>
    <message>
        <source>&amp;Groups…</source>
        <translation>&amp;Grupos…</translation>
    </message>
    <message>
        <source>Groups, topics, places, leaders and members of this break-out item</source>
        <translation>Grupos, temas, lugares, responsables y miembros de este punto de grupos de trabajo</translation>
    </message>
    <message>
        <source>Give the item the kind &quot;Break-out groups&quot; to edit its groups</source>
        <translation>Dé al punto el tipo «Grupos de trabajo» para editar sus grupos</translation>
    </message>
</context>
<context>
    <name>ui::BalancePanel</name>
    <message>
        <source>not given</source>
        <translation>sin indicar</translation>
    </message>
    <message>
        <source>in the room</source>
        <translation>en la sala</translation>
    </message>
    <message>
        <source>online</source>
        <translation>en línea</translation>
    </message>
    <message>
        <source>hub %1</source>
        <translation>hub %1</translation>
    </message>
    <message>
        <source>invited speakers</source>
        <translation>ponentes invitados</translation>
    </message>
    <message>
        <source>moderators</source>
        <translation>moderación</translation>
    </message>
    <message>
        <source>audience</source>
        <translation>público</translation>
    </message>
    <message>
        <source>Floor time appears here once someone has the floor.</source>
        <translation>El tiempo de palabra aparece aquí en cuanto alguien tiene la palabra.</translation>
    </message>
    <message>
        <source>Stakeholder group</source>
        <translation>Grupo de partes interesadas</translation>
    </message>
    <message>
        <source>Regional group</source>
        <translation>Grupo regional</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %Ln turn(s)</source>
        <translation>
            <numerusform>%1 · %Ln turno</numerusform>
            <numerusform>%1 · %Ln turnos</numerusform>
        </translation>
    </message>
    <message>
        <source>replies by invited speakers</source>
        <translation>respuestas de los ponentes invitados</translation>
    </message>
    <message>
        <source>Presentations, replies and audience</source>
        <translation>Presentaciones, respuestas y público</translation>
    </message>
    <message numerus="yes">
        <source>Moderation, not counted above: %1 · %Ln turn(s)</source>
        <translation>
            <numerusform>Moderación, no contada arriba: %1 · %Ln turno</numerusform>
            <numerusform>Moderación, no contada arriba: %1 · %Ln turnos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::BreakOutActions</name>
    <message>
        <source>Break-out &amp;groups…</source>
        <translation>&amp;Grupos de trabajo…</translation>
    </message>
    <message>
        <source>Next &amp;report-back</source>
        <translation>Siguiente &amp;puesta en común</translation>
    </message>
    <message>
        <source>Give the floor to the next break-out group&apos;s rapporteur</source>
        <translation>Dar la palabra al relator del siguiente grupo de trabajo</translation>
    </message>
    <message>
        <source>The agenda has no break-out item: give an item the kind &quot;Break-out groups&quot; in the agenda editor.</source>
        <translation>La agenda no tiene ningún punto de grupos de trabajo: asigne a un punto el tipo «Grupos de trabajo» en el editor de la agenda.</translation>
    </message>
    <message>
        <source>No session is open.</source>
        <translation>No hay ninguna sesión abierta.</translation>
    </message>
</context>
<context>
    <name>ui::BreakOutDialog</name>
    <message>
        <source>Break-out groups</source>
        <translation>Grupos de trabajo</translation>
    </message>
    <message>
        <source>This agenda item is not a break-out item.</source>
        <translation>Este punto de la agenda no es de grupos de trabajo.</translation>
    </message>
    <message>
        <source>&amp;Add group</source>
        <translation>&amp;Añadir grupo</translation>
    </message>
    <message>
        <source>&amp;Remove group</source>
        <translation>&amp;Quitar grupo</translation>
    </message>
    <message>
        <source>Report back &amp;earlier</source>
        <translation>Poner en común an&amp;tes</translation>
    </message>
    <message>
        <source>Report back &amp;later</source>
        <translation>Poner en común &amp;después</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>Te&amp;ma:</translation>
    </message>
    <message>
        <source>A policy question, or your own words</source>
        <translation>Una pregunta de política o sus propias palabras</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Lugar:</translation>
    </message>
    <message>
        <source>table 2, left corner…</source>
        <translation>mesa 2, esquina izquierda…</translation>
    </message>
    <message>
        <source>&amp;Online</source>
        <translation>&amp;En línea</translation>
    </message>
    <message>
        <source>&amp;Facilitator:</source>
        <translation>&amp;Facilitador:</translation>
    </message>
    <message>
        <source>Ra&amp;pporteur:</source>
        <translation>&amp;Relator:</translation>
    </message>
    <message>
        <source>Who is in which group (drag people between the lists):</source>
        <translation>Quién está en cada grupo (arrastre a las personas entre las listas):</translation>
    </message>
    <message>
        <source>&amp;Move to…</source>
        <translation>M&amp;over a…</translation>
    </message>
    <message>
        <source>Assign a&amp;utomatically</source>
        <translation>Asignar a&amp;utomáticamente</translation>
    </message>
    <message>
        <source>Balanced groups that spread stakeholder groups, regions and genders; possible until the group phase starts</source>
        <translation>Grupos equilibrados que reparten los grupos de partes interesadas, las regiones y los géneros; posible hasta que empiece la fase de trabajo en grupos</translation>
    </message>
    <message>
        <source>Add a &amp;latecomer</source>
        <translation>Añadir a alguien que lle&amp;gó tarde</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Participant %1</source>
        <translation>Participante %1</translation>
    </message>
    <message>
        <source>online</source>
        <translation>en línea</translation>
    </message>
    <message>
        <source>In no group</source>
        <translation>Sin grupo</translation>
    </message>
    <message>
        <source>facilitator</source>
        <translation>facilitador</translation>
    </message>
    <message>
        <source>rapporteur</source>
        <translation>relator</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(nadie)</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Grupo %1</translation>
    </message>
    <message>
        <source>A group needs a name.</source>
        <translation>Un grupo necesita un nombre.</translation>
    </message>
    <message>
        <source>There is no such participant.</source>
        <translation>No existe ese participante.</translation>
    </message>
    <message>
        <source>There is no such group.</source>
        <translation>No existe ese grupo.</translation>
    </message>
    <message>
        <source>The group phase has started: add latecomers or move people by hand.</source>
        <translation>La fase de trabajo en grupos ya ha empezado: añada a quienes lleguen tarde o mueva a las personas a mano.</translation>
    </message>
    <message>
        <source>Group sizes %1–%2. Largest differences between groups: stakeholder groups %3, regions %4, genders %5.</source>
        <translation>Tamaño de los grupos: %1–%2. Mayores diferencias entre grupos: grupos de partes interesadas %3, regiones %4, géneros %5.</translation>
    </message>
    <message>
        <source>Choose who came late.</source>
        <translation>Elija quién llegó tarde.</translation>
    </message>
    <message>
        <source>%1 joins %2.</source>
        <translation>%1 se une a %2.</translation>
    </message>
    <message>
        <source>Select someone in a group&apos;s list first.</source>
        <translation>Seleccione primero a alguien en la lista de un grupo.</translation>
    </message>
    <message>
        <source>Edit break-out groups</source>
        <translation>Editar los grupos de trabajo</translation>
    </message>
    <message numerus="yes">
        <source>%Ln person&apos;s own choice could not be kept.</source>
        <translation>
            <numerusform>No se pudo respetar la elección de %Ln persona.</numerusform>
            <numerusform>No se pudo respetar la elección de %Ln personas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::BriefingDialog</name>
    <message>
        <source>Briefing pack</source>
        <translation>Dosier informativo</translation>
    </message>
    <message>
        <source>Show the &amp;date</source>
        <translation>Mostrar la &amp;fecha</translation>
    </message>
    <message>
        <source>Include the prepared &amp;questions</source>
        <translation>Incluir las &amp;preguntas preparadas</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exportar P&amp;DF…</translation>
    </message>
    <message>
        <source>Export &amp;Markdown…</source>
        <translation>Exportar &amp;Markdown…</translation>
    </message>
    <message>
        <source>&amp;Starts at:</source>
        <translation>Hora de &amp;inicio:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Fecha:</translation>
    </message>
    <message>
        <source>Export the briefing pack</source>
        <translation>Exportar el dosier informativo</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>The briefing pack could not be written: %1</source>
        <translation>No se pudo escribir el dosier informativo: %1</translation>
    </message>
</context>
<context>
    <name>ui::CaptionControl</name>
    <message>
        <source>Follow a caption file</source>
        <translation>Seguir un archivo de subtítulos</translation>
    </message>
    <message>
        <source>Captions (*.txt *.srt *.vtt);;All files (*)</source>
        <translation>Subtítulos (*.txt *.srt *.vtt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Following %1: each new line is shown.</source>
        <translation>Siguiendo %1: se muestra cada línea nueva.</translation>
    </message>
    <message>
        <source>No caption file is followed.</source>
        <translation>No se sigue ningún archivo de subtítulos.</translation>
    </message>
    <message>
        <source>&amp;Captions</source>
        <translation>Su&amp;btítulos</translation>
    </message>
    <message>
        <source>&amp;Show captions</source>
        <translation>&amp;Mostrar subtítulos</translation>
    </message>
    <message>
        <source>Caption si&amp;ze</source>
        <translation>&amp;Tamaño de los subtítulos</translation>
    </message>
    <message>
        <source>&amp;Small</source>
        <translation>&amp;Pequeño</translation>
    </message>
    <message>
        <source>&amp;Medium</source>
        <translation>&amp;Mediano</translation>
    </message>
    <message>
        <source>&amp;Large</source>
        <translation>&amp;Grande</translation>
    </message>
    <message>
        <source>&amp;Type captions…</source>
        <translation>&amp;Escribir subtítulos…</translation>
    </message>
    <message>
        <source>&amp;Follow a caption file…</source>
        <translation>Se&amp;guir un archivo de subtítulos…</translation>
    </message>
    <message>
        <source>S&amp;top following the caption file</source>
        <translation>&amp;Dejar de seguir el archivo de subtítulos</translation>
    </message>
    <message>
        <source>Captions</source>
        <translation>Subtítulos</translation>
    </message>
    <message>
        <source>Speaker:</source>
        <translation>Orador:</translation>
    </message>
    <message>
        <source>Optional: who is speaking</source>
        <translation>Opcional: quién está hablando</translation>
    </message>
    <message>
        <source>Type a caption line and press Enter</source>
        <translation>Escriba una línea de subtítulos y pulse Intro</translation>
    </message>
</context>
<context>
    <name>ui::EmptyChairView</name>
    <message>
        <source>The empty chair is closed.</source>
        <translation>La silla vacía está cerrada.</translation>
    </message>
    <message>
        <source>Invite the room to the empty chair (C)</source>
        <translation>Invitar a la sala a la silla vacía (C)</translation>
    </message>
    <message>
        <source>The empty chair is open: anyone in the room may take it; online participants join through the online moderator.</source>
        <translation>La silla vacía está abierta: cualquier persona de la sala puede ocuparla; los participantes en línea acceden a través del moderador en línea.</translation>
    </message>
    <message>
        <source>Close the empty chair (C)</source>
        <translation>Cerrar la silla vacía (C)</translation>
    </message>
    <message>
        <source>%1 replies to the empty chair.</source>
        <translation>%1 responde a la silla vacía.</translation>
    </message>
    <message>
        <source>%1 sits in the empty chair (%2).</source>
        <translation>%1 ocupa la silla vacía (%2).</translation>
    </message>
    <message>
        <source>The empty chair is taken.</source>
        <translation>La silla vacía está ocupada.</translation>
    </message>
    <message>
        <source>Release the empty chair (C)</source>
        <translation>Liberar la silla vacía (C)</translation>
    </message>
    <message>
        <source>The speaker has finished: invite the room to the empty chair now (C).</source>
        <translation>El ponente ha terminado: invite ahora a la sala a la silla vacía (C).</translation>
    </message>
    <message>
        <source>The online moderator claims the empty chair for %1 (%2).</source>
        <translation>El moderador en línea solicita la silla vacía para %1 (%2).</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>Nobody has taken the empty chair yet.</source>
        <translation>Nadie ha ocupado aún la silla vacía.</translation>
    </message>
    <message>
        <source>In the chair so far: %1</source>
        <translation>En la silla hasta ahora: %1</translation>
    </message>
    <message>
        <source>Open or close the empty &amp;chair</source>
        <translation>Abrir o cerrar la &amp;silla vacía</translation>
    </message>
    <message>
        <source>&amp;Accept the claim on the empty chair</source>
        <translation>&amp;Aceptar la solicitud de la silla vacía</translation>
    </message>
    <message>
        <source>Empty chair</source>
        <translation>Silla vacía</translation>
    </message>
    <message>
        <source>Accept (A)</source>
        <translation>Aceptar (A)</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <source>Take the chair</source>
        <translation>Ocupar la silla</translation>
    </message>
    <message>
        <source>Remote participant (for the online moderator)</source>
        <translation>Participante remoto (para el moderador en línea)</translation>
    </message>
    <message>
        <source>Claim for them</source>
        <translation>Solicitar en su nombre</translation>
    </message>
    <message>
        <source>Speaker replies</source>
        <translation>Responde el ponente</translation>
    </message>
    <message>
        <source>%1 (%2) asks for the empty chair from their phone.</source>
        <translation>%1 (%2) pide la silla vacía desde su teléfono.</translation>
    </message>
    <message>
        <source>Who takes the chair: name, group, region, gender, room or online</source>
        <translation>Quién ocupa la silla: nombre, grupo, región, género, room u online</translation>
    </message>
</context>
<context>
    <name>ui::FloorHolderView</name>
    <message>
        <source>Give the floor to %1 (S)</source>
        <translation>Dar la palabra a %1 (S)</translation>
    </message>
    <message>
        <source>Give the floor to the speaker (S)</source>
        <translation>Dar la palabra al ponente (S)</translation>
    </message>
    <message>
        <source>Nobody holds the floor</source>
        <translation>Nadie tiene la palabra</translation>
    </message>
    <message>
        <source>invited speaker</source>
        <translation>ponente invitado</translation>
    </message>
    <message>
        <source>intervention</source>
        <translation>intervención</translation>
    </message>
    <message>
        <source>in the empty chair, through the online moderator</source>
        <translation>en la silla vacía, a través del moderador en línea</translation>
    </message>
    <message>
        <source>in the empty chair</source>
        <translation>en la silla vacía</translation>
    </message>
    <message>
        <source>reply to the empty chair</source>
        <translation>respuesta a la silla vacía</translation>
    </message>
    <message>
        <source>Give the floor to the &amp;speaker</source>
        <translation>&amp;Dar la palabra al ponente</translation>
    </message>
    <message>
        <source>&amp;End the turn</source>
        <translation>&amp;Terminar el turno</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>Palabra</translation>
    </message>
    <message>
        <source>End turn (Y)</source>
        <translation>Terminar turno (Y)</translation>
    </message>
    <message>
        <source>reply</source>
        <translation>respuesta</translation>
    </message>
    <message>
        <source>moderation</source>
        <translation>moderación</translation>
    </message>
</context>
<context>
    <name>ui::FloorPart</name>
    <message>
        <source>in the room</source>
        <translation>en la sala</translation>
    </message>
    <message>
        <source>online</source>
        <translation>en línea</translation>
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
        <translation>Glosario</translation>
    </message>
    <message>
        <source>Key terms of the session with short explanations, for the room&apos;s non-native speakers. The room display shows them as a scene, or one at a time.</source>
        <translation>Términos clave de la sesión con explicaciones breves, para las personas de la sala que no son hablantes nativas. La pantalla de la sala los muestra como una escena o de uno en uno.</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Término</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explicación</translation>
    </message>
    <message>
        <source>&amp;Add a term</source>
        <translation>&amp;Añadir un término</translation>
    </message>
    <message>
        <source>&amp;Remove the term</source>
        <translation>&amp;Quitar el término</translation>
    </message>
    <message>
        <source>Edit the glossary</source>
        <translation>Editar el glosario</translation>
    </message>
</context>
<context>
    <name>ui::JoinDialog</name>
    <message>
        <source>Join a shared session</source>
        <translation>Unirse a una sesión compartida</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Unirse</translation>
    </message>
    <message>
        <source>The moderator&apos;s Moderato shows an address for each role under File › Share on the network. Type or paste the one for your role; it decides what you can do.</source>
        <translation>El Moderato del moderador muestra una dirección para cada rol en Archivo › Compartir en la red. Escriba o pegue la de su rol; de ella depende lo que puede hacer.</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Su &amp;nombre:</translation>
    </message>
</context>
<context>
    <name>ui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Clock</source>
        <translation>&amp;Reloj</translation>
    </message>
    <message>
        <source>&amp;Go to agenda item</source>
        <translation>Ir a un punto de la a&amp;genda</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;New session…</source>
        <translation>&amp;Nueva sesión…</translation>
    </message>
    <message>
        <source>&amp;Open session…</source>
        <translation>&amp;Abrir sesión…</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <source>Write a copy of the session file and continue in the copy</source>
        <translation>Escribir una copia del archivo de sesión y continuar en la copia</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Start or pause</source>
        <translation>&amp;Iniciar o pausar</translation>
    </message>
    <message>
        <source>Start or &amp;resume</source>
        <translation>Iniciar o &amp;reanudar</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <source>&amp;Next agenda item</source>
        <translation>&amp;Siguiente punto de la agenda</translation>
    </message>
    <message>
        <source>&amp;Previous agenda item</source>
        <translation>Punto de la agenda &amp;anterior</translation>
    </message>
    <message>
        <source>Add one &amp;minute</source>
        <translation>Añadir un &amp;minuto</translation>
    </message>
    <message>
        <source>Remove one m&amp;inute</source>
        <translation>&amp;Quitar un minuto</translation>
    </message>
    <message>
        <source>Re-&amp;balance the agenda</source>
        <translation>Reequili&amp;brar la agenda</translation>
    </message>
    <message>
        <source>&amp;End the session…</source>
        <translation>&amp;Terminar la sesión…</translation>
    </message>
    <message>
        <source>&amp;Mute chimes</source>
        <translation>&amp;Silenciar campanillas</translation>
    </message>
    <message>
        <source>&amp;About Moderato</source>
        <translation>&amp;Acerca de Moderato</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
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
        <translation>Silenciar</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Transcurrido</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Restante</translation>
    </message>
    <message>
        <source>Projected end</source>
        <translation>Fin estimado</translation>
    </message>
    <message>
        <source>Against plan</source>
        <translation>Respecto al plan</translation>
    </message>
    <message>
        <source>No session is open.</source>
        <translation>No hay ninguna sesión abierta.</translation>
    </message>
    <message>
        <source>Not started: press Space to start the clock.</source>
        <translation>Sin iniciar: pulse Espacio para poner en marcha el reloj.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En marcha</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Paused for %1</source>
        <translation>En pausa desde hace %1</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>The session has ended.</source>
        <translation>La sesión ha terminado.</translation>
    </message>
    <message>
        <source>planned %1</source>
        <translation>previsto %1</translation>
    </message>
    <message>
        <source>Next: %1 (%2)</source>
        <translation>Siguiente: %1 (%2)</translation>
    </message>
    <message>
        <source>Next: end of the session</source>
        <translation>Siguiente: fin de la sesión</translation>
    </message>
    <message>
        <source>%1 behind</source>
        <translation>%1 de retraso</translation>
    </message>
    <message>
        <source>%1 ahead</source>
        <translation>%1 de adelanto</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>A tiempo</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message numerus="yes">
        <source>Running %1 behind. Shorten %Ln item(s) not yet started so the session ends on time; the summary keeps its time.</source>
        <translation>
            <numerusform>La sesión lleva %1 de retraso. Propuesta: acortar %Ln punto aún no iniciado para que termine a tiempo; el resumen conserva su duración.</numerusform>
            <numerusform>La sesión lleva %1 de retraso. Propuesta: acortar %Ln puntos aún no iniciados para que termine a tiempo; el resumen conserva su duración.</numerusform>
        </translation>
    </message>
    <message>
        <source>Even so, the session ends %1 late.</source>
        <translation>Aun así, la sesión termina con %1 de retraso.</translation>
    </message>
    <message>
        <source>Nothing to re-balance: the session is on time or no item can be shortened.</source>
        <translation>No hay nada que reequilibrar: la sesión va a tiempo o no se puede acortar ningún punto.</translation>
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
        <translation>%1 (demostración: se conserva solo hasta que salga; use «Guardar como» para guardarla) — Moderato</translation>
    </message>
    <message>
        <source>This is the demo workshop in a temporary file.</source>
        <translation>Este es el taller de demostración en un archivo temporal.</translation>
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
        <translation>Abrir sesión</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Nueva sesión</translation>
    </message>
    <message>
        <source>Moderato sessions (*.moderato)</source>
        <translation>Sesiones de Moderato (*.moderato)</translation>
    </message>
    <message>
        <source>Save session as</source>
        <translation>Guardar sesión como</translation>
    </message>
    <message>
        <source>End the session</source>
        <translation>Terminar la sesión</translation>
    </message>
    <message>
        <source>End the session now? The clock stops for good; the record stays.</source>
        <translation>¿Terminar la sesión ahora? El reloj se detiene definitivamente; el registro se conserva.</translation>
    </message>
    <message>
        <source>About Moderato</source>
        <translation>Acerca de Moderato</translation>
    </message>
    <message>
        <source>Moderato %1
The moderator&apos;s console for multi-stakeholder workshops.</source>
        <translation>Moderato %1
La consola de moderación para talleres de múltiples partes interesadas.</translation>
    </message>
    <message>
        <source>no session is open</source>
        <translation>no hay ninguna sesión abierta</translation>
    </message>
    <message>
        <source>F&amp;loor</source>
        <translation>&amp;Palabra</translation>
    </message>
    <message>
        <source>Balance of the floor</source>
        <translation>Equilibrio del tiempo de palabra</translation>
    </message>
    <message>
        <source>Next page or agenda item (clicker)</source>
        <translation>Página siguiente o siguiente punto de la agenda (mando de presentación)</translation>
    </message>
    <message>
        <source>Previous page or agenda item (clicker)</source>
        <translation>Página anterior o punto de la agenda anterior (mando de presentación)</translation>
    </message>
    <message>
        <source>Rapporteur&apos;s notes</source>
        <translation>Notas del relator</translation>
    </message>
    <message>
        <source>Session re&amp;port…</source>
        <translation>&amp;Informe de la sesión…</translation>
    </message>
    <message>
        <source>&amp;Prepare</source>
        <translation>Pr&amp;eparar</translation>
    </message>
    <message>
        <source>&amp;Import workshop proposal…</source>
        <translation>Importar propuesta de &amp;taller…</translation>
    </message>
    <message>
        <source>Make a new session from an IGF workshop proposal copied as text</source>
        <translation>Crear una nueva sesión a partir de una propuesta de taller del FGI copiada como texto</translation>
    </message>
    <message>
        <source>Edit the &amp;agenda…</source>
        <translation>&amp;Editar la agenda…</translation>
    </message>
    <message>
        <source>&amp;People…</source>
        <translation>&amp;Personas…</translation>
    </message>
    <message>
        <source>Prepared &amp;questions…</source>
        <translation>Pre&amp;guntas preparadas…</translation>
    </message>
    <message>
        <source>Session &amp;settings…</source>
        <translation>&amp;Configuración de la sesión…</translation>
    </message>
    <message>
        <source>&amp;Briefing pack…</source>
        <translation>&amp;Dosier informativo…</translation>
    </message>
    <message>
        <source>Import workshop proposal</source>
        <translation>Importar propuesta de taller</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Archivos de texto (*.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The proposal could not be read: %1</source>
        <translation>No se pudo leer la propuesta: %1</translation>
    </message>
    <message>
        <source>Session &amp;details…</source>
        <translation>De&amp;talles de la sesión…</translation>
    </message>
    <message>
        <source>Another Moderato window asked to open this session, which is open here.</source>
        <translation>Otra ventana de Moderato ha pedido abrir esta sesión, que está abierta aquí.</translation>
    </message>
    <message>
        <source>%1 is open in another window or on another computer, which is the only one that may write to it.

You can look at it here without changing it, or save a copy and continue in the copy.</source>
        <translation>%1 está abierto en otra ventana o en otro equipo, que es el único que puede escribir en él.

Puede verlo aquí sin modificarlo, o guardar una copia y continuar en la copia.</translation>
    </message>
    <message>
        <source>Open &amp;read-only</source>
        <translation>Abrir en solo &amp;lectura</translation>
    </message>
    <message>
        <source>&amp;Save a copy…</source>
        <translation>&amp;Guardar una copia…</translation>
    </message>
    <message>
        <source>%1 — %2 (read-only) — Moderato</source>
        <translation>%1 — %2 (solo lectura) — Moderato</translation>
    </message>
    <message>
        <source>Read-only: nothing is recorded here. Use Save as to continue in a copy.</source>
        <translation>Solo lectura: aquí no se registra nada. Use «Guardar como» para continuar en una copia.</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>E&amp;dición</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <extracomment>Edit menu; %1 names the step, such as &quot;Rename item&quot;</extracomment>
        <translation>&amp;Deshacer: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <extracomment>Edit menu; %1 names the step, such as &quot;Rename item&quot;</extracomment>
        <translation>&amp;Rehacer: %1</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>S&amp;hare on the network…</source>
        <translation>Co&amp;mpartir en la red…</translation>
    </message>
    <message>
        <source>Message to the moderator</source>
        <translation>Mensaje al moderador</translation>
    </message>
    <message>
        <source>A short message for the moderator&apos;s console:</source>
        <translation>Un mensaje breve para la consola del moderador:</translation>
    </message>
    <message>
        <source>&amp;Join a shared session…</source>
        <translation>&amp;Unirse a una sesión compartida…</translation>
    </message>
    <message>
        <source>&amp;Message to the moderator…</source>
        <translation>Mensaje al m&amp;oderador…</translation>
    </message>
    <message>
        <source>Only the moderator&apos;s own Moderato shares the session.</source>
        <translation>Solo el propio Moderato del moderador comparte la sesión.</translation>
    </message>
    <message>
        <source>Joining a shared session — Moderato</source>
        <translation>Uniéndose a una sesión compartida — Moderato</translation>
    </message>
    <message>
        <source>%1 — joined as %2 — Moderato</source>
        <extracomment>%1 is the session&apos;s name, %2 the role (&quot;Rapporteur&quot;) this window joined in</extracomment>
        <translation>%1 — unido como %2 — Moderato</translation>
    </message>
    <message>
        <source>%1 — %2 (a joined device&apos;s copy, read-only) — Moderato</source>
        <extracomment>%1 is the session&apos;s name, %2 the file&apos;s</extracomment>
        <translation>%1 — %2 (copia de un dispositivo unido, solo lectura) — Moderato</translation>
    </message>
    <message>
        <source>Saved a copy of the shared session so far as %1; this window keeps following the host.</source>
        <translation>Se guardó como %1 una copia de la sesión compartida hasta el momento; esta ventana sigue al anfitrión.</translation>
    </message>
    <message>
        <source>give the name you join with</source>
        <translation>indique el nombre con el que se une</translation>
    </message>
    <message>
        <source>The host refused this device: %1</source>
        <translation>El anfitrión rechazó este dispositivo: %1</translation>
    </message>
    <message>
        <source>Join a shared session</source>
        <translation>Unirse a una sesión compartida</translation>
    </message>
    <message>
        <source>Not connected to the host: the message was not sent.</source>
        <translation>Sin conexión con el anfitrión: el mensaje no se envió.</translation>
    </message>
    <message>
        <source>Sent to the moderator: %1</source>
        <translation>Enviado al moderador: %1</translation>
    </message>
    <message>
        <source>Not connected: the host refused this device (%1).</source>
        <translation>Sin conexión: el anfitrión rechazó este dispositivo (%1).</translation>
    </message>
    <message>
        <source>Online as %1 · %2 ms to the host</source>
        <translation>En línea como %1 · %2 ms hasta el anfitrión</translation>
    </message>
    <message>
        <source>Online as %1</source>
        <translation>En línea como %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) on the way</source>
        <translation>
            <numerusform>%Ln cambio en camino</numerusform>
            <numerusform>%Ln cambios en camino</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline since %1: you keep working on the last copy; what you do is sent when the connection returns.</source>
        <translation>Sin conexión desde las %1: sigue trabajando en la última copia; lo que haga se enviará cuando vuelva la conexión.</translation>
    </message>
    <message>
        <source>Connecting to the host…</source>
        <translation>Conectando con el anfitrión…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) kept on this device.</source>
        <translation>
            <numerusform>%Ln cambio guardado en este dispositivo.</numerusform>
            <numerusform>%Ln cambios guardados en este dispositivo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>Sin conexión: %1</translation>
    </message>
    <message>
        <source>Participants&apos; phones</source>
        <translation>Teléfonos de los participantes</translation>
    </message>
</context>
<context>
    <name>ui::PeopleEditor</name>
    <message>
        <source>onsite</source>
        <translation>presencial</translation>
    </message>
    <message>
        <source>online</source>
        <translation>en línea</translation>
    </message>
    <message>
        <source>hub: %1</source>
        <translation>hub: %1</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Ponente</translation>
    </message>
    <message>
        <source>Onsite moderator</source>
        <translation>Moderador presencial</translation>
    </message>
    <message>
        <source>Online moderator</source>
        <translation>Moderador en línea</translation>
    </message>
    <message>
        <source>Rapporteur</source>
        <translation>Relator</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Público</translation>
    </message>
    <message>
        <source>New participant</source>
        <translation>Nuevo participante</translation>
    </message>
    <message>
        <source>New participant %1</source>
        <translation>Nuevo participante %1</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Stakeholder group</source>
        <translation>Grupo de partes interesadas</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Organización:</translation>
    </message>
    <message>
        <source>Stakeholder &amp;group:</source>
        <translation>&amp;Grupo de partes interesadas:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Región:</translation>
    </message>
    <message>
        <source>Gen&amp;der:</source>
        <translation>Gén&amp;ero:</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>Cana&amp;l:</translation>
    </message>
    <message>
        <source>&amp;Hub:</source>
        <translation>H&amp;ub:</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Roles:</translation>
    </message>
    <message>
        <source>remote hub</source>
        <translation>hub remoto</translation>
    </message>
    <message>
        <source>as the person describes it; optional</source>
        <translation>tal como lo describe la persona; opcional</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importar CSV…</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xportar CSV…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Who has spoken, asked to speak or claimed the chair stays in the session&apos;s record.</source>
        <translation>Quien haya hablado, pedido la palabra o solicitado la silla permanece en el registro de la sesión.</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Añadir a %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar a %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Quitar a %1</translation>
    </message>
    <message>
        <source>no session is open</source>
        <translation>no hay ninguna sesión abierta</translation>
    </message>
    <message>
        <source>Import people</source>
        <translation>Importar personas</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be updated</source>
        <translation>no se pudo actualizar a «%1»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be added</source>
        <translation>no se pudo añadir a «%1»</translation>
    </message>
    <message>
        <source>%1 added, %2 updated.</source>
        <translation>%1 añadidos, %2 actualizados.</translation>
    </message>
    <message>
        <source>cannot write &quot;%1&quot;: %2</source>
        <translation>no se puede escribir «%1»: %2</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Export people</source>
        <translation>Exportar personas</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>A participant needs a name.</source>
        <translation>Un participante necesita un nombre.</translation>
    </message>
    <message>
        <source>Remote hub</source>
        <translation>Hub remoto</translation>
    </message>
</context>
<context>
    <name>ui::PhonesPanel</name>
    <message>
        <source>in the room</source>
        <translation>en la sala</translation>
    </message>
    <message>
        <source>online</source>
        <translation>en línea</translation>
    </message>
    <message>
        <source>at a hub</source>
        <translation>desde un hub</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>desde %1</translation>
    </message>
    <message>
        <source>someone who left</source>
        <translation>alguien que se fue</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A participant&apos;s name and their stakeholder group</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>for policy question %1: %2</source>
        <translation>sobre la pregunta de política %1: %2</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>para %1</translation>
    </message>
    <message>
        <source>Inbox (%1)</source>
        <translation>Bandeja de entrada (%1)</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Bandeja de entrada</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>bloqueado</translation>
    </message>
    <message>
        <source>Phone %1</source>
        <translation>Teléfono %1</translation>
    </message>
    <message>
        <source>Phones (%1)</source>
        <translation>Teléfonos (%1)</translation>
    </message>
    <message>
        <source>The room PIN and the page&apos;s address are on the host&apos;s console.</source>
        <translation>El PIN de la sala y la dirección de la página están en la consola del anfitrión.</translation>
    </message>
    <message>
        <source>Share the session on the network (File › Share on the network…) to let participants join from their phones.</source>
        <translation>Comparta la sesión en la red (Archivo › Compartir en la red…) para que los participantes puedan unirse desde sus teléfonos.</translation>
    </message>
    <message>
        <source>Room PIN: %1 %2</source>
        <extracomment>The room PIN, shown in two groups of three digits</extracomment>
        <translation>PIN de la sala: %1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln phone(s) connected</source>
        <translation>
            <numerusform>%Ln teléfono conectado</numerusform>
            <numerusform>%Ln teléfonos conectados</numerusform>
        </translation>
    </message>
    <message>
        <source>Participants open %1</source>
        <translation>Los participantes abren %1</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>Participants may join from their phones</source>
        <translation>Los participantes pueden unirse desde sus teléfonos</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>Nuevo PIN</translation>
    </message>
    <message>
        <source>Phones that joined stay; new ones need the new PIN.</source>
        <translation>Los teléfonos ya unidos se mantienen; los nuevos necesitan el nuevo PIN.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Question or comment</source>
        <translation>Pregunta o comentario</translation>
    </message>
    <message>
        <source>Read out</source>
        <translation>Leer en voz alta</translation>
    </message>
    <message>
        <source>Show to the room</source>
        <translation>Mostrar a la sala</translation>
    </message>
    <message>
        <source>Add to prepared questions</source>
        <translation>Añadir a las preguntas preparadas</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Takeaway</source>
        <translation>Conclusión</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>De acuerdo</translation>
    </message>
    <message>
        <source>Disagree</source>
        <translation>En desacuerdo</translation>
    </message>
    <message>
        <source>Reactions</source>
        <translation>Reacciones</translation>
    </message>
    <message>
        <source>Their takeaways</source>
        <translation>Sus conclusiones</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Stakeholder group</source>
        <translation>Grupo de partes interesadas</translation>
    </message>
    <message>
        <source>Taking part</source>
        <translation>Participación</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <source>Its requests disappear and it can no longer send anything.</source>
        <translation>Sus solicitudes desaparecen y ya no puede enviar nada.</translation>
    </message>
    <message>
        <source>Unblock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Seconds between two questions of a phone:</source>
        <translation>Segundos entre dos preguntas de un teléfono:</translation>
    </message>
    <message>
        <source>Questions of a phone waiting at most:</source>
        <translation>Máximo de preguntas en espera por teléfono:</translation>
    </message>
    <message>
        <source>Apply limits</source>
        <translation>Aplicar límites</translation>
    </message>
</context>
<context>
    <name>ui::ProposalImportDialog</name>
    <message>
        <source>Import workshop proposal</source>
        <translation>Importar propuesta de taller</translation>
    </message>
    <message>
        <source>Format: %1</source>
        <translation>Formato: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln speaker(s), %1 policy question(s)</source>
        <translation>
            <numerusform>%Ln ponente, preguntas de política: %1</numerusform>
            <numerusform>%Ln ponentes, preguntas de política: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Agenda: %Ln item(s), %1</source>
        <translation>
            <numerusform>Agenda: %Ln punto, %1</numerusform>
            <numerusform>Agenda: %Ln puntos, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The proposal has no agenda: one was built for its format. Check it in Prepare &gt; Edit the agenda.</source>
        <translation>La propuesta no tiene agenda: se ha creado una según su formato. Revísela en Preparar &gt; Editar la agenda.</translation>
    </message>
    <message>
        <source>The agenda is %1 longer than the session; nothing was changed.</source>
        <translation>La agenda dura %1 más que la sesión; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The agenda is %1 shorter than the session; nothing was changed.</source>
        <translation>La agenda dura %1 menos que la sesión; no se ha cambiado nada.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln thing(s) could not be read; see the details.</source>
        <translation>
            <numerusform>%Ln elemento no se pudo leer; consulte los detalles.</numerusform>
            <numerusform>%Ln elementos no se pudieron leer; consulte los detalles.</numerusform>
        </translation>
    </message>
    <message>
        <source>Create the session…</source>
        <translation>Crear la sesión…</translation>
    </message>
</context>
<context>
    <name>ui::QuestionBankDialog</name>
    <message>
        <source>Prepared questions</source>
        <translation>Preguntas preparadas</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Punto de la agenda</translation>
    </message>
    <message>
        <source>For speaker</source>
        <translation>Para el ponente</translation>
    </message>
    <message>
        <source>Questions to ask if the conversation stalls. The console shows those of the current item, of the speaker who has the floor, and those for any moment.</source>
        <translation>Preguntas para cuando la conversación se estanque. La consola muestra las del punto actual, las del ponente que tiene la palabra y las válidas para cualquier momento.</translation>
    </message>
    <message>
        <source>&amp;Add question</source>
        <translation>&amp;Añadir pregunta</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>New question</source>
        <translation>Nueva pregunta</translation>
    </message>
    <message>
        <source>any item</source>
        <translation>cualquier punto</translation>
    </message>
    <message>
        <source>anyone</source>
        <translation>cualquiera</translation>
    </message>
    <message>
        <source>Edit the prepared questions</source>
        <translation>Editar las preguntas preparadas</translation>
    </message>
</context>
<context>
    <name>ui::QuestionsPanel</name>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Write the questions to ask if the conversation stalls</source>
        <translation>Escribir las preguntas para cuando la conversación se estanque</translation>
    </message>
    <message>
        <source>Prepared questions (%1 not asked)</source>
        <translation>Preguntas preparadas (%1 sin hacer)</translation>
    </message>
    <message>
        <source>No prepared questions for this moment.</source>
        <translation>No hay preguntas preparadas para este momento.</translation>
    </message>
</context>
<context>
    <name>ui::RapporteurPane</name>
    <message>
        <source>add note</source>
        <translation>añadir nota</translation>
    </message>
    <message>
        <source>edit note</source>
        <translation>editar nota</translation>
    </message>
    <message>
        <source>delete note</source>
        <translation>eliminar nota</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Editar nota</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <source>no note is selected</source>
        <translation>no hay ninguna nota seleccionada</translation>
    </message>
    <message>
        <source>Policy question %1: %2</source>
        <translation>Pregunta de política %1: %2</translation>
    </message>
    <message>
        <source>Every speaker</source>
        <translation>Todos los participantes</translation>
    </message>
    <message>
        <source>Every agenda item</source>
        <translation>Todos los puntos de la agenda</translation>
    </message>
    <message>
        <source>Every tag</source>
        <translation>Todas las etiquetas</translation>
    </message>
    <message>
        <source>No policy question</source>
        <translation>Sin pregunta de política</translation>
    </message>
    <message>
        <source>Type a note, Enter to save it</source>
        <translation>Escriba una nota y pulse Intro para guardarla</translation>
    </message>
    <message>
        <source>Key takeaway</source>
        <translation>Conclusión clave</translation>
    </message>
    <message>
        <source>Call to action</source>
        <translation>Llamada a la acción</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <source>Disagreement</source>
        <translation>Desacuerdo</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>Alt+%1</source>
        <translation>Alt+%1</translation>
    </message>
    <message>
        <source>Tags while typing: Alt+1 key takeaway, Alt+2 call to action, Alt+3 question, Alt+4 agreement, Alt+5 disagreement, Alt+6 quote. Esc leaves the field.</source>
        <translation>Etiquetas al escribir: Alt+1 conclusión clave, Alt+2 llamada a la acción, Alt+3 pregunta, Alt+4 acuerdo, Alt+5 desacuerdo, Alt+6 cita. Esc sale del campo.</translation>
    </message>
    <message>
        <source>Search the notes</source>
        <translation>Buscar en las notas</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>No break-out group</source>
        <translation>Sin grupo de trabajo</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The break-out group the next notes are for</source>
        <translation>El grupo de trabajo al que corresponden las próximas notas</translation>
    </message>
</context>
<context>
    <name>ui::ReportDialog</name>
    <message>
        <source>Session report</source>
        <translation>Informe de la sesión</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Onsite</source>
        <translation>Presencial</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <source>Of whom women</source>
        <translation>De ellos, mujeres</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>Participación</translation>
    </message>
    <message>
        <source>Short report</source>
        <translation>Informe breve</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Copy as Markdown</source>
        <translation>Copiar como Markdown</translation>
    </message>
    <message>
        <source>Show the takeaways to the room</source>
        <translation>Mostrar las conclusiones clave a la sala</translation>
    </message>
    <message>
        <source>Import transcript…</source>
        <translation>Importar transcripción…</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Exportar el informe</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;OpenDocument text (*.odt);;HTML (*.html);;Markdown (*.md)</source>
        <translation>PDF (*.pdf);;Texto OpenDocument (*.odt);;HTML (*.html);;Markdown (*.md)</translation>
    </message>
    <message>
        <source>Import a transcript</source>
        <translation>Importar una transcripción</translation>
    </message>
    <message>
        <source>Text (*.txt);;All files (*)</source>
        <translation>Texto (*.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>no session is open</source>
        <translation>no hay ninguna sesión abierta</translation>
    </message>
    <message>
        <source>%1: use .md, .html, .odt or .pdf</source>
        <translation>%1: use .md, .html, .odt o .pdf</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Guardar el informe</translation>
    </message>
    <message>
        <source>Draft from the session: edit it, or confirm it as it stands.</source>
        <translation>Borrador a partir de la sesión: edítelo o confírmelo tal como está.</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmado</translation>
    </message>
    <message>
        <source>Drafted line</source>
        <translation>Línea del borrador</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Punto de la agenda</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Choose a line to see the notes or transcript turns it was drafted from.</source>
        <translation>Elija una línea para ver las notas o las intervenciones de la transcripción a partir de las que se redactó.</translation>
    </message>
    <message>
        <source>The sources of the chosen line appear here.</source>
        <translation>Aquí aparecen las fuentes de la línea elegida.</translation>
    </message>
    <message>
        <source>Drafted lines and their sources</source>
        <translation>Líneas del borrador y sus fuentes</translation>
    </message>
    <message>
        <source>Draft from the proposal…</source>
        <translation>Borrador a partir de la propuesta…</translation>
    </message>
    <message>
        <source>Read the workshop proposal for the drafts, e.g. the other initiatives it names.</source>
        <translation>Leer la propuesta de taller para los borradores, p. ej. las otras iniciativas que menciona.</translation>
    </message>
    <message>
        <source>Draft from the workshop proposal</source>
        <translation>Borrador a partir de la propuesta de taller</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>note %1</source>
        <translation>nota %1</translation>
    </message>
    <message>
        <source>transcript, line %1</source>
        <translation>transcripción, línea %1</translation>
    </message>
    <message>
        <source>Key takeaways</source>
        <translation>Conclusiones clave</translation>
    </message>
    <message>
        <source>Calls to action</source>
        <translation>Llamadas a la acción</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Note %1, typed at %2: %3</source>
        <translation>Nota %1, escrita en %2: %3</translation>
    </message>
    <message>
        <source>Line %1, %2: %3</source>
        <translation>Línea %1, %2: %3</translation>
    </message>
    <message>
        <source>no speaker named</source>
        <translation>sin orador indicado</translation>
    </message>
    <message>
        <source>%1: not a workshop proposal in plain text (at most 2 MB)</source>
        <translation>%1: no es una propuesta de taller en texto plano (2 MB como máximo)</translation>
    </message>
    <message>
        <source>Transcripts (*.txt *.srt *.vtt);;Captions (*.srt *.vtt);;Text (*.txt);;All files (*)</source>
        <extracomment>File dialog filters: keep the patterns in parentheses as they are</extracomment>
        <translation>Transcripciones (*.txt *.srt *.vtt);;Subtítulos (*.srt *.vtt);;Texto (*.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>One a line; the IGF asks for three.</source>
        <translation>Una por línea; el FGI pide tres.</translation>
    </message>
    <message>
        <source>In exports and copies, number the drafted lines and list their sources</source>
        <translation>En las exportaciones y copias, numerar las líneas del borrador y enumerar sus fuentes</translation>
    </message>
    <message>
        <source>Who said each drafted key takeaway and call to action, during which agenda item, when, and from which note or transcript line.</source>
        <translation>Quién dijo cada conclusión clave y cada llamada a la acción del borrador, durante qué punto de la agenda, cuándo y a partir de qué nota o línea de la transcripción.</translation>
    </message>
</context>
<context>
    <name>ui::ReportExporter</name>
    <message>
        <source>Nobody has had the floor yet.</source>
        <translation>Nadie ha tenido aún la palabra.</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>sin indicar</translation>
    </message>
</context>
<context>
    <name>ui::RoomControl</name>
    <message>
        <source>Message to the room</source>
        <translation>Mensaje a la sala</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>Mensaje:</translation>
    </message>
    <message>
        <source>Add media</source>
        <translation>Añadir un archivo multimedia</translation>
    </message>
    <message>
        <source>Images, slides and video (*.png *.jpg *.jpeg *.svg *.pdf *.mp4 *.webm *.mkv *.ogv);;All files (*)</source>
        <translation>Imágenes, diapositivas y vídeo (*.png *.jpg *.jpeg *.svg *.pdf *.mp4 *.webm *.mkv *.ogv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Key takeaway, as the room will read it:</source>
        <translation>Conclusión clave, tal como la leerá la sala:</translation>
    </message>
    <message>
        <source>no session is open</source>
        <translation>no hay ninguna sesión abierta</translation>
    </message>
    <message>
        <source>In a window (to share online)</source>
        <translation>En una ventana (para compartir en línea)</translation>
    </message>
    <message>
        <source>Full screen on %1 (%2×%3)</source>
        <translation>Pantalla completa en %1 (%2×%3)</translation>
    </message>
    <message>
        <source>As the console</source>
        <translation>Como la consola</translation>
    </message>
    <message>
        <source>&amp;Room display</source>
        <translation>Pantalla de la &amp;sala</translation>
    </message>
    <message>
        <source>&amp;Show the room display</source>
        <translation>Mostrar la &amp;pantalla de la sala</translation>
    </message>
    <message>
        <source>Show &amp;on</source>
        <translation>Mostrar &amp;en</translation>
    </message>
    <message>
        <source>Follow the session (&amp;automatic scene)</source>
        <translation>Seguir la sesión (escena &amp;automática)</translation>
    </message>
    <message>
        <source>Scene: a&amp;genda</source>
        <translation>Escena: a&amp;genda</translation>
    </message>
    <message>
        <source>Scene: s&amp;peaker</source>
        <translation>Escena: &amp;turno de palabra</translation>
    </message>
    <message>
        <source>Scene: empty &amp;chair</source>
        <translation>Escena: &amp;silla vacía</translation>
    </message>
    <message>
        <source>Scene: &amp;media</source>
        <translation>Escena: &amp;multimedia</translation>
    </message>
    <message>
        <source>Scene: key &amp;takeaways</source>
        <translation>Escena: &amp;conclusiones clave</translation>
    </message>
    <message>
        <source>Scene: m&amp;essage</source>
        <translation>Escena: mensa&amp;je</translation>
    </message>
    <message>
        <source>&amp;Blank the room display</source>
        <translation>&amp;Oscurecer la pantalla de la sala</translation>
    </message>
    <message>
        <source>Show a message to the &amp;room…</source>
        <translation>Mostrar un mensaje a la sa&amp;la…</translation>
    </message>
    <message>
        <source>A&amp;dd media…</source>
        <translation>Aña&amp;dir un archivo multimedia…</translation>
    </message>
    <message>
        <source>Show media &amp;file</source>
        <translation>Mostrar a&amp;rchivo multimedia</translation>
    </message>
    <message>
        <source>Ne&amp;xt page</source>
        <translation>Página sig&amp;uiente</translation>
    </message>
    <message>
        <source>Play or pause the &amp;video</source>
        <translation>Reproducir o pausar el &amp;vídeo</translation>
    </message>
    <message>
        <source>Approve a &amp;key takeaway…</source>
        <translation>Apro&amp;bar una conclusión clave…</translation>
    </message>
    <message>
        <source>Room &amp;language</source>
        <translation>&amp;Idioma de la sala</translation>
    </message>
    <message>
        <source>Previo&amp;us page</source>
        <translation>Página a&amp;nterior</translation>
    </message>
    <message>
        <source>Change the room&apos;s language</source>
        <translation>Cambiar el idioma de la sala</translation>
    </message>
    <message>
        <source>The language of this computer&apos;s room display only</source>
        <translation>Solo el idioma de la pantalla de la sala de este equipo</translation>
    </message>
    <message>
        <source>Scene: &amp;join from a phone</source>
        <translation>Escena: unirse desde el telé&amp;fono</translation>
    </message>
    <message>
        <source>Withdraw a key takeaway</source>
        <translation>Retirar una conclusión clave</translation>
    </message>
    <message>
        <source>No key takeaway has been approved for the room.</source>
        <translation>Aún no se ha aprobado ninguna conclusión clave para la sala.</translation>
    </message>
    <message>
        <source>The key takeaway to take off the room display:</source>
        <translation>La conclusión clave que se quita de la pantalla de la sala:</translation>
    </message>
    <message>
        <source>&amp;Withdraw a key takeaway…</source>
        <translation>Re&amp;tirar una conclusión clave…</translation>
    </message>
    <message>
        <source>Edit a key takeaway</source>
        <translation>Editar una conclusión clave</translation>
    </message>
    <message>
        <source>The key takeaway to reword:</source>
        <translation>La conclusión clave que se va a reformular:</translation>
    </message>
    <message>
        <source>Record a comment from the room</source>
        <translation>Registrar un comentario de la sala</translation>
    </message>
    <message>
        <source>Someone in the room (not named)</source>
        <translation>Alguien en la sala (sin nombre)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>What was said about it, for the report</source>
        <translation>Lo que se dijo al respecto, para el informe</translation>
    </message>
    <message>
        <source>&amp;Key takeaway:</source>
        <translation>&amp;Conclusión clave:</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>&amp;Quién:</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>C&amp;omentario:</translation>
    </message>
    <message>
        <source>Ed&amp;it a key takeaway…</source>
        <translation>&amp;Editar una conclusión clave…</translation>
    </message>
    <message>
        <source>Record a comment from t&amp;he room…</source>
        <translation>Registrar un &amp;comentario de la sala…</translation>
    </message>
    <message>
        <source>&amp;Mute the video&apos;s sound (volume %1)</source>
        <extracomment>%1 is the video&apos;s volume, like &quot;70 %&quot;</extracomment>
        <translation>&amp;Silenciar el sonido del vídeo (volumen %1)</translation>
    </message>
    <message>
        <source>Add subtitles</source>
        <translation>Añadir subtítulos</translation>
    </message>
    <message>
        <source>The video the subtitles belong to:</source>
        <translation>El vídeo al que pertenecen los subtítulos:</translation>
    </message>
    <message>
        <source>Subtitles (*.srt *.vtt);;All files (*)</source>
        <translation>Subtítulos (*.srt *.vtt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The subtitles&apos; language, as a code (en, fr, es, zh_CN; empty: not said):</source>
        <translation>El idioma de los subtítulos, como código (en, fr, es, zh_CN; vacío: sin indicar):</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>The glossary is empty: add key terms with Room display › Glossary first.</source>
        <translation>El glosario está vacío: añada primero términos clave con Pantalla de la sala › Glosario.</translation>
    </message>
    <message>
        <source>Show a glossary term</source>
        <translation>Mostrar un término del glosario</translation>
    </message>
    <message>
        <source>Term the speaker used:</source>
        <translation>Término que usó el orador:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the glossary.</source>
        <translation>«%1» no está en el glosario.</translation>
    </message>
    <message>
        <source>Change the room&apos;s second language</source>
        <translation>Cambiar el segundo idioma de la sala</translation>
    </message>
    <message>
        <source>Scene: break-out &amp;groups</source>
        <translation>Escena: &amp;grupos de trabajo</translation>
    </message>
    <message>
        <source>Scene: &amp;key terms</source>
        <translation>Escena: té&amp;rminos clave</translation>
    </message>
    <message>
        <source>Video: back 10 seconds</source>
        <translation>Vídeo: retroceder 10 segundos</translation>
    </message>
    <message>
        <source>Video: forward 10 seconds</source>
        <translation>Vídeo: avanzar 10 segundos</translation>
    </message>
    <message>
        <source>Video: sound louder</source>
        <translation>Vídeo: subir el volumen</translation>
    </message>
    <message>
        <source>Video: sound softer</source>
        <translation>Vídeo: bajar el volumen</translation>
    </message>
    <message>
        <source>Add su&amp;btitles to a video…</source>
        <translation>Añadir su&amp;btítulos a un vídeo…</translation>
    </message>
    <message>
        <source>Second lan&amp;guage</source>
        <translation>Se&amp;gundo idioma</translation>
    </message>
    <message>
        <source>Tra&amp;nslations for the room…</source>
        <translation>Tra&amp;ducciones para la sala…</translation>
    </message>
    <message>
        <source>G&amp;lossary…</source>
        <translation>G&amp;losario…</translation>
    </message>
    <message>
        <source>Show or hide a glossary &amp;term…</source>
        <translation>Mostrar u ocultar un &amp;término del glosario…</translation>
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
        <translation>Fin estimado: %1</translation>
    </message>
    <message>
        <source>The floor is open</source>
        <translation>Se abre el turno de palabra</translation>
    </message>
    <message>
        <source>online</source>
        <translation>en línea</translation>
    </message>
    <message>
        <source>Ask the moderator for the floor</source>
        <translation>Pida la palabra al moderador</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Ahora: %1</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Siguiente: %1</translation>
    </message>
    <message>
        <source>A speaker replies to the empty chair</source>
        <translation>Un ponente responde a la silla vacía</translation>
    </message>
    <message>
        <source>In the empty chair</source>
        <translation>En la silla vacía</translation>
    </message>
    <message>
        <source>Online, through the online moderator</source>
        <translation>En línea, a través del moderador en línea</translation>
    </message>
    <message>
        <source>The empty chair</source>
        <translation>La silla vacía</translation>
    </message>
    <message>
        <source>Take the empty chair next to the speakers: bring a new perspective, or challenge what you heard.</source>
        <translation>Ocupe la silla vacía junto a los ponentes: aporte una nueva perspectiva o cuestione lo que ha escuchado.</translation>
    </message>
    <message>
        <source>Online? Tell the online moderator, who takes the chair for you.</source>
        <translation>¿Participa en línea? Avise al moderador en línea, que ocupará la silla en su nombre.</translation>
    </message>
    <message>
        <source>This file cannot be shown</source>
        <translation>No se puede mostrar este archivo</translation>
    </message>
    <message>
        <source>No media file chosen</source>
        <translation>No se ha elegido ningún archivo multimedia</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Key takeaways</source>
        <translation>Conclusiones clave</translation>
    </message>
    <message>
        <source>No key takeaways yet.</source>
        <translation>Aún no hay conclusiones clave.</translation>
    </message>
    <message>
        <source>Your comments: ask the moderator for the floor, or write to the online moderator.</source>
        <translation>Sus comentarios: pida la palabra al moderador o escriba al moderador en línea.</translation>
    </message>
    <message>
        <source>Join from your phone</source>
        <translation>Únase desde su teléfono</translation>
    </message>
    <message>
        <source>PIN %1 %2</source>
        <translation>PIN %1 %2</translation>
    </message>
    <message>
        <source>Ask the moderator how to join.</source>
        <translation>Pregunte al moderador cómo unirse.</translation>
    </message>
    <message>
        <source>Scan the code, or open this address on the room&apos;s network:</source>
        <translation>Escanee el código o abra esta dirección en la red de la sala:</translation>
    </message>
    <message>
        <source>Joining from phones is closed for now.</source>
        <translation>El acceso desde teléfonos está cerrado por ahora.</translation>
    </message>
    <message>
        <source>Room PIN</source>
        <translation>PIN de la sala</translation>
    </message>
    <message>
        <source>The file could not be read from the session.</source>
        <translation>No se pudo leer el archivo de la sesión.</translation>
    </message>
    <message>
        <source>This computer cannot play video: Qt Multimedia has no backend.</source>
        <translation>Este equipo no puede reproducir vídeo: Qt Multimedia no tiene ningún backend.</translation>
    </message>
    <message>
        <source>The file is damaged or in a format the room display does not read.</source>
        <translation>El archivo está dañado o tiene un formato que la pantalla de la sala no lee.</translation>
    </message>
    <message>
        <source>The video&apos;s format cannot be decoded here.</source>
        <extracomment>Why a video cannot be played; %1 is the media framework&apos;s own words (often in English)</extracomment>
        <translation>El formato del vídeo no se puede decodificar aquí.</translation>
    </message>
    <message>
        <source>The video cannot be played: %1</source>
        <translation>No se puede reproducir el vídeo: %1</translation>
    </message>
    <message>
        <source>Break-out groups</source>
        <translation>Grupos de trabajo</translation>
    </message>
    <message>
        <source>The groups are not formed yet.</source>
        <translation>Los grupos aún no se han formado.</translation>
    </message>
    <message>
        <source>Time to reconvene</source>
        <translation>Es hora de volver al plenario</translation>
    </message>
    <message>
        <source>Please come back to your seats: each group&apos;s rapporteur reports back.</source>
        <translation>Por favor, vuelvan a sus asientos: el relator de cada grupo presentará la puesta en común.</translation>
    </message>
    <message>
        <source>Facilitator: %1</source>
        <translation>Facilitador: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln persona</numerusform>
            <numerusform>%Ln personas</numerusform>
        </translation>
    </message>
    <message>
        <source>Key terms</source>
        <translation>Términos clave</translation>
    </message>
    <message>
        <source>No key terms yet.</source>
        <translation>Aún no hay términos clave.</translation>
    </message>
    <message>
        <source>it did not load within 10 seconds; the file may be damaged.</source>
        <translation>no se cargó en 10 segundos; puede que el archivo esté dañado.</translation>
    </message>
    <message>
        <source>The video could not be prepared for playing: %1</source>
        <extracomment>%1: the system&apos;s reason (a full disk, say)</extracomment>
        <translation>No se pudo preparar el vídeo para reproducirlo: %1</translation>
    </message>
</context>
<context>
    <name>ui::RotationView</name>
    <message>
        <source>%1 (skipped)</source>
        <translation>%1 (omitido)</translation>
    </message>
    <message>
        <source>Speaking order</source>
        <translation>Orden de intervención</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Skip or bring back</source>
        <translation>Saltar o recuperar</translation>
    </message>
</context>
<context>
    <name>ui::Screenshot</name>
    <message>
        <source>Coffee break: we continue at 15:15 with the summary of the discussion.</source>
        <translation>Pausa para el café: continuamos a las 15:15 con el resumen del debate.</translation>
    </message>
    <message>
        <source>A remote participant in Nairobi has a question on policy question 2.</source>
        <translation>Una participante remota en Nairobi tiene una pregunta sobre la pregunta de política 2.</translation>
    </message>
    <message>
        <source>Who certifies the certifiers, and who pays for it?</source>
        <translation>¿Quién certifica a los certificadores, y quién lo paga?</translation>
    </message>
    <message>
        <source>How can small suppliers afford the audits?</source>
        <translation>¿Cómo pueden los pequeños proveedores costear las auditorías?</translation>
    </message>
    <message>
        <source>Only if buyers ask for it in every contract.</source>
        <translation>Solo si los compradores lo exigen en cada contrato.</translation>
    </message>
    <message>
        <source>Security needs a budget line, not only a policy.</source>
        <translation>La seguridad necesita una partida presupuestaria, no solo una política.</translation>
    </message>
</context>
<context>
    <name>ui::SessionDetailsDialog</name>
    <message>
        <source>Session details</source>
        <translation>Detalles de la sesión</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>One question a line</source>
        <translation>Una pregunta por línea</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Código:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>&amp;Disposición:</translation>
    </message>
    <message>
        <source>Le&amp;ngth:</source>
        <translation>D&amp;uración:</translation>
    </message>
    <message>
        <source>&amp;Policy questions:</source>
        <translation>&amp;Preguntas de política:</translation>
    </message>
    <message>
        <source>&amp;Discussion facilitation:</source>
        <translation>Dinamización del de&amp;bate:</translation>
    </message>
    <message>
        <source>&amp;Online participation:</source>
        <translation>Participación en &amp;línea:</translation>
    </message>
    <message>
        <source>The clock has started: the session&apos;s details can no longer be edited.</source>
        <translation>El reloj ya ha empezado: los detalles de la sesión ya no se pueden editar.</translation>
    </message>
    <message>
        <source>Edit the session details</source>
        <translation>Editar los detalles de la sesión</translation>
    </message>
    <message>
        <source>Where it takes place, e.g. Room VI</source>
        <translation>Dónde se celebra la sesión, p. ej., Sala VI</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>&amp;Sala:</translation>
    </message>
</context>
<context>
    <name>ui::SessionSettingsDialog</name>
    <message>
        <source>Session settings</source>
        <translation>Configuración de la sesión</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Each item&apos;s own (one minute)</source>
        <translation>La de cada punto (un minuto)</translation>
    </message>
    <message>
        <source>Chime when time is up (the flash is always shown)</source>
        <translation>Campanilla cuando se acabe el tiempo (el destello se muestra siempre)</translation>
    </message>
    <message>
        <source>In order of request</source>
        <translation>Por orden de petición</translation>
    </message>
    <message>
        <source>First-time speakers first</source>
        <translation>Primero quien no ha hablado</translation>
    </message>
    <message>
        <source>Onsite and online in turn</source>
        <translation>Presencial y en línea por turnos</translation>
    </message>
    <message>
        <source>Least-heard stakeholder groups first</source>
        <translation>Primero los grupos de partes interesadas menos escuchados</translation>
    </message>
    <message>
        <source>Audience &amp;turn limit:</source>
        <translation>Límite de &amp;turno del público:</translation>
    </message>
    <message>
        <source>Empty-&amp;chair turn limit:</source>
        <translation>Límite de turno de la &amp;silla vacía:</translation>
    </message>
    <message>
        <source>&amp;Warning before the end of an item:</source>
        <translation>&amp;Aviso antes del final de un punto:</translation>
    </message>
    <message>
        <source>&amp;Queue order:</source>
        <translation>&amp;Orden de la cola:</translation>
    </message>
    <message>
        <source>An invited speaker&apos;s limit is their agenda slot. These settings are kept in the session file.</source>
        <translation>El límite de un ponente invitado es su franja en la agenda. Esta configuración se guarda en el archivo de sesión.</translation>
    </message>
    <message>
        <source>Change the session settings</source>
        <translation>Cambiar la configuración de la sesión</translation>
    </message>
</context>
<context>
    <name>ui::SessionUndo</name>
    <message>
        <source>no session is open</source>
        <translation>no hay ninguna sesión abierta</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be undone: %2</source>
        <extracomment>%1 names the edit (such as &quot;Rename item&quot;), %2 says why the session refused it</extracomment>
        <translation>«%1» no se puede deshacer: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be redone: %2</source>
        <extracomment>%1 names the edit (such as &quot;Rename item&quot;), %2 says why the session refused it</extracomment>
        <translation>«%1» no se puede rehacer: %2</translation>
    </message>
</context>
<context>
    <name>ui::ShareDialog</name>
    <message>
        <source>Onsite moderator</source>
        <translation>Moderador presencial</translation>
    </message>
    <message>
        <source>Co-moderator</source>
        <translation>Comoderador</translation>
    </message>
    <message>
        <source>Online moderator</source>
        <translation>Moderador en línea</translation>
    </message>
    <message>
        <source>Rapporteur</source>
        <translation>Relator</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Observador</translation>
    </message>
    <message>
        <source>Share on the network</source>
        <translation>Compartir en la red</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>Compartir</translation>
    </message>
    <message>
        <source>Every address of this computer</source>
        <translation>Todas las direcciones de este equipo</translation>
    </message>
    <message>
        <source>This computer only (a rehearsal)</source>
        <translation>Solo este equipo (un ensayo)</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>cualquier puerto libre</translation>
    </message>
    <message>
        <source>Listen on:</source>
        <translation>Escuchar en:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Puerto:</translation>
    </message>
    <message>
        <source>How to join</source>
        <translation>Cómo unirse</translation>
    </message>
    <message>
        <source>Address of this computer:</source>
        <translation>Dirección de este equipo:</translation>
    </message>
    <message>
        <source>Renew</source>
        <translation>Renovar</translation>
    </message>
    <message>
        <source>A new code for this role: the devices that joined with the old one are disconnected.</source>
        <translation>Un código nuevo para este rol: los dispositivos que se unieron con el anterior se desconectan.</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Round trip</source>
        <translation>Ida y vuelta</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Última actividad</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Desconectar</translation>
    </message>
    <message>
        <source>Messages with the team</source>
        <translation>Mensajes con el equipo</translation>
    </message>
    <message>
        <source>A message to every joined device</source>
        <translation>Un mensaje a todos los dispositivos unidos</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>The moderator disconnected this device.</source>
        <translation>El moderador desconectó este dispositivo.</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation>Dejar de compartir</translation>
    </message>
    <message>
        <source>Start sharing</source>
        <translation>Empezar a compartir</translation>
    </message>
    <message>
        <source>Sharing on port %1. Each role joins with its own address.</source>
        <translation>Compartido en el puerto %1. Cada rol se une con su propia dirección.</translation>
    </message>
    <message>
        <source>Not shared: nobody can join.</source>
        <translation>No compartido: nadie puede unirse.</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>todavía no</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>hace %1</translation>
    </message>
    <message>
        <source>You: %1</source>
        <translation>Usted: %1</translation>
    </message>
    <message>
        <source>now</source>
        <translation>ahora</translation>
    </message>
    <message>
        <source>Room display</source>
        <translation>Pantalla de la sala</translation>
    </message>
    <message>
        <source>optional: a PEM file; devices then connect encrypted</source>
        <translation>opcional: un archivo PEM; los dispositivos se conectan entonces con cifrado</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.key);;All files (*)</source>
        <translation>Archivos PEM (*.pem *.crt *.key);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>TLS certificate:</source>
        <translation>Certificado TLS:</translation>
    </message>
    <message>
        <source>TLS certificate</source>
        <translation>Certificado TLS</translation>
    </message>
    <message>
        <source>TLS private key:</source>
        <translation>Clave privada TLS:</translation>
    </message>
    <message>
        <source>TLS private key</source>
        <translation>Clave privada TLS</translation>
    </message>
    <message>
        <source>Sharing on port %1, encrypted (TLS). Each role joins with its own address, which names this computer&apos;s certificate.</source>
        <translation>Compartido en el puerto %1, cifrado (TLS). Cada rol se une con su propia dirección, que identifica el certificado de este equipo.</translation>
    </message>
    <message>
        <source>Translator</source>
        <translation>Traductor</translation>
    </message>
    <message>
        <source>Captioner</source>
        <translation>Subtitulador</translation>
    </message>
</context>
<context>
    <name>ui::Sharing</name>
    <message>
        <source>only a session open for writing can be shared</source>
        <translation>solo se puede compartir una sesión abierta para escritura</translation>
    </message>
    <message>
        <source>for TLS, give both the certificate and its private key</source>
        <translation>para TLS, indique tanto el certificado como su clave privada</translation>
    </message>
    <message>
        <source>the session is not shared</source>
        <translation>la sesión no está compartida</translation>
    </message>
</context>
<context>
    <name>ui::SpeakerQueueView</name>
    <message>
        <source>Next from the queue (Q)</source>
        <translation>Siguiente de la cola (Q)</translation>
    </message>
    <message>
        <source>Next: %1 (Q)</source>
        <translation>Siguiente: %1 (Q)</translation>
    </message>
    <message numerus="yes">
        <source>Queue: %Ln waiting</source>
        <translation>
            <numerusform>Cola: %Ln petición</numerusform>
            <numerusform>Cola: %Ln peticiones</numerusform>
        </translation>
    </message>
    <message>
        <source>Next from the &amp;queue</source>
        <translation>Siguiente de la &amp;cola</translation>
    </message>
    <message>
        <source>Add a &amp;request to speak…</source>
        <translation>Añadir una &amp;petición de palabra…</translation>
    </message>
    <message>
        <source>In order of request</source>
        <translation>Por orden de petición</translation>
    </message>
    <message>
        <source>First-time speakers first</source>
        <translation>Primero quien no ha hablado</translation>
    </message>
    <message>
        <source>Alternate in the room and online</source>
        <translation>Alternar sala y en línea</translation>
    </message>
    <message>
        <source>Groups that spoke least first</source>
        <translation>Primero los grupos que menos han hablado</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Give the floor</source>
        <translation>Dar la palabra</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Who asks to speak: name, group, region, gender, room or online (I)</source>
        <translation>Quién pide la palabra: nombre, grupo, región, género, room u online (I)</translation>
    </message>
</context>
<context>
    <name>ui::TakeawayDialog</name>
    <message>
        <source>Approve a key takeaway</source>
        <translation>Aprobar una conclusión clave</translation>
    </message>
    <message>
        <source>On a joined device, translate the takeaway in Room › Translations once it is approved.</source>
        <translation>En un dispositivo conectado, traduzca la conclusión en «Pantalla de la sala › Traducciones para la sala» una vez aprobada.</translation>
    </message>
    <message>
        <source>Key takeaway, as the room will read it:</source>
        <translation>Conclusión clave, tal como la leerá la sala:</translation>
    </message>
    <message>
        <source>Its &amp;translation (optional), into:</source>
        <translation>Su &amp;traducción (opcional), al:</translation>
    </message>
    <message>
        <source>Type the key takeaway first.</source>
        <translation>Escriba primero la conclusión clave.</translation>
    </message>
</context>
<context>
    <name>ui::TranslationsDialog</name>
    <message>
        <source>Translations for the room</source>
        <translation>Traducciones para la sala</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Traducción</translation>
    </message>
    <message>
        <source>The room display shows a translation in the room&apos;s language, and in its second language under it. Content without a translation shows as written.</source>
        <translation>La pantalla de la sala muestra la traducción en el idioma de la sala y, debajo, en su segundo idioma. El contenido sin traducción se muestra tal como está escrito.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Punto de la agenda</translation>
    </message>
    <message>
        <source>Message to the room</source>
        <translation>Mensaje a la sala</translation>
    </message>
    <message>
        <source>Key takeaway</source>
        <translation>Conclusión clave</translation>
    </message>
    <message>
        <source>Glossary term</source>
        <translation>Término del glosario</translation>
    </message>
    <message>
        <source>Its explanation</source>
        <translation>Su explicación</translation>
    </message>
    <message>
        <source>Translate for the room</source>
        <translation>Traducir para la sala</translation>
    </message>
    <message>
        <source>Policy question %L1</source>
        <translation>Pregunta de política %L1</translation>
    </message>
</context>
</TS>
