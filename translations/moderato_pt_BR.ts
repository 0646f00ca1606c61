<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>Cli</name>
    <message>
        <source>Try &apos;moderato-cli --help&apos;.</source>
        <translation>Tente &apos;moderato-cli --help&apos;.</translation>
    </message>
    <message>
        <source>Moderato on the command line: works on .moderato session files.</source>
        <translation>Moderato na linha de comando: trabalha com arquivos de sessão .moderato.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Mostrar esta ajuda.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Mostrar a versão.</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>comando desconhecido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Apply a timed replay script to a new session file.</source>
        <translation>Aplicar um roteiro de replay cronometrado a um novo arquivo de sessão.</translation>
    </message>
    <message>
        <source>The session file to write.</source>
        <translation>O arquivo de sessão a ser gravado.</translation>
    </message>
    <message>
        <source>SESSION</source>
        <translation>SESSION</translation>
    </message>
    <message>
        <source>Build the new session from this session&apos;s plan.</source>
        <translation>Criar a nova sessão a partir do plano desta sessão.</translation>
    </message>
    <message>
        <source>Replace the output file if it exists.</source>
        <translation>Substituir o arquivo de saída, se ele existir.</translation>
    </message>
    <message>
        <source>The replay script.</source>
        <translation>O roteiro de replay.</translation>
    </message>
    <message>
        <source>replay needs exactly one script</source>
        <translation>replay precisa de exatamente um roteiro</translation>
    </message>
    <message>
        <source>replay needs -o SESSION</source>
        <translation>replay precisa de -o SESSION</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%Ln action(s))</source>
        <translation>
            <numerusform>%1 gravado (%Ln ação)</numerusform>
            <numerusform>%1 gravado (%Ln ações)</numerusform>
        </translation>
    </message>
    <message>
        <source>Print planned and actual times of a session.</source>
        <translation>Exibir os tempos previstos e reais de uma sessão.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Exibir em JSON.</translation>
    </message>
    <message>
        <source>The session file.</source>
        <translation>O arquivo de sessão.</translation>
    </message>
    <message>
        <source>stats needs exactly one session file</source>
        <translation>stats precisa de exatamente um arquivo de sessão</translation>
    </message>
    <message>
        <source>Print a session&apos;s event log as JSON Lines.</source>
        <translation>Exibir o registro de eventos de uma sessão em JSON Lines.</translation>
    </message>
    <message>
        <source>export-log needs exactly one session file</source>
        <translation>export-log precisa de exatamente um arquivo de sessão</translation>
    </message>
    <message>
        <source>Rebuild a session file from an event log in JSON Lines.</source>
        <translation>Reconstruir um arquivo de sessão a partir de um registro de eventos em JSON Lines.</translation>
    </message>
    <message>
        <source>The event log (JSON Lines).</source>
        <translation>O registro de eventos (JSON Lines).</translation>
    </message>
    <message>
        <source>import-log needs exactly one log file</source>
        <translation>import-log precisa de exatamente um arquivo de registro</translation>
    </message>
    <message>
        <source>import-log needs -o SESSION</source>
        <translation>import-log precisa de -o SESSION</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%Ln event(s))</source>
        <translation>
            <numerusform>%1 gravado (%Ln evento)</numerusform>
            <numerusform>%1 gravado (%Ln eventos)</numerusform>
        </translation>
    </message>
    <message>
        <source>Draft a discussion summary, key takeaways, calls to action and topics from a transcript (one turn a line as &quot;Speaker: text&quot;, or the live-captioning style with &quot;&gt;&gt;&quot; turn markers).</source>
        <translation>Gerar um rascunho de resumo da discussão, principais conclusões, chamadas para ação e temas a partir de uma transcrição (uma fala por linha no formato &quot;Speaker: text&quot; ou no estilo de legendas ao vivo, com &quot;&gt;&gt;&quot; marcando cada fala).</translation>
    </message>
    <message>
        <source>The rapporteur&apos;s notes, one a line; #takeaway and #action weigh most.</source>
        <translation>As notas do relator, uma por linha; #takeaway e #action têm mais peso.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>The most words the summary may have (default %1).</source>
        <translation>O número máximo de palavras do resumo (padrão: %1).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>The transcript.</source>
        <translation>A transcrição.</translation>
    </message>
    <message>
        <source>summarize needs exactly one transcript</source>
        <translation>summarize precisa de exatamente uma transcrição</translation>
    </message>
    <message>
        <source>--words needs a number from 10 to 10000</source>
        <translation>--words precisa de um número de 10 a 10000</translation>
    </message>
    <message>
        <source>md, html, odt or pdf.</source>
        <translation>md, html, odt ou pdf.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>The report file to write.</source>
        <translation>O arquivo de relatório a ser gravado.</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>OUT</translation>
    </message>
    <message>
        <source>report needs exactly one session file</source>
        <translation>report precisa de exatamente um arquivo de sessão</translation>
    </message>
    <message>
        <source>report needs --format md, html, odt or pdf</source>
        <translation>report precisa de --format md, html, odt ou pdf</translation>
    </message>
    <message>
        <source>report needs -o OUT</source>
        <translation>report precisa de -o OUT</translation>
    </message>
    <message>
        <source>Read an IGF workshop proposal (plain text, as copied from the IGF website) and print the session it describes as JSON. What could not be read is reported as warnings on standard error.</source>
        <translation>Ler uma proposta de workshop do IGF (texto simples, como copiado do site do IGF) e exibir em JSON a sessão que ela descreve. O que não pôde ser lido é informado como avisos na saída de erro padrão.</translation>
    </message>
    <message>
        <source>Also create this session file.</source>
        <translation>Criar também este arquivo de sessão.</translation>
    </message>
    <message>
        <source>The proposal, a UTF-8 text file.</source>
        <translation>A proposta, um arquivo de texto UTF-8.</translation>
    </message>
    <message>
        <source>import-proposal needs exactly one proposal file</source>
        <translation>import-proposal precisa de exatamente um arquivo de proposta</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>aviso: %1</translation>
    </message>
    <message>
        <source>Write the briefing pack of a session for its speakers and co-moderators.</source>
        <translation>Gravar o material de briefing de uma sessão para os palestrantes e comoderadores.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>O arquivo a ser gravado.</translation>
    </message>
    <message>
        <source>When the session starts (default 09:00).</source>
        <translation>Horário de início da sessão (padrão: 09:00).</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <source>The day of the session.</source>
        <translation>O dia da sessão.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Leave out the prepared questions.</source>
        <translation>Omitir as perguntas preparadas.</translation>
    </message>
    <message>
        <source>briefing needs exactly one session file</source>
        <translation>briefing precisa de exatamente um arquivo de sessão</translation>
    </message>
    <message>
        <source>briefing needs --format md, html, odt or pdf</source>
        <translation>briefing precisa de --format md, html, odt ou pdf</translation>
    </message>
    <message>
        <source>briefing needs -o OUT</source>
        <translation>briefing precisa de -o OUT</translation>
    </message>
    <message>
        <source>--start needs a time such as 14:30</source>
        <translation>--start precisa de um horário como 14:30</translation>
    </message>
    <message>
        <source>--date needs a day such as 2019-11-26</source>
        <translation>--date precisa de uma data como 2019-11-26</translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation>%1 não é um arquivo</translation>
    </message>
    <message>
        <source>Run commands on a session file, in order; each records one event. A refused command stops the run; those before it stay recorded.</source>
        <translation>Executar comandos em um arquivo de sessão, em ordem; cada um registra um evento. Um comando recusado interrompe a execução; os anteriores continuam registrados.</translation>
    </message>
    <message>
        <source>The role to act in (default onsite_moderator).</source>
        <translation>O papel com que agir (padrão: onsite_moderator).</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLE</translation>
    </message>
    <message>
        <source>A command as JSON, e.g. {&quot;command&quot;: &quot;start&quot;}.</source>
        <translation>Um comando em JSON, por exemplo {&quot;command&quot;: &quot;start&quot;}.</translation>
    </message>
    <message>
        <source>command needs a session file and at least one command</source>
        <translation>command precisa de um arquivo de sessão e de pelo menos um comando</translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot;; roles: %2</source>
        <translation>papel desconhecido &quot;%1&quot;; papéis: %2</translation>
    </message>
    <message>
        <source>command %1 is not a JSON object</source>
        <translation>o comando %1 não é um objeto JSON</translation>
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
        <translation>Listar todos os comandos que uma sessão aceita, seus campos e quem pode emiti-los.</translation>
    </message>
    <message>
        <source>commands takes no arguments</source>
        <translation>commands não aceita argumentos</translation>
    </message>
    <message>
        <source>roles: %1</source>
        <translation>papéis: %1</translation>
    </message>
    <message>
        <source>Share a session with other devices (co-moderator, online moderator, rapporteur, observer) without a window. Prints one join address per role, then serves until the time is up or it is interrupted. The join codes are kept in the session file, so restarting shares with the same codes.</source>
        <translation>Compartilhar uma sessão com outros dispositivos (comoderador, moderador online, relator, observador) sem janela. Exibe um endereço de acesso por papel e depois continua compartilhando até o tempo acabar ou até ser interrompido. Os códigos de acesso ficam guardados no arquivo de sessão, então, ao reiniciar, o compartilhamento usa os mesmos códigos.</translation>
    </message>
    <message>
        <source>The address and port to listen on (default: every address of this machine, port %1).</source>
        <translation>O endereço e a porta em que escutar (padrão: todos os endereços desta máquina, porta %1).</translation>
    </message>
    <message>
        <source>ADDRESS:PORT</source>
        <translation>ADDRESS:PORT</translation>
    </message>
    <message>
        <source>Stop after this many seconds.</source>
        <translation>Parar depois deste número de segundos.</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <source>Make new join codes (devices with the old ones cannot join).</source>
        <translation>Gerar novos códigos de acesso (dispositivos com os antigos não conseguem mais entrar).</translation>
    </message>
    <message>
        <source>share needs exactly one session file</source>
        <translation>share precisa de exatamente um arquivo de sessão</translation>
    </message>
    <message>
        <source>--listen needs ADDRESS:PORT, e.g. 127.0.0.1:%1</source>
        <translation>--listen precisa de ADDRESS:PORT, por exemplo 127.0.0.1:%1</translation>
    </message>
    <message>
        <source>--for needs a number of seconds</source>
        <translation>--for precisa de um número de segundos</translation>
    </message>
    <message>
        <source>Sharing %1 on port %2.</source>
        <translation>Compartilhando %1 na porta %2.</translation>
    </message>
    <message>
        <source>Devices: %1</source>
        <translation>Dispositivos: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>Join a shared session and send a replay script&apos;s actions as this device&apos;s commands, in order, each when the host has answered the one before. Prints each refusal; the exit code is 1 if any was refused.</source>
        <translation>Entrar em uma sessão compartilhada e enviar as ações de um roteiro replay como comandos deste dispositivo, em ordem, cada um depois que o anfitrião tiver respondido ao anterior. Exibe cada recusa; o código de saída é 1 se algum tiver sido recusado.</translation>
    </message>
    <message>
        <source>The name this device joins with.</source>
        <translation>O nome com que este dispositivo entra.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Give up after this many seconds (default 30).</source>
        <translation>Desistir depois deste número de segundos (padrão: 30).</translation>
    </message>
    <message>
        <source>The join address, moderato://HOST:PORT/CODE.</source>
        <translation>O endereço de acesso, moderato://HOST:PORT/CODE.</translation>
    </message>
    <message>
        <source>The word replay, then the script.</source>
        <translation>A palavra replay e, depois, o roteiro.</translation>
    </message>
    <message>
        <source>join needs ADDRESS replay SCRIPT</source>
        <translation>join precisa de ADDRESS replay SCRIPT</translation>
    </message>
    <message>
        <source>join needs --name NAME</source>
        <translation>join precisa de --name NAME</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds</source>
        <translation>--timeout precisa de um número de segundos</translation>
    </message>
    <message>
        <source>line %1: refused: %2</source>
        <translation>linha %1: recusado: %2</translation>
    </message>
    <message>
        <source>Joined as %1.</source>
        <translation>Entrou como %1.</translation>
    </message>
    <message>
        <source>line %1: %2 done</source>
        <translation>linha %1: %2 concluído</translation>
    </message>
    <message>
        <source>The host refused: %1</source>
        <translation>O anfitrião recusou: %1</translation>
    </message>
    <message numerus="yes">
        <source>Gave up after %Ln second(s).</source>
        <translation>
            <numerusform>Desistiu após %Ln segundo.</numerusform>
            <numerusform>Desistiu após %Ln segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is larger than 4 MiB, too large for a replay script</source>
        <translation>%1 tem mais de 4 MiB, grande demais para um roteiro de reprodução</translation>
    </message>
    <message>
        <source>Encrypt the connections (wss://) with this PEM certificate; a self-signed one will do (the join addresses carry its fingerprint). Needs --tls-key.</source>
        <translation>Criptografar as conexões (wss://) com este certificado PEM; um autoassinado serve (os endereços de acesso trazem a impressão digital dele). Requer --tls-key.</translation>
    </message>
    <message>
        <source>The PEM private key of --tls-cert.</source>
        <translation>A chave privada PEM de --tls-cert.</translation>
    </message>
    <message>
        <source>--tls-cert and --tls-key go together</source>
        <translation>--tls-cert e --tls-key devem ser usados juntos</translation>
    </message>
    <message>
        <source>roles: none (a participant&apos;s phone sends it, through the phone host)</source>
        <translation>papéis: nenhum (o celular de um participante o envia, por meio do anfitrião de celulares)</translation>
    </message>
    <message>
        <source>Also serve the participants&apos; page on this port of the same address (0: any free port) and open joining from phones; prints its address and the room PIN.</source>
        <translation>Servir também a página dos participantes nesta porta do mesmo endereço (0: qualquer porta livre) e abrir a entrada pelo celular; exibe o endereço dela e o PIN da sala.</translation>
    </message>
    <message>
        <source>PORT</source>
        <translation>PORT</translation>
    </message>
    <message>
        <source>Make a new room PIN for phones.</source>
        <translation>Gerar um novo PIN da sala para os celulares.</translation>
    </message>
    <message>
        <source>--phones needs a port number (0: any free port)</source>
        <translation>--phones precisa de um número de porta (0: qualquer porta livre)</translation>
    </message>
    <message>
        <source>--renew-pin goes with --phones</source>
        <translation>--renew-pin deve ser usado com --phones</translation>
    </message>
    <message>
        <source>Room PIN: %1</source>
        <translation>PIN da sala: %1</translation>
    </message>
    <message>
        <source>Phones connected: %1</source>
        <translation>Celulares conectados: %1</translation>
    </message>
    <message>
        <source>import-proposal, replay, stats, export-log, import-log, summarize, transcript, report, briefing, command, commands, share or join</source>
        <translation>import-proposal, replay, stats, export-log, import-log, summarize, transcript, report, briefing, command, commands, share ou join</translation>
    </message>
    <message>
        <source>The transcript&apos;s language: %1 (default: found from the text).</source>
        <translation>O idioma da transcrição: %1 (padrão: detectado a partir do texto).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>--language needs one of %1</source>
        <translation>--language precisa de um destes valores: %1</translation>
    </message>
    <message>
        <source>Import a transcript into a session, as the report dialog does: plain text (&quot;Speaker: text&quot; lines or the live-captioning style with &quot;&gt;&gt;&quot; turn markers), SRT or WebVTT captions. The captions&apos; times are placed on the session&apos;s clock: the file&apos;s 00:00 is when the clock was first started, unless --offset says at what time of day it was.</source>
        <translation>Importar uma transcrição para uma sessão, como faz a caixa de diálogo do relatório: texto simples (linhas &quot;Speaker: text&quot; ou o estilo de legendas ao vivo, com &quot;&gt;&gt;&quot; marcando cada fala), legendas SRT ou WebVTT. Os horários das legendas são posicionados no relógio da sessão: o 00:00 do arquivo é o momento em que o relógio foi iniciado pela primeira vez, a menos que --offset indique a que hora do dia ele correspondia.</translation>
    </message>
    <message>
        <source>The time of day, on the session&apos;s day and in local time, that the file&apos;s 00:00 corresponds to.</source>
        <translation>A hora do dia, no dia da sessão e no horário local, à qual corresponde o 00:00 do arquivo.</translation>
    </message>
    <message>
        <source>HH:MM[:SS]</source>
        <translation>HH:MM[:SS]</translation>
    </message>
    <message>
        <source>The file&apos;s 00:00 is when the clock was first started (the default once the session has started).</source>
        <translation>O 00:00 do arquivo é o momento em que o relógio foi iniciado pela primeira vez (padrão depois que a sessão começou).</translation>
    </message>
    <message>
        <source>What to do: import.</source>
        <translation>O que fazer: import.</translation>
    </message>
    <message>
        <source>transcript needs import SESSION FILE</source>
        <translation>transcript precisa de import SESSION FILE</translation>
    </message>
    <message>
        <source>--offset and --at-start cannot go together</source>
        <translation>--offset e --at-start não podem ser usados juntos</translation>
    </message>
    <message>
        <source>--offset needs a time of day such as 14:30 or 14:30:15</source>
        <translation>--offset precisa de uma hora do dia como 14:30 ou 14:30:15</translation>
    </message>
    <message>
        <source>the session has not started, so the transcript&apos;s times cannot be placed; leave out --offset and --at-start to import it without placing them</source>
        <translation>a sessão não começou, então os horários da transcrição não podem ser posicionados; omita --offset e --at-start para importá-la sem posicioná-los</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln turn(s) from %1.</source>
        <translation>
            <numerusform>%Ln fala importada de %1.</numerusform>
            <numerusform>%Ln falas importadas de %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln turn(s) with times.</source>
        <translation>
            <numerusform>%Ln fala com horário.</numerusform>
            <numerusform>%Ln falas com horário.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln speaker(s) matched to participants.</source>
        <translation>
            <numerusform>Oradores associados a participantes: %1 de %Ln.</numerusform>
            <numerusform>Oradores associados a participantes: %1 de %Ln.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the IGF session report of a session, or print its participation.</source>
        <translation>Gravar o relatório de sessão do IGF de uma sessão ou exibir sua participação.</translation>
    </message>
    <message>
        <source>The workshop proposal (plain text), for the drafts (e.g. other initiatives).</source>
        <translation>A proposta de workshop (texto simples), para os rascunhos (por exemplo, outras iniciativas).</translation>
    </message>
    <message>
        <source>Print the participation instead of writing a report.</source>
        <translation>Exibir a participação em vez de gravar um relatório.</translation>
    </message>
    <message>
        <source>With --participation: print JSON.</source>
        <translation>Com --participation: exibir em JSON.</translation>
    </message>
    <message>
        <source>--json goes with --participation</source>
        <translation>--json deve ser usado com --participation</translation>
    </message>
    <message>
        <source>%1: not a workshop proposal in plain text (at most 2 MB)</source>
        <translation>%1: não é uma proposta de workshop em texto simples (no máximo 2 MB)</translation>
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
                 Ler uma proposta de workshop do IGF (texto simples) e exibi-la em JSON;
                 com -o, criar também um arquivo de sessão a partir dela.
  replay SCRIPT -o SESSION [--from SESSION] [--force]
                 Aplicar um roteiro cronometrado de ações do moderador a uma nova sessão
                 (criada a partir do workshop de demonstração ou de --from SESSION).
  stats SESSION [--json]
                 Tempo previsto e real da sessão e de cada item da pauta;
                 tempo de fala por pessoa, grupo de partes interessadas, região, gênero e canal.
  export-log SESSION
                 Exibir o registro de eventos da sessão em JSON Lines.
  import-log JSONL -o SESSION [--force]
                 Reconstruir um arquivo de sessão a partir de um registro de eventos.
  summarize TRANSCRIPT [--notes FILE] [--words N] [--language CODE] [--json]
                 Gerar um rascunho de resumo da discussão, principais conclusões, chamadas para ação e temas.
  transcript import SESSION FILE [--offset HH:MM[:SS] | --at-start]
                 Importar uma transcrição (texto simples, SRT ou WebVTT) para uma sessão; as falas
                 com horário são posicionadas nos itens da pauta e os oradores associados às pessoas.
  report SESSION --format md|html|odt|pdf -o OUT [--proposal FILE] [--sources] [--force]
                 O relatório de sessão do IGF (com a proposta, seus rascunhos também
                 se baseiam na descrição da proposta; com --sources, de onde vem
                 cada linha do rascunho, como notas numeradas).
  report SESSION --participation [--json]
                 Exibir a participação: os números do relator ou, na falta deles,
                 a estimativa a partir de quem participou.
  briefing SESSION --format md|html|odt|pdf -o OUT [--start HH:MM] [--no-questions]
                 O material de briefing para palestrantes e comoderadores.
  command SESSION JSON... [--as ROLE]
                 Executar comandos em uma sessão, cada um {&quot;command&quot;: NAME, ...} e um evento.
  commands [--json]
                 Listar todos os comandos, seus campos e as funções que podem emiti-los.
  share SESSION [--listen ADDRESS:PORT] [--for SECONDS] [--phones PORT]
                 Compartilhar uma sessão com outros dispositivos, sem janela; exibe o endereço
                 de acesso de cada função (com --phones: a página dos participantes e o PIN).
  join ADDRESS --name NAME replay SCRIPT
                 Entrar em uma sessão compartilhada e enviar as ações de um roteiro replay como comandos.
Execute &quot;moderato-cli COMMAND --help&quot; para ver as opções de um comando.</translation>
    </message>
    <message>
        <source>Number the drafted key takeaways and calls to action and list where each comes from (who, agenda item, time, note or transcript line).</source>
        <translation>Numerar as principais conclusões e chamadas para ação do rascunho e indicar de onde vem cada uma (quem, item da pauta, momento, nota ou linha da transcrição).</translation>
    </message>
    <message>
        <source>report --participation writes no file: leave out --format, -o, --proposal and --sources</source>
        <translation>report --participation não grava nenhum arquivo: omita --format, -o, --proposal e --sources</translation>
    </message>
</context>
<context>
    <name>CommandCatalogue</name>
    <message>
        <source>unknown command</source>
        <translation>comando desconhecido</translation>
    </message>
</context>
<context>
    <name>core::Agenda</name>
    <message>
        <source>agenda items are nested too deeply</source>
        <translation>os itens da pauta estão aninhados em níveis demais</translation>
    </message>
    <message>
        <source>an agenda item is not an object</source>
        <translation>um item da pauta não é um objeto</translation>
    </message>
    <message>
        <source>an agenda item has no title</source>
        <translation>um item da pauta não tem título</translation>
    </message>
    <message>
        <source>unknown agenda item kind &quot;%1&quot;</source>
        <translation>tipo de item da pauta desconhecido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>agenda item &quot;%1&quot; has an invalid id</source>
        <translation>o item da pauta &quot;%1&quot; tem um identificador inválido</translation>
    </message>
    <message>
        <source>agenda item &quot;%1&quot; needs a duration between 1 minute and 24 hours</source>
        <translation>o item da pauta &quot;%1&quot; precisa ter duração entre 1 minuto e 24 horas</translation>
    </message>
    <message>
        <source>agenda item &quot;%1&quot; has a negative warning time</source>
        <translation>o item da pauta &quot;%1&quot; tem tempo de aviso negativo</translation>
    </message>
    <message>
        <source>the agenda has no items</source>
        <translation>a pauta não tem itens</translation>
    </message>
    <message>
        <source>break-out item &quot;%1&quot;: %2</source>
        <translation>item de grupos de trabalho &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>a report-back needs a time limit between 10 seconds and an hour</source>
        <translation>um relato precisa de um limite de tempo entre 10 segundos e uma hora</translation>
    </message>
    <message>
        <source>the report-back order is not a list of groups</source>
        <translation>a ordem dos relatos não é uma lista de grupos</translation>
    </message>
    <message>
        <source>more than %1 groups</source>
        <translation>mais de %1 grupos</translation>
    </message>
    <message>
        <source>a group has no name</source>
        <translation>um grupo não tem nome</translation>
    </message>
    <message>
        <source>the group &quot;%1&quot; has an invalid id</source>
        <translation>o grupo &quot;%1&quot; tem um identificador inválido</translation>
    </message>
    <message>
        <source>the group &quot;%1&quot; names an invalid policy question</source>
        <translation>o grupo &quot;%1&quot; indica uma questão de política inválida</translation>
    </message>
    <message>
        <source>the group &quot;%1&quot; lists someone who is not a participant</source>
        <translation>o grupo &quot;%1&quot; inclui alguém que não é participante</translation>
    </message>
    <message>
        <source>participant %1 is in two groups</source>
        <translation>o participante %1 está em dois grupos</translation>
    </message>
    <message>
        <source>participant %1 leads one group and is a member of another</source>
        <translation>o participante %1 conduz um grupo e é membro de outro</translation>
    </message>
    <message>
        <source>agenda item &quot;%1&quot; has groups but is not a break-out</source>
        <translation>o item da pauta &quot;%1&quot; tem grupos, mas não é de grupos de trabalho</translation>
    </message>
    <message>
        <source>the break-out item &quot;%1&quot; cannot have items of its own</source>
        <translation>o item de grupos de trabalho &quot;%1&quot; não pode ter itens próprios</translation>
    </message>
    <message>
        <source>Break-out</source>
        <translation>Grupos de trabalho</translation>
    </message>
    <message>
        <source>there is no such break-out item</source>
        <translation>esse item de grupos de trabalho não existe</translation>
    </message>
</context>
<context>
    <name>core::AgendaModel</name>
    <message>
        <source>Agenda item</source>
        <translation>Item da pauta</translation>
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
        <translation>Apresentações</translation>
    </message>
    <message>
        <source>Panel presentations</source>
        <translation>Apresentações do painel</translation>
    </message>
    <message>
        <source>Audience questions and answers</source>
        <translation>Perguntas e respostas com o público</translation>
    </message>
    <message>
        <source>Round of interventions</source>
        <translation>Rodada de intervenções</translation>
    </message>
    <message>
        <source>Open discussion in groups</source>
        <translation>Discussão aberta em grupos</translation>
    </message>
    <message>
        <source>Report back from the groups</source>
        <translation>Relato dos grupos</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Introdução</translation>
    </message>
    <message>
        <source>Speaker %1</source>
        <translation>Palestrante %1</translation>
    </message>
    <message>
        <source>Audience input</source>
        <translation>Participação do público</translation>
    </message>
    <message>
        <source>Speakers and audience input</source>
        <translation>Palestrantes e participação do público</translation>
    </message>
    <message>
        <source>Presentations and audience input</source>
        <translation>Apresentações e participação do público</translation>
    </message>
    <message>
        <source>Open discussion</source>
        <translation>Discussão aberta</translation>
    </message>
    <message>
        <source>Summary and key takeaways</source>
        <translation>Resumo e principais conclusões</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sessão</translation>
    </message>
</context>
<context>
    <name>core::AudienceState</name>
    <message>
        <source>event %1 is not about participants&apos; phones</source>
        <translation>o evento %1 não trata dos celulares dos participantes</translation>
    </message>
    <message>
        <source>an event names the phone &quot;%1&quot;, which did not join</source>
        <translation>um evento cita o celular &quot;%1&quot;, que não entrou</translation>
    </message>
    <message>
        <source>a phone&apos;s id is 1 to 32 characters</source>
        <translation>o identificador de um celular tem de 1 a 32 caracteres</translation>
    </message>
    <message>
        <source>the phone &quot;%1&quot; joined twice</source>
        <translation>o celular &quot;%1&quot; entrou duas vezes</translation>
    </message>
    <message>
        <source>no phone &quot;%1&quot; joined</source>
        <translation>nenhum celular &quot;%1&quot; entrou</translation>
    </message>
    <message>
        <source>a phone&apos;s limits are 0 to 60 minutes between questions and 1 to 100 waiting questions</source>
        <translation>os limites de um celular são de 0 a 60 minutos entre perguntas e de 1 a 100 perguntas aguardando</translation>
    </message>
    <message>
        <source>questions in the inbox are out of order</source>
        <translation>as perguntas da caixa de entrada estão fora de ordem</translation>
    </message>
    <message>
        <source>no question %1 in the inbox</source>
        <translation>não há pergunta %1 na caixa de entrada</translation>
    </message>
    <message>
        <source>question %1 was already answered</source>
        <translation>a pergunta %1 já foi atendida</translation>
    </message>
    <message>
        <source>a question is accepted as read, display or bank, not &quot;%1&quot;</source>
        <translation>uma pergunta é aceita como read, display ou bank, não &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a reaction is agree, disagree or comment, not &quot;%1&quot;</source>
        <translation>uma reação é agree, disagree ou comment, não &quot;%1&quot;</translation>
    </message>
    <message>
        <source>shared takeaways are out of order</source>
        <translation>as conclusões compartilhadas estão fora de ordem</translation>
    </message>
</context>
<context>
    <name>core::BreakOutAssigner</name>
    <message>
        <source>%1 and %2</source>
        <comment>the last two of a list</comment>
        <translation>%1 e %2</translation>
    </message>
    <message>
        <source>the break-out item has no groups to assign people to</source>
        <translation>o item de grupos de trabalho não tem grupos aos quais atribuir pessoas</translation>
    </message>
    <message>
        <source>a person is named twice or has no id</source>
        <translation>uma pessoa aparece duas vezes ou não tem identificador</translation>
    </message>
    <message>
        <source>there is nobody to put into groups</source>
        <translation>não há ninguém para distribuir em grupos</translation>
    </message>
    <message>
        <source>participant %1 leads two groups; a person can lead one group only</source>
        <translation>o participante %1 conduz dois grupos; uma pessoa só pode conduzir um grupo</translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s) take part online, but no group is online: add an online group</source>
        <translation>
            <numerusform>%Ln pessoa participa online, mas nenhum grupo é online: adicione um grupo online</numerusform>
            <numerusform>%Ln pessoas participam online, mas nenhum grupo é online: adicione um grupo online</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s) are in the room, but every group is online: add a group in the room</source>
        <translation>
            <numerusform>%Ln pessoa está na sala, mas todos os grupos são online: adicione um grupo na sala</numerusform>
            <numerusform>%Ln pessoas estão na sala, mas todos os grupos são online: adicione um grupo na sala</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln online group(s) for %1 people online: there are more groups than people</source>
        <translation>
            <numerusform>%Ln grupo online para %1 pessoas online: há mais grupos do que pessoas</numerusform>
            <numerusform>%Ln grupos online para %1 pessoas online: há mais grupos do que pessoas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln group(s) in the room for %1 people there: there are more groups than people</source>
        <translation>
            <numerusform>%Ln grupo na sala para %1 pessoas presentes: há mais grupos do que pessoas</numerusform>
            <numerusform>%Ln grupos na sala para %1 pessoas presentes: há mais grupos do que pessoas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the group &quot;%1&quot; has more leaders than its share of %Ln person(s)</source>
        <translation>
            <numerusform>o grupo &quot;%1&quot; tem mais responsáveis do que a %Ln pessoa que lhe cabe</numerusform>
            <numerusform>o grupo &quot;%1&quot; tem mais responsáveis do que as %Ln pessoas que lhe cabem</numerusform>
        </translation>
    </message>
    <message>
        <source>this person is already in the group &quot;%1&quot;</source>
        <translation>esta pessoa já está no grupo &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no group is online: add an online group for people who join online</source>
        <translation>nenhum grupo é online: adicione um grupo online para quem participa online</translation>
    </message>
    <message>
        <source>every group is online: add a group in the room</source>
        <translation>todos os grupos são online: adicione um grupo na sala</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>group counts: in the room, then online</comment>
        <translation>%1 e %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln group(s) of %1 in the room</source>
        <translation>
            <numerusform>%Ln grupo de %1 na sala</numerusform>
            <numerusform>%Ln grupos de %1 na sala</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln online group(s) of %1</source>
        <translation>
            <numerusform>%Ln grupo online de %1</numerusform>
            <numerusform>%Ln grupos online de %1</numerusform>
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
            <numerusform>%Ln grupo, ainda sem ninguém</numerusform>
            <numerusform>%Ln grupos, ainda sem ninguém</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; the stakeholder groups&apos; numbers differ by at most %Ln between groups.</source>
        <translation>
            <numerusform>%1; o número de pessoas de cada grupo de partes interessadas varia no máximo %Ln entre os grupos.</numerusform>
            <numerusform>%1; o número de pessoas de cada grupo de partes interessadas varia no máximo %Ln entre os grupos.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; each has at least one person from %2.</source>
        <translation>%1; cada um tem pelo menos uma pessoa de %2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln person&apos;s own choice could not be kept: the group was full.</source>
        <comment>plural: people&apos;s own choices</comment>
        <translation>
            <numerusform>Não foi possível respeitar a escolha de %Ln pessoa: o grupo estava cheio.</numerusform>
            <numerusform>Não foi possível respeitar a escolha de %Ln pessoas: os grupos estavam cheios.</numerusform>
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
        <translation>das %1 às %2</translation>
    </message>
    <message>
        <source>after &quot;%1&quot;</source>
        <translation>após &quot;%1&quot;</translation>
    </message>
    <message>
        <source>after %1&apos;s presentation</source>
        <translation>após a apresentação de %1</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>para %1</translation>
    </message>
    <message>
        <source>Briefing for speakers and co-moderators</source>
        <translation>Material de briefing para palestrantes e comoderadores</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
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
        <translation>Moderador online</translation>
    </message>
    <message>
        <source>Rapporteur</source>
        <translation>Relator</translation>
    </message>
    <message>
        <source>Policy questions</source>
        <translation>Questões de política</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Pauta</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Horário</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Duração</translation>
    </message>
    <message>
        <source>Speaking order</source>
        <translation>Ordem de fala</translation>
    </message>
    <message>
        <source>No invited speakers yet.</source>
        <translation>Ainda não há palestrantes convidados.</translation>
    </message>
    <message>
        <source>%1, from %2</source>
        <translation>%1, a partir das %2</translation>
    </message>
    <message>
        <source>The empty chair</source>
        <translation>A cadeira vazia</translation>
    </message>
    <message>
        <source>An empty chair stands next to the speakers. The moderator invites the audience to take it to bring new perspectives or to challenge the speakers; the online moderator takes it on behalf of online participants whenever they wish to join.</source>
        <translation>Uma cadeira vazia fica ao lado dos palestrantes. O moderador convida o público a ocupá-la para trazer novas perspectivas ou questionar os palestrantes; o moderador online a ocupa em nome dos participantes online sempre que eles quiserem participar.</translation>
    </message>
    <message>
        <source>How online participants join</source>
        <translation>Como os participantes online entram na discussão</translation>
    </message>
    <message>
        <source>The proposal does not say; agree on it with the online moderator.</source>
        <translation>A proposta não informa; combine isso com o moderador online.</translation>
    </message>
    <message>
        <source>Discussion facilitation</source>
        <translation>Facilitação da discussão</translation>
    </message>
    <message>
        <source>Prepared questions</source>
        <translation>Perguntas preparadas</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>Nenhuma ainda.</translation>
    </message>
</context>
<context>
    <name>core::CaptionFeed</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <extracomment>%1 is a file name, %2 why it cannot be read</extracomment>
        <translation>%1 não pode ser lido: %2</translation>
    </message>
</context>
<context>
    <name>core::CommandCatalogue</name>
    <message>
        <source>&quot;participant&quot; must be a whole number</source>
        <translation>&quot;participant&quot; deve ser um número inteiro</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be text</source>
        <translation>&quot;%1&quot; deve ser texto</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs &quot;%2&quot;</source>
        <translation>&quot;%1&quot; precisa de &quot;%2&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be: %2</source>
        <extracomment>%2 is a kind of value: integer, duration, boolean, text, list or object</extracomment>
        <translation>&quot;%1&quot; deve ser do tipo %2</translation>
    </message>
    <message>
        <source>a participant&apos;s id is positive</source>
        <translation>o identificador de um participante deve ser positivo</translation>
    </message>
    <message>
        <source>say who: a participant&apos;s id or a name</source>
        <translation>informe quem: o identificador de um participante ou um nome</translation>
    </message>
    <message>
        <source>a channel is onsite, online or hub, not &quot;%1&quot;</source>
        <translation>um canal é onsite, online ou hub, não &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a positive number</source>
        <translation>&quot;%1&quot; deve ser um número positivo</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>comando desconhecido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes no &quot;%2&quot;</source>
        <translation>&quot;%1&quot; não aceita &quot;%2&quot;</translation>
    </message>
    <message>
        <source>extend by some time, not zero</source>
        <translation>prolongue por algum tempo, não por zero</translation>
    </message>
    <message>
        <source>pages count from 0</source>
        <translation>as páginas são contadas a partir de 0</translation>
    </message>
    <message>
        <source>participation counts are not negative</source>
        <translation>os números de participantes não podem ser negativos</translation>
    </message>
    <message>
        <source>name a file</source>
        <translation>informe um arquivo</translation>
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
        <translation>moderador online</translation>
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
        <translation>tela da sala</translation>
    </message>
    <message>
        <source>the %1 may not %2</source>
        <extracomment>%1 is a role (&quot;online moderator&quot;), %2 a command&apos;s name (&quot;chair-open&quot;).</extracomment>
        <translation>o papel %1 não pode executar %2</translation>
    </message>
    <message>
        <source>a phone&apos;s limits are 0 to 60 minutes between questions and 1 to 100 waiting questions</source>
        <translation>os limites de um celular são de 0 a 60 minutos entre perguntas e de 1 a 100 perguntas aguardando</translation>
    </message>
    <message>
        <source>translator</source>
        <translation>tradutor</translation>
    </message>
    <message>
        <source>captioner</source>
        <translation>legendador</translation>
    </message>
    <message>
        <source>the volume is 0 to 100</source>
        <translation>o volume vai de 0 a 100</translation>
    </message>
    <message>
        <source>a position in a video is not negative</source>
        <translation>uma posição em um vídeo não pode ser negativa</translation>
    </message>
    <message>
        <source>a caption line is empty</source>
        <translation>uma linha de legenda está vazia</translation>
    </message>
</context>
<context>
    <name>core::DisplayState</name>
    <message>
        <source>unknown scene &quot;%1&quot;</source>
        <translation>cena desconhecida &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no media file is chosen</source>
        <translation>nenhum arquivo de mídia foi escolhido</translation>
    </message>
    <message>
        <source>a message has 1 to %1 characters</source>
        <translation>uma mensagem deve ter de 1 a %1 caracteres</translation>
    </message>
    <message>
        <source>there is no such media file</source>
        <translation>esse arquivo de mídia não existe</translation>
    </message>
    <message>
        <source>there is no such page</source>
        <translation>essa página não existe</translation>
    </message>
    <message>
        <source>the media file&apos;s description is not valid</source>
        <translation>a descrição do arquivo de mídia não é válida</translation>
    </message>
    <message>
        <source>a key takeaway has 1 to %1 characters</source>
        <translation>uma conclusão principal deve ter de 1 a %1 caracteres</translation>
    </message>
    <message>
        <source>there is no such key takeaway</source>
        <translation>essa conclusão principal não existe</translation>
    </message>
    <message>
        <source>unknown event &quot;%1&quot;</source>
        <translation>evento desconhecido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a comment on a key takeaway has 1 to %1 characters</source>
        <translation>um comentário sobre uma conclusão principal deve ter de 1 a %1 caracteres</translation>
    </message>
    <message>
        <source>a participant&apos;s id is 1 or more (0: not named)</source>
        <translation>o identificador de um participante é 1 ou mais (0: sem nome)</translation>
    </message>
    <message>
        <source>subtitles are shown with their video, not on their own</source>
        <translation>as legendas são exibidas com o respectivo vídeo, não sozinhas</translation>
    </message>
    <message>
        <source>the volume is 0 to 100</source>
        <translation>o volume vai de 0 a 100</translation>
    </message>
    <message>
        <source>no video is chosen for the room display</source>
        <translation>nenhum vídeo foi escolhido para a tela da sala</translation>
    </message>
    <message>
        <source>a position in a video is not negative</source>
        <translation>uma posição em um vídeo não pode ser negativa</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code</source>
        <translation>&quot;%1&quot; não é um código de idioma</translation>
    </message>
    <message>
        <source>a glossary has at most %1 terms</source>
        <translation>um glossário pode ter no máximo %1 termos</translation>
    </message>
    <message>
        <source>each glossary term needs an id of its own</source>
        <translation>cada termo do glossário precisa de um identificador próprio</translation>
    </message>
    <message>
        <source>a glossary term has 1 to %1 characters and its explanation at most %2</source>
        <translation>um termo do glossário deve ter de 1 a %1 caracteres e sua explicação, no máximo %2</translation>
    </message>
    <message>
        <source>there is no glossary term %1</source>
        <translation>o termo do glossário %1 não existe</translation>
    </message>
    <message>
        <source>there is no approved takeaway %1</source>
        <translation>a conclusão aprovada %1 não existe</translation>
    </message>
    <message>
        <source>the message&apos;s translation has no id</source>
        <translation>a tradução da mensagem não tem identificador</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not something that can be translated</source>
        <translation>&quot;%1&quot; não é algo que possa ser traduzido</translation>
    </message>
    <message>
        <source>a translation has at most %1 characters</source>
        <translation>uma tradução pode ter no máximo %1 caracteres</translation>
    </message>
    <message>
        <source>a caption size is small, medium or large, not &quot;%1&quot;</source>
        <translation>o tamanho da legenda é small, medium ou large, não &quot;%1&quot;</translation>
    </message>
    <message>
        <source>subtitles belong to a video of the session</source>
        <translation>as legendas devem pertencer a um vídeo da sessão</translation>
    </message>
    <message>
        <source>only subtitles have a language</source>
        <translation>só as legendas têm idioma</translation>
    </message>
    <message>
        <source>there is no policy question %1</source>
        <translation>não há questão de política %1</translation>
    </message>
</context>
<context>
    <name>core::Error</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>O arquivo %1 não existe.</translation>
    </message>
    <message>
        <source>The file %1 already exists and was left untouched.</source>
        <translation>O arquivo %1 já existe e não foi alterado.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Moderato. It was not opened and not changed.</source>
        <translation>%1 foi gravado por uma versão mais recente do Moderato. Ele não foi aberto nem alterado.</translation>
    </message>
    <message>
        <source>The session file could not be read or written: %1</source>
        <translation>Não foi possível ler ou gravar o arquivo de sessão: %1</translation>
    </message>
    <message>
        <source>Input/output error: %1</source>
        <translation>Erro de entrada/saída: %1</translation>
    </message>
    <message>
        <source>Could not read the input: %1</source>
        <translation>Não foi possível ler a entrada: %1</translation>
    </message>
    <message>
        <source>Invalid argument: %1</source>
        <translation>Argumento inválido: %1</translation>
    </message>
    <message>
        <source>Not possible now: %1</source>
        <translation>Não é possível agora: %1</translation>
    </message>
    <message>
        <source>%1 is not a Moderato session file. It was left untouched.</source>
        <translation>%1 não é um arquivo de sessão do Moderato. Ele não foi alterado.</translation>
    </message>
    <message>
        <source>The session file is damaged and was left untouched: %1</source>
        <translation>O arquivo de sessão está danificado e não foi alterado: %1</translation>
    </message>
    <message>
        <source>%1 is open in another Moderato window or program, which is the only one that may write to it. Nothing was changed.</source>
        <translation>%1 está aberto em outra janela do Moderato ou em outro programa, o único que pode gravar nele. Nada foi alterado.</translation>
    </message>
    <message>
        <source>%1 cannot be written (the file, its folder or the disk is read-only). Nothing was changed.</source>
        <translation>%1 não pode ser gravado (o arquivo, a pasta dele ou o disco é somente leitura). Nada foi alterado.</translation>
    </message>
</context>
<context>
    <name>core::EventCatalogue</name>
    <message>
        <source>it holds the event &quot;%1&quot; of event vocabulary %2; this version knows vocabulary %3</source>
        <translation>contém o evento &quot;%1&quot; do vocabulário de eventos %2; esta versão conhece o vocabulário %3</translation>
    </message>
    <message>
        <source>it holds the event &quot;%1&quot;, which this version does not know</source>
        <translation>contém o evento &quot;%1&quot;, que esta versão não conhece</translation>
    </message>
    <message>
        <source>the event &quot;%1&quot; lacks its field &quot;%2&quot;</source>
        <translation>falta ao evento &quot;%1&quot; o seu campo &quot;%2&quot;</translation>
    </message>
    <message>
        <source>the field &quot;%2&quot; of the event &quot;%1&quot; is not %3</source>
        <translation>o campo &quot;%2&quot; do evento &quot;%1&quot; não é do tipo %3</translation>
    </message>
</context>
<context>
    <name>core::EventLog</name>
    <message>
        <source>line %1: %2</source>
        <translation>linha %1: %2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>não é um objeto JSON</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number</source>
        <translation>&quot;%1&quot; deve ser um número inteiro</translation>
    </message>
    <message>
        <source>an event needs a &quot;type&quot; text and a &quot;data&quot; object</source>
        <translation>um evento precisa de um texto &quot;type&quot; e de um objeto &quot;data&quot;</translation>
    </message>
    <message>
        <source>event number %1 where %2 was expected</source>
        <translation>evento número %1 quando se esperava o %2</translation>
    </message>
    <message>
        <source>the log holds no events</source>
        <translation>o registro não contém eventos</translation>
    </message>
    <message>
        <source>the log is larger than %1, the most a log may have</source>
        <extracomment>%1 is the largest log accepted, like &quot;67.1 MB&quot;</extracomment>
        <translation>o registro é maior que %1, o máximo que um registro pode ter</translation>
    </message>
    <message>
        <source>longer than %1, the most one event may take</source>
        <extracomment>%1 is the longest line accepted, like &quot;33.6 MB&quot;</extracomment>
        <translation>mais longo que %1, o máximo que um evento pode ocupar</translation>
    </message>
    <message>
        <source>more than %1 events, the most a log may hold</source>
        <translation>mais de %1 eventos, o máximo que um registro pode conter</translation>
    </message>
    <message>
        <source>%1 is too large (%2); an event log may have at most %3</source>
        <extracomment>%1 is a file name, %2 its size, %3 the largest log accepted (both like &quot;67.1 MB&quot;)</extracomment>
        <translation>%1 é grande demais (%2); um registro de eventos pode ter no máximo %3</translation>
    </message>
    <message>
        <source>%1 is larger than %2, the most an event log may have</source>
        <extracomment>%1 is a file name, %2 the largest log accepted (like &quot;67.1 MB&quot;)</extracomment>
        <translation>%1 é maior que %2, o máximo que um registro de eventos pode ter</translation>
    </message>
    <message>
        <source>%1: the log was made by a newer version of Moderato</source>
        <translation>%1: o registro foi criado por uma versão mais recente do Moderato</translation>
    </message>
</context>
<context>
    <name>core::FloorState</name>
    <message>
        <source>a participant needs an id and a name</source>
        <translation>um participante precisa de um identificador e de um nome</translation>
    </message>
    <message>
        <source>unknown channel &quot;%1&quot;</source>
        <translation>canal desconhecido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot;</source>
        <translation>papel desconhecido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>there is no such participant</source>
        <translation>esse participante não existe</translation>
    </message>
    <message>
        <source>participant %1 exists already</source>
        <translation>o participante %1 já existe</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already a participant</source>
        <translation>&quot;%1&quot; já é participante</translation>
    </message>
    <message>
        <source>a turn at the floor is a speaker&apos;s or the audience&apos;s</source>
        <translation>uma fala só pode ser de um palestrante ou do público</translation>
    </message>
    <message>
        <source>a turn needs a time limit of at least 10 seconds</source>
        <translation>uma fala precisa de um limite de tempo de pelo menos 10 segundos</translation>
    </message>
    <message>
        <source>there is no such request to speak</source>
        <translation>esse pedido de palavra não existe</translation>
    </message>
    <message>
        <source>nobody holds the floor</source>
        <translation>ninguém está com a palavra</translation>
    </message>
    <message>
        <source>requests to speak are out of order</source>
        <translation>os pedidos de palavra estão fora de ordem</translation>
    </message>
    <message>
        <source>%1 is already waiting to speak</source>
        <translation>%1 já está aguardando a palavra</translation>
    </message>
    <message>
        <source>the new order does not match the queue</source>
        <translation>a nova ordem não corresponde à fila</translation>
    </message>
    <message>
        <source>unknown queue order &quot;%1&quot;</source>
        <translation>ordem da fila desconhecida &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the empty chair is already open</source>
        <translation>a cadeira vazia já está aberta</translation>
    </message>
    <message>
        <source>%1 is in the room: only remote participants claim the chair through the online moderator</source>
        <translation>%1 está na sala: só participantes remotos pedem a cadeira por meio do moderador online</translation>
    </message>
    <message>
        <source>a claim on the empty chair is already waiting</source>
        <translation>já há um pedido pela cadeira vazia aguardando</translation>
    </message>
    <message>
        <source>no claim on the empty chair is waiting</source>
        <translation>não há pedido pela cadeira vazia aguardando</translation>
    </message>
    <message>
        <source>the empty chair is not open</source>
        <translation>a cadeira vazia não está aberta</translation>
    </message>
    <message>
        <source>someone already sits in the empty chair</source>
        <translation>alguém já ocupa a cadeira vazia</translation>
    </message>
    <message>
        <source>nobody sits in the empty chair</source>
        <translation>ninguém ocupa a cadeira vazia</translation>
    </message>
    <message>
        <source>%1 is not an invited speaker</source>
        <translation>%1 não está entre os palestrantes convidados</translation>
    </message>
    <message>
        <source>the speaking order must list every invited speaker once</source>
        <translation>a ordem de fala deve listar cada palestrante convidado uma única vez</translation>
    </message>
    <message>
        <source>only invited speakers can be skipped</source>
        <translation>só é possível pular palestrantes convidados</translation>
    </message>
    <message>
        <source>unknown event &quot;%1&quot;</source>
        <translation>evento desconhecido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds the floor; end the turn before changing the roles</source>
        <translation>&quot;%1&quot; está com a palavra; encerre a fala antes de mudar os papéis</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has taken part in the session and stays in its record</source>
        <translation>&quot;%1&quot; participou da sessão e permanece no registro dela</translation>
    </message>
    <message>
        <source>a turn&apos;s time limit can be at most one hour</source>
        <translation>o limite de tempo de uma fala pode ser de no máximo uma hora</translation>
    </message>
    <message>
        <source>the warning time must be between 0 and 30 minutes</source>
        <translation>o tempo de aviso deve estar entre 0 e 30 minutos</translation>
    </message>
    <message>
        <source>the walk-in is not the participant of the event</source>
        <translation>o participante não inscrito não é o participante do evento</translation>
    </message>
    <message>
        <source>a walk-in is not an invited speaker</source>
        <translation>um participante não inscrito não é um palestrante convidado</translation>
    </message>
    <message>
        <source>this event cannot add a participant</source>
        <translation>este evento não pode adicionar um participante</translation>
    </message>
    <message>
        <source>a phone joined without its participant</source>
        <translation>um celular entrou sem o seu participante</translation>
    </message>
    <message>
        <source>a report-back names no break-out group</source>
        <translation>um relato não indica nenhum grupo de trabalho</translation>
    </message>
</context>
<context>
    <name>core::MemoryStore</name>
    <message>
        <source>event %1 does not follow event %2</source>
        <translation>o evento %1 não segue o evento %2</translation>
    </message>
    <message>
        <source>the session is open read-only</source>
        <translation>a sessão está aberta somente para leitura</translation>
    </message>
    <message>
        <source>media %1 is stored already</source>
        <translation>a mídia %1 já está armazenada</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a file name</source>
        <translation>&quot;%1&quot; não é um nome de arquivo</translation>
    </message>
    <message>
        <source>%1 is open here: save the copy under another name</source>
        <translation>%1 está aberto aqui: salve a cópia com outro nome</translation>
    </message>
</context>
<context>
    <name>core::NoteState</name>
    <message>
        <source>unknown note tag &quot;%1&quot;</source>
        <translation>etiqueta de nota desconhecida &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a note has 1 to %1 characters</source>
        <translation>uma nota deve ter de 1 a %1 caracteres</translation>
    </message>
    <message>
        <source>there is no such policy question</source>
        <translation>essa questão de política não existe</translation>
    </message>
    <message>
        <source>note %1 exists already</source>
        <translation>a nota %1 já existe</translation>
    </message>
    <message>
        <source>a note cannot be typed after it is saved</source>
        <translation>uma nota não pode ser digitada depois de salva</translation>
    </message>
    <message>
        <source>there is no such note</source>
        <translation>essa nota não existe</translation>
    </message>
    <message>
        <source>unknown event &quot;%1&quot;</source>
        <translation>evento desconhecido &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>core::NotesModel</name>
    <message>
        <source>%1 (empty chair)</source>
        <translation>%1 (cadeira vazia)</translation>
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
        <translation>o arquivo tem mais de %1 linhas</translation>
    </message>
    <message>
        <source>line %1: a quoted cell is not closed</source>
        <translation>linha %1: uma célula entre aspas não foi fechada</translation>
    </message>
    <message>
        <source>the file is larger than 5 MB</source>
        <translation>o arquivo é maior que 5 MB</translation>
    </message>
    <message>
        <source>this is not a text file</source>
        <translation>este não é um arquivo de texto</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>o arquivo não é texto UTF-8</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>o arquivo está vazio</translation>
    </message>
    <message>
        <source>the first row must name the columns, one of them &quot;name&quot;</source>
        <translation>a primeira linha deve nomear as colunas, e uma delas deve ser &quot;name&quot;</translation>
    </message>
    <message>
        <source>line %1: no name; the row is skipped</source>
        <translation>linha %1: sem nome; a linha foi ignorada</translation>
    </message>
    <message>
        <source>line %1: the name is longer than 200 characters; the row is skipped</source>
        <translation>linha %1: o nome tem mais de 200 caracteres; a linha foi ignorada</translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; appears twice; the later row is skipped</source>
        <translation>linha %1: &quot;%2&quot; aparece duas vezes; a linha posterior foi ignorada</translation>
    </message>
    <message>
        <source>line %1: a hub without a name; &quot;%2&quot; joins online</source>
        <translation>linha %1: hub sem nome; &quot;%2&quot; participa online</translation>
    </message>
    <message>
        <source>line %1: unknown channel &quot;%2&quot;; &quot;%3&quot; joins onsite</source>
        <translation>linha %1: canal desconhecido &quot;%2&quot;; &quot;%3&quot; participa presencialmente</translation>
    </message>
    <message>
        <source>line %1: unknown role &quot;%2&quot; is left out</source>
        <translation>linha %1: o papel desconhecido &quot;%2&quot; foi ignorado</translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot;: %2</source>
        <translation>não é possível ler &quot;%1&quot;: %2</translation>
    </message>
</context>
<context>
    <name>core::PersonEntryParser</name>
    <message>
        <source>Type the name first, then what you know of them, e.g. &quot;%1&quot;.</source>
        <translation>Digite primeiro o nome e depois o que souber da pessoa, por exemplo &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Name the remote hub after &quot;hub&quot;, e.g. &quot;%1&quot;.</source>
        <translation>Informe o nome do hub remoto depois de &quot;hub&quot;, por exemplo &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A name, then, after commas or slashes and in any order: stakeholder group (government, private sector, civil society, technical community, IGO), regional group (Africa, Asia-Pacific, EEG, GRULAC, WEOG), gender (woman, man, non-binary) and channel (room, online, hub NAME). Anything else is kept as the organisation.
Example: %1</source>
        <translation>Um nome e, depois, separados por vírgulas ou barras e em qualquer ordem (em inglês): grupo de partes interessadas (government, private sector, civil society, technical community, IGO), grupo regional (Africa, Asia-Pacific, EEG, GRULAC, WEOG), gênero (woman, man, non-binary) e canal (room, online, hub NOME). Todo o resto é mantido como organização.
Exemplo: %1</translation>
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
        <translation>moderador online</translation>
    </message>
    <message>
        <source>rapporteur</source>
        <translation>relator</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 e %2</translation>
    </message>
    <message>
        <source>%1, %2 and %3</source>
        <translation>%1, %2 e %3</translation>
    </message>
    <message>
        <source>%1 is %2 at once: one person can hardly follow the room, the online participants and the notes together. Consider asking someone else to take one of these roles.</source>
        <translation>%1 é ao mesmo tempo %2: dificilmente uma só pessoa consegue acompanhar a sala, os participantes online e as anotações juntos. Considere pedir a outra pessoa que assuma uma dessas funções.</translation>
    </message>
</context>
<context>
    <name>core::ProposalImporter</name>
    <message>
        <source>The title &quot;%1&quot; has no workshop code such as &quot;IGF 2019 WS #195&quot;.</source>
        <translation>O título &quot;%1&quot; não tem um código de workshop como &quot;IGF 2019 WS #195&quot;.</translation>
    </message>
    <message>
        <source>The organizer line &quot;%1&quot; names no person; it was left out.</source>
        <translation>A linha de organizador &quot;%1&quot; não nomeia nenhuma pessoa; ela foi ignorada.</translation>
    </message>
    <message>
        <source>The speaker line &quot;%1&quot; names no person; it was left out.</source>
        <translation>A linha de palestrante &quot;%1&quot; não nomeia nenhuma pessoa; ela foi ignorada.</translation>
    </message>
    <message>
        <source>Could not read the onsite moderator from &quot;%1&quot;.</source>
        <translation>Não foi possível ler o moderador presencial em &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Could not read the online moderator from &quot;%1&quot;.</source>
        <translation>Não foi possível ler o moderador online em &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Could not read the rapporteur from &quot;%1&quot;.</source>
        <translation>Não foi possível ler o relator em &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The line &quot;%1&quot; after the online moderator has no &quot;Rapporteur:&quot; label; it was read as the rapporteur.</source>
        <translation>A linha &quot;%1&quot; após o moderador online não tem o rótulo &quot;Rapporteur:&quot;; ela foi lida como o relator.</translation>
    </message>
    <message>
        <source>The proposal has no agenda; one was built for %L1 minutes.</source>
        <translation>A proposta não tem pauta; foi criada uma para %L1 minutos.</translation>
    </message>
    <message>
        <source>The proposal has no agenda; one was built for the format &quot;%1&quot; and %L2 minutes.</source>
        <translation>A proposta não tem pauta; foi criada uma para o formato &quot;%1&quot; e %L2 minutos.</translation>
    </message>
    <message>
        <source>Introduction of speakers and ice-breaker</source>
        <translation>Apresentação dos palestrantes e quebra-gelo</translation>
    </message>
    <message>
        <source>Agenda item %1</source>
        <translation>Item da pauta %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln agenda item(s) give no duration: %1. They share the minutes the other items leave of the session.</source>
        <translation>
            <numerusform>%Ln item da pauta não informa a duração: %1. Ele recebe os minutos que os outros itens deixam livres na sessão.</numerusform>
            <numerusform>%Ln itens da pauta não informam a duração: %1. Eles dividem os minutos que os outros itens deixam livres na sessão.</numerusform>
        </translation>
    </message>
    <message>
        <source>The agenda gives the floor to the speakers, but the proposal names none; &quot;%1&quot; was kept as one item.</source>
        <translation>A pauta dá a palavra aos palestrantes, mas a proposta não nomeia nenhum; &quot;%1&quot; foi mantido como um único item.</translation>
    </message>
    <message>
        <source>The agenda adds up to %L1 minutes; the format says %L2 (%L3 more).</source>
        <translation>A pauta soma %L1 minutos; o formato prevê %L2 (%L3 a mais).</translation>
    </message>
    <message>
        <source>The agenda adds up to %L1 minutes; the format says %L2 (%L3 fewer).</source>
        <translation>A pauta soma %L1 minutos; o formato prevê %L2 (%L3 a menos).</translation>
    </message>
    <message>
        <source>the text is not an IGF workshop proposal: it has no title with a workshop code and none of the fields such as &quot;Speaker 1:&quot;</source>
        <translation>o texto não é uma proposta de workshop do IGF: não tem título com código de workshop nem campos como &quot;Speaker 1:&quot;</translation>
    </message>
    <message>
        <source>Untitled workshop</source>
        <translation>Workshop sem título</translation>
    </message>
    <message>
        <source>The proposal has no title; the session is called &quot;%1&quot;.</source>
        <translation>A proposta não tem título; a sessão se chama &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The proposal names no speakers.</source>
        <translation>A proposta não nomeia palestrantes.</translation>
    </message>
    <message>
        <source>The proposal names no session format; %L1 minutes were assumed.</source>
        <translation>A proposta não informa o formato da sessão; foram considerados %L1 minutos.</translation>
    </message>
    <message>
        <source>The session format &quot;%1&quot; gives no duration; %L2 minutes were assumed.</source>
        <translation>O formato de sessão &quot;%1&quot; não informa a duração; foram considerados %L2 minutos.</translation>
    </message>
    <message>
        <source>The proposal names no onsite moderator.</source>
        <translation>A proposta não nomeia um moderador presencial.</translation>
    </message>
    <message>
        <source>The proposal names no online moderator.</source>
        <translation>A proposta não nomeia um moderador online.</translation>
    </message>
    <message>
        <source>The proposal names no rapporteur.</source>
        <translation>A proposta não nomeia um relator.</translation>
    </message>
    <message>
        <source>The proposal has no policy questions.</source>
        <translation>A proposta não tem questões de política.</translation>
    </message>
    <message>
        <source>%L1 MB is too large for a proposal (at most 2 MB)</source>
        <translation>%L1 MB é grande demais para uma proposta (no máximo 2 MB)</translation>
    </message>
    <message>
        <source>the proposal is empty</source>
        <translation>a proposta está vazia</translation>
    </message>
    <message>
        <source>the proposal holds binary data, not text</source>
        <translation>a proposta contém dados binários, não texto</translation>
    </message>
    <message>
        <source>the proposal is not UTF-8 text</source>
        <translation>a proposta não é texto UTF-8</translation>
    </message>
    <message>
        <source>Only the first %1 speakers were read.</source>
        <translation>Apenas os primeiros %1 palestrantes foram lidos.</translation>
    </message>
    <message>
        <source>Only the first %1 agenda lines were read.</source>
        <translation>Apenas as primeiras %1 linhas da pauta foram lidas.</translation>
    </message>
    <message>
        <source>%1 minutes are too few for a slot for each of the %2 speakers and the audience after each; &quot;%3&quot; was kept as one item.</source>
        <translation>%1 minutos são poucos para um turno de cada um dos %2 palestrantes e do público depois de cada um; &quot;%3&quot; foi mantido como um único item.</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Grupo %1</translation>
    </message>
    <message>
        <source>Online group</source>
        <translation>Grupo online</translation>
    </message>
</context>
<context>
    <name>core::QuestionBank</name>
    <message>
        <source>a session can have at most %1 prepared questions</source>
        <translation>uma sessão pode ter no máximo %1 perguntas preparadas</translation>
    </message>
    <message>
        <source>a prepared question has an invalid id</source>
        <translation>uma pergunta preparada tem um identificador inválido</translation>
    </message>
    <message>
        <source>a prepared question needs a text of 1 to %1 characters</source>
        <translation>uma pergunta preparada precisa de um texto de 1 a %1 caracteres</translation>
    </message>
    <message>
        <source>a prepared question belongs to no agenda item</source>
        <translation>uma pergunta preparada não pertence a nenhum item da pauta</translation>
    </message>
    <message>
        <source>a prepared question is for no participant</source>
        <translation>uma pergunta preparada não se destina a nenhum participante</translation>
    </message>
    <message>
        <source>there is no such prepared question</source>
        <translation>essa pergunta preparada não existe</translation>
    </message>
    <message>
        <source>unknown event &quot;%1&quot;</source>
        <translation>evento desconhecido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a prepared question needs a text</source>
        <translation>uma pergunta preparada precisa de um texto</translation>
    </message>
</context>
<context>
    <name>core::ReplayScript</name>
    <message>
        <source>line %1: %2</source>
        <translation>linha %1: %2</translation>
    </message>
    <message>
        <source>a quote is not closed</source>
        <translation>há aspas sem fechamento</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time (M:SS or H:MM:SS)</source>
        <translation>&quot;%1&quot; não é um tempo válido (M:SS ou H:MM:SS)</translation>
    </message>
    <message>
        <source>the time goes backwards</source>
        <translation>o tempo é anterior ao da linha anterior</translation>
    </message>
    <message>
        <source>an action is missing after the time</source>
        <translation>falta uma ação depois do tempo</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot;; known actions: %2</source>
        <translation>ação desconhecida &quot;%1&quot;; ações conhecidas: %2</translation>
    </message>
    <message>
        <source>wrong number of arguments for &quot;%1&quot;</source>
        <translation>número incorreto de argumentos para &quot;%1&quot;</translation>
    </message>
    <message>
        <source>goto needs an item number from 1</source>
        <translation>goto precisa de um número de item a partir de 1</translation>
    </message>
    <message>
        <source>extend needs +M or -M minutes</source>
        <translation>extend precisa de +M ou -M minutos</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 precisa de um valor</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not take the option %2</source>
        <translation>&quot;%1&quot; não aceita a opção %2</translation>
    </message>
    <message>
        <source>a name is empty</source>
        <translation>há um nome vazio</translation>
    </message>
    <message>
        <source>a note&apos;s tags are #takeaway, #action, #question, #agree, #disagree or #quote</source>
        <translation>as etiquetas de uma nota são #takeaway, #action, #question, #agree, #disagree ou #quote</translation>
    </message>
    <message>
        <source>--%1 takes %2</source>
        <translation>--%1 precisa de %2</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>um número inteiro</translation>
    </message>
    <message>
        <source>a duration such as 90s, 2m, -1m or 1:30</source>
        <translation>uma duração como 90s, 2m, -1m ou 1:30</translation>
    </message>
    <message>
        <source>yes or no</source>
        <translation>yes ou no</translation>
    </message>
    <message>
        <source>a JSON object or list</source>
        <translation>um objeto ou uma lista JSON</translation>
    </message>
    <message>
        <source>nobody is called &quot;%1&quot;</source>
        <translation>ninguém se chama &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--question needs a policy question&apos;s number from 1</source>
        <translation>--question precisa de um número de questão de política a partir de 1</translation>
    </message>
    <message>
        <source>groups needs the break-out item&apos;s id first</source>
        <translation>groups precisa primeiro do identificador do item de grupos de trabalho</translation>
    </message>
    <message>
        <source>report-back takes a group&apos;s id</source>
        <translation>report-back recebe o identificador de um grupo</translation>
    </message>
    <message>
        <source>--group needs a break-out group&apos;s id</source>
        <translation>--group precisa do identificador de um grupo de trabalho</translation>
    </message>
</context>
<context>
    <name>core::Report</name>
    <message>
        <source>Key policy questions and expectations</source>
        <translation>Principais questões de política e expectativas</translation>
    </message>
    <message>
        <source>Discussion areas</source>
        <translation>Áreas de discussão</translation>
    </message>
    <message>
        <source>Policy recommendations or suggestions for the way forward</source>
        <translation>Recomendações de políticas ou sugestões para os próximos passos</translation>
    </message>
    <message>
        <source>Other initiatives addressing the session issues</source>
        <translation>Outras iniciativas que tratam das questões da sessão</translation>
    </message>
    <message>
        <source>Making progress for tackled issues</source>
        <translation>Avanços nas questões abordadas</translation>
    </message>
    <message>
        <source>Estimated participation</source>
        <translation>Participação estimada</translation>
    </message>
    <message>
        <source>Reflection to gender issues</source>
        <translation>Reflexão sobre questões de gênero</translation>
    </message>
    <message>
        <source>Session outputs</source>
        <translation>Resultados da sessão</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Data: %1</translation>
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
        <translation>Palestrantes</translation>
    </message>
    <message>
        <source>Short report</source>
        <translation>Relatório resumido</translation>
    </message>
    <message>
        <source>Key takeaways</source>
        <translation>Principais conclusões</translation>
    </message>
    <message>
        <source>Calls to action</source>
        <translation>Chamadas para ação</translation>
    </message>
    <message>
        <source>Long report</source>
        <translation>Relatório completo</translation>
    </message>
    <message>
        <source>Floor time by stakeholder group</source>
        <translation>Tempo de fala por grupo de partes interessadas</translation>
    </message>
    <message>
        <source>Stakeholder group</source>
        <translation>Grupo de partes interessadas</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Turns</source>
        <translation>Falas</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>não informado</translation>
    </message>
    <message>
        <source>Planned and actual time</source>
        <translation>Tempo previsto e real</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Item da pauta</translation>
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
        <translation>grupo de partes interessadas não informado</translation>
    </message>
    <message numerus="yes">
        <source>%Ln participant(s) joined from their phones</source>
        <translation>
            <numerusform>%Ln participante entrou pelo celular</numerusform>
            <numerusform>%Ln participantes entraram pelo celular</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln written question(s) sent</source>
        <translation>
            <numerusform>%Ln pergunta escrita enviada</numerusform>
            <numerusform>%Ln perguntas escritas enviadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln taken up by the moderator</source>
        <translation>
            <numerusform>%Ln atendida pelo moderador</numerusform>
            <numerusform>%Ln atendidas pelo moderador</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2)</source>
        <translation>&quot;%1&quot; (%2)</translation>
    </message>
    <message>
        <source>%1 — agree: %2, disagree: %3</source>
        <translation>%1 — concordam: %2, discordam: %3</translation>
    </message>
    <message>
        <source>Comments: %1</source>
        <translation>Comentários: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>From participants&apos; phones</source>
        <translation>Pelos celulares dos participantes</translation>
    </message>
    <message>
        <source>Reactions to the key takeaways</source>
        <translation>Reações às principais conclusões</translation>
    </message>
    <message>
        <source>Participants&apos; own key takeaways</source>
        <translation>Principais conclusões dos próprios participantes</translation>
    </message>
    <message>
        <source>No Poverty</source>
        <translation>Erradicação da pobreza</translation>
    </message>
    <message>
        <source>Zero Hunger</source>
        <translation>Fome zero e agricultura sustentável</translation>
    </message>
    <message>
        <source>Good Health and Well-Being</source>
        <translation>Saúde e bem-estar</translation>
    </message>
    <message>
        <source>Quality Education</source>
        <translation>Educação de qualidade</translation>
    </message>
    <message>
        <source>Gender Equality</source>
        <translation>Igualdade de gênero</translation>
    </message>
    <message>
        <source>Clean Water and Sanitation</source>
        <translation>Água potável e saneamento</translation>
    </message>
    <message>
        <source>Affordable and Clean Energy</source>
        <translation>Energia limpa e acessível</translation>
    </message>
    <message>
        <source>Decent Work and Economic Growth</source>
        <translation>Trabalho decente e crescimento econômico</translation>
    </message>
    <message>
        <source>Industry, Innovation and Infrastructure</source>
        <translation>Indústria, inovação e infraestrutura</translation>
    </message>
    <message>
        <source>Reduced Inequalities</source>
        <translation>Redução das desigualdades</translation>
    </message>
    <message>
        <source>Sustainable Cities and Communities</source>
        <translation>Cidades e comunidades sustentáveis</translation>
    </message>
    <message>
        <source>Responsible Consumption and Production</source>
        <translation>Consumo e produção responsáveis</translation>
    </message>
    <message>
        <source>Climate Action</source>
        <translation>Ação contra a mudança global do clima</translation>
    </message>
    <message>
        <source>Life Below Water</source>
        <translation>Vida na água</translation>
    </message>
    <message>
        <source>Life on Land</source>
        <translation>Vida terrestre</translation>
    </message>
    <message>
        <source>Peace, Justice and Strong Institutions</source>
        <translation>Paz, justiça e instituições eficazes</translation>
    </message>
    <message>
        <source>Partnerships for the Goals</source>
        <translation>Parcerias e meios de implementação</translation>
    </message>
    <message>
        <source>Women: %1 of the %2 people who took the floor (%3 % of the floor time).</source>
        <translation>Mulheres: %1 das %2 pessoas que tomaram a palavra (%3% do tempo de fala).</translation>
    </message>
    <message>
        <source>Men: %1 (%2 %). Gender described otherwise: %3 (%4 %). Gender not given: %5 (%6 %).</source>
        <translation>Homens: %1 (%2%). Gênero descrito de outra forma: %3 (%4%). Gênero não informado: %5 (%6%).</translation>
    </message>
    <message>
        <source>Invited speakers who are women: %1 of %2.</source>
        <translation>Mulheres entre os palestrantes convidados: %1 de %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>Other initiatives: the names of the initiatives a sentence names, then the sentence</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Entered by the rapporteur: onsite %1, online %2, of whom women %3.</source>
        <translation>Informado pelo relator: %1 presenciais, %2 online, dentre eles %3 mulheres.</translation>
    </message>
    <message>
        <source>Estimated from who took part (the floor, the queue, the empty chair, phones): %1 in the room, %2 online, %3 at a remote hub.</source>
        <translation>Estimativa a partir de quem participou (falas, fila, cadeira vazia, celulares): %1 na sala, %2 online, %3 em um hub remoto.</translation>
    </message>
    <message>
        <source>Women: %1 of the %2 people whose gender is known.</source>
        <translation>Mulheres: %1 das %2 pessoas cujo gênero é conhecido.</translation>
    </message>
    <message>
        <source>Nobody&apos;s gender is known.</source>
        <translation>Não se conhece o gênero de ninguém.</translation>
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
        <translation>Constatação: %1</translation>
    </message>
    <message>
        <source>Agreement: %1</source>
        <translation>Concordância: %1</translation>
    </message>
    <message>
        <source>Disagreement: %1</source>
        <translation>Discordância: %1</translation>
    </message>
    <message>
        <source>participant %1</source>
        <translation>participante %1</translation>
    </message>
    <message>
        <source>in the room</source>
        <translation>na sala</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>at the hub %1</source>
        <translation>no hub %1</translation>
    </message>
    <message numerus="yes">
        <source>The empty chair was opened %Ln time(s)</source>
        <translation>
            <numerusform>A cadeira vazia foi aberta %Ln vez</numerusform>
            <numerusform>A cadeira vazia foi aberta %Ln vezes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s) sat there</source>
        <translation>
            <numerusform>%Ln pessoa a ocupou</numerusform>
            <numerusform>%Ln pessoas a ocuparam</numerusform>
        </translation>
    </message>
    <message>
        <source>for %1 in all.</source>
        <translation>por %1 no total.</translation>
    </message>
    <message>
        <source>Time: %1</source>
        <translation>Horário: %1</translation>
    </message>
    <message>
        <source>Sustainable Development Goals</source>
        <translation>Objetivos de Desenvolvimento Sustentável</translation>
    </message>
    <message>
        <source>Onsite moderator</source>
        <translation>Moderador presencial</translation>
    </message>
    <message>
        <source>Online moderator</source>
        <translation>Moderador online</translation>
    </message>
    <message>
        <source>Draft from the session, for the rapporteur to confirm.</source>
        <translation>Rascunho a partir da sessão, para o relator confirmar.</translation>
    </message>
    <message>
        <source>Floor time in the room, online and at hubs</source>
        <translation>Tempo de fala na sala, online e nos hubs</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Onde</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Proporção</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>The empty chair</source>
        <translation>A cadeira vazia</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Abertura</translation>
    </message>
    <message>
        <source>Who sat there</source>
        <translation>Quem a ocupou</translation>
    </message>
    <message>
        <source>Via the online moderator</source>
        <translation>Por meio do moderador online</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>ninguém</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <source>Invited speakers who are women: %1 of %2; gender not given for %3.</source>
        <translation>Mulheres entre os palestrantes convidados: %1 de %2; gênero não informado para %3.</translation>
    </message>
    <message>
        <source>at %1</source>
        <extracomment>Where a drafted line comes from: the time on the session&apos;s clock</extracomment>
        <translation>em %1</translation>
    </message>
    <message>
        <source>the rapporteur&apos;s note %1</source>
        <translation>a nota %1 do relator</translation>
    </message>
    <message>
        <source>transcript, line %1</source>
        <translation>transcrição, linha %1</translation>
    </message>
    <message>
        <source>someone in the room</source>
        <translation>alguém na sala</translation>
    </message>
    <message>
        <source>On &quot;%1&quot;: %2: %3</source>
        <translation>Sobre &quot;%1&quot;: %2: %3</translation>
    </message>
    <message>
        <source>Room: %1</source>
        <translation>Sala: %1</translation>
    </message>
    <message>
        <source>Comments from the room on the key takeaways</source>
        <translation>Comentários da sala sobre as principais conclusões</translation>
    </message>
    <message>
        <source>Sources of the drafted lines</source>
        <translation>Fontes das linhas do rascunho</translation>
    </message>
    <message>
        <source>Break-out groups</source>
        <translation>Grupos de trabalho</translation>
    </message>
    <message>
        <source>Topic: %1</source>
        <translation>Tema: %1</translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation>Local: %1</translation>
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
        <translation>Quem participou</translation>
    </message>
    <message>
        <source>Key points</source>
        <translation>Pontos principais</translation>
    </message>
    <message>
        <source>Report-back: %1</source>
        <translation>Relato: %1</translation>
    </message>
    <message>
        <source>Notes from the report-back</source>
        <translation>Notas do relato</translation>
    </message>
</context>
<context>
    <name>core::ReportState</name>
    <message>
        <source>the report has no field &quot;%1&quot;</source>
        <translation>o relatório não tem o campo &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a report field has at most 20,000 characters</source>
        <translation>um campo do relatório pode ter no máximo 20.000 caracteres</translation>
    </message>
    <message>
        <source>participation counts are 0 or more, and women are at most everyone counted</source>
        <translation>os números de participantes devem ser 0 ou mais, e o de mulheres não pode passar do total contado</translation>
    </message>
    <message>
        <source>the transcript holds no turns</source>
        <translation>a transcrição não contém falas</translation>
    </message>
    <message>
        <source>unknown event &quot;%1&quot;</source>
        <translation>evento desconhecido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the transcript&apos;s times do not fit its turns</source>
        <translation>os horários da transcrição não correspondem às suas falas</translation>
    </message>
    <message>
        <source>a caption line is empty</source>
        <translation>uma linha de legenda está vazia</translation>
    </message>
    <message>
        <source>a caption line has at most %1 characters and its speaker at most %2</source>
        <translation>uma linha de legenda pode ter no máximo %1 caracteres e o nome do orador, no máximo %2</translation>
    </message>
    <message>
        <source>a caption line is one line of plain text</source>
        <translation>uma linha de legenda é uma única linha de texto simples</translation>
    </message>
    <message>
        <source>a caption line&apos;s speaker or time does not fit</source>
        <translation>o orador ou o horário de uma linha de legenda não são válidos</translation>
    </message>
</context>
<context>
    <name>core::Session</name>
    <message>
        <source>the session file holds no session</source>
        <translation>o arquivo de sessão não contém nenhuma sessão</translation>
    </message>
    <message>
        <source>the session has ended</source>
        <translation>a sessão foi encerrada</translation>
    </message>
    <message>
        <source>this is the last agenda item</source>
        <translation>este é o último item da pauta</translation>
    </message>
    <message>
        <source>this is the first agenda item</source>
        <translation>este é o primeiro item da pauta</translation>
    </message>
    <message>
        <source>there is no such agenda item</source>
        <translation>esse item da pauta não existe</translation>
    </message>
    <message>
        <source>the agenda has items 1 to %1, not %2</source>
        <translation>a pauta tem itens de 1 a %1, não %2</translation>
    </message>
    <message>
        <source>there is no such participant</source>
        <translation>esse participante não existe</translation>
    </message>
    <message>
        <source>nobody is waiting to speak</source>
        <translation>ninguém está aguardando a palavra</translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation>%1 não é um arquivo</translation>
    </message>
    <message>
        <source>%1 is %2; a media file may be at most %3</source>
        <translation>%1 tem %2; um arquivo de mídia pode ter no máximo %3</translation>
    </message>
    <message>
        <source>the session&apos;s media would exceed %1; remove some first</source>
        <translation>as mídias da sessão ultrapassariam %1; remova algumas primeiro</translation>
    </message>
    <message>
        <source>%1 could not be read completely</source>
        <translation>não foi possível ler %1 por completo</translation>
    </message>
    <message>
        <source>%1 is %2: only images, SVG, PDF and video can be shown</source>
        <translation>%1 é do tipo %2: só é possível mostrar imagens, SVG, PDF e vídeos</translation>
    </message>
    <message>
        <source>the session is open read-only; save a copy to continue in it</source>
        <translation>a sessão está aberta somente para leitura; salve uma cópia para continuar nela</translation>
    </message>
    <message>
        <source>there is no such request to speak</source>
        <translation>esse pedido de palavra não existe</translation>
    </message>
    <message>
        <source>unknown note tag &quot;%1&quot;</source>
        <translation>etiqueta de nota desconhecida &quot;%1&quot;</translation>
    </message>
    <message>
        <source>nothing to re-balance</source>
        <translation>nada a redistribuir</translation>
    </message>
    <message>
        <source>unknown queue order &quot;%1&quot;</source>
        <translation>ordem da fila desconhecida &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown scene &quot;%1&quot;</source>
        <translation>cena desconhecida &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the store holds a session already</source>
        <translation>o armazenamento já contém uma sessão</translation>
    </message>
    <message>
        <source>this is a copy of a shared session: it changes only from the host</source>
        <translation>esta é uma cópia de uma sessão compartilhada: ela só muda pelo anfitrião</translation>
    </message>
    <message>
        <source>only a copy of a shared session takes events from a host</source>
        <translation>só a cópia de uma sessão compartilhada recebe eventos de um anfitrião</translation>
    </message>
    <message>
        <source>event %1 came where event %2 was due</source>
        <translation>o evento %1 chegou quando era esperado o evento %2</translation>
    </message>
    <message>
        <source>%1 is a joined device&apos;s copy of a session shared by %2: it opens read-only; save a copy to continue in it</source>
        <translation>%1 é a cópia, em um dispositivo conectado, de uma sessão compartilhada por %2: ela abre somente para leitura; salve uma cópia para continuar nela</translation>
    </message>
    <message>
        <source>&quot;%1&quot; reads a file: only the host&apos;s own window can do it</source>
        <translation>&quot;%1&quot; lê um arquivo: só a própria janela do anfitrião pode fazer isso</translation>
    </message>
    <message>
        <source>a phone asks only for its own participant</source>
        <translation>um celular só faz pedidos para o seu próprio participante</translation>
    </message>
    <message>
        <source>the empty chair is not open</source>
        <translation>a cadeira vazia não está aberta</translation>
    </message>
    <message>
        <source>%1 holds control characters</source>
        <translation>%1 contém caracteres de controle</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 está em branco</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters</source>
        <translation>%1 ultrapassa %2 caracteres</translation>
    </message>
    <message>
        <source>no phone &quot;%1&quot; joined</source>
        <translation>nenhum celular &quot;%1&quot; entrou</translation>
    </message>
    <message>
        <source>the moderator blocked this phone</source>
        <translation>o moderador bloqueou este celular</translation>
    </message>
    <message>
        <source>a phone may not &quot;%1&quot;</source>
        <translation>um celular não pode executar &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a phone&apos;s id is 1 to 32 lower-case letters and digits</source>
        <translation>o identificador de um celular tem de 1 a 32 letras minúsculas e dígitos</translation>
    </message>
    <message>
        <source>the phone &quot;%1&quot; has joined already</source>
        <translation>o celular &quot;%1&quot; já entrou</translation>
    </message>
    <message>
        <source>joining from phones is closed</source>
        <translation>a entrada pelo celular está fechada</translation>
    </message>
    <message>
        <source>the name</source>
        <translation>o nome</translation>
    </message>
    <message>
        <source>a detail</source>
        <translation>um dado</translation>
    </message>
    <message>
        <source>the question</source>
        <translation>a pergunta</translation>
    </message>
    <message>
        <source>there is no such policy question</source>
        <translation>essa questão de política não existe</translation>
    </message>
    <message>
        <source>this phone&apos;s questions are still waiting for the moderator</source>
        <translation>as perguntas deste celular ainda aguardam o moderador</translation>
    </message>
    <message>
        <source>this phone sent a question a moment ago</source>
        <translation>este celular acabou de enviar uma pergunta</translation>
    </message>
    <message>
        <source>there is no such takeaway</source>
        <translation>essa conclusão não existe</translation>
    </message>
    <message>
        <source>the comment</source>
        <translation>o comentário</translation>
    </message>
    <message>
        <source>a reaction is agree, disagree or comment, not &quot;%1&quot;</source>
        <translation>uma reação é agree, disagree ou comment, não &quot;%1&quot;</translation>
    </message>
    <message>
        <source>only a comment has text</source>
        <translation>só um comentário tem texto</translation>
    </message>
    <message>
        <source>this phone&apos;s reaction is already &quot;%1&quot;</source>
        <translation>a reação deste celular já é &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the takeaway</source>
        <translation>a conclusão</translation>
    </message>
    <message>
        <source>the phone is blocked already</source>
        <translation>o celular já está bloqueado</translation>
    </message>
    <message>
        <source>the phone is not blocked</source>
        <translation>o celular não está bloqueado</translation>
    </message>
    <message>
        <source>joining from phones is open already</source>
        <translation>a entrada pelo celular já está aberta</translation>
    </message>
    <message>
        <source>joining from phones is closed already</source>
        <translation>a entrada pelo celular já está fechada</translation>
    </message>
    <message>
        <source>the session has not started, so the transcript&apos;s times cannot be placed from its start</source>
        <translation>a sessão não começou, então os horários da transcrição não podem ser posicionados a partir do seu início</translation>
    </message>
    <message>
        <source>there is no such key takeaway</source>
        <translation>essa conclusão principal não existe</translation>
    </message>
    <message>
        <source>there is no such break-out item</source>
        <translation>esse item de grupos de trabalho não existe</translation>
    </message>
    <message>
        <source>every group of &quot;%1&quot; has reported back</source>
        <translation>todos os grupos de &quot;%1&quot; já fizeram seu relato</translation>
    </message>
    <message>
        <source>no break-out item with groups comes before this one</source>
        <translation>não há nenhum item de grupos de trabalho com grupos antes deste</translation>
    </message>
    <message>
        <source>there is no such break-out group</source>
        <translation>esse grupo de trabalho não existe</translation>
    </message>
    <message>
        <source>the group &quot;%1&quot; has nobody to report back: give it a rapporteur</source>
        <translation>o grupo &quot;%1&quot; não tem ninguém para fazer o relato: defina um relator para ele</translation>
    </message>
    <message>
        <source>there is no video %1 in the session</source>
        <translation>o vídeo %1 não existe na sessão</translation>
    </message>
    <message>
        <source>%1 cannot be read as subtitles: %2</source>
        <extracomment>%1 is a file name, %2 what is wrong with it</extracomment>
        <translation>%1 não pode ser lido como legendas: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code</source>
        <translation>&quot;%1&quot; não é um código de idioma</translation>
    </message>
    <message>
        <source>there is no glossary term %1</source>
        <translation>o termo do glossário %1 não existe</translation>
    </message>
    <message>
        <source>a caption line is empty</source>
        <translation>uma linha de legenda está vazia</translation>
    </message>
    <message>
        <source>there is no participant %1</source>
        <translation>o participante %1 não existe</translation>
    </message>
    <message>
        <source>a caption line cannot be said before the session or later than now</source>
        <translation>uma linha de legenda não pode ser anterior ao início da sessão nem posterior ao momento atual</translation>
    </message>
    <message>
        <source>a caption size is small, medium or large, not &quot;%1&quot;</source>
        <translation>o tamanho da legenda é small, medium ou large, não &quot;%1&quot;</translation>
    </message>
    <message>
        <source>there is no policy question %1</source>
        <translation>não há questão de política %1</translation>
    </message>
</context>
<context>
    <name>core::SessionDefinition</name>
    <message>
        <source>the session has no title</source>
        <translation>a sessão não tem título</translation>
    </message>
    <message>
        <source>New workshop</source>
        <translation>Novo workshop</translation>
    </message>
</context>
<context>
    <name>core::SessionFiles</name>
    <message>
        <source>%1 is not a regular file</source>
        <translation>%1 não é um arquivo comum</translation>
    </message>
</context>
<context>
    <name>core::SessionState</name>
    <message>
        <source>event %1 is older than the event before it</source>
        <translation>o evento %1 é anterior ao evento que o precede</translation>
    </message>
    <message>
        <source>the session log does not start with the session&apos;s definition</source>
        <translation>o registro da sessão não começa com a definição da sessão</translation>
    </message>
    <message>
        <source>there is no such agenda item</source>
        <translation>esse item da pauta não existe</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a block, not a single item</source>
        <translation>&quot;%1&quot; é um bloco, não um item individual</translation>
    </message>
    <message>
        <source>the session is defined twice</source>
        <translation>a sessão está definida duas vezes</translation>
    </message>
    <message>
        <source>the session has ended</source>
        <translation>a sessão foi encerrada</translation>
    </message>
    <message>
        <source>the clock has already started</source>
        <translation>o relógio já foi iniciado</translation>
    </message>
    <message>
        <source>the clock is not running</source>
        <translation>o relógio não está correndo</translation>
    </message>
    <message>
        <source>the clock is not paused</source>
        <translation>o relógio não está pausado</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already the current item</source>
        <translation>&quot;%1&quot; já é o item atual</translation>
    </message>
    <message>
        <source>an agenda item cannot be shorter than one minute</source>
        <translation>um item da pauta não pode ter menos de um minuto</translation>
    </message>
    <message>
        <source>the re-balanced plan is not valid</source>
        <translation>o plano redistribuído não é válido</translation>
    </message>
    <message>
        <source>the re-balanced plan is empty</source>
        <translation>o plano redistribuído está vazio</translation>
    </message>
    <message>
        <source>the clock has not started</source>
        <translation>o relógio ainda não foi iniciado</translation>
    </message>
    <message>
        <source>the agenda can be edited until the clock starts; then extend or re-balance items</source>
        <translation>a pauta pode ser editada até o relógio ser iniciado; depois, prolongue os itens ou redistribua o tempo</translation>
    </message>
    <message>
        <source>the session&apos;s details can be edited until the clock starts</source>
        <translation>os detalhes da sessão podem ser editados até o relógio começar</translation>
    </message>
    <message>
        <source>the title can have at most 300 characters, the code 100</source>
        <translation>o título pode ter no máximo 300 caracteres, o código 100</translation>
    </message>
    <message>
        <source>a session lasts between 1 and 600 minutes</source>
        <translation>uma sessão dura entre 1 e 600 minutos</translation>
    </message>
    <message>
        <source>a session can have at most 20 policy questions</source>
        <translation>uma sessão pode ter no máximo 20 questões de política</translation>
    </message>
    <message>
        <source>a note is linked to policy question %1, which would no longer exist</source>
        <translation>uma nota está vinculada à questão de política %1, que deixaria de existir</translation>
    </message>
    <message>
        <source>a declined re-balancing needs the overrun it was declined at</source>
        <translation>uma redistribuição recusada precisa do atraso em que foi recusada</translation>
    </message>
    <message>
        <source>event %1 has no known type</source>
        <translation>o evento %1 não tem um tipo conhecido</translation>
    </message>
    <message>
        <source>the room&apos;s name can have at most 200 characters</source>
        <translation>o nome da sala pode ter no máximo 200 caracteres</translation>
    </message>
    <message>
        <source>there is no break-out group %1</source>
        <translation>o grupo de trabalho %1 não existe</translation>
    </message>
    <message>
        <source>the group &quot;%1&quot; names a policy question the session does not have</source>
        <translation>o grupo &quot;%1&quot; indica uma questão de política que a sessão não tem</translation>
    </message>
    <message>
        <source>the group &quot;%1&quot; names participant %2, who is not in the session</source>
        <translation>o grupo &quot;%1&quot; inclui o participante %2, que não está na sessão</translation>
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
        <translation>Previsto %1, real %2, em pausa %3</translation>
    </message>
    <message>
        <source>%1%2  planned %3  actual %4</source>
        <translation>%1%2  previsto %3  real %4</translation>
    </message>
    <message>
        <source>Phones: %1 joined, %2 questions, %3 reactions, %4 shared takeaways</source>
        <translation>Celulares: %1 entraram, %2 perguntas, %3 reações, %4 conclusões compartilhadas</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>não informado</translation>
    </message>
    <message>
        <source>in the room</source>
        <translation>na sala</translation>
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
        <translation>palestrantes convidados</translation>
    </message>
    <message>
        <source>moderators</source>
        <translation>moderadores</translation>
    </message>
    <message>
        <source>audience</source>
        <translation>público</translation>
    </message>
    <message numerus="yes">
        <source>Floor: %Ln turn(s), %1</source>
        <translation>
            <numerusform>Palavra: %Ln fala, %1</numerusform>
            <numerusform>Palavra: %Ln falas, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>By person</source>
        <translation>Por pessoa</translation>
    </message>
    <message numerus="yes">
        <source>    %1  %Ln turn(s)  %2</source>
        <translation>
            <numerusform>    %1  %Ln fala  %2</numerusform>
            <numerusform>    %1  %Ln falas  %2</numerusform>
        </translation>
    </message>
    <message>
        <source>By stakeholder group</source>
        <translation>Por grupo de partes interessadas</translation>
    </message>
    <message>
        <source>By region</source>
        <translation>Por região</translation>
    </message>
    <message>
        <source>By gender</source>
        <translation>Por gênero</translation>
    </message>
    <message>
        <source>By channel</source>
        <translation>Por canal</translation>
    </message>
    <message>
        <source>By role</source>
        <translation>Por função</translation>
    </message>
    <message numerus="yes">
        <source>    %1  %Ln turn(s)  %2  %3 %</source>
        <extracomment>A row of the floor balance: who, turns, time, share of the floor time</extracomment>
        <translation>
            <numerusform>    %1  %Ln fala  %2  %3%</numerusform>
            <numerusform>    %1  %Ln falas  %2  %3%</numerusform>
        </translation>
    </message>
    <message>
        <source>replies by invited speakers</source>
        <translation>respostas dos palestrantes convidados</translation>
    </message>
    <message>
        <source>Break-out &quot;%1&quot;: group work planned %2, actual %3</source>
        <translation>Grupos de trabalho &quot;%1&quot;: trabalho em grupos previsto %2, real %3</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>  %1: %Ln member(s) (%2); report-back %3</source>
        <translation>
            <numerusform>  %1: %Ln membro (%2); relato %3</numerusform>
            <numerusform>  %1: %Ln membros (%2); relato %3</numerusform>
        </translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>ainda não</translation>
    </message>
</context>
<context>
    <name>core::SessionStore</name>
    <message>
        <source>the file is cut short: it has %1 bytes of the %2 that its header gives</source>
        <translation>o arquivo está truncado: tem %1 bytes dos %2 indicados no cabeçalho</translation>
    </message>
    <message>
        <source>events %1 to %2 are missing from the log</source>
        <translation>os eventos %1 a %2 estão faltando no registro</translation>
    </message>
    <message>
        <source>event %1 is out of order</source>
        <translation>o evento %1 está fora de ordem</translation>
    </message>
    <message>
        <source>%1 was left from an earlier file and has been moved to %2.</source>
        <translation>%1 era de um arquivo anterior e foi movido para %2.</translation>
    </message>
    <message>
        <source>A write-ahead log beside the file did not belong to it; it was not applied and has been moved to %1.</source>
        <translation>Um registro de escrita antecipada (arquivo WAL) ao lado do arquivo não pertencia a ele; não foi aplicado e foi movido para %1.</translation>
    </message>
    <message>
        <source>A write-ahead log beside the file does not belong to it; it was ignored.</source>
        <translation>Um registro de escrita antecipada (arquivo WAL) ao lado do arquivo não pertence a ele; foi ignorado.</translation>
    </message>
    <message>
        <source>the file has no schema version</source>
        <translation>o arquivo não tem versão de esquema</translation>
    </message>
    <message>
        <source>the file was opened read-only</source>
        <translation>o arquivo foi aberto somente para leitura</translation>
    </message>
    <message>
        <source>%1 is the file open here: save the copy under another name</source>
        <translation>%1 é o arquivo aberto aqui: salve a cópia com outro nome</translation>
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
        <translation>na sala</translation>
    </message>
    <message>
        <source>first time</source>
        <translation>primeira vez</translation>
    </message>
    <message numerus="yes">
        <source>%Ln turn(s), %1</source>
        <translation>
            <numerusform>%Ln fala, %1</numerusform>
            <numerusform>%Ln falas, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>from a phone</source>
        <translation>pelo celular</translation>
    </message>
</context>
<context>
    <name>core::Subtitles</name>
    <message>
        <source>a subtitle file may be at most %1</source>
        <extracomment>%1 is the largest subtitle file accepted, like &quot;2 MB&quot;</extracomment>
        <translation>um arquivo de legendas pode ter no máximo %1</translation>
    </message>
    <message>
        <source>the subtitles are not a text file</source>
        <translation>as legendas não são um arquivo de texto</translation>
    </message>
</context>
<context>
    <name>core::Transcript</name>
    <message>
        <source>the transcript holds no turns</source>
        <translation>a transcrição não contém falas</translation>
    </message>
    <message>
        <source>%1 is too large (%2); at most %3 can be read</source>
        <extracomment>%1 is a file name, %2 its size, %3 the largest size accepted (both like &quot;8.4 MB&quot;)</extracomment>
        <translation>%1 é grande demais (%2); é possível ler no máximo %3</translation>
    </message>
    <message>
        <source>%1 is larger than %2, the most that can be read</source>
        <extracomment>%1 is a file name, %2 the largest size accepted (like &quot;8.4 MB&quot;)</extracomment>
        <translation>%1 é maior que %2, o máximo que pode ser lido</translation>
    </message>
    <message>
        <source>%1 is not a text file</source>
        <translation>%1 não é um arquivo de texto</translation>
    </message>
    <message>
        <source>the transcript is longer than %1, the most a transcript may have</source>
        <extracomment>%1 is the largest transcript accepted, like &quot;8.4 MB&quot;</extracomment>
        <translation>a transcrição é maior que %1, o máximo que uma transcrição pode ter</translation>
    </message>
    <message>
        <source>line %1: a caption cue needs a timing such as %2</source>
        <extracomment>%1 is a line number, %2 an example of a cue timing (keep it as it is)</extracomment>
        <translation>linha %1: um bloco de legenda precisa de uma marcação de tempo como %2</translation>
    </message>
    <message>
        <source>line %1: the cue timing is not valid; a valid one reads like %2</source>
        <extracomment>%1 is a line number, %2 an example of a cue timing (keep it as it is)</extracomment>
        <translation>linha %1: a marcação de tempo do bloco não é válida; ela deve ter a forma %2</translation>
    </message>
    <message>
        <source>line %1: the cue ends before it starts</source>
        <extracomment>%1 is a line number</extracomment>
        <translation>linha %1: o bloco termina antes de começar</translation>
    </message>
    <message>
        <source>the text is neither SRT nor WebVTT captions</source>
        <translation>o texto não é uma legenda SRT nem WebVTT</translation>
    </message>
    <message>
        <source>the captions hold no cue</source>
        <translation>as legendas não contêm nenhum bloco</translation>
    </message>
</context>
<context>
    <name>core::Vocabulary</name>
    <message>
        <source>Government</source>
        <comment>stakeholder group</comment>
        <translation>Governo</translation>
    </message>
    <message>
        <source>Private Sector</source>
        <comment>stakeholder group</comment>
        <translation>Setor privado</translation>
    </message>
    <message>
        <source>Civil Society</source>
        <comment>stakeholder group</comment>
        <translation>Sociedade civil</translation>
    </message>
    <message>
        <source>Technical Community</source>
        <comment>stakeholder group</comment>
        <translation>Comunidade técnica</translation>
    </message>
    <message>
        <source>Intergovernmental Organization</source>
        <comment>stakeholder group</comment>
        <translation>Organização intergovernamental</translation>
    </message>
    <message>
        <source>African Group</source>
        <comment>UN regional group</comment>
        <translation>Grupo dos Estados Africanos</translation>
    </message>
    <message>
        <source>Asia-Pacific Group</source>
        <comment>UN regional group</comment>
        <translation>Grupo dos Estados da Ásia-Pacífico</translation>
    </message>
    <message>
        <source>Eastern European Group</source>
        <comment>UN regional group</comment>
        <translation>Grupo dos Estados da Europa Oriental</translation>
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
        <translation>Organização intergovernamental</translation>
    </message>
    <message>
        <source>woman</source>
        <comment>gender</comment>
        <translation>mulher</translation>
    </message>
    <message>
        <source>man</source>
        <comment>gender</comment>
        <translation>homem</translation>
    </message>
</context>
<context>
    <name>core::WorkFolder</name>
    <message>
        <source>cannot make a temporary folder in %1: %2</source>
        <translation>não foi possível criar uma pasta temporária em %1: %2</translation>
    </message>
</context>
<context>
    <name>core::share::JoinCodes</name>
    <message>
        <source>the join code for %1 is damaged</source>
        <translation>o código de acesso de %1 está danificado</translation>
    </message>
    <message>
        <source>the join codes are damaged</source>
        <translation>os códigos de acesso estão danificados</translation>
    </message>
</context>
<context>
    <name>core::share::Protocol</name>
    <message>
        <source>the message is larger than %1 bytes</source>
        <translation>a mensagem é maior que %1 bytes</translation>
    </message>
    <message>
        <source>the message is not a JSON object</source>
        <translation>a mensagem não é um objeto JSON</translation>
    </message>
    <message>
        <source>a device may not send &quot;%1&quot;</source>
        <translation>um dispositivo não pode enviar &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs &quot;%2&quot;</source>
        <translation>&quot;%1&quot; precisa de &quot;%2&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a wrong &quot;%2&quot;</source>
        <translation>&quot;%1&quot; tem um &quot;%2&quot; incorreto</translation>
    </message>
    <message>
        <source>&quot;%2&quot; of &quot;%1&quot; is longer than %3 characters</source>
        <translation>&quot;%2&quot; de &quot;%1&quot; tem mais de %3 caracteres</translation>
    </message>
    <message>
        <source>unknown message &quot;%1&quot;</source>
        <translation>mensagem desconhecida &quot;%1&quot;</translation>
    </message>
    <message>
        <source>an event has a wrong &quot;%1&quot;</source>
        <translation>um evento tem um &quot;%1&quot; incorreto</translation>
    </message>
    <message>
        <source>an event has no data</source>
        <translation>um evento não tem dados</translation>
    </message>
</context>
<context>
    <name>core::share::ShareClient</name>
    <message>
        <source>The host gave an unknown role.</source>
        <translation>O anfitrião informou um papel desconhecido.</translation>
    </message>
</context>
<context>
    <name>core::share::ShareHost</name>
    <message>
        <source>The join code was renewed: join again with the new code.</source>
        <translation>O código de acesso foi renovado: entre novamente com o novo código.</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>Moderador</translation>
    </message>
    <message>
        <source>The session has as many devices as it can take (%1).</source>
        <translation>A sessão já tem todos os dispositivos que comporta (%1).</translation>
    </message>
    <message>
        <source>Too many messages: at most %1 a second.</source>
        <translation>Mensagens demais: no máximo %1 por segundo.</translation>
    </message>
    <message>
        <source>Join the session first.</source>
        <translation>Entre na sessão primeiro.</translation>
    </message>
    <message>
        <source>This device has joined already.</source>
        <translation>Este dispositivo já entrou.</translation>
    </message>
    <message>
        <source>This device speaks protocol %1 and the host speaks %2: use the same version of Moderato on both.</source>
        <translation>Este dispositivo usa o protocolo %1 e o anfitrião usa o %2: use a mesma versão do Moderato nos dois.</translation>
    </message>
    <message>
        <source>Too many wrong join codes from this address: wait a minute.</source>
        <translation>Códigos de acesso incorretos demais vindos deste endereço: aguarde um minuto.</translation>
    </message>
    <message>
        <source>This join code is not valid (it may have been renewed).</source>
        <translation>Este código de acesso não é válido (ele pode ter sido renovado).</translation>
    </message>
    <message>
        <source>A device needs a name and an id to join.</source>
        <translation>Um dispositivo precisa de um nome e de um identificador para entrar.</translation>
    </message>
    <message>
        <source>This device connected again.</source>
        <translation>Este dispositivo se conectou novamente.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; reads a file on the host: only the host&apos;s own window can do it</source>
        <translation>&quot;%1&quot; lê um arquivo no anfitrião: só a própria janela do anfitrião pode fazer isso</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The moderator&apos;s console for multi-stakeholder workshops.</source>
        <translation>O console do moderador para workshops multissetoriais.</translation>
    </message>
    <message>
        <source>Open the built-in demo workshop.</source>
        <translation>Abrir o workshop de demonstração integrado.</translation>
    </message>
    <message>
        <source>Render the console to PNG files in DIR without showing a window, then exit.</source>
        <translation>Renderizar o console em arquivos PNG no diretório DIR sem mostrar a janela e sair.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>The language of the interface (en, ar, de, es, fr, pt_BR, ru, zh_CN).</source>
        <translation>O idioma da interface (en, ar, de, es, fr, pt_BR, ru, zh_CN).</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <source>Print the time of the first paint and exit (start-up benchmark).</source>
        <translation>Exibir o tempo da primeira renderização e sair (medição de inicialização).</translation>
    </message>
    <message>
        <source>A session file to open (.moderato).</source>
        <translation>Um arquivo de sessão a ser aberto (.moderato).</translation>
    </message>
    <message>
        <source>[FILE]</source>
        <translation>[FILE]</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot;; available: %2</source>
        <translation>idioma desconhecido &quot;%1&quot;; disponíveis: %2</translation>
    </message>
    <message>
        <source>open one session file at a time</source>
        <translation>abra um arquivo de sessão por vez</translation>
    </message>
    <message>
        <source>Moderato</source>
        <translation>Moderato</translation>
    </message>
    <message>
        <source>Add FILE (image, SVG, PDF, video) to the session and show it on the room display.</source>
        <translation>Adicionar FILE (imagem, SVG, PDF, vídeo) à sessão e mostrá-lo na tela da sala.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>%1 is open in another Moderato window, which has been brought to the front.</source>
        <translation>%1 está aberto em outra janela do Moderato, que foi trazida para a frente.</translation>
    </message>
    <message>
        <source>Join the session a moderator shares, at ADDRESS (moderato://HOST:PORT/CODE).</source>
        <translation>Entrar na sessão que um moderador compartilha, em ADDRESS (moderato://HOST:PORT/CODE).</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADDRESS</translation>
    </message>
    <message>
        <source>The name to join with (asked for when not given).</source>
        <translation>O nome com que entrar (perguntado quando não for informado).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>--join opens a shared session: give no file</source>
        <translation>--join abre uma sessão compartilhada: não informe nenhum arquivo</translation>
    </message>
    <message>
        <source>--name goes with --join</source>
        <translation>--name deve ser usado com --join</translation>
    </message>
    <message>
        <source>Ask where to save a new, blank session and open it.</source>
        <translation>Perguntar onde salvar uma nova sessão em branco e depois abri-la.</translation>
    </message>
    <message>
        <source>Open FILE in a new window, even when a Moderato window is running.</source>
        <translation>Abrir FILE em uma nova janela, mesmo quando uma janela do Moderato já estiver aberta.</translation>
    </message>
    <message>
        <source>%1 has been handed to the Moderato window that is running.</source>
        <translation>%1 foi entregue à janela do Moderato que já está aberta.</translation>
    </message>
</context>
<context>
    <name>net::PhoneServer</name>
    <message>
        <source>cannot listen on %1 port %2: %3</source>
        <translation>não foi possível escutar em %1, porta %2: %3</translation>
    </message>
</context>
<context>
    <name>net::SharingConnection</name>
    <message>
        <source>&quot;%1&quot; is not a join address like moderato://HOST:PORT/CODE</source>
        <translation>&quot;%1&quot; não é um endereço de acesso como moderato://HOST:PORT/CODE</translation>
    </message>
    <message>
        <source>The host&apos;s certificate is not the one in the join address.</source>
        <translation>O certificado do anfitrião não é o indicado no endereço de acesso.</translation>
    </message>
</context>
<context>
    <name>net::SharingServer</name>
    <message>
        <source>cannot listen on %1 port %2: %3</source>
        <translation>não foi possível escutar em %1, porta %2: %3</translation>
    </message>
    <message>
        <source>Only text messages are understood.</source>
        <translation>Só mensagens de texto são compreendidas.</translation>
    </message>
    <message>
        <source>this build of Qt has no TLS</source>
        <translation>esta compilação do Qt não tem suporte a TLS</translation>
    </message>
    <message>
        <source>no TLS library is available (OpenSSL)</source>
        <translation>nenhuma biblioteca TLS está disponível (OpenSSL)</translation>
    </message>
    <message>
        <source>TLS must be chosen before sharing starts</source>
        <translation>o TLS deve ser escolhido antes de começar o compartilhamento</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>não é possível ler %1: %2</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate</source>
        <translation>%1 não contém nenhum certificado PEM</translation>
    </message>
    <message>
        <source>%1 holds no PEM private key (RSA or EC, without a passphrase)</source>
        <translation>%1 não contém nenhuma chave privada PEM (RSA ou EC, sem frase secreta)</translation>
    </message>
</context>
<context>
    <name>ui::AgendaEditor</name>
    <message>
        <source>Opening</source>
        <translation>Abertura</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Palestrante</translation>
    </message>
    <message>
        <source>Audience input</source>
        <translation>Participação do público</translation>
    </message>
    <message>
        <source>Empty chair</source>
        <translation>Cadeira vazia</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Outro</translation>
    </message>
    <message>
        <source>Move item</source>
        <translation>Mover item</translation>
    </message>
    <message>
        <source>Edit the agenda</source>
        <translation>Editar a pauta</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Duração</translation>
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
        <translation>&amp;Palestrante:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translation>&amp;Adicionar item</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remover</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Mover para &amp;cima</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Mover para &amp;baixo</translation>
    </message>
    <message>
        <source>&amp;Nest</source>
        <translation>A&amp;ninhar</translation>
    </message>
    <message>
        <source>Un-n&amp;est</source>
        <translation>&amp;Desaninhar</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Desfazer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Refazer</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>F&amp;echar</translation>
    </message>
    <message>
        <source>The clock has started: the agenda can no longer be edited. Lengthen, shorten or re-balance items from the console.</source>
        <translation>O relógio já foi iniciado: a pauta não pode mais ser editada. Prolongue, encurte ou redistribua os itens pelo console.</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Bloco</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>Novo item</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Adicionar item</translation>
    </message>
    <message>
        <source>The agenda needs at least one item.</source>
        <translation>A pauta precisa de pelo menos um item.</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>Remover item</translation>
    </message>
    <message>
        <source>Only an item with an item before it can be nested into that item.</source>
        <translation>Um item só pode ser aninhado no item que vem antes dele.</translation>
    </message>
    <message>
        <source>Nest item</source>
        <translation>Aninhar item</translation>
    </message>
    <message>
        <source>Un-nest item</source>
        <translation>Desaninhar item</translation>
    </message>
    <message>
        <source>Change length</source>
        <translation>Alterar duração</translation>
    </message>
    <message>
        <source>An agenda item needs a title.</source>
        <translation>Um item da pauta precisa de um título.</translation>
    </message>
    <message>
        <source>Rename item</source>
        <translation>Renomear item</translation>
    </message>
    <message>
        <source>Change kind</source>
        <translation>Alterar tipo</translation>
    </message>
    <message>
        <source>Change speaker</source>
        <translation>Alterar palestrante</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(ninguém)</translation>
    </message>
    <message>
        <source>Total %1 of %2</source>
        <translation>Total: %1 de %2</translation>
    </message>
    <message>
        <source>(%1 over)</source>
        <translation>(%1 a mais)</translation>
    </message>
    <message>
        <source>(%1 left)</source>
        <translation>(restam %1)</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ota:</translation>
    </message>
    <message>
        <source>Change note</source>
        <translation>Alterar a nota</translation>
    </message>
    <message>
        <source>Break-out groups</source>
        <translation>Grupos de trabalho</translation>
    </message>
    <message>
        <source>&amp;Groups…</source>
        <translation>&amp;Grupos…</translation>
    </message>
    <message>
        <source>Groups, topics, places, leaders and members of this break-out item</source>
        <translation>Grupos, temas, locais, responsáveis e membros deste item de grupos de trabalho</translation>
    </message>
    <message>
        <source>Give the item the kind &quot;Break-out groups&quot; to edit its groups</source>
        <translation>Dê ao item o tipo “Grupos de trabalho” para editar seus grupos</translation>
    </message>
</context>
<context>
    <name>ui::BalancePanel</name>
    <message>
        <source>not given</source>
        <translation>não informado</translation>
    </message>
    <message>
        <source>in the room</source>
        <translation>na sala</translation>
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
        <translation>palestrantes convidados</translation>
    </message>
    <message>
        <source>moderators</source>
        <translation>moderadores</translation>
    </message>
    <message>
        <source>audience</source>
        <translation>público</translation>
    </message>
    <message>
        <source>Floor time appears here once someone has the floor.</source>
        <translation>O tempo de fala aparece aqui assim que alguém estiver com a palavra.</translation>
    </message>
    <message>
        <source>Stakeholder group</source>
        <translation>Grupo de partes interessadas</translation>
    </message>
    <message>
        <source>Regional group</source>
        <translation>Grupo regional</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gênero</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %Ln turn(s)</source>
        <translation>
            <numerusform>%1 · %Ln fala</numerusform>
            <numerusform>%1 · %Ln falas</numerusform>
        </translation>
    </message>
    <message>
        <source>replies by invited speakers</source>
        <translation>respostas dos palestrantes convidados</translation>
    </message>
    <message>
        <source>Presentations, replies and audience</source>
        <translation>Apresentações, respostas e público</translation>
    </message>
    <message numerus="yes">
        <source>Moderation, not counted above: %1 · %Ln turn(s)</source>
        <translation>
            <numerusform>Moderação, não contada acima: %1 · %Ln fala</numerusform>
            <numerusform>Moderação, não contada acima: %1 · %Ln falas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::BreakOutActions</name>
    <message>
        <source>Break-out &amp;groups…</source>
        <translation>&amp;Grupos de trabalho…</translation>
    </message>
    <message>
        <source>Next &amp;report-back</source>
        <translation>Próximo &amp;relato</translation>
    </message>
    <message>
        <source>Give the floor to the next break-out group&apos;s rapporteur</source>
        <translation>Dar a palavra ao relator do próximo grupo de trabalho</translation>
    </message>
    <message>
        <source>The agenda has no break-out item: give an item the kind &quot;Break-out groups&quot; in the agenda editor.</source>
        <translation>A pauta não tem nenhum item de grupos de trabalho: atribua a um item o tipo &quot;Grupos de trabalho&quot; no editor da pauta.</translation>
    </message>
    <message>
        <source>No session is open.</source>
        <translation>Nenhuma sessão está aberta.</translation>
    </message>
</context>
<context>
    <name>ui::BreakOutDialog</name>
    <message>
        <source>Break-out groups</source>
        <translation>Grupos de trabalho</translation>
    </message>
    <message>
        <source>This agenda item is not a break-out item.</source>
        <translation>Este item da pauta não é de grupos de trabalho.</translation>
    </message>
    <message>
        <source>&amp;Add group</source>
        <translation>&amp;Adicionar grupo</translation>
    </message>
    <message>
        <source>&amp;Remove group</source>
        <translation>&amp;Remover grupo</translation>
    </message>
    <message>
        <source>Report back &amp;earlier</source>
        <translation>Relatar an&amp;tes</translation>
    </message>
    <message>
        <source>Report back &amp;later</source>
        <translation>Relatar &amp;depois</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>Te&amp;ma:</translation>
    </message>
    <message>
        <source>A policy question, or your own words</source>
        <translation>Uma questão de política ou suas próprias palavras</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Local:</translation>
    </message>
    <message>
        <source>table 2, left corner…</source>
        <translation>mesa 2, canto esquerdo…</translation>
    </message>
    <message>
        <source>&amp;Online</source>
        <translation>&amp;Online</translation>
    </message>
    <message>
        <source>&amp;Facilitator:</source>
        <translation>&amp;Facilitador:</translation>
    </message>
    <message>
        <source>Ra&amp;pporteur:</source>
        <translation>R&amp;elator:</translation>
    </message>
    <message>
        <source>Who is in which group (drag people between the lists):</source>
        <translation>Quem está em cada grupo (arraste as pessoas entre as listas):</translation>
    </message>
    <message>
        <source>&amp;Move to…</source>
        <translation>Mo&amp;ver para…</translation>
    </message>
    <message>
        <source>Assign a&amp;utomatically</source>
        <translation>Distribuir a&amp;utomaticamente</translation>
    </message>
    <message>
        <source>Balanced groups that spread stakeholder groups, regions and genders; possible until the group phase starts</source>
        <translation>Grupos equilibrados que distribuem grupos de partes interessadas, regiões e gêneros; possível até o início da fase de trabalho em grupos</translation>
    </message>
    <message>
        <source>Add a &amp;latecomer</source>
        <translation>Adicionar &amp;quem chegou atrasado</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
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
        <translation>online</translation>
    </message>
    <message>
        <source>In no group</source>
        <translation>Sem grupo</translation>
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
        <translation>(ninguém)</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Grupo %1</translation>
    </message>
    <message>
        <source>A group needs a name.</source>
        <translation>Um grupo precisa de um nome.</translation>
    </message>
    <message>
        <source>There is no such participant.</source>
        <translation>Esse participante não existe.</translation>
    </message>
    <message>
        <source>There is no such group.</source>
        <translation>Esse grupo não existe.</translation>
    </message>
    <message>
        <source>The group phase has started: add latecomers or move people by hand.</source>
        <translation>A fase de trabalho em grupos já começou: adicione quem chegar atrasado ou mova as pessoas manualmente.</translation>
    </message>
    <message>
        <source>Group sizes %1–%2. Largest differences between groups: stakeholder groups %3, regions %4, genders %5.</source>
        <translation>Tamanho dos grupos: %1–%2. Maiores diferenças entre os grupos: grupos de partes interessadas %3, regiões %4, gêneros %5.</translation>
    </message>
    <message>
        <source>Choose who came late.</source>
        <translation>Escolha quem chegou atrasado.</translation>
    </message>
    <message>
        <source>%1 joins %2.</source>
        <translation>%1 entra em %2.</translation>
    </message>
    <message>
        <source>Select someone in a group&apos;s list first.</source>
        <translation>Selecione primeiro alguém na lista de um grupo.</translation>
    </message>
    <message>
        <source>Edit break-out groups</source>
        <translation>Editar os grupos de trabalho</translation>
    </message>
    <message numerus="yes">
        <source>%Ln person&apos;s own choice could not be kept.</source>
        <translation>
            <numerusform>Não foi possível respeitar a escolha de %Ln pessoa.</numerusform>
            <numerusform>Não foi possível respeitar a escolha de %Ln pessoas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::BriefingDialog</name>
    <message>
        <source>Briefing pack</source>
        <translation>Material de briefing</translation>
    </message>
    <message>
        <source>Show the &amp;date</source>
        <translation>Mostrar a &amp;data</translation>
    </message>
    <message>
        <source>Include the prepared &amp;questions</source>
        <translation>Incluir as &amp;perguntas preparadas</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exportar PD&amp;F…</translation>
    </message>
    <message>
        <source>Export &amp;Markdown…</source>
        <translation>Exportar &amp;Markdown…</translation>
    </message>
    <message>
        <source>&amp;Starts at:</source>
        <translation>&amp;Começa às:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Data:</translation>
    </message>
    <message>
        <source>Export the briefing pack</source>
        <translation>Exportar o material de briefing</translation>
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
        <translation>Não foi possível gravar o material de briefing: %1</translation>
    </message>
</context>
<context>
    <name>ui::CaptionControl</name>
    <message>
        <source>Follow a caption file</source>
        <translation>Acompanhar um arquivo de legendas</translation>
    </message>
    <message>
        <source>Captions (*.txt *.srt *.vtt);;All files (*)</source>
        <translation>Legendas (*.txt *.srt *.vtt);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Following %1: each new line is shown.</source>
        <translation>Acompanhando %1: cada nova linha é exibida.</translation>
    </message>
    <message>
        <source>No caption file is followed.</source>
        <translation>Nenhum arquivo de legendas está sendo acompanhado.</translation>
    </message>
    <message>
        <source>&amp;Captions</source>
        <translation>&amp;Legendas</translation>
    </message>
    <message>
        <source>&amp;Show captions</source>
        <translation>&amp;Mostrar legendas</translation>
    </message>
    <message>
        <source>Caption si&amp;ze</source>
        <translation>&amp;Tamanho das legendas</translation>
    </message>
    <message>
        <source>&amp;Small</source>
        <translation>&amp;Pequeno</translation>
    </message>
    <message>
        <source>&amp;Medium</source>
        <translation>&amp;Médio</translation>
    </message>
    <message>
        <source>&amp;Large</source>
        <translation>&amp;Grande</translation>
    </message>
    <message>
        <source>&amp;Type captions…</source>
        <translation>&amp;Digitar legendas…</translation>
    </message>
    <message>
        <source>&amp;Follow a caption file…</source>
        <translation>&amp;Acompanhar um arquivo de legendas…</translation>
    </message>
    <message>
        <source>S&amp;top following the caption file</source>
        <translation>&amp;Parar de acompanhar o arquivo de legendas</translation>
    </message>
    <message>
        <source>Captions</source>
        <translation>Legendas</translation>
    </message>
    <message>
        <source>Speaker:</source>
        <translation>Orador:</translation>
    </message>
    <message>
        <source>Optional: who is speaking</source>
        <translation>Opcional: quem está falando</translation>
    </message>
    <message>
        <source>Type a caption line and press Enter</source>
        <translation>Digite uma linha de legenda e pressione Enter</translation>
    </message>
</context>
<context>
    <name>ui::EmptyChairView</name>
    <message>
        <source>The empty chair is closed.</source>
        <translation>A cadeira vazia está fechada.</translation>
    </message>
    <message>
        <source>Invite the room to the empty chair (C)</source>
        <translation>Convidar o público à cadeira vazia (C)</translation>
    </message>
    <message>
        <source>The empty chair is open: anyone in the room may take it; online participants join through the online moderator.</source>
        <translation>A cadeira vazia está aberta: qualquer pessoa na sala pode ocupá-la; participantes online entram por meio do moderador online.</translation>
    </message>
    <message>
        <source>Close the empty chair (C)</source>
        <translation>Fechar a cadeira vazia (C)</translation>
    </message>
    <message>
        <source>%1 replies to the empty chair.</source>
        <translation>%1 responde à cadeira vazia.</translation>
    </message>
    <message>
        <source>%1 sits in the empty chair (%2).</source>
        <translation>%1 ocupa a cadeira vazia (%2).</translation>
    </message>
    <message>
        <source>The empty chair is taken.</source>
        <translation>A cadeira vazia está ocupada.</translation>
    </message>
    <message>
        <source>Release the empty chair (C)</source>
        <translation>Liberar a cadeira vazia (C)</translation>
    </message>
    <message>
        <source>The speaker has finished: invite the room to the empty chair now (C).</source>
        <translation>O palestrante terminou: convide agora o público à cadeira vazia (C).</translation>
    </message>
    <message>
        <source>The online moderator claims the empty chair for %1 (%2).</source>
        <translation>O moderador online pede a cadeira vazia para %1 (%2).</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>Nobody has taken the empty chair yet.</source>
        <translation>Ninguém ocupou a cadeira vazia ainda.</translation>
    </message>
    <message>
        <source>In the chair so far: %1</source>
        <translation>Já ocuparam a cadeira: %1</translation>
    </message>
    <message>
        <source>Open or close the empty &amp;chair</source>
        <translation>Abrir ou fechar a &amp;cadeira vazia</translation>
    </message>
    <message>
        <source>&amp;Accept the claim on the empty chair</source>
        <translation>&amp;Aceitar o pedido pela cadeira vazia</translation>
    </message>
    <message>
        <source>Empty chair</source>
        <translation>Cadeira vazia</translation>
    </message>
    <message>
        <source>Accept (A)</source>
        <translation>Aceitar (A)</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Recusar</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Take the chair</source>
        <translation>Ocupar a cadeira</translation>
    </message>
    <message>
        <source>Remote participant (for the online moderator)</source>
        <translation>Participante remoto (para o moderador online)</translation>
    </message>
    <message>
        <source>Claim for them</source>
        <translation>Pedir em nome da pessoa</translation>
    </message>
    <message>
        <source>Speaker replies</source>
        <translation>Palestrante responde</translation>
    </message>
    <message>
        <source>%1 (%2) asks for the empty chair from their phone.</source>
        <translation>%1 (%2) pede a cadeira vazia pelo celular.</translation>
    </message>
    <message>
        <source>Who takes the chair: name, group, region, gender, room or online</source>
        <translation>Quem ocupa a cadeira: nome, grupo, região, gênero, room ou online</translation>
    </message>
</context>
<context>
    <name>ui::FloorHolderView</name>
    <message>
        <source>Give the floor to %1 (S)</source>
        <translation>Dar a palavra a %1 (S)</translation>
    </message>
    <message>
        <source>Give the floor to the speaker (S)</source>
        <translation>Dar a palavra ao palestrante (S)</translation>
    </message>
    <message>
        <source>Nobody holds the floor</source>
        <translation>Ninguém está com a palavra</translation>
    </message>
    <message>
        <source>invited speaker</source>
        <translation>palestrante convidado</translation>
    </message>
    <message>
        <source>intervention</source>
        <translation>intervenção</translation>
    </message>
    <message>
        <source>in the empty chair, through the online moderator</source>
        <translation>na cadeira vazia, por meio do moderador online</translation>
    </message>
    <message>
        <source>in the empty chair</source>
        <translation>na cadeira vazia</translation>
    </message>
    <message>
        <source>reply to the empty chair</source>
        <translation>resposta à cadeira vazia</translation>
    </message>
    <message>
        <source>Give the floor to the &amp;speaker</source>
        <translation>Dar a palavra ao &amp;palestrante</translation>
    </message>
    <message>
        <source>&amp;End the turn</source>
        <translation>&amp;Encerrar a fala</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>Palavra</translation>
    </message>
    <message>
        <source>End turn (Y)</source>
        <translation>Encerrar fala (Y)</translation>
    </message>
    <message>
        <source>reply</source>
        <translation>resposta</translation>
    </message>
    <message>
        <source>moderation</source>
        <translation>moderação</translation>
    </message>
</context>
<context>
    <name>ui::FloorPart</name>
    <message>
        <source>in the room</source>
        <translation>na sala</translation>
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
        <translation>Glossário</translation>
    </message>
    <message>
        <source>Key terms of the session with short explanations, for the room&apos;s non-native speakers. The room display shows them as a scene, or one at a time.</source>
        <translation>Termos-chave da sessão com explicações curtas, para as pessoas na sala que não são falantes nativas. A tela da sala os mostra como uma cena ou um de cada vez.</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Termo</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explicação</translation>
    </message>
    <message>
        <source>&amp;Add a term</source>
        <translation>&amp;Adicionar um termo</translation>
    </message>
    <message>
        <source>&amp;Remove the term</source>
        <translation>&amp;Remover o termo</translation>
    </message>
    <message>
        <source>Edit the glossary</source>
        <translation>Editar o glossário</translation>
    </message>
</context>
<context>
    <name>ui::JoinDialog</name>
    <message>
        <source>Join a shared session</source>
        <translation>Entrar em uma sessão compartilhada</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Entrar</translation>
    </message>
    <message>
        <source>The moderator&apos;s Moderato shows an address for each role under File › Share on the network. Type or paste the one for your role; it decides what you can do.</source>
        <translation>O Moderato do moderador mostra um endereço para cada função em Arquivo › Compartilhar na rede. Digite ou cole o da sua função; ele define o que você pode fazer.</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Endereço:</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Seu &amp;nome:</translation>
    </message>
</context>
<context>
    <name>ui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;recentes</translation>
    </message>
    <message>
        <source>&amp;Clock</source>
        <translation>&amp;Relógio</translation>
    </message>
    <message>
        <source>&amp;Go to agenda item</source>
        <translation>Ir para o i&amp;tem da pauta</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Exibir</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>&amp;New session…</source>
        <translation>&amp;Nova sessão…</translation>
    </message>
    <message>
        <source>&amp;Open session…</source>
        <translation>&amp;Abrir sessão…</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Salvar &amp;como…</translation>
    </message>
    <message>
        <source>Write a copy of the session file and continue in the copy</source>
        <translation>Gravar uma cópia do arquivo de sessão e continuar na cópia</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;Start or pause</source>
        <translation>&amp;Iniciar ou pausar</translation>
    </message>
    <message>
        <source>Start or &amp;resume</source>
        <translation>Iniciar ou &amp;retomar</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <source>&amp;Next agenda item</source>
        <translation>Pró&amp;ximo item da pauta</translation>
    </message>
    <message>
        <source>&amp;Previous agenda item</source>
        <translation>Item &amp;anterior da pauta</translation>
    </message>
    <message>
        <source>Add one &amp;minute</source>
        <translation>Adicionar um &amp;minuto</translation>
    </message>
    <message>
        <source>Remove one m&amp;inute</source>
        <translation>Remo&amp;ver um minuto</translation>
    </message>
    <message>
        <source>Re-&amp;balance the agenda</source>
        <translation>Redistri&amp;buir o tempo</translation>
    </message>
    <message>
        <source>&amp;End the session…</source>
        <translation>&amp;Encerrar a sessão…</translation>
    </message>
    <message>
        <source>&amp;Mute chimes</source>
        <translation>&amp;Silenciar avisos sonoros</translation>
    </message>
    <message>
        <source>&amp;About Moderato</source>
        <translation>&amp;Sobre o Moderato</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Próximo</translation>
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
        <translation>Aceitar</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Recusar</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Decorrido</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Restante</translation>
    </message>
    <message>
        <source>Projected end</source>
        <translation>Término previsto</translation>
    </message>
    <message>
        <source>Against plan</source>
        <translation>Em relação ao plano</translation>
    </message>
    <message>
        <source>No session is open.</source>
        <translation>Nenhuma sessão aberta.</translation>
    </message>
    <message>
        <source>Not started: press Space to start the clock.</source>
        <translation>Não iniciada: pressione Espaço para iniciar o relógio.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Em andamento</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Paused for %1</source>
        <translation>Em pausa há %1</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Retomar</translation>
    </message>
    <message>
        <source>The session has ended.</source>
        <translation>A sessão foi encerrada.</translation>
    </message>
    <message>
        <source>planned %1</source>
        <translation>previsto %1</translation>
    </message>
    <message>
        <source>Next: %1 (%2)</source>
        <translation>A seguir: %1 (%2)</translation>
    </message>
    <message>
        <source>Next: end of the session</source>
        <translation>A seguir: encerramento da sessão</translation>
    </message>
    <message>
        <source>%1 behind</source>
        <translation>%1 atrasado</translation>
    </message>
    <message>
        <source>%1 ahead</source>
        <translation>%1 adiantado</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>No horário</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message numerus="yes">
        <source>Running %1 behind. Shorten %Ln item(s) not yet started so the session ends on time; the summary keeps its time.</source>
        <translation>
            <numerusform>Atraso de %1. Encurtar %Ln item ainda não iniciado para que a sessão termine no horário; o tempo do resumo é mantido.</numerusform>
            <numerusform>Atraso de %1. Encurtar %Ln itens ainda não iniciados para que a sessão termine no horário; o tempo do resumo é mantido.</numerusform>
        </translation>
    </message>
    <message>
        <source>Even so, the session ends %1 late.</source>
        <translation>Mesmo assim, a sessão termina com %1 de atraso.</translation>
    </message>
    <message>
        <source>Nothing to re-balance: the session is on time or no item can be shortened.</source>
        <translation>Nada a redistribuir: a sessão está no horário ou nenhum item pode ser encurtado.</translation>
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
        <translation>%1 (demonstração, mantida só até você sair; use Salvar como para guardá-la) — Moderato</translation>
    </message>
    <message>
        <source>This is the demo workshop in a temporary file.</source>
        <translation>Este é o workshop de demonstração em um arquivo temporário.</translation>
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
        <translation>Abrir sessão</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Nova sessão</translation>
    </message>
    <message>
        <source>Moderato sessions (*.moderato)</source>
        <translation>Sessões do Moderato (*.moderato)</translation>
    </message>
    <message>
        <source>Save session as</source>
        <translation>Salvar sessão como</translation>
    </message>
    <message>
        <source>End the session</source>
        <translation>Encerrar a sessão</translation>
    </message>
    <message>
        <source>End the session now? The clock stops for good; the record stays.</source>
        <translation>Encerrar a sessão agora? O relógio para definitivamente; o registro é mantido.</translation>
    </message>
    <message>
        <source>About Moderato</source>
        <translation>Sobre o Moderato</translation>
    </message>
    <message>
        <source>Moderato %1
The moderator&apos;s console for multi-stakeholder workshops.</source>
        <translation>Moderato %1
O console do moderador para workshops multissetoriais.</translation>
    </message>
    <message>
        <source>no session is open</source>
        <translation>nenhuma sessão aberta</translation>
    </message>
    <message>
        <source>F&amp;loor</source>
        <translation>&amp;Palavra</translation>
    </message>
    <message>
        <source>Balance of the floor</source>
        <translation>Equilíbrio das falas</translation>
    </message>
    <message>
        <source>Next page or agenda item (clicker)</source>
        <translation>Próxima página ou próximo item da pauta (passador de slides)</translation>
    </message>
    <message>
        <source>Previous page or agenda item (clicker)</source>
        <translation>Página anterior ou item anterior da pauta (passador de slides)</translation>
    </message>
    <message>
        <source>Rapporteur&apos;s notes</source>
        <translation>Notas do relator</translation>
    </message>
    <message>
        <source>Session re&amp;port…</source>
        <translation>Rela&amp;tório da sessão…</translation>
    </message>
    <message>
        <source>&amp;Prepare</source>
        <translation>Preparaçã&amp;o</translation>
    </message>
    <message>
        <source>&amp;Import workshop proposal…</source>
        <translation>&amp;Importar proposta de workshop…</translation>
    </message>
    <message>
        <source>Make a new session from an IGF workshop proposal copied as text</source>
        <translation>Criar uma nova sessão a partir de uma proposta de workshop do IGF copiada como texto</translation>
    </message>
    <message>
        <source>Edit the &amp;agenda…</source>
        <translation>Editar a &amp;pauta…</translation>
    </message>
    <message>
        <source>&amp;People…</source>
        <translation>P&amp;essoas…</translation>
    </message>
    <message>
        <source>Prepared &amp;questions…</source>
        <translation>Per&amp;guntas preparadas…</translation>
    </message>
    <message>
        <source>Session &amp;settings…</source>
        <translation>&amp;Configurações da sessão…</translation>
    </message>
    <message>
        <source>&amp;Briefing pack…</source>
        <translation>Material de &amp;briefing…</translation>
    </message>
    <message>
        <source>Import workshop proposal</source>
        <translation>Importar proposta de workshop</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Arquivos de texto (*.txt);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>The proposal could not be read: %1</source>
        <translation>Não foi possível ler a proposta: %1</translation>
    </message>
    <message>
        <source>Session &amp;details…</source>
        <translation>&amp;Detalhes da sessão…</translation>
    </message>
    <message>
        <source>Another Moderato window asked to open this session, which is open here.</source>
        <translation>Outra janela do Moderato pediu para abrir esta sessão, que está aberta aqui.</translation>
    </message>
    <message>
        <source>%1 is open in another window or on another computer, which is the only one that may write to it.

You can look at it here without changing it, or save a copy and continue in the copy.</source>
        <translation>%1 está aberto em outra janela ou em outro computador, o único que pode gravar nele.

Você pode vê-lo aqui sem alterá-lo, ou salvar uma cópia e continuar na cópia.</translation>
    </message>
    <message>
        <source>Open &amp;read-only</source>
        <translation>Abrir somente para &amp;leitura</translation>
    </message>
    <message>
        <source>&amp;Save a copy…</source>
        <translation>&amp;Salvar uma cópia…</translation>
    </message>
    <message>
        <source>%1 — %2 (read-only) — Moderato</source>
        <translation>%1 — %2 (somente leitura) — Moderato</translation>
    </message>
    <message>
        <source>Read-only: nothing is recorded here. Use Save as to continue in a copy.</source>
        <translation>Somente leitura: nada é registrado aqui. Use Salvar como para continuar em uma cópia.</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>E&amp;ditar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <extracomment>Edit menu; %1 names the step, such as &quot;Rename item&quot;</extracomment>
        <translation>&amp;Desfazer: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <extracomment>Edit menu; %1 names the step, such as &quot;Rename item&quot;</extracomment>
        <translation>&amp;Refazer: %1</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>S&amp;hare on the network…</source>
        <translation>Co&amp;mpartilhar na rede…</translation>
    </message>
    <message>
        <source>Message to the moderator</source>
        <translation>Mensagem ao moderador</translation>
    </message>
    <message>
        <source>A short message for the moderator&apos;s console:</source>
        <translation>Uma mensagem curta para o console do moderador:</translation>
    </message>
    <message>
        <source>&amp;Join a shared session…</source>
        <translation>&amp;Entrar em uma sessão compartilhada…</translation>
    </message>
    <message>
        <source>&amp;Message to the moderator…</source>
        <translation>Mensagem ao m&amp;oderador…</translation>
    </message>
    <message>
        <source>Only the moderator&apos;s own Moderato shares the session.</source>
        <translation>Só o próprio Moderato do moderador compartilha a sessão.</translation>
    </message>
    <message>
        <source>Joining a shared session — Moderato</source>
        <translation>Entrando em uma sessão compartilhada — Moderato</translation>
    </message>
    <message>
        <source>%1 — joined as %2 — Moderato</source>
        <extracomment>%1 is the session&apos;s name, %2 the role (&quot;Rapporteur&quot;) this window joined in</extracomment>
        <translation>%1 — conectado como %2 — Moderato</translation>
    </message>
    <message>
        <source>%1 — %2 (a joined device&apos;s copy, read-only) — Moderato</source>
        <extracomment>%1 is the session&apos;s name, %2 the file&apos;s</extracomment>
        <translation>%1 — %2 (cópia de um dispositivo conectado, somente leitura) — Moderato</translation>
    </message>
    <message>
        <source>Saved a copy of the shared session so far as %1; this window keeps following the host.</source>
        <translation>Uma cópia da sessão compartilhada até agora foi salva como %1; esta janela continua acompanhando o anfitrião.</translation>
    </message>
    <message>
        <source>give the name you join with</source>
        <translation>informe o nome com que você entra</translation>
    </message>
    <message>
        <source>The host refused this device: %1</source>
        <translation>O anfitrião recusou este dispositivo: %1</translation>
    </message>
    <message>
        <source>Join a shared session</source>
        <translation>Entrar em uma sessão compartilhada</translation>
    </message>
    <message>
        <source>Not connected to the host: the message was not sent.</source>
        <translation>Sem conexão com o anfitrião: a mensagem não foi enviada.</translation>
    </message>
    <message>
        <source>Sent to the moderator: %1</source>
        <translation>Enviada ao moderador: %1</translation>
    </message>
    <message>
        <source>Not connected: the host refused this device (%1).</source>
        <translation>Não conectado: o anfitrião recusou este dispositivo (%1).</translation>
    </message>
    <message>
        <source>Online as %1 · %2 ms to the host</source>
        <translation>Online como %1 · %2 ms até o anfitrião</translation>
    </message>
    <message>
        <source>Online as %1</source>
        <translation>Online como %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) on the way</source>
        <translation>
            <numerusform>%Ln alteração a caminho</numerusform>
            <numerusform>%Ln alterações a caminho</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline since %1: you keep working on the last copy; what you do is sent when the connection returns.</source>
        <translation>Offline desde %1: você continua trabalhando na última cópia; o que fizer será enviado quando a conexão voltar.</translation>
    </message>
    <message>
        <source>Connecting to the host…</source>
        <translation>Conectando ao anfitrião…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) kept on this device.</source>
        <translation>
            <numerusform>%Ln alteração guardada neste dispositivo.</numerusform>
            <numerusform>%Ln alterações guardadas neste dispositivo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>Não conectado: %1</translation>
    </message>
    <message>
        <source>Participants&apos; phones</source>
        <translation>Celulares dos participantes</translation>
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
        <translation>online</translation>
    </message>
    <message>
        <source>hub: %1</source>
        <translation>hub: %1</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Palestrante</translation>
    </message>
    <message>
        <source>Onsite moderator</source>
        <translation>Moderador presencial</translation>
    </message>
    <message>
        <source>Online moderator</source>
        <translation>Moderador online</translation>
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
        <translation>Novo participante</translation>
    </message>
    <message>
        <source>New participant %1</source>
        <translation>Novo participante %1</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Pessoas</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organização</translation>
    </message>
    <message>
        <source>Stakeholder group</source>
        <translation>Grupo de partes interessadas</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Região</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gênero</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Papéis</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Organização:</translation>
    </message>
    <message>
        <source>Stakeholder &amp;group:</source>
        <translation>&amp;Grupo de partes interessadas:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Região:</translation>
    </message>
    <message>
        <source>Gen&amp;der:</source>
        <translation>Gên&amp;ero:</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Canal:</translation>
    </message>
    <message>
        <source>&amp;Hub:</source>
        <translation>&amp;Hub:</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Papéis:</translation>
    </message>
    <message>
        <source>remote hub</source>
        <translation>hub remoto</translation>
    </message>
    <message>
        <source>as the person describes it; optional</source>
        <translation>como a pessoa o descreve; opcional</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Adicionar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
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
        <translation>Desfazer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Refazer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Who has spoken, asked to speak or claimed the chair stays in the session&apos;s record.</source>
        <translation>Quem falou, pediu a palavra ou pediu a cadeira vazia permanece no registro da sessão.</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Adicionar %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Remover %1</translation>
    </message>
    <message>
        <source>no session is open</source>
        <translation>nenhuma sessão aberta</translation>
    </message>
    <message>
        <source>Import people</source>
        <translation>Importar pessoas</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be updated</source>
        <translation>Não foi possível atualizar &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be added</source>
        <translation>Não foi possível adicionar &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 added, %2 updated.</source>
        <translation>Adicionados: %1. Atualizados: %2.</translation>
    </message>
    <message>
        <source>cannot write &quot;%1&quot;: %2</source>
        <translation>não é possível gravar &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Arquivos CSV (*.csv);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Export people</source>
        <translation>Exportar pessoas</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>A participant needs a name.</source>
        <translation>Um participante precisa de um nome.</translation>
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
        <translation>na sala</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>at a hub</source>
        <translation>em um hub</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>em %1</translation>
    </message>
    <message>
        <source>someone who left</source>
        <translation>alguém que saiu</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A participant&apos;s name and their stakeholder group</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>for policy question %1: %2</source>
        <translation>sobre a questão de política %1: %2</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>para %1</translation>
    </message>
    <message>
        <source>Inbox (%1)</source>
        <translation>Caixa de entrada (%1)</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Caixa de entrada</translation>
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
        <translation>Celular %1</translation>
    </message>
    <message>
        <source>Phones (%1)</source>
        <translation>Celulares (%1)</translation>
    </message>
    <message>
        <source>The room PIN and the page&apos;s address are on the host&apos;s console.</source>
        <translation>O PIN da sala e o endereço da página estão no console do anfitrião.</translation>
    </message>
    <message>
        <source>Share the session on the network (File › Share on the network…) to let participants join from their phones.</source>
        <translation>Compartilhe a sessão na rede (Arquivo › Compartilhar na rede…) para que os participantes possam entrar pelo celular.</translation>
    </message>
    <message>
        <source>Room PIN: %1 %2</source>
        <extracomment>The room PIN, shown in two groups of three digits</extracomment>
        <translation>PIN da sala: %1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln phone(s) connected</source>
        <translation>
            <numerusform>%Ln celular conectado</numerusform>
            <numerusform>%Ln celulares conectados</numerusform>
        </translation>
    </message>
    <message>
        <source>Participants open %1</source>
        <translation>Os participantes abrem %1</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>Participants may join from their phones</source>
        <translation>Os participantes podem entrar pelo celular</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>Novo PIN</translation>
    </message>
    <message>
        <source>Phones that joined stay; new ones need the new PIN.</source>
        <translation>Os celulares que já entraram continuam; os novos precisam do novo PIN.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Question or comment</source>
        <translation>Pergunta ou comentário</translation>
    </message>
    <message>
        <source>Read out</source>
        <translation>Ler em voz alta</translation>
    </message>
    <message>
        <source>Show to the room</source>
        <translation>Mostrar para a sala</translation>
    </message>
    <message>
        <source>Add to prepared questions</source>
        <translation>Adicionar às perguntas preparadas</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Takeaway</source>
        <translation>Conclusão</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>Concordam</translation>
    </message>
    <message>
        <source>Disagree</source>
        <translation>Discordam</translation>
    </message>
    <message>
        <source>Reactions</source>
        <translation>Reações</translation>
    </message>
    <message>
        <source>Their takeaways</source>
        <translation>Conclusões deles</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Stakeholder group</source>
        <translation>Grupo de partes interessadas</translation>
    </message>
    <message>
        <source>Taking part</source>
        <translation>Participação</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <source>Its requests disappear and it can no longer send anything.</source>
        <translation>Os pedidos dele somem e ele não pode mais enviar nada.</translation>
    </message>
    <message>
        <source>Unblock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Seconds between two questions of a phone:</source>
        <translation>Segundos entre duas perguntas de um celular:</translation>
    </message>
    <message>
        <source>Questions of a phone waiting at most:</source>
        <translation>Máximo de perguntas aguardando por celular:</translation>
    </message>
    <message>
        <source>Apply limits</source>
        <translation>Aplicar limites</translation>
    </message>
</context>
<context>
    <name>ui::ProposalImportDialog</name>
    <message>
        <source>Import workshop proposal</source>
        <translation>Importar proposta de workshop</translation>
    </message>
    <message>
        <source>Format: %1</source>
        <translation>Formato: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln speaker(s), %1 policy question(s)</source>
        <translation>
            <numerusform>%Ln palestrante, questões de política: %1</numerusform>
            <numerusform>%Ln palestrantes, questões de política: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Agenda: %Ln item(s), %1</source>
        <translation>
            <numerusform>Pauta: %Ln item, %1</numerusform>
            <numerusform>Pauta: %Ln itens, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The proposal has no agenda: one was built for its format. Check it in Prepare &gt; Edit the agenda.</source>
        <translation>A proposta não tem pauta: foi criada uma de acordo com o formato dela. Confira em Preparar &gt; Editar a pauta.</translation>
    </message>
    <message>
        <source>The agenda is %1 longer than the session; nothing was changed.</source>
        <translation>A pauta é %1 mais longa que a sessão; nada foi alterado.</translation>
    </message>
    <message>
        <source>The agenda is %1 shorter than the session; nothing was changed.</source>
        <translation>A pauta é %1 mais curta que a sessão; nada foi alterado.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln thing(s) could not be read; see the details.</source>
        <translation>
            <numerusform>%Ln trecho não pôde ser lido; veja os detalhes.</numerusform>
            <numerusform>%Ln trechos não puderam ser lidos; veja os detalhes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Create the session…</source>
        <translation>Criar a sessão…</translation>
    </message>
</context>
<context>
    <name>ui::QuestionBankDialog</name>
    <message>
        <source>Prepared questions</source>
        <translation>Perguntas preparadas</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pergunta</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Item da pauta</translation>
    </message>
    <message>
        <source>For speaker</source>
        <translation>Para o palestrante</translation>
    </message>
    <message>
        <source>Questions to ask if the conversation stalls. The console shows those of the current item, of the speaker who has the floor, and those for any moment.</source>
        <translation>Perguntas a fazer se a conversa esfriar. O console mostra as do item atual, as do palestrante que está com a palavra e as que servem para qualquer momento.</translation>
    </message>
    <message>
        <source>&amp;Add question</source>
        <translation>&amp;Adicionar pergunta</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remover</translation>
    </message>
    <message>
        <source>New question</source>
        <translation>Nova pergunta</translation>
    </message>
    <message>
        <source>any item</source>
        <translation>qualquer item</translation>
    </message>
    <message>
        <source>anyone</source>
        <translation>qualquer pessoa</translation>
    </message>
    <message>
        <source>Edit the prepared questions</source>
        <translation>Editar as perguntas preparadas</translation>
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
        <translation>Escrever as perguntas a fazer se a conversa esfriar</translation>
    </message>
    <message>
        <source>Prepared questions (%1 not asked)</source>
        <translation>Perguntas preparadas (%1 não feitas)</translation>
    </message>
    <message>
        <source>No prepared questions for this moment.</source>
        <translation>Não há perguntas preparadas para este momento.</translation>
    </message>
</context>
<context>
    <name>ui::RapporteurPane</name>
    <message>
        <source>add note</source>
        <translation>adicionar nota</translation>
    </message>
    <message>
        <source>edit note</source>
        <translation>editar nota</translation>
    </message>
    <message>
        <source>delete note</source>
        <translation>excluir nota</translation>
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
        <translation>nenhuma nota está selecionada</translation>
    </message>
    <message>
        <source>Policy question %1: %2</source>
        <translation>Questão de política %1: %2</translation>
    </message>
    <message>
        <source>Every speaker</source>
        <translation>Todos os palestrantes</translation>
    </message>
    <message>
        <source>Every agenda item</source>
        <translation>Todos os itens da pauta</translation>
    </message>
    <message>
        <source>Every tag</source>
        <translation>Todas as etiquetas</translation>
    </message>
    <message>
        <source>No policy question</source>
        <translation>Nenhuma questão de política</translation>
    </message>
    <message>
        <source>Type a note, Enter to save it</source>
        <translation>Digite uma nota e pressione Enter para salvá-la</translation>
    </message>
    <message>
        <source>Key takeaway</source>
        <translation>Conclusão principal</translation>
    </message>
    <message>
        <source>Call to action</source>
        <translation>Chamada para ação</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pergunta</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Concordância</translation>
    </message>
    <message>
        <source>Disagreement</source>
        <translation>Discordância</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citação</translation>
    </message>
    <message>
        <source>Alt+%1</source>
        <translation>Alt+%1</translation>
    </message>
    <message>
        <source>Tags while typing: Alt+1 key takeaway, Alt+2 call to action, Alt+3 question, Alt+4 agreement, Alt+5 disagreement, Alt+6 quote. Esc leaves the field.</source>
        <translation>Etiquetas durante a digitação: Alt+1 conclusão principal, Alt+2 chamada para ação, Alt+3 pergunta, Alt+4 concordância, Alt+5 discordância, Alt+6 citação. Esc sai do campo.</translation>
    </message>
    <message>
        <source>Search the notes</source>
        <translation>Pesquisar nas notas</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>No break-out group</source>
        <translation>Nenhum grupo de trabalho</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The break-out group the next notes are for</source>
        <translation>O grupo de trabalho a que se referem as próximas notas</translation>
    </message>
</context>
<context>
    <name>ui::ReportDialog</name>
    <message>
        <source>Session report</source>
        <translation>Relatório da sessão</translation>
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
        <translation>Online</translation>
    </message>
    <message>
        <source>Of whom women</source>
        <translation>Dentre eles, mulheres</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>Participação</translation>
    </message>
    <message>
        <source>Short report</source>
        <translation>Relatório resumido</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
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
        <translation>Mostrar as conclusões para a sala</translation>
    </message>
    <message>
        <source>Import transcript…</source>
        <translation>Importar transcrição…</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Exportar o relatório</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;OpenDocument text (*.odt);;HTML (*.html);;Markdown (*.md)</source>
        <translation>PDF (*.pdf);;Texto OpenDocument (*.odt);;HTML (*.html);;Markdown (*.md)</translation>
    </message>
    <message>
        <source>Import a transcript</source>
        <translation>Importar uma transcrição</translation>
    </message>
    <message>
        <source>Text (*.txt);;All files (*)</source>
        <translation>Texto (*.txt);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>no session is open</source>
        <translation>nenhuma sessão aberta</translation>
    </message>
    <message>
        <source>%1: use .md, .html, .odt or .pdf</source>
        <translation>%1: use .md, .html, .odt ou .pdf</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Salvar o relatório</translation>
    </message>
    <message>
        <source>Draft from the session: edit it, or confirm it as it stands.</source>
        <translation>Rascunho a partir da sessão: edite-o ou confirme-o como está.</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmado</translation>
    </message>
    <message>
        <source>Drafted line</source>
        <translation>Linha do rascunho</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quem</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Item da pauta</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origem</translation>
    </message>
    <message>
        <source>Choose a line to see the notes or transcript turns it was drafted from.</source>
        <translation>Escolha uma linha para ver as notas ou as falas da transcrição a partir das quais ela foi redigida.</translation>
    </message>
    <message>
        <source>The sources of the chosen line appear here.</source>
        <translation>As fontes da linha escolhida aparecem aqui.</translation>
    </message>
    <message>
        <source>Drafted lines and their sources</source>
        <translation>Linhas do rascunho e suas fontes</translation>
    </message>
    <message>
        <source>Draft from the proposal…</source>
        <translation>Rascunho a partir da proposta…</translation>
    </message>
    <message>
        <source>Read the workshop proposal for the drafts, e.g. the other initiatives it names.</source>
        <translation>Ler a proposta de workshop para os rascunhos, por exemplo, as outras iniciativas que ela cita.</translation>
    </message>
    <message>
        <source>Draft from the workshop proposal</source>
        <translation>Rascunho a partir da proposta de workshop</translation>
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
        <translation>transcrição, linha %1</translation>
    </message>
    <message>
        <source>Key takeaways</source>
        <translation>Principais conclusões</translation>
    </message>
    <message>
        <source>Calls to action</source>
        <translation>Chamadas para ação</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <source>Note %1, typed at %2: %3</source>
        <translation>Nota %1, digitada em %2: %3</translation>
    </message>
    <message>
        <source>Line %1, %2: %3</source>
        <translation>Linha %1, %2: %3</translation>
    </message>
    <message>
        <source>no speaker named</source>
        <translation>orador não indicado</translation>
    </message>
    <message>
        <source>%1: not a workshop proposal in plain text (at most 2 MB)</source>
        <translation>%1: não é uma proposta de workshop em texto simples (no máximo 2 MB)</translation>
    </message>
    <message>
        <source>Transcripts (*.txt *.srt *.vtt);;Captions (*.srt *.vtt);;Text (*.txt);;All files (*)</source>
        <extracomment>File dialog filters: keep the patterns in parentheses as they are</extracomment>
        <translation>Transcrições (*.txt *.srt *.vtt);;Legendas (*.srt *.vtt);;Texto (*.txt);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>One a line; the IGF asks for three.</source>
        <translation>Uma por linha; o IGF pede três.</translation>
    </message>
    <message>
        <source>In exports and copies, number the drafted lines and list their sources</source>
        <translation>Nas exportações e cópias, numerar as linhas do rascunho e listar suas fontes</translation>
    </message>
    <message>
        <source>Who said each drafted key takeaway and call to action, during which agenda item, when, and from which note or transcript line.</source>
        <translation>Quem disse cada conclusão principal e cada chamada para ação do rascunho, durante qual item da pauta, quando e a partir de qual nota ou linha da transcrição.</translation>
    </message>
</context>
<context>
    <name>ui::ReportExporter</name>
    <message>
        <source>Nobody has had the floor yet.</source>
        <translation>Ninguém recebeu a palavra ainda.</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>não informado</translation>
    </message>
</context>
<context>
    <name>ui::RoomControl</name>
    <message>
        <source>Message to the room</source>
        <translation>Mensagem para a sala</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>Mensagem:</translation>
    </message>
    <message>
        <source>Add media</source>
        <translation>Adicionar mídia</translation>
    </message>
    <message>
        <source>Images, slides and video (*.png *.jpg *.jpeg *.svg *.pdf *.mp4 *.webm *.mkv *.ogv);;All files (*)</source>
        <translation>Imagens, slides e vídeos (*.png *.jpg *.jpeg *.svg *.pdf *.mp4 *.webm *.mkv *.ogv);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Key takeaway, as the room will read it:</source>
        <translation>Conclusão principal, como o público vai lê-la:</translation>
    </message>
    <message>
        <source>no session is open</source>
        <translation>nenhuma sessão aberta</translation>
    </message>
    <message>
        <source>In a window (to share online)</source>
        <translation>Em uma janela (para compartilhar online)</translation>
    </message>
    <message>
        <source>Full screen on %1 (%2×%3)</source>
        <translation>Tela cheia em %1 (%2×%3)</translation>
    </message>
    <message>
        <source>As the console</source>
        <translation>Igual ao console</translation>
    </message>
    <message>
        <source>&amp;Room display</source>
        <translation>&amp;Tela da sala</translation>
    </message>
    <message>
        <source>&amp;Show the room display</source>
        <translation>Mostrar a &amp;tela da sala</translation>
    </message>
    <message>
        <source>Show &amp;on</source>
        <translation>&amp;Onde mostrar</translation>
    </message>
    <message>
        <source>Follow the session (&amp;automatic scene)</source>
        <translation>Acompanhar a sessão (cena a&amp;utomática)</translation>
    </message>
    <message>
        <source>Scene: a&amp;genda</source>
        <translation>Cena: &amp;pauta</translation>
    </message>
    <message>
        <source>Scene: s&amp;peaker</source>
        <translation>Cena: pa&amp;lestrante</translation>
    </message>
    <message>
        <source>Scene: empty &amp;chair</source>
        <translation>Cena: cadeira &amp;vazia</translation>
    </message>
    <message>
        <source>Scene: &amp;media</source>
        <translation>Cena: &amp;mídia</translation>
    </message>
    <message>
        <source>Scene: key &amp;takeaways</source>
        <translation>Cena: principais co&amp;nclusões</translation>
    </message>
    <message>
        <source>Scene: m&amp;essage</source>
        <translation>Cena: m&amp;ensagem</translation>
    </message>
    <message>
        <source>&amp;Blank the room display</source>
        <translation>&amp;Apagar a tela da sala</translation>
    </message>
    <message>
        <source>Show a message to the &amp;room…</source>
        <translation>Mostrar uma mensagem para a &amp;sala…</translation>
    </message>
    <message>
        <source>A&amp;dd media…</source>
        <translation>A&amp;dicionar mídia…</translation>
    </message>
    <message>
        <source>Show media &amp;file</source>
        <translation>Mostrar ar&amp;quivo de mídia</translation>
    </message>
    <message>
        <source>Ne&amp;xt page</source>
        <translation>Pró&amp;xima página</translation>
    </message>
    <message>
        <source>Play or pause the &amp;video</source>
        <translation>&amp;Reproduzir ou pausar o vídeo</translation>
    </message>
    <message>
        <source>Approve a &amp;key takeaway…</source>
        <translation>Aprovar uma &amp;conclusão principal…</translation>
    </message>
    <message>
        <source>Room &amp;language</source>
        <translation>&amp;Idioma da sala</translation>
    </message>
    <message>
        <source>Previo&amp;us page</source>
        <translation>Pá&amp;gina anterior</translation>
    </message>
    <message>
        <source>Change the room&apos;s language</source>
        <translation>Alterar o idioma da sala</translation>
    </message>
    <message>
        <source>The language of this computer&apos;s room display only</source>
        <translation>O idioma somente da tela da sala deste computador</translation>
    </message>
    <message>
        <source>Scene: &amp;join from a phone</source>
        <translation>Cena: entrar pelo &amp;celular</translation>
    </message>
    <message>
        <source>Withdraw a key takeaway</source>
        <translation>Retirar uma conclusão principal</translation>
    </message>
    <message>
        <source>No key takeaway has been approved for the room.</source>
        <translation>Nenhuma conclusão principal foi aprovada para a sala.</translation>
    </message>
    <message>
        <source>The key takeaway to take off the room display:</source>
        <translation>A conclusão principal a retirar da tela da sala:</translation>
    </message>
    <message>
        <source>&amp;Withdraw a key takeaway…</source>
        <translation>Re&amp;tirar uma conclusão principal…</translation>
    </message>
    <message>
        <source>Edit a key takeaway</source>
        <translation>Editar uma conclusão principal</translation>
    </message>
    <message>
        <source>The key takeaway to reword:</source>
        <translation>A conclusão principal a reformular:</translation>
    </message>
    <message>
        <source>Record a comment from the room</source>
        <translation>Registrar um comentário da sala</translation>
    </message>
    <message>
        <source>Someone in the room (not named)</source>
        <translation>Alguém na sala (sem nome)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>What was said about it, for the report</source>
        <translation>O que foi dito sobre ela, para o relatório</translation>
    </message>
    <message>
        <source>&amp;Key takeaway:</source>
        <translation>&amp;Conclusão principal:</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>&amp;Quem:</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>C&amp;omentário:</translation>
    </message>
    <message>
        <source>Ed&amp;it a key takeaway…</source>
        <translation>&amp;Editar uma conclusão principal…</translation>
    </message>
    <message>
        <source>Record a comment from t&amp;he room…</source>
        <translation>Registrar um co&amp;mentário da sala…</translation>
    </message>
    <message>
        <source>&amp;Mute the video&apos;s sound (volume %1)</source>
        <extracomment>%1 is the video&apos;s volume, like &quot;70 %&quot;</extracomment>
        <translation>&amp;Silenciar o som do vídeo (volume %1)</translation>
    </message>
    <message>
        <source>Add subtitles</source>
        <translation>Adicionar legendas</translation>
    </message>
    <message>
        <source>The video the subtitles belong to:</source>
        <translation>O vídeo ao qual as legendas pertencem:</translation>
    </message>
    <message>
        <source>Subtitles (*.srt *.vtt);;All files (*)</source>
        <translation>Legendas (*.srt *.vtt);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>The subtitles&apos; language, as a code (en, fr, es, zh_CN; empty: not said):</source>
        <translation>O idioma das legendas, como código (en, fr, es, zh_CN; vazio: não informado):</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nenhum</translation>
    </message>
    <message>
        <source>The glossary is empty: add key terms with Room display › Glossary first.</source>
        <translation>O glossário está vazio: adicione primeiro termos-chave em Tela da sala › Glossário.</translation>
    </message>
    <message>
        <source>Show a glossary term</source>
        <translation>Mostrar um termo do glossário</translation>
    </message>
    <message>
        <source>Term the speaker used:</source>
        <translation>Termo que o orador usou:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the glossary.</source>
        <translation>&quot;%1&quot; não está no glossário.</translation>
    </message>
    <message>
        <source>Change the room&apos;s second language</source>
        <translation>Alterar o segundo idioma da sala</translation>
    </message>
    <message>
        <source>Scene: break-out &amp;groups</source>
        <translation>Cena: &amp;grupos de trabalho</translation>
    </message>
    <message>
        <source>Scene: &amp;key terms</source>
        <translation>Cena: te&amp;rmos-chave</translation>
    </message>
    <message>
        <source>Video: back 10 seconds</source>
        <translation>Vídeo: voltar 10 segundos</translation>
    </message>
    <message>
        <source>Video: forward 10 seconds</source>
        <translation>Vídeo: avançar 10 segundos</translation>
    </message>
    <message>
        <source>Video: sound louder</source>
        <translation>Vídeo: aumentar o volume</translation>
    </message>
    <message>
        <source>Video: sound softer</source>
        <translation>Vídeo: diminuir o volume</translation>
    </message>
    <message>
        <source>Add su&amp;btitles to a video…</source>
        <translation>Adicionar le&amp;gendas a um vídeo…</translation>
    </message>
    <message>
        <source>Second lan&amp;guage</source>
        <translation>Segundo i&amp;dioma</translation>
    </message>
    <message>
        <source>Tra&amp;nslations for the room…</source>
        <translation>Tra&amp;duções para a sala…</translation>
    </message>
    <message>
        <source>G&amp;lossary…</source>
        <translation>G&amp;lossário…</translation>
    </message>
    <message>
        <source>Show or hide a glossary &amp;term…</source>
        <translation>Mostrar ou ocultar um &amp;termo do glossário…</translation>
    </message>
</context>
<context>
    <name>ui::RoomRenderer</name>
    <message>
        <source>Agenda</source>
        <translation>Pauta</translation>
    </message>
    <message>
        <source>Projected end: %1</source>
        <translation>Término previsto: %1</translation>
    </message>
    <message>
        <source>The floor is open</source>
        <translation>A palavra está aberta</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>Ask the moderator for the floor</source>
        <translation>Peça a palavra ao moderador</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Agora: %1</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>A seguir: %1</translation>
    </message>
    <message>
        <source>A speaker replies to the empty chair</source>
        <translation>Um palestrante responde à cadeira vazia</translation>
    </message>
    <message>
        <source>In the empty chair</source>
        <translation>Na cadeira vazia</translation>
    </message>
    <message>
        <source>Online, through the online moderator</source>
        <translation>Online, por meio do moderador online</translation>
    </message>
    <message>
        <source>The empty chair</source>
        <translation>A cadeira vazia</translation>
    </message>
    <message>
        <source>Take the empty chair next to the speakers: bring a new perspective, or challenge what you heard.</source>
        <translation>Ocupe a cadeira vazia ao lado dos palestrantes: traga uma nova perspectiva ou questione o que ouviu.</translation>
    </message>
    <message>
        <source>Online? Tell the online moderator, who takes the chair for you.</source>
        <translation>Está online? Avise o moderador online, que ocupa a cadeira por você.</translation>
    </message>
    <message>
        <source>This file cannot be shown</source>
        <translation>Não é possível exibir este arquivo</translation>
    </message>
    <message>
        <source>No media file chosen</source>
        <translation>Nenhum arquivo de mídia escolhido</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Key takeaways</source>
        <translation>Principais conclusões</translation>
    </message>
    <message>
        <source>No key takeaways yet.</source>
        <translation>Ainda não há conclusões principais.</translation>
    </message>
    <message>
        <source>Your comments: ask the moderator for the floor, or write to the online moderator.</source>
        <translation>Seus comentários: peça a palavra ao moderador ou escreva ao moderador online.</translation>
    </message>
    <message>
        <source>Join from your phone</source>
        <translation>Entre pelo celular</translation>
    </message>
    <message>
        <source>PIN %1 %2</source>
        <translation>PIN %1 %2</translation>
    </message>
    <message>
        <source>Ask the moderator how to join.</source>
        <translation>Pergunte ao moderador como entrar.</translation>
    </message>
    <message>
        <source>Scan the code, or open this address on the room&apos;s network:</source>
        <translation>Leia o código ou abra este endereço na rede da sala:</translation>
    </message>
    <message>
        <source>Joining from phones is closed for now.</source>
        <translation>A entrada pelo celular está fechada por enquanto.</translation>
    </message>
    <message>
        <source>Room PIN</source>
        <translation>PIN da sala</translation>
    </message>
    <message>
        <source>The file could not be read from the session.</source>
        <translation>Não foi possível ler o arquivo da sessão.</translation>
    </message>
    <message>
        <source>This computer cannot play video: Qt Multimedia has no backend.</source>
        <translation>Este computador não pode reproduzir vídeo: o Qt Multimedia não tem backend.</translation>
    </message>
    <message>
        <source>The file is damaged or in a format the room display does not read.</source>
        <translation>O arquivo está danificado ou em um formato que a tela da sala não lê.</translation>
    </message>
    <message>
        <source>The video&apos;s format cannot be decoded here.</source>
        <extracomment>Why a video cannot be played; %1 is the media framework&apos;s own words (often in English)</extracomment>
        <translation>O formato do vídeo não pode ser decodificado aqui.</translation>
    </message>
    <message>
        <source>The video cannot be played: %1</source>
        <translation>Não é possível reproduzir o vídeo: %1</translation>
    </message>
    <message>
        <source>Break-out groups</source>
        <translation>Grupos de trabalho</translation>
    </message>
    <message>
        <source>The groups are not formed yet.</source>
        <translation>Os grupos ainda não foram formados.</translation>
    </message>
    <message>
        <source>Time to reconvene</source>
        <translation>Hora de voltar ao plenário</translation>
    </message>
    <message>
        <source>Please come back to your seats: each group&apos;s rapporteur reports back.</source>
        <translation>Por favor, voltem aos seus lugares: o relator de cada grupo apresentará o relato.</translation>
    </message>
    <message>
        <source>Facilitator: %1</source>
        <translation>Facilitador: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln pessoa</numerusform>
            <numerusform>%Ln pessoas</numerusform>
        </translation>
    </message>
    <message>
        <source>Key terms</source>
        <translation>Termos-chave</translation>
    </message>
    <message>
        <source>No key terms yet.</source>
        <translation>Ainda não há termos-chave.</translation>
    </message>
    <message>
        <source>it did not load within 10 seconds; the file may be damaged.</source>
        <translation>não carregou em 10 segundos; o arquivo pode estar danificado.</translation>
    </message>
    <message>
        <source>The video could not be prepared for playing: %1</source>
        <extracomment>%1: the system&apos;s reason (a full disk, say)</extracomment>
        <translation>Não foi possível preparar o vídeo para reprodução: %1</translation>
    </message>
</context>
<context>
    <name>ui::RotationView</name>
    <message>
        <source>%1 (skipped)</source>
        <translation>%1 (vez pulada)</translation>
    </message>
    <message>
        <source>Speaking order</source>
        <translation>Ordem de fala</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Depois</translation>
    </message>
    <message>
        <source>Skip or bring back</source>
        <translation>Pular ou restaurar</translation>
    </message>
</context>
<context>
    <name>ui::Screenshot</name>
    <message>
        <source>Coffee break: we continue at 15:15 with the summary of the discussion.</source>
        <translation>Intervalo para o café: voltamos às 15h15 com o resumo da discussão.</translation>
    </message>
    <message>
        <source>A remote participant in Nairobi has a question on policy question 2.</source>
        <translation>Uma participante remota em Nairóbi tem uma pergunta sobre a questão de política 2.</translation>
    </message>
    <message>
        <source>Who certifies the certifiers, and who pays for it?</source>
        <translation>Quem certifica os certificadores, e quem paga por isso?</translation>
    </message>
    <message>
        <source>How can small suppliers afford the audits?</source>
        <translation>Como pequenos fornecedores podem pagar pelas auditorias?</translation>
    </message>
    <message>
        <source>Only if buyers ask for it in every contract.</source>
        <translation>Só se os compradores exigirem isso em todo contrato.</translation>
    </message>
    <message>
        <source>Security needs a budget line, not only a policy.</source>
        <translation>Segurança precisa de uma linha no orçamento, não só de uma política.</translation>
    </message>
</context>
<context>
    <name>ui::SessionDetailsDialog</name>
    <message>
        <source>Session details</source>
        <translation>Detalhes da sessão</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>One question a line</source>
        <translation>Uma pergunta por linha</translation>
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
        <translation>&amp;Disposição:</translation>
    </message>
    <message>
        <source>Le&amp;ngth:</source>
        <translation>D&amp;uração:</translation>
    </message>
    <message>
        <source>&amp;Policy questions:</source>
        <translation>&amp;Questões de política:</translation>
    </message>
    <message>
        <source>&amp;Discussion facilitation:</source>
        <translation>Facilitação da discu&amp;ssão:</translation>
    </message>
    <message>
        <source>&amp;Online participation:</source>
        <translation>Participação o&amp;nline:</translation>
    </message>
    <message>
        <source>The clock has started: the session&apos;s details can no longer be edited.</source>
        <translation>O relógio já começou: os detalhes da sessão não podem mais ser editados.</translation>
    </message>
    <message>
        <source>Edit the session details</source>
        <translation>Editar os detalhes da sessão</translation>
    </message>
    <message>
        <source>Where it takes place, e.g. Room VI</source>
        <translation>Onde a sessão acontece, por exemplo, Sala VI</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>S&amp;ala:</translation>
    </message>
</context>
<context>
    <name>ui::SessionSettingsDialog</name>
    <message>
        <source>Session settings</source>
        <translation>Configurações da sessão</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Each item&apos;s own (one minute)</source>
        <translation>O de cada item (um minuto)</translation>
    </message>
    <message>
        <source>Chime when time is up (the flash is always shown)</source>
        <translation>Tocar um aviso sonoro quando o tempo acabar (o alerta visual é sempre mostrado)</translation>
    </message>
    <message>
        <source>In order of request</source>
        <translation>Por ordem de pedido</translation>
    </message>
    <message>
        <source>First-time speakers first</source>
        <translation>Primeiro quem ainda não falou</translation>
    </message>
    <message>
        <source>Onsite and online in turn</source>
        <translation>Presencial e online alternadamente</translation>
    </message>
    <message>
        <source>Least-heard stakeholder groups first</source>
        <translation>Primeiro os grupos de partes interessadas menos ouvidos</translation>
    </message>
    <message>
        <source>Audience &amp;turn limit:</source>
        <translation>Limite de &amp;fala do público:</translation>
    </message>
    <message>
        <source>Empty-&amp;chair turn limit:</source>
        <translation>Limite de fala na &amp;cadeira vazia:</translation>
    </message>
    <message>
        <source>&amp;Warning before the end of an item:</source>
        <translation>A&amp;viso antes do fim de um item:</translation>
    </message>
    <message>
        <source>&amp;Queue order:</source>
        <translation>&amp;Ordem da fila:</translation>
    </message>
    <message>
        <source>An invited speaker&apos;s limit is their agenda slot. These settings are kept in the session file.</source>
        <translation>O limite de um palestrante convidado é o tempo do item dele na pauta. Essas configurações ficam salvas no arquivo de sessão.</translation>
    </message>
    <message>
        <source>Change the session settings</source>
        <translation>Alterar as configurações da sessão</translation>
    </message>
</context>
<context>
    <name>ui::SessionUndo</name>
    <message>
        <source>no session is open</source>
        <translation>nenhuma sessão aberta</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be undone: %2</source>
        <extracomment>%1 names the edit (such as &quot;Rename item&quot;), %2 says why the session refused it</extracomment>
        <translation>&quot;%1&quot; não pode ser desfeito: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be redone: %2</source>
        <extracomment>%1 names the edit (such as &quot;Rename item&quot;), %2 says why the session refused it</extracomment>
        <translation>&quot;%1&quot; não pode ser refeito: %2</translation>
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
        <translation>Moderador online</translation>
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
        <translation>Compartilhar na rede</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>Compartilhamento</translation>
    </message>
    <message>
        <source>Every address of this computer</source>
        <translation>Todos os endereços deste computador</translation>
    </message>
    <message>
        <source>This computer only (a rehearsal)</source>
        <translation>Somente este computador (um ensaio)</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>qualquer porta livre</translation>
    </message>
    <message>
        <source>Listen on:</source>
        <translation>Escutar em:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Porta:</translation>
    </message>
    <message>
        <source>How to join</source>
        <translation>Como entrar</translation>
    </message>
    <message>
        <source>Address of this computer:</source>
        <translation>Endereço deste computador:</translation>
    </message>
    <message>
        <source>Renew</source>
        <translation>Renovar</translation>
    </message>
    <message>
        <source>A new code for this role: the devices that joined with the old one are disconnected.</source>
        <translation>Um novo código para esta função: os dispositivos que entraram com o antigo são desconectados.</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Função</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Endereço</translation>
    </message>
    <message>
        <source>Round trip</source>
        <translation>Ida e volta</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Visto por último</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Desconectar</translation>
    </message>
    <message>
        <source>Messages with the team</source>
        <translation>Mensagens com a equipe</translation>
    </message>
    <message>
        <source>A message to every joined device</source>
        <translation>Uma mensagem para todos os dispositivos conectados</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>The moderator disconnected this device.</source>
        <translation>O moderador desconectou este dispositivo.</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation>Parar de compartilhar</translation>
    </message>
    <message>
        <source>Start sharing</source>
        <translation>Começar a compartilhar</translation>
    </message>
    <message>
        <source>Sharing on port %1. Each role joins with its own address.</source>
        <translation>Compartilhado na porta %1. Cada função entra com seu próprio endereço.</translation>
    </message>
    <message>
        <source>Not shared: nobody can join.</source>
        <translation>Não compartilhado: ninguém pode entrar.</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>ainda não</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>há %1</translation>
    </message>
    <message>
        <source>You: %1</source>
        <translation>Você: %1</translation>
    </message>
    <message>
        <source>now</source>
        <translation>agora</translation>
    </message>
    <message>
        <source>Room display</source>
        <translation>Tela da sala</translation>
    </message>
    <message>
        <source>optional: a PEM file; devices then connect encrypted</source>
        <translation>opcional: um arquivo PEM; os dispositivos passam a se conectar com criptografia</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Escolher…</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.key);;All files (*)</source>
        <translation>Arquivos PEM (*.pem *.crt *.key);;Todos os arquivos (*)</translation>
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
        <translation>Chave privada TLS:</translation>
    </message>
    <message>
        <source>TLS private key</source>
        <translation>Chave privada TLS</translation>
    </message>
    <message>
        <source>Sharing on port %1, encrypted (TLS). Each role joins with its own address, which names this computer&apos;s certificate.</source>
        <translation>Compartilhado na porta %1, com criptografia (TLS). Cada função entra com seu próprio endereço, que identifica o certificado deste computador.</translation>
    </message>
    <message>
        <source>Translator</source>
        <translation>Tradutor</translation>
    </message>
    <message>
        <source>Captioner</source>
        <translation>Legendador</translation>
    </message>
</context>
<context>
    <name>ui::Sharing</name>
    <message>
        <source>only a session open for writing can be shared</source>
        <translation>só uma sessão aberta para escrita pode ser compartilhada</translation>
    </message>
    <message>
        <source>for TLS, give both the certificate and its private key</source>
        <translation>para TLS, informe o certificado e a respectiva chave privada</translation>
    </message>
    <message>
        <source>the session is not shared</source>
        <translation>a sessão não está compartilhada</translation>
    </message>
</context>
<context>
    <name>ui::SpeakerQueueView</name>
    <message>
        <source>Next from the queue (Q)</source>
        <translation>Próximo da fila (Q)</translation>
    </message>
    <message>
        <source>Next: %1 (Q)</source>
        <translation>A seguir: %1 (Q)</translation>
    </message>
    <message numerus="yes">
        <source>Queue: %Ln waiting</source>
        <translation>
            <numerusform>Fila: %Ln aguardando</numerusform>
            <numerusform>Fila: %Ln aguardando</numerusform>
        </translation>
    </message>
    <message>
        <source>Next from the &amp;queue</source>
        <translation>Próximo da &amp;fila</translation>
    </message>
    <message>
        <source>Add a &amp;request to speak…</source>
        <translation>Adicionar um pe&amp;dido de palavra…</translation>
    </message>
    <message>
        <source>In order of request</source>
        <translation>Por ordem de pedido</translation>
    </message>
    <message>
        <source>First-time speakers first</source>
        <translation>Primeiro quem ainda não falou</translation>
    </message>
    <message>
        <source>Alternate in the room and online</source>
        <translation>Alternar sala e online</translation>
    </message>
    <message>
        <source>Groups that spoke least first</source>
        <translation>Primeiro os grupos que menos falaram</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Adicionar</translation>
    </message>
    <message>
        <source>Give the floor</source>
        <translation>Dar a palavra</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Who asks to speak: name, group, region, gender, room or online (I)</source>
        <translation>Quem pede a palavra: nome, grupo, região, gênero, room ou online (I)</translation>
    </message>
</context>
<context>
    <name>ui::TakeawayDialog</name>
    <message>
        <source>Approve a key takeaway</source>
        <translation>Aprovar uma conclusão principal</translation>
    </message>
    <message>
        <source>On a joined device, translate the takeaway in Room › Translations once it is approved.</source>
        <translation>Em um dispositivo conectado, traduza a conclusão em “Tela da sala › Traduções para a sala” depois de aprovada.</translation>
    </message>
    <message>
        <source>Key takeaway, as the room will read it:</source>
        <translation>Conclusão principal, como o público vai lê-la:</translation>
    </message>
    <message>
        <source>Its &amp;translation (optional), into:</source>
        <translation>Sua &amp;tradução (opcional), para:</translation>
    </message>
    <message>
        <source>Type the key takeaway first.</source>
        <translation>Digite primeiro a conclusão principal.</translation>
    </message>
</context>
<context>
    <name>ui::TranslationsDialog</name>
    <message>
        <source>Translations for the room</source>
        <translation>Traduções para a sala</translation>
    </message>
    <message>
        <source>What</source>
        <translation>O quê</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Tradução</translation>
    </message>
    <message>
        <source>The room display shows a translation in the room&apos;s language, and in its second language under it. Content without a translation shows as written.</source>
        <translation>A tela da sala mostra a tradução no idioma da sala e, abaixo dela, no segundo idioma. O conteúdo sem tradução aparece como foi escrito.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Item da pauta</translation>
    </message>
    <message>
        <source>Message to the room</source>
        <translation>Mensagem para a sala</translation>
    </message>
    <message>
        <source>Key takeaway</source>
        <translation>Conclusão principal</translation>
    </message>
    <message>
        <source>Glossary term</source>
        <translation>Termo do glossário</translation>
    </message>
    <message>
        <source>Its explanation</source>
        <translation>Sua explicação</translation>
    </message>
    <message>
        <source>Translate for the room</source>
        <translation>Traduzir para a sala</translation>
    </message>
    <message>
        <source>Policy question %L1</source>
        <translation>Questão de política %L1</translation>
    </message>
</context>
</TS>
