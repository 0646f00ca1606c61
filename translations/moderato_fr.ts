<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Cli</name>
    <message>
        <source>Try &apos;moderato-cli --help&apos;.</source>
        <translation>Essayez «&#xa0;moderato-cli --help&#xa0;».</translation>
    </message>
    <message>
        <source>Moderato on the command line: works on .moderato session files.</source>
        <translation>Moderato en ligne de commande&#xa0;: travaille sur les fichiers de séance .moderato.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Afficher la version.</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>commande inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Apply a timed replay script to a new session file.</source>
        <translation>Appliquer un script de rejeu minuté à un nouveau fichier de séance.</translation>
    </message>
    <message>
        <source>The session file to write.</source>
        <translation>Le fichier de séance à écrire.</translation>
    </message>
    <message>
        <source>SESSION</source>
        <translation>SESSION</translation>
    </message>
    <message>
        <source>Build the new session from this session&apos;s plan.</source>
        <translation>Créer la nouvelle séance à partir du plan de cette séance.</translation>
    </message>
    <message>
        <source>Replace the output file if it exists.</source>
        <translation>Remplacer le fichier de sortie s&apos;il existe déjà.</translation>
    </message>
    <message>
        <source>The replay script.</source>
        <translation>Le script de rejeu.</translation>
    </message>
    <message>
        <source>replay needs exactly one script</source>
        <translation>replay attend exactement un script</translation>
    </message>
    <message>
        <source>replay needs -o SESSION</source>
        <translation>replay attend -o SESSION</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%Ln action(s))</source>
        <translation>
            <numerusform>%1 écrit (%Ln action)</numerusform>
            <numerusform>%1 écrit (%Ln actions)</numerusform>
        </translation>
    </message>
    <message>
        <source>Print planned and actual times of a session.</source>
        <translation>Afficher les temps prévus et réels d&apos;une séance.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Afficher au format JSON.</translation>
    </message>
    <message>
        <source>The session file.</source>
        <translation>Le fichier de séance.</translation>
    </message>
    <message>
        <source>stats needs exactly one session file</source>
        <translation>stats attend exactement un fichier de séance</translation>
    </message>
    <message>
        <source>Print a session&apos;s event log as JSON Lines.</source>
        <translation>Afficher le journal des événements d&apos;une séance au format JSON Lines.</translation>
    </message>
    <message>
        <source>export-log needs exactly one session file</source>
        <translation>export-log attend exactement un fichier de séance</translation>
    </message>
    <message>
        <source>Rebuild a session file from an event log in JSON Lines.</source>
        <translation>Reconstruire un fichier de séance à partir d&apos;un journal des événements au format JSON Lines.</translation>
    </message>
    <message>
        <source>The event log (JSON Lines).</source>
        <translation>Le journal des événements (JSON Lines).</translation>
    </message>
    <message>
        <source>import-log needs exactly one log file</source>
        <translation>import-log attend exactement un fichier journal</translation>
    </message>
    <message>
        <source>import-log needs -o SESSION</source>
        <translation>import-log attend -o SESSION</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%Ln event(s))</source>
        <translation>
            <numerusform>%1 écrit (%Ln événement)</numerusform>
            <numerusform>%1 écrit (%Ln événements)</numerusform>
        </translation>
    </message>
    <message>
        <source>Draft a discussion summary, key takeaways, calls to action and topics from a transcript (one turn a line as &quot;Speaker: text&quot;, or the live-captioning style with &quot;&gt;&gt;&quot; turn markers).</source>
        <translation>Rédiger un brouillon de synthèse de la discussion, des principaux enseignements, des appels à l&apos;action et des thèmes à partir d&apos;une transcription (une prise de parole par ligne sous la forme «&#xa0;Speaker: text&#xa0;», ou dans le style du sous-titrage en direct avec «&#xa0;&gt;&gt;&#xa0;» pour marquer les prises de parole).</translation>
    </message>
    <message>
        <source>The rapporteur&apos;s notes, one a line; #takeaway and #action weigh most.</source>
        <translation>Les notes du rapporteur, une par ligne&#xa0;; #takeaway et #action pèsent le plus.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>The most words the summary may have (default %1).</source>
        <translation>Le nombre maximal de mots de la synthèse (%1 par défaut).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>The transcript.</source>
        <translation>La transcription.</translation>
    </message>
    <message>
        <source>summarize needs exactly one transcript</source>
        <translation>summarize attend exactement une transcription</translation>
    </message>
    <message>
        <source>--words needs a number from 10 to 10000</source>
        <translation>--words attend un nombre de 10 à 10000</translation>
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
        <translation>Le fichier du rapport à écrire.</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>SORTIE</translation>
    </message>
    <message>
        <source>report needs exactly one session file</source>
        <translation>report attend exactement un fichier de séance</translation>
    </message>
    <message>
        <source>report needs --format md, html, odt or pdf</source>
        <translation>report attend --format md, html, odt ou pdf</translation>
    </message>
    <message>
        <source>report needs -o OUT</source>
        <translation>report attend -o OUT</translation>
    </message>
    <message>
        <source>Read an IGF workshop proposal (plain text, as copied from the IGF website) and print the session it describes as JSON. What could not be read is reported as warnings on standard error.</source>
        <translation>Lire une proposition d&apos;atelier du FGI (texte brut, tel que copié depuis le site du FGI) et afficher en JSON la séance qu&apos;elle décrit. Ce qui n&apos;a pas pu être lu est signalé par des avertissements sur la sortie d&apos;erreur standard.</translation>
    </message>
    <message>
        <source>Also create this session file.</source>
        <translation>Créer aussi ce fichier de séance.</translation>
    </message>
    <message>
        <source>The proposal, a UTF-8 text file.</source>
        <translation>La proposition, un fichier texte UTF-8.</translation>
    </message>
    <message>
        <source>import-proposal needs exactly one proposal file</source>
        <translation>import-proposal attend exactement un fichier de proposition</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Write the briefing pack of a session for its speakers and co-moderators.</source>
        <translation>Écrire le dossier de préparation d&apos;une séance pour ses intervenants et co-modérateurs.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Le fichier à écrire.</translation>
    </message>
    <message>
        <source>When the session starts (default 09:00).</source>
        <translation>Heure de début de la séance (09:00 par défaut).</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <source>The day of the session.</source>
        <translation>Le jour de la séance.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Leave out the prepared questions.</source>
        <translation>Omettre les questions préparées.</translation>
    </message>
    <message>
        <source>briefing needs exactly one session file</source>
        <translation>briefing attend exactement un fichier de séance</translation>
    </message>
    <message>
        <source>briefing needs --format md, html, odt or pdf</source>
        <translation>briefing attend --format md, html, odt ou pdf</translation>
    </message>
    <message>
        <source>briefing needs -o OUT</source>
        <translation>briefing attend -o OUT</translation>
    </message>
    <message>
        <source>--start needs a time such as 14:30</source>
        <translation>--start attend une heure telle que 14:30</translation>
    </message>
    <message>
        <source>--date needs a day such as 2019-11-26</source>
        <translation>--date attend une date telle que 2019-11-26</translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation>%1 n&apos;est pas un fichier</translation>
    </message>
    <message>
        <source>Run commands on a session file, in order; each records one event. A refused command stops the run; those before it stay recorded.</source>
        <translation>Exécuter des commandes sur un fichier de séance, dans l&apos;ordre&#xa0;; chacune enregistre un événement. Une commande refusée arrête l&apos;exécution&#xa0;; celles qui la précèdent restent enregistrées.</translation>
    </message>
    <message>
        <source>The role to act in (default onsite_moderator).</source>
        <translation>Le rôle dans lequel agir (onsite_moderator par défaut).</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>RÔLE</translation>
    </message>
    <message>
        <source>A command as JSON, e.g. {&quot;command&quot;: &quot;start&quot;}.</source>
        <translation>Une commande au format JSON, par ex. {&quot;command&quot;: &quot;start&quot;}.</translation>
    </message>
    <message>
        <source>command needs a session file and at least one command</source>
        <translation>command attend un fichier de séance et au moins une commande</translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot;; roles: %2</source>
        <translation>rôle inconnu «&#xa0;%1&#xa0;»&#xa0;; rôles&#xa0;: %2</translation>
    </message>
    <message>
        <source>command %1 is not a JSON object</source>
        <translation>la commande %1 n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>command %1: %2</source>
        <translation>commande %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>command %1 (%2): %3</source>
        <translation>commande %1 (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>List every command a session takes, its fields and who may issue it.</source>
        <translation>Lister toutes les commandes qu&apos;accepte une séance, leurs champs et qui peut les émettre.</translation>
    </message>
    <message>
        <source>commands takes no arguments</source>
        <translation>commands n&apos;accepte aucun argument</translation>
    </message>
    <message>
        <source>roles: %1</source>
        <translation>rôles&#xa0;: %1</translation>
    </message>
    <message>
        <source>Share a session with other devices (co-moderator, online moderator, rapporteur, observer) without a window. Prints one join address per role, then serves until the time is up or it is interrupted. The join codes are kept in the session file, so restarting shares with the same codes.</source>
        <translation>Partager une séance avec d&apos;autres appareils (co-modérateur, modérateur en ligne, rapporteur, observateur) sans fenêtre. Affiche une adresse d&apos;accès par rôle, puis reste à l&apos;écoute jusqu&apos;à la fin du temps imparti ou jusqu&apos;à une interruption. Les codes d&apos;accès sont conservés dans le fichier de séance&#xa0;: après un redémarrage, le partage se fait donc avec les mêmes codes.</translation>
    </message>
    <message>
        <source>The address and port to listen on (default: every address of this machine, port %1).</source>
        <translation>L&apos;adresse et le port d&apos;écoute (par défaut&#xa0;: toutes les adresses de cette machine, port %1).</translation>
    </message>
    <message>
        <source>ADDRESS:PORT</source>
        <translation>ADDRESS:PORT</translation>
    </message>
    <message>
        <source>Stop after this many seconds.</source>
        <translation>Arrêter après ce nombre de secondes.</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <source>Make new join codes (devices with the old ones cannot join).</source>
        <translation>Créer de nouveaux codes d&apos;accès (les appareils qui ont les anciens ne peuvent plus rejoindre la séance).</translation>
    </message>
    <message>
        <source>share needs exactly one session file</source>
        <translation>share attend exactement un fichier de séance</translation>
    </message>
    <message>
        <source>--listen needs ADDRESS:PORT, e.g. 127.0.0.1:%1</source>
        <translation>--listen attend ADDRESS:PORT, par ex. 127.0.0.1:%1</translation>
    </message>
    <message>
        <source>--for needs a number of seconds</source>
        <translation>--for attend un nombre de secondes</translation>
    </message>
    <message>
        <source>Sharing %1 on port %2.</source>
        <translation>Partage de %1 sur le port %2.</translation>
    </message>
    <message>
        <source>Devices: %1</source>
        <translation>Appareils&#xa0;: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Join a shared session and send a replay script&apos;s actions as this device&apos;s commands, in order, each when the host has answered the one before. Prints each refusal; the exit code is 1 if any was refused.</source>
        <translation>Rejoindre une séance partagée et envoyer les actions d&apos;un script replay comme commandes de cet appareil, dans l&apos;ordre, chacune une fois que l&apos;hôte a répondu à la précédente. Affiche chaque refus&#xa0;; le code de sortie est 1 si l&apos;une d&apos;elles a été refusée.</translation>
    </message>
    <message>
        <source>The name this device joins with.</source>
        <translation>Le nom sous lequel cet appareil rejoint la séance.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Give up after this many seconds (default 30).</source>
        <translation>Abandonner après ce nombre de secondes (30 par défaut).</translation>
    </message>
    <message>
        <source>The join address, moderato://HOST:PORT/CODE.</source>
        <translation>L&apos;adresse d&apos;accès, moderato://HOST:PORT/CODE.</translation>
    </message>
    <message>
        <source>The word replay, then the script.</source>
        <translation>Le mot replay, puis le script.</translation>
    </message>
    <message>
        <source>join needs ADDRESS replay SCRIPT</source>
        <translation>join attend ADDRESS replay SCRIPT</translation>
    </message>
    <message>
        <source>join needs --name NAME</source>
        <translation>join attend --name NAME</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds</source>
        <translation>--timeout attend un nombre de secondes</translation>
    </message>
    <message>
        <source>line %1: refused: %2</source>
        <translation>ligne %1&#xa0;: refusée&#xa0;: %2</translation>
    </message>
    <message>
        <source>Joined as %1.</source>
        <translation>Connecté en tant que %1.</translation>
    </message>
    <message>
        <source>line %1: %2 done</source>
        <translation>ligne %1&#xa0;: %2 effectué</translation>
    </message>
    <message>
        <source>The host refused: %1</source>
        <translation>L&apos;hôte a refusé&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Gave up after %Ln second(s).</source>
        <translation>
            <numerusform>Abandon après %Ln seconde.</numerusform>
            <numerusform>Abandon après %Ln secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is larger than 4 MiB, too large for a replay script</source>
        <translation>%1 dépasse 4 Mio, trop grand pour un script de relecture</translation>
    </message>
    <message>
        <source>Encrypt the connections (wss://) with this PEM certificate; a self-signed one will do (the join addresses carry its fingerprint). Needs --tls-key.</source>
        <translation>Chiffrer les connexions (wss://) avec ce certificat PEM&#xa0;; un certificat autosigné suffit (les adresses d&apos;accès en contiennent l&apos;empreinte). Nécessite --tls-key.</translation>
    </message>
    <message>
        <source>The PEM private key of --tls-cert.</source>
        <translation>La clé privée PEM de --tls-cert.</translation>
    </message>
    <message>
        <source>--tls-cert and --tls-key go together</source>
        <translation>--tls-cert et --tls-key s&apos;utilisent ensemble</translation>
    </message>
    <message>
        <source>roles: none (a participant&apos;s phone sends it, through the phone host)</source>
        <translation>rôles&#xa0;: aucun (le téléphone d&apos;un participant l&apos;envoie, par l&apos;intermédiaire de l&apos;hôte des téléphones)</translation>
    </message>
    <message>
        <source>Also serve the participants&apos; page on this port of the same address (0: any free port) and open joining from phones; prints its address and the room PIN.</source>
        <translation>Servir aussi la page des participants sur ce port de la même adresse (0&#xa0;: n&apos;importe quel port libre) et ouvrir la connexion depuis les téléphones&#xa0;; affiche son adresse et le code PIN de la salle.</translation>
    </message>
    <message>
        <source>PORT</source>
        <translation>PORT</translation>
    </message>
    <message>
        <source>Make a new room PIN for phones.</source>
        <translation>Créer un nouveau code PIN de la salle pour les téléphones.</translation>
    </message>
    <message>
        <source>--phones needs a port number (0: any free port)</source>
        <translation>--phones attend un numéro de port (0&#xa0;: n&apos;importe quel port libre)</translation>
    </message>
    <message>
        <source>--renew-pin goes with --phones</source>
        <translation>--renew-pin va avec --phones</translation>
    </message>
    <message>
        <source>Room PIN: %1</source>
        <translation>Code PIN de la salle&#xa0;: %1</translation>
    </message>
    <message>
        <source>Phones connected: %1</source>
        <translation>Téléphones connectés&#xa0;: %1</translation>
    </message>
    <message>
        <source>import-proposal, replay, stats, export-log, import-log, summarize, transcript, report, briefing, command, commands, share or join</source>
        <translation>import-proposal, replay, stats, export-log, import-log, summarize, transcript, report, briefing, command, commands, share ou join</translation>
    </message>
    <message>
        <source>The transcript&apos;s language: %1 (default: found from the text).</source>
        <translation>La langue de la transcription&#xa0;: %1 (par défaut&#xa0;: déduite du texte).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>--language needs one of %1</source>
        <translation>--language attend l&apos;une des valeurs suivantes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Import a transcript into a session, as the report dialog does: plain text (&quot;Speaker: text&quot; lines or the live-captioning style with &quot;&gt;&gt;&quot; turn markers), SRT or WebVTT captions. The captions&apos; times are placed on the session&apos;s clock: the file&apos;s 00:00 is when the clock was first started, unless --offset says at what time of day it was.</source>
        <translation>Importer une transcription dans une séance, comme le fait la boîte de dialogue du rapport&#xa0;: texte brut (lignes «&#xa0;Speaker: text&#xa0;» ou style du sous-titrage en direct avec «&#xa0;&gt;&gt;&#xa0;» pour marquer les prises de parole), sous-titres SRT ou WebVTT. Les horaires des sous-titres sont placés sur le chronomètre de la séance&#xa0;: le 00:00 du fichier correspond au premier démarrage du chronomètre, sauf si --offset indique à quelle heure de la journée il correspondait.</translation>
    </message>
    <message>
        <source>The time of day, on the session&apos;s day and in local time, that the file&apos;s 00:00 corresponds to.</source>
        <translation>L&apos;heure de la journée, le jour de la séance et en heure locale, à laquelle correspond le 00:00 du fichier.</translation>
    </message>
    <message>
        <source>HH:MM[:SS]</source>
        <translation>HH:MM[:SS]</translation>
    </message>
    <message>
        <source>The file&apos;s 00:00 is when the clock was first started (the default once the session has started).</source>
        <translation>Le 00:00 du fichier correspond au premier démarrage du chronomètre (par défaut une fois la séance commencée).</translation>
    </message>
    <message>
        <source>What to do: import.</source>
        <translation>Action&#xa0;: import.</translation>
    </message>
    <message>
        <source>transcript needs import SESSION FILE</source>
        <translation>transcript attend import SESSION FILE</translation>
    </message>
    <message>
        <source>--offset and --at-start cannot go together</source>
        <translation>--offset et --at-start ne peuvent pas être utilisés ensemble</translation>
    </message>
    <message>
        <source>--offset needs a time of day such as 14:30 or 14:30:15</source>
        <translation>--offset attend une heure de la journée comme 14:30 ou 14:30:15</translation>
    </message>
    <message>
        <source>the session has not started, so the transcript&apos;s times cannot be placed; leave out --offset and --at-start to import it without placing them</source>
        <translation>la séance n&apos;a pas commencé, les horaires de la transcription ne peuvent donc pas être placés&#xa0;; omettez --offset et --at-start pour l&apos;importer sans les placer</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln turn(s) from %1.</source>
        <translation>
            <numerusform>%Ln prise de parole importée depuis %1.</numerusform>
            <numerusform>%Ln prises de parole importées depuis %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln turn(s) with times.</source>
        <translation>
            <numerusform>%Ln prise de parole avec horaire.</numerusform>
            <numerusform>%Ln prises de parole avec horaire.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln speaker(s) matched to participants.</source>
        <translation>
            <numerusform>Orateurs associés aux participants&#xa0;: %1 sur %Ln.</numerusform>
            <numerusform>Orateurs associés aux participants&#xa0;: %1 sur %Ln.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the IGF session report of a session, or print its participation.</source>
        <translation>Écrire le rapport de séance du FGI d&apos;une séance, ou afficher sa participation.</translation>
    </message>
    <message>
        <source>The workshop proposal (plain text), for the drafts (e.g. other initiatives).</source>
        <translation>La proposition d&apos;atelier (texte brut), pour les brouillons (p. ex. autres initiatives).</translation>
    </message>
    <message>
        <source>Print the participation instead of writing a report.</source>
        <translation>Afficher la participation au lieu d&apos;écrire un rapport.</translation>
    </message>
    <message>
        <source>With --participation: print JSON.</source>
        <translation>Avec --participation&#xa0;: afficher au format JSON.</translation>
    </message>
    <message>
        <source>--json goes with --participation</source>
        <translation>--json va avec --participation</translation>
    </message>
    <message>
        <source>%1: not a workshop proposal in plain text (at most 2 MB)</source>
        <translation>%1&#xa0;: ce n&apos;est pas une proposition d&apos;atelier en texte brut (2&#xa0;Mo au maximum)</translation>
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
        <translation>Commandes&#xa0;:
  import-proposal FILE [-o SESSION] [--force]
                 Lire une proposition d&apos;atelier du FGI (texte brut) et l&apos;afficher au format JSON&#xa0;;
                 avec -o, créer aussi un fichier de séance à partir de celle-ci.
  replay SCRIPT -o SESSION [--from SESSION] [--force]
                 Appliquer un script minuté d&apos;actions du modérateur à une nouvelle séance
                 (construite à partir de l&apos;atelier de démonstration, ou de --from SESSION).
  stats SESSION [--json]
                 Temps prévu et réel de la séance et de chaque point de l&apos;ordre du jour&#xa0;;
                 temps de parole par personne, groupe de parties prenantes, région, genre et canal.
  export-log SESSION
                 Afficher le journal des événements de la séance au format JSON Lines.
  import-log JSONL -o SESSION [--force]
                 Reconstruire un fichier de séance à partir d&apos;un journal des événements.
  summarize TRANSCRIPT [--notes FILE] [--words N] [--language CODE] [--json]
                 Rédiger un brouillon de synthèse de la discussion, des principaux enseignements,
                 des appels à l&apos;action et des thèmes.
  transcript import SESSION FILE [--offset HH:MM[:SS] | --at-start]
                 Importer une transcription (texte brut, SRT ou WebVTT) dans une séance&#xa0;; les prises
                 de parole horodatées sont placées dans les points de l&apos;ordre du jour et les orateurs
                 associés aux personnes.
  report SESSION --format md|html|odt|pdf -o OUT [--proposal FILE] [--sources] [--force]
                 Le rapport de séance du FGI (avec la proposition, ses brouillons s&apos;appuient
                 aussi sur la description de la proposition&#xa0;; avec --sources, l&apos;origine
                 de chaque ligne du brouillon, sous forme de notes numérotées).
  report SESSION --participation [--json]
                 Afficher la participation&#xa0;: les chiffres du rapporteur, sinon
                 l&apos;estimation d&apos;après les personnes qui ont participé.
  briefing SESSION --format md|html|odt|pdf -o OUT [--start HH:MM] [--no-questions]
                 Le dossier de préparation pour les intervenants et les co-modérateurs.
  command SESSION JSON... [--as ROLE]
                 Exécuter des commandes sur une séance, chacune {&quot;command&quot;: NAME, ...} et un événement.
  commands [--json]
                 Lister toutes les commandes, leurs champs et les rôles qui peuvent les émettre.
  share SESSION [--listen ADDRESS:PORT] [--for SECONDS] [--phones PORT]
                 Partager une séance avec d&apos;autres appareils, sans fenêtre&#xa0;; affiche l&apos;adresse
                 d&apos;accès de chaque rôle (avec --phones&#xa0;: la page des participants et le code PIN).
  join ADDRESS --name NAME replay SCRIPT
                 Rejoindre une séance partagée et envoyer les actions d&apos;un script replay comme commandes.
Lancez «&#xa0;moderato-cli COMMAND --help&#xa0;» pour les options d&apos;une commande.</translation>
    </message>
    <message>
        <source>Number the drafted key takeaways and calls to action and list where each comes from (who, agenda item, time, note or transcript line).</source>
        <translation>Numéroter les principaux enseignements et appels à l&apos;action du brouillon et indiquer l&apos;origine de chacun (qui, point de l&apos;ordre du jour, moment, note ou ligne de la transcription).</translation>
    </message>
    <message>
        <source>report --participation writes no file: leave out --format, -o, --proposal and --sources</source>
        <translation>report --participation n&apos;écrit aucun fichier&#xa0;: omettez --format, -o, --proposal et --sources</translation>
    </message>
</context>
<context>
    <name>CommandCatalogue</name>
    <message>
        <source>unknown command</source>
        <translation>commande inconnue</translation>
    </message>
</context>
<context>
    <name>core::Agenda</name>
    <message>
        <source>agenda items are nested too deeply</source>
        <translation>les points de l&apos;ordre du jour sont imbriqués trop profondément</translation>
    </message>
    <message>
        <source>an agenda item is not an object</source>
        <translation>un point de l&apos;ordre du jour n&apos;est pas un objet</translation>
    </message>
    <message>
        <source>an agenda item has no title</source>
        <translation>un point de l&apos;ordre du jour n&apos;a pas de titre</translation>
    </message>
    <message>
        <source>unknown agenda item kind &quot;%1&quot;</source>
        <translation>type de point de l&apos;ordre du jour inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>agenda item &quot;%1&quot; has an invalid id</source>
        <translation>le point de l&apos;ordre du jour «&#xa0;%1&#xa0;» a un identifiant non valide</translation>
    </message>
    <message>
        <source>agenda item &quot;%1&quot; needs a duration between 1 minute and 24 hours</source>
        <translation>le point de l&apos;ordre du jour «&#xa0;%1&#xa0;» doit durer entre 1 minute et 24 heures</translation>
    </message>
    <message>
        <source>agenda item &quot;%1&quot; has a negative warning time</source>
        <translation>le point de l&apos;ordre du jour «&#xa0;%1&#xa0;» a un délai d&apos;avertissement négatif</translation>
    </message>
    <message>
        <source>the agenda has no items</source>
        <translation>l&apos;ordre du jour ne contient aucun point</translation>
    </message>
    <message>
        <source>break-out item &quot;%1&quot;: %2</source>
        <translation>point en sous-groupes «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>a report-back needs a time limit between 10 seconds and an hour</source>
        <translation>une restitution doit avoir une limite de temps comprise entre 10 secondes et une heure</translation>
    </message>
    <message>
        <source>the report-back order is not a list of groups</source>
        <translation>l&apos;ordre des restitutions n&apos;est pas une liste de groupes</translation>
    </message>
    <message>
        <source>more than %1 groups</source>
        <translation>plus de %1 groupes</translation>
    </message>
    <message>
        <source>a group has no name</source>
        <translation>un groupe n&apos;a pas de nom</translation>
    </message>
    <message>
        <source>the group &quot;%1&quot; has an invalid id</source>
        <translation>le groupe «&#xa0;%1&#xa0;» a un identifiant non valide</translation>
    </message>
    <message>
        <source>the group &quot;%1&quot; names an invalid policy question</source>
        <translation>le groupe «&#xa0;%1&#xa0;» indique une question de politique publique non valide</translation>
    </message>
    <message>
        <source>the group &quot;%1&quot; lists someone who is not a participant</source>
        <translation>le groupe «&#xa0;%1&#xa0;» comprend une personne qui ne fait pas partie des participants</translation>
    </message>
    <message>
        <source>participant %1 is in two groups</source>
        <translation>le participant %1 est dans deux groupes</translation>
    </message>
    <message>
        <source>participant %1 leads one group and is a member of another</source>
        <translation>le participant %1 anime un groupe et fait partie d&apos;un autre</translation>
    </message>
    <message>
        <source>agenda item &quot;%1&quot; has groups but is not a break-out</source>
        <translation>le point de l&apos;ordre du jour «&#xa0;%1&#xa0;» a des groupes mais n&apos;est pas en sous-groupes</translation>
    </message>
    <message>
        <source>the break-out item &quot;%1&quot; cannot have items of its own</source>
        <translation>le point en sous-groupes «&#xa0;%1&#xa0;» ne peut pas avoir ses propres sous-points</translation>
    </message>
    <message>
        <source>Break-out</source>
        <translation>Sous-groupes</translation>
    </message>
    <message>
        <source>there is no such break-out item</source>
        <translation>ce point en sous-groupes n&apos;existe pas</translation>
    </message>
</context>
<context>
    <name>core::AgendaModel</name>
    <message>
        <source>Agenda item</source>
        <translation>Point de l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Réel</translation>
    </message>
</context>
<context>
    <name>core::AgendaTemplates</name>
    <message>
        <source>Presentations</source>
        <translation>Présentations</translation>
    </message>
    <message>
        <source>Panel presentations</source>
        <translation>Présentations du panel</translation>
    </message>
    <message>
        <source>Audience questions and answers</source>
        <translation>Questions-réponses avec le public</translation>
    </message>
    <message>
        <source>Round of interventions</source>
        <translation>Tour de table des intervenants</translation>
    </message>
    <message>
        <source>Open discussion in groups</source>
        <translation>Discussion ouverte en groupes</translation>
    </message>
    <message>
        <source>Report back from the groups</source>
        <translation>Restitution des groupes</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Introduction</translation>
    </message>
    <message>
        <source>Speaker %1</source>
        <translation>Intervention %1</translation>
    </message>
    <message>
        <source>Audience input</source>
        <translation>Contributions du public</translation>
    </message>
    <message>
        <source>Speakers and audience input</source>
        <translation>Interventions et contributions du public</translation>
    </message>
    <message>
        <source>Presentations and audience input</source>
        <translation>Présentations et contributions du public</translation>
    </message>
    <message>
        <source>Open discussion</source>
        <translation>Discussion ouverte</translation>
    </message>
    <message>
        <source>Summary and key takeaways</source>
        <translation>Synthèse et principaux enseignements</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
</context>
<context>
    <name>core::AudienceState</name>
    <message>
        <source>event %1 is not about participants&apos; phones</source>
        <translation>l&apos;événement %1 ne concerne pas les téléphones des participants</translation>
    </message>
    <message>
        <source>an event names the phone &quot;%1&quot;, which did not join</source>
        <translation>un événement désigne le téléphone «&#xa0;%1&#xa0;», qui n&apos;a pas rejoint la séance</translation>
    </message>
    <message>
        <source>a phone&apos;s id is 1 to 32 characters</source>
        <translation>l&apos;identifiant d&apos;un téléphone compte de 1 à 32 caractères</translation>
    </message>
    <message>
        <source>the phone &quot;%1&quot; joined twice</source>
        <translation>le téléphone «&#xa0;%1&#xa0;» a rejoint la séance deux fois</translation>
    </message>
    <message>
        <source>no phone &quot;%1&quot; joined</source>
        <translation>aucun téléphone «&#xa0;%1&#xa0;» n&apos;a rejoint la séance</translation>
    </message>
    <message>
        <source>a phone&apos;s limits are 0 to 60 minutes between questions and 1 to 100 waiting questions</source>
        <translation>les limites d&apos;un téléphone vont de 0 à 60 minutes entre deux questions et de 1 à 100 questions en attente</translation>
    </message>
    <message>
        <source>questions in the inbox are out of order</source>
        <translation>les questions de la boîte de réception ne sont pas dans l&apos;ordre</translation>
    </message>
    <message>
        <source>no question %1 in the inbox</source>
        <translation>aucune question %1 dans la boîte de réception</translation>
    </message>
    <message>
        <source>question %1 was already answered</source>
        <translation>la question %1 a déjà été traitée</translation>
    </message>
    <message>
        <source>a question is accepted as read, display or bank, not &quot;%1&quot;</source>
        <translation>une question est acceptée comme read, display ou bank, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>a reaction is agree, disagree or comment, not &quot;%1&quot;</source>
        <translation>une réaction vaut agree, disagree ou comment, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>shared takeaways are out of order</source>
        <translation>les enseignements partagés ne sont pas dans l&apos;ordre</translation>
    </message>
</context>
<context>
    <name>core::BreakOutAssigner</name>
    <message>
        <source>%1 and %2</source>
        <comment>the last two of a list</comment>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>the break-out item has no groups to assign people to</source>
        <translation>le point en sous-groupes n&apos;a aucun groupe auquel affecter des personnes</translation>
    </message>
    <message>
        <source>a person is named twice or has no id</source>
        <translation>une personne est indiquée deux fois ou n&apos;a pas d&apos;identifiant</translation>
    </message>
    <message>
        <source>there is nobody to put into groups</source>
        <translation>il n&apos;y a personne à répartir en groupes</translation>
    </message>
    <message>
        <source>participant %1 leads two groups; a person can lead one group only</source>
        <translation>le participant %1 anime deux groupes&#xa0;; une personne ne peut animer qu&apos;un seul groupe</translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s) take part online, but no group is online: add an online group</source>
        <translation>
            <numerusform>%Ln personne participe en ligne, mais aucun groupe n&apos;est en ligne&#xa0;: ajoutez un groupe en ligne</numerusform>
            <numerusform>%Ln personnes participent en ligne, mais aucun groupe n&apos;est en ligne&#xa0;: ajoutez un groupe en ligne</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s) are in the room, but every group is online: add a group in the room</source>
        <translation>
            <numerusform>%Ln personne est dans la salle, mais tous les groupes sont en ligne&#xa0;: ajoutez un groupe dans la salle</numerusform>
            <numerusform>%Ln personnes sont dans la salle, mais tous les groupes sont en ligne&#xa0;: ajoutez un groupe dans la salle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln online group(s) for %1 people online: there are more groups than people</source>
        <translation>
            <numerusform>%Ln groupe en ligne pour %1 personnes en ligne&#xa0;: il y a plus de groupes que de personnes</numerusform>
            <numerusform>%Ln groupes en ligne pour %1 personnes en ligne&#xa0;: il y a plus de groupes que de personnes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln group(s) in the room for %1 people there: there are more groups than people</source>
        <translation>
            <numerusform>%Ln groupe dans la salle pour %1 personnes présentes&#xa0;: il y a plus de groupes que de personnes</numerusform>
            <numerusform>%Ln groupes dans la salle pour %1 personnes présentes&#xa0;: il y a plus de groupes que de personnes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the group &quot;%1&quot; has more leaders than its share of %Ln person(s)</source>
        <translation>
            <numerusform>le groupe «&#xa0;%1&#xa0;» a plus d&apos;animateurs que ne le permet sa part de %Ln personne</numerusform>
            <numerusform>le groupe «&#xa0;%1&#xa0;» a plus d&apos;animateurs que ne le permet sa part de %Ln personnes</numerusform>
        </translation>
    </message>
    <message>
        <source>this person is already in the group &quot;%1&quot;</source>
        <translation>cette personne est déjà dans le groupe «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>no group is online: add an online group for people who join online</source>
        <translation>aucun groupe n&apos;est en ligne&#xa0;: ajoutez un groupe en ligne pour les personnes qui participent en ligne</translation>
    </message>
    <message>
        <source>every group is online: add a group in the room</source>
        <translation>tous les groupes sont en ligne&#xa0;: ajoutez un groupe dans la salle</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>group counts: in the room, then online</comment>
        <translation>%1 et %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln group(s) of %1 in the room</source>
        <translation>
            <numerusform>%Ln groupe de %1 personnes dans la salle</numerusform>
            <numerusform>%Ln groupes de %1 personnes dans la salle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln online group(s) of %1</source>
        <translation>
            <numerusform>%Ln groupe en ligne de %1 personnes</numerusform>
            <numerusform>%Ln groupes en ligne de %1 personnes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln group(s) of %1</source>
        <translation>
            <numerusform>%Ln groupe de %1 personnes</numerusform>
            <numerusform>%Ln groupes de %1 personnes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln group(s), nobody in them yet</source>
        <translation>
            <numerusform>%Ln groupe, encore vide</numerusform>
            <numerusform>%Ln groupes, encore vides</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; the stakeholder groups&apos; numbers differ by at most %Ln between groups.</source>
        <translation>
            <numerusform>%1&#xa0;; le nombre de personnes par groupe de parties prenantes varie d&apos;au plus %Ln entre les groupes.</numerusform>
            <numerusform>%1&#xa0;; le nombre de personnes par groupe de parties prenantes varie d&apos;au plus %Ln entre les groupes.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; each has at least one person from %2.</source>
        <translation>%1&#xa0;; chaque groupe compte au moins une personne de %2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln person&apos;s own choice could not be kept: the group was full.</source>
        <comment>plural: people&apos;s own choices</comment>
        <translation>
            <numerusform>Le choix de %Ln personne n&apos;a pas pu être respecté&#xa0;: le groupe était complet.</numerusform>
            <numerusform>Les choix de %Ln personnes n&apos;ont pas pu être respectés&#xa0;: les groupes étaient complets.</numerusform>
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
        <translation>de %1 à %2</translation>
    </message>
    <message>
        <source>after &quot;%1&quot;</source>
        <translation>après «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>after %1&apos;s presentation</source>
        <translation>après la présentation de %1</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>pour %1</translation>
    </message>
    <message>
        <source>Briefing for speakers and co-moderators</source>
        <translation>Dossier de préparation pour les intervenants et les co-modérateurs</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Organizers</source>
        <translation>Organisateurs</translation>
    </message>
    <message>
        <source>Onsite moderator</source>
        <translation>Modérateur sur place</translation>
    </message>
    <message>
        <source>Online moderator</source>
        <translation>Modérateur en ligne</translation>
    </message>
    <message>
        <source>Rapporteur</source>
        <translation>Rapporteur</translation>
    </message>
    <message>
        <source>Policy questions</source>
        <translation>Questions de politique publique</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Horaire</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Speaking order</source>
        <translation>Ordre de passage</translation>
    </message>
    <message>
        <source>No invited speakers yet.</source>
        <translation>Aucun intervenant invité pour l&apos;instant.</translation>
    </message>
    <message>
        <source>%1, from %2</source>
        <translation>%1, à partir de %2</translation>
    </message>
    <message>
        <source>The empty chair</source>
        <translation>La chaise vide</translation>
    </message>
    <message>
        <source>An empty chair stands next to the speakers. The moderator invites the audience to take it to bring new perspectives or to challenge the speakers; the online moderator takes it on behalf of online participants whenever they wish to join.</source>
        <translation>Une chaise vide est placée à côté des intervenants. Le modérateur invite le public à la prendre pour apporter de nouveaux points de vue ou interpeller les intervenants&#xa0;; le modérateur en ligne la prend au nom des participants en ligne chaque fois qu&apos;ils souhaitent intervenir.</translation>
    </message>
    <message>
        <source>How online participants join</source>
        <translation>Comment les participants en ligne interviennent</translation>
    </message>
    <message>
        <source>The proposal does not say; agree on it with the online moderator.</source>
        <translation>La proposition ne le précise pas&#xa0;; convenez-en avec le modérateur en ligne.</translation>
    </message>
    <message>
        <source>Discussion facilitation</source>
        <translation>Animation de la discussion</translation>
    </message>
    <message>
        <source>Prepared questions</source>
        <translation>Questions préparées</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>Aucune pour l&apos;instant.</translation>
    </message>
</context>
<context>
    <name>core::CaptionFeed</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <extracomment>%1 is a file name, %2 why it cannot be read</extracomment>
        <translation>%1 ne peut pas être lu&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>core::CommandCatalogue</name>
    <message>
        <source>&quot;participant&quot; must be a whole number</source>
        <translation>«&#xa0;participant&#xa0;» doit être un nombre entier</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be text</source>
        <translation>«&#xa0;%1&#xa0;» doit être du texte</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs &quot;%2&quot;</source>
        <translation>«&#xa0;%1&#xa0;» attend «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be: %2</source>
        <extracomment>%2 is a kind of value: integer, duration, boolean, text, list or object</extracomment>
        <translation>«&#xa0;%1&#xa0;» doit être de type %2</translation>
    </message>
    <message>
        <source>a participant&apos;s id is positive</source>
        <translation>l&apos;identifiant d&apos;un participant doit être positif</translation>
    </message>
    <message>
        <source>say who: a participant&apos;s id or a name</source>
        <translation>indiquez qui&#xa0;: l&apos;identifiant d&apos;un participant ou un nom</translation>
    </message>
    <message>
        <source>a channel is onsite, online or hub, not &quot;%1&quot;</source>
        <translation>un canal vaut onsite, online ou hub, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a positive number</source>
        <translation>«&#xa0;%1&#xa0;» doit être un nombre positif</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>commande inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes no &quot;%2&quot;</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;accepte pas «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>extend by some time, not zero</source>
        <translation>prolongez d&apos;une certaine durée, pas de zéro</translation>
    </message>
    <message>
        <source>pages count from 0</source>
        <translation>les pages sont numérotées à partir de 0</translation>
    </message>
    <message>
        <source>participation counts are not negative</source>
        <translation>les chiffres de participation ne peuvent pas être négatifs</translation>
    </message>
    <message>
        <source>name a file</source>
        <translation>indiquez un fichier</translation>
    </message>
    <message>
        <source>onsite moderator</source>
        <translation>modérateur sur place</translation>
    </message>
    <message>
        <source>co-moderator</source>
        <translation>co-modérateur</translation>
    </message>
    <message>
        <source>online moderator</source>
        <translation>modérateur en ligne</translation>
    </message>
    <message>
        <source>rapporteur</source>
        <translation>rapporteur</translation>
    </message>
    <message>
        <source>observer</source>
        <translation>observateur</translation>
    </message>
    <message>
        <source>room display</source>
        <translation>écran de la salle</translation>
    </message>
    <message>
        <source>the %1 may not %2</source>
        <extracomment>%1 is a role (&quot;online moderator&quot;), %2 a command&apos;s name (&quot;chair-open&quot;).</extracomment>
        <translation>le rôle %1 ne peut pas exécuter %2</translation>
    </message>
    <message>
        <source>a phone&apos;s limits are 0 to 60 minutes between questions and 1 to 100 waiting questions</source>
        <translation>les limites d&apos;un téléphone vont de 0 à 60 minutes entre deux questions et de 1 à 100 questions en attente</translation>
    </message>
    <message>
        <source>translator</source>
        <translation>traducteur</translation>
    </message>
    <message>
        <source>captioner</source>
        <translation>sous-titreur</translation>
    </message>
    <message>
        <source>the volume is 0 to 100</source>
        <translation>le volume va de 0 à 100</translation>
    </message>
    <message>
        <source>a position in a video is not negative</source>
        <translation>une position dans une vidéo ne peut pas être négative</translation>
    </message>
    <message>
        <source>a caption line is empty</source>
        <translation>une ligne de sous-titres est vide</translation>
    </message>
</context>
<context>
    <name>core::DisplayState</name>
    <message>
        <source>unknown scene &quot;%1&quot;</source>
        <translation>scène inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>no media file is chosen</source>
        <translation>aucun fichier multimédia n&apos;est choisi</translation>
    </message>
    <message>
        <source>a message has 1 to %1 characters</source>
        <translation>un message compte de 1 à %1 caractères</translation>
    </message>
    <message>
        <source>there is no such media file</source>
        <translation>ce fichier multimédia n&apos;existe pas</translation>
    </message>
    <message>
        <source>there is no such page</source>
        <translation>cette page n&apos;existe pas</translation>
    </message>
    <message>
        <source>the media file&apos;s description is not valid</source>
        <translation>la description du fichier multimédia n&apos;est pas valide</translation>
    </message>
    <message>
        <source>a key takeaway has 1 to %1 characters</source>
        <translation>un enseignement clé compte de 1 à %1 caractères</translation>
    </message>
    <message>
        <source>there is no such key takeaway</source>
        <translation>cet enseignement clé n&apos;existe pas</translation>
    </message>
    <message>
        <source>unknown event &quot;%1&quot;</source>
        <translation>événement inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>a comment on a key takeaway has 1 to %1 characters</source>
        <translation>un commentaire sur un enseignement clé compte de 1 à %1 caractères</translation>
    </message>
    <message>
        <source>a participant&apos;s id is 1 or more (0: not named)</source>
        <translation>l&apos;identifiant d&apos;un participant vaut 1 ou plus (0&#xa0;: non nommé)</translation>
    </message>
    <message>
        <source>subtitles are shown with their video, not on their own</source>
        <translation>les sous-titres s&apos;affichent avec leur vidéo, pas seuls</translation>
    </message>
    <message>
        <source>the volume is 0 to 100</source>
        <translation>le volume va de 0 à 100</translation>
    </message>
    <message>
        <source>no video is chosen for the room display</source>
        <translation>aucune vidéo n&apos;est choisie pour l&apos;écran de la salle</translation>
    </message>
    <message>
        <source>a position in a video is not negative</source>
        <translation>une position dans une vidéo ne peut pas être négative</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un code de langue</translation>
    </message>
    <message>
        <source>a glossary has at most %1 terms</source>
        <translation>un glossaire compte au plus %1 termes</translation>
    </message>
    <message>
        <source>each glossary term needs an id of its own</source>
        <translation>chaque terme du glossaire doit avoir son propre identifiant</translation>
    </message>
    <message>
        <source>a glossary term has 1 to %1 characters and its explanation at most %2</source>
        <translation>un terme du glossaire compte de 1 à %1 caractères et son explication au plus %2</translation>
    </message>
    <message>
        <source>there is no glossary term %1</source>
        <translation>le terme du glossaire %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>there is no approved takeaway %1</source>
        <translation>l&apos;enseignement approuvé %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>the message&apos;s translation has no id</source>
        <translation>la traduction du message n&apos;a pas d&apos;identifiant</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not something that can be translated</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être traduit</translation>
    </message>
    <message>
        <source>a translation has at most %1 characters</source>
        <translation>une traduction compte au plus %1 caractères</translation>
    </message>
    <message>
        <source>a caption size is small, medium or large, not &quot;%1&quot;</source>
        <translation>une taille de sous-titres vaut small, medium ou large, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>subtitles belong to a video of the session</source>
        <translation>les sous-titres appartiennent à une vidéo de la séance</translation>
    </message>
    <message>
        <source>only subtitles have a language</source>
        <translation>seuls les sous-titres ont une langue</translation>
    </message>
    <message>
        <source>there is no policy question %1</source>
        <translation>il n’y a pas de question de politique publique %1</translation>
    </message>
</context>
<context>
    <name>core::Error</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Le fichier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The file %1 already exists and was left untouched.</source>
        <translation>Le fichier %1 existe déjà et n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Moderato. It was not opened and not changed.</source>
        <translation>%1 a été écrit par une version plus récente de Moderato. Il n&apos;a été ni ouvert ni modifié.</translation>
    </message>
    <message>
        <source>The session file could not be read or written: %1</source>
        <translation>Impossible de lire ou d&apos;écrire le fichier de séance&#xa0;: %1</translation>
    </message>
    <message>
        <source>Input/output error: %1</source>
        <translation>Erreur d&apos;entrée/sortie&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not read the input: %1</source>
        <translation>Impossible de lire l&apos;entrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Invalid argument: %1</source>
        <translation>Argument non valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not possible now: %1</source>
        <translation>Impossible pour le moment&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 is not a Moderato session file. It was left untouched.</source>
        <translation>%1 n&apos;est pas un fichier de séance Moderato. Il n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>The session file is damaged and was left untouched: %1</source>
        <translation>Le fichier de séance est endommagé et n&apos;a pas été modifié&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 is open in another Moderato window or program, which is the only one that may write to it. Nothing was changed.</source>
        <translation>%1 est ouvert dans une autre fenêtre de Moderato ou dans un autre programme, et personne d&apos;autre ne peut y écrire. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>%1 cannot be written (the file, its folder or the disk is read-only). Nothing was changed.</source>
        <translation>%1 ne peut pas être écrit (le fichier, son dossier ou le disque est en lecture seule). Rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>core::EventCatalogue</name>
    <message>
        <source>it holds the event &quot;%1&quot; of event vocabulary %2; this version knows vocabulary %3</source>
        <translation>il contient l&apos;événement «&#xa0;%1&#xa0;» du vocabulaire d&apos;événements %2&#xa0;; cette version connaît le vocabulaire %3</translation>
    </message>
    <message>
        <source>it holds the event &quot;%1&quot;, which this version does not know</source>
        <translation>il contient l&apos;événement «&#xa0;%1&#xa0;», que cette version ne connaît pas</translation>
    </message>
    <message>
        <source>the event &quot;%1&quot; lacks its field &quot;%2&quot;</source>
        <translation>il manque à l&apos;événement «&#xa0;%1&#xa0;» son champ «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>the field &quot;%2&quot; of the event &quot;%1&quot; is not %3</source>
        <translation>le champ «&#xa0;%2&#xa0;» de l&apos;événement «&#xa0;%1&#xa0;» n&apos;est pas de type %3</translation>
    </message>
</context>
<context>
    <name>core::EventLog</name>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>ce n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number</source>
        <translation>«&#xa0;%1&#xa0;» doit être un nombre entier</translation>
    </message>
    <message>
        <source>an event needs a &quot;type&quot; text and a &quot;data&quot; object</source>
        <translation>un événement doit avoir un texte «&#xa0;type&#xa0;» et un objet «&#xa0;data&#xa0;»</translation>
    </message>
    <message>
        <source>event number %1 where %2 was expected</source>
        <translation>événement numéro %1 au lieu de %2</translation>
    </message>
    <message>
        <source>the log holds no events</source>
        <translation>le journal ne contient aucun événement</translation>
    </message>
    <message>
        <source>the log is larger than %1, the most a log may have</source>
        <extracomment>%1 is the largest log accepted, like &quot;67.1 MB&quot;</extracomment>
        <translation>le journal dépasse %1, la taille maximale d&apos;un journal</translation>
    </message>
    <message>
        <source>longer than %1, the most one event may take</source>
        <extracomment>%1 is the longest line accepted, like &quot;33.6 MB&quot;</extracomment>
        <translation>plus long que %1, la taille maximale d&apos;un événement</translation>
    </message>
    <message>
        <source>more than %1 events, the most a log may hold</source>
        <translation>plus de %1 événements, le maximum pour un journal</translation>
    </message>
    <message>
        <source>%1 is too large (%2); an event log may have at most %3</source>
        <extracomment>%1 is a file name, %2 its size, %3 the largest log accepted (both like &quot;67.1 MB&quot;)</extracomment>
        <translation>%1 est trop volumineux (%2)&#xa0;; un journal des événements ne peut pas dépasser %3</translation>
    </message>
    <message>
        <source>%1 is larger than %2, the most an event log may have</source>
        <extracomment>%1 is a file name, %2 the largest log accepted (like &quot;67.1 MB&quot;)</extracomment>
        <translation>%1 dépasse %2, la taille maximale d&apos;un journal des événements</translation>
    </message>
    <message>
        <source>%1: the log was made by a newer version of Moderato</source>
        <translation>%1&#xa0;: le journal a été créé par une version plus récente de Moderato</translation>
    </message>
</context>
<context>
    <name>core::FloorState</name>
    <message>
        <source>a participant needs an id and a name</source>
        <translation>un participant doit avoir un identifiant et un nom</translation>
    </message>
    <message>
        <source>unknown channel &quot;%1&quot;</source>
        <translation>canal inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot;</source>
        <translation>rôle inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>there is no such participant</source>
        <translation>ce participant n&apos;existe pas</translation>
    </message>
    <message>
        <source>participant %1 exists already</source>
        <translation>le participant %1 existe déjà</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already a participant</source>
        <translation>«&#xa0;%1&#xa0;» est déjà un participant</translation>
    </message>
    <message>
        <source>a turn at the floor is a speaker&apos;s or the audience&apos;s</source>
        <translation>une prise de parole revient à un intervenant ou au public</translation>
    </message>
    <message>
        <source>a turn needs a time limit of at least 10 seconds</source>
        <translation>une prise de parole doit avoir une limite d&apos;au moins 10 secondes</translation>
    </message>
    <message>
        <source>there is no such request to speak</source>
        <translation>cette demande de parole n&apos;existe pas</translation>
    </message>
    <message>
        <source>nobody holds the floor</source>
        <translation>personne n&apos;a la parole</translation>
    </message>
    <message>
        <source>requests to speak are out of order</source>
        <translation>les demandes de parole ne sont pas dans l&apos;ordre</translation>
    </message>
    <message>
        <source>%1 is already waiting to speak</source>
        <translation>%1 attend déjà de prendre la parole</translation>
    </message>
    <message>
        <source>the new order does not match the queue</source>
        <translation>le nouvel ordre ne correspond pas à la file d&apos;attente</translation>
    </message>
    <message>
        <source>unknown queue order &quot;%1&quot;</source>
        <translation>ordre de file d&apos;attente inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the empty chair is already open</source>
        <translation>la chaise vide est déjà ouverte</translation>
    </message>
    <message>
        <source>%1 is in the room: only remote participants claim the chair through the online moderator</source>
        <translation>%1 est dans la salle&#xa0;: seuls les participants à distance demandent la chaise par l&apos;intermédiaire du modérateur en ligne</translation>
    </message>
    <message>
        <source>a claim on the empty chair is already waiting</source>
        <translation>une demande pour la chaise vide est déjà en attente</translation>
    </message>
    <message>
        <source>no claim on the empty chair is waiting</source>
        <translation>aucune demande pour la chaise vide n&apos;est en attente</translation>
    </message>
    <message>
        <source>the empty chair is not open</source>
        <translation>la chaise vide n&apos;est pas ouverte</translation>
    </message>
    <message>
        <source>someone already sits in the empty chair</source>
        <translation>quelqu&apos;un occupe déjà la chaise vide</translation>
    </message>
    <message>
        <source>nobody sits in the empty chair</source>
        <translation>personne n&apos;occupe la chaise vide</translation>
    </message>
    <message>
        <source>%1 is not an invited speaker</source>
        <translation>%1 n&apos;est pas un intervenant invité</translation>
    </message>
    <message>
        <source>the speaking order must list every invited speaker once</source>
        <translation>l&apos;ordre de passage doit citer chaque intervenant invité une seule fois</translation>
    </message>
    <message>
        <source>only invited speakers can be skipped</source>
        <translation>seuls les intervenants invités peuvent être sautés</translation>
    </message>
    <message>
        <source>unknown event &quot;%1&quot;</source>
        <translation>événement inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds the floor; end the turn before changing the roles</source>
        <translation>«&#xa0;%1&#xa0;» a la parole&#xa0;; terminez la prise de parole avant de changer les rôles</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has taken part in the session and stays in its record</source>
        <translation>«&#xa0;%1&#xa0;» a participé à la séance et reste dans son historique</translation>
    </message>
    <message>
        <source>a turn&apos;s time limit can be at most one hour</source>
        <translation>la limite d&apos;une prise de parole ne peut pas dépasser une heure</translation>
    </message>
    <message>
        <source>the warning time must be between 0 and 30 minutes</source>
        <translation>le délai d&apos;avertissement doit être compris entre 0 et 30 minutes</translation>
    </message>
    <message>
        <source>the walk-in is not the participant of the event</source>
        <translation>le participant non inscrit n&apos;est pas celui de l&apos;événement</translation>
    </message>
    <message>
        <source>a walk-in is not an invited speaker</source>
        <translation>un participant non inscrit n&apos;est pas un intervenant invité</translation>
    </message>
    <message>
        <source>this event cannot add a participant</source>
        <translation>cet événement ne peut pas ajouter de participant</translation>
    </message>
    <message>
        <source>a phone joined without its participant</source>
        <translation>un téléphone a rejoint la séance sans son participant</translation>
    </message>
    <message>
        <source>a report-back names no break-out group</source>
        <translation>une restitution n&apos;indique aucun sous-groupe</translation>
    </message>
</context>
<context>
    <name>core::MemoryStore</name>
    <message>
        <source>event %1 does not follow event %2</source>
        <translation>l&apos;événement %1 ne suit pas l&apos;événement %2</translation>
    </message>
    <message>
        <source>the session is open read-only</source>
        <translation>la séance est ouverte en lecture seule</translation>
    </message>
    <message>
        <source>media %1 is stored already</source>
        <translation>le média %1 est déjà enregistré</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a file name</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom de fichier</translation>
    </message>
    <message>
        <source>%1 is open here: save the copy under another name</source>
        <translation>%1 est ouvert ici&#xa0;: enregistrez la copie sous un autre nom</translation>
    </message>
</context>
<context>
    <name>core::NoteState</name>
    <message>
        <source>unknown note tag &quot;%1&quot;</source>
        <translation>étiquette de note inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>a note has 1 to %1 characters</source>
        <translation>une note compte de 1 à %1 caractères</translation>
    </message>
    <message>
        <source>there is no such policy question</source>
        <translation>cette question de politique publique n&apos;existe pas</translation>
    </message>
    <message>
        <source>note %1 exists already</source>
        <translation>la note %1 existe déjà</translation>
    </message>
    <message>
        <source>a note cannot be typed after it is saved</source>
        <translation>une note ne peut pas être saisie après son enregistrement</translation>
    </message>
    <message>
        <source>there is no such note</source>
        <translation>cette note n&apos;existe pas</translation>
    </message>
    <message>
        <source>unknown event &quot;%1&quot;</source>
        <translation>événement inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>core::NotesModel</name>
    <message>
        <source>%1 (empty chair)</source>
        <translation>%1 (chaise vide)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>core::PeopleCsv</name>
    <message>
        <source>the file has more than %1 rows</source>
        <translation>le fichier compte plus de %1 lignes</translation>
    </message>
    <message>
        <source>line %1: a quoted cell is not closed</source>
        <translation>ligne %1&#xa0;: une cellule entre guillemets n&apos;est pas fermée</translation>
    </message>
    <message>
        <source>the file is larger than 5 MB</source>
        <translation>le fichier dépasse 5&#xa0;Mo</translation>
    </message>
    <message>
        <source>this is not a text file</source>
        <translation>ce n&apos;est pas un fichier texte</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>le fichier n&apos;est pas du texte UTF-8</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>the first row must name the columns, one of them &quot;name&quot;</source>
        <translation>la première ligne doit nommer les colonnes, dont l&apos;une «&#xa0;name&#xa0;»</translation>
    </message>
    <message>
        <source>line %1: no name; the row is skipped</source>
        <translation>ligne %1&#xa0;: aucun nom&#xa0;; la ligne est ignorée</translation>
    </message>
    <message>
        <source>line %1: the name is longer than 200 characters; the row is skipped</source>
        <translation>ligne %1&#xa0;: le nom dépasse 200 caractères&#xa0;; la ligne est ignorée</translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; appears twice; the later row is skipped</source>
        <translation>ligne %1&#xa0;: «&#xa0;%2&#xa0;» apparaît deux fois&#xa0;; la seconde ligne est ignorée</translation>
    </message>
    <message>
        <source>line %1: a hub without a name; &quot;%2&quot; joins online</source>
        <translation>ligne %1&#xa0;: un hub sans nom&#xa0;; «&#xa0;%2&#xa0;» participe en ligne</translation>
    </message>
    <message>
        <source>line %1: unknown channel &quot;%2&quot;; &quot;%3&quot; joins onsite</source>
        <translation>ligne %1&#xa0;: canal inconnu «&#xa0;%2&#xa0;»&#xa0;; «&#xa0;%3&#xa0;» participe sur place</translation>
    </message>
    <message>
        <source>line %1: unknown role &quot;%2&quot; is left out</source>
        <translation>ligne %1&#xa0;: le rôle inconnu «&#xa0;%2&#xa0;» est ignoré</translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot;: %2</source>
        <translation>impossible de lire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>core::PersonEntryParser</name>
    <message>
        <source>Type the name first, then what you know of them, e.g. &quot;%1&quot;.</source>
        <translation>Tapez d&apos;abord le nom, puis ce que vous savez de la personne, p. ex. «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Name the remote hub after &quot;hub&quot;, e.g. &quot;%1&quot;.</source>
        <translation>Indiquez le nom du hub distant après «&#xa0;hub&#xa0;», p. ex. «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>A name, then, after commas or slashes and in any order: stakeholder group (government, private sector, civil society, technical community, IGO), regional group (Africa, Asia-Pacific, EEG, GRULAC, WEOG), gender (woman, man, non-binary) and channel (room, online, hub NAME). Anything else is kept as the organisation.
Example: %1</source>
        <translation>Un nom, puis, après des virgules ou des barres obliques et dans n&apos;importe quel ordre (en anglais)&#xa0;: groupe de parties prenantes (government, private sector, civil society, technical community, IGO), groupe régional (Africa, Asia-Pacific, EEG, GRULAC, WEOG), genre (woman, man, non-binary) et canal (room, online, hub NOM). Tout le reste est conservé comme organisation.
Exemple&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>core::PreparationChecks</name>
    <message>
        <source>onsite moderator</source>
        <translation>modérateur sur place</translation>
    </message>
    <message>
        <source>online moderator</source>
        <translation>modérateur en ligne</translation>
    </message>
    <message>
        <source>rapporteur</source>
        <translation>rapporteur</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>%1, %2 and %3</source>
        <translation>%1, %2 et %3</translation>
    </message>
    <message>
        <source>%1 is %2 at once: one person can hardly follow the room, the online participants and the notes together. Consider asking someone else to take one of these roles.</source>
        <translation>%1 est à la fois %2&#xa0;: une seule personne peut difficilement suivre en même temps la salle, les participants en ligne et les notes. Envisagez de confier l&apos;un de ces rôles à quelqu&apos;un d&apos;autre.</translation>
    </message>
</context>
<context>
    <name>core::ProposalImporter</name>
    <message>
        <source>The title &quot;%1&quot; has no workshop code such as &quot;IGF 2019 WS #195&quot;.</source>
        <translation>Le titre «&#xa0;%1&#xa0;» n&apos;a pas de code d&apos;atelier tel que «&#xa0;IGF 2019 WS #195&#xa0;».</translation>
    </message>
    <message>
        <source>The organizer line &quot;%1&quot; names no person; it was left out.</source>
        <translation>La ligne d&apos;organisateur «&#xa0;%1&#xa0;» ne nomme personne&#xa0;; elle a été ignorée.</translation>
    </message>
    <message>
        <source>The speaker line &quot;%1&quot; names no person; it was left out.</source>
        <translation>La ligne d&apos;intervenant «&#xa0;%1&#xa0;» ne nomme personne&#xa0;; elle a été ignorée.</translation>
    </message>
    <message>
        <source>Could not read the onsite moderator from &quot;%1&quot;.</source>
        <translation>Impossible de lire le modérateur sur place dans «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Could not read the online moderator from &quot;%1&quot;.</source>
        <translation>Impossible de lire le modérateur en ligne dans «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Could not read the rapporteur from &quot;%1&quot;.</source>
        <translation>Impossible de lire le rapporteur dans «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The line &quot;%1&quot; after the online moderator has no &quot;Rapporteur:&quot; label; it was read as the rapporteur.</source>
        <translation>La ligne «&#xa0;%1&#xa0;» après le modérateur en ligne n&apos;a pas d&apos;étiquette «&#xa0;Rapporteur:&#xa0;»&#xa0;; elle a été lue comme le rapporteur.</translation>
    </message>
    <message>
        <source>The proposal has no agenda; one was built for %L1 minutes.</source>
        <translation>La proposition n&apos;a pas d&apos;ordre du jour&#xa0;; un ordre du jour de %L1 minutes a été créé.</translation>
    </message>
    <message>
        <source>The proposal has no agenda; one was built for the format &quot;%1&quot; and %L2 minutes.</source>
        <translation>La proposition n&apos;a pas d&apos;ordre du jour&#xa0;; un ordre du jour a été créé pour le format «&#xa0;%1&#xa0;» et %L2 minutes.</translation>
    </message>
    <message>
        <source>Introduction of speakers and ice-breaker</source>
        <translation>Présentation des intervenants et brise-glace</translation>
    </message>
    <message>
        <source>Agenda item %1</source>
        <translation>Point %1 de l&apos;ordre du jour</translation>
    </message>
    <message numerus="yes">
        <source>%Ln agenda item(s) give no duration: %1. They share the minutes the other items leave of the session.</source>
        <translation>
            <numerusform>%Ln point de l&apos;ordre du jour n&apos;indique pas de durée&#xa0;: %1. Il reçoit les minutes que les autres points laissent à la séance.</numerusform>
            <numerusform>%Ln points de l&apos;ordre du jour n&apos;indiquent pas de durée&#xa0;: %1. Ils se partagent les minutes que les autres points laissent à la séance.</numerusform>
        </translation>
    </message>
    <message>
        <source>The agenda gives the floor to the speakers, but the proposal names none; &quot;%1&quot; was kept as one item.</source>
        <translation>L&apos;ordre du jour donne la parole aux intervenants, mais la proposition n&apos;en nomme aucun&#xa0;; «&#xa0;%1&#xa0;» a été gardé comme un seul point.</translation>
    </message>
    <message>
        <source>The agenda adds up to %L1 minutes; the format says %L2 (%L3 more).</source>
        <translation>L&apos;ordre du jour totalise %L1 minutes&#xa0;; le format en prévoit %L2 (%L3 de plus).</translation>
    </message>
    <message>
        <source>The agenda adds up to %L1 minutes; the format says %L2 (%L3 fewer).</source>
        <translation>L&apos;ordre du jour totalise %L1 minutes&#xa0;; le format en prévoit %L2 (%L3 de moins).</translation>
    </message>
    <message>
        <source>the text is not an IGF workshop proposal: it has no title with a workshop code and none of the fields such as &quot;Speaker 1:&quot;</source>
        <translation>le texte n&apos;est pas une proposition d&apos;atelier du FGI&#xa0;: il n&apos;a ni titre avec un code d&apos;atelier ni champs tels que «&#xa0;Speaker 1:&#xa0;»</translation>
    </message>
    <message>
        <source>Untitled workshop</source>
        <translation>Atelier sans titre</translation>
    </message>
    <message>
        <source>The proposal has no title; the session is called &quot;%1&quot;.</source>
        <translation>La proposition n&apos;a pas de titre&#xa0;; la séance s&apos;appelle «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The proposal names no speakers.</source>
        <translation>La proposition ne nomme aucun intervenant.</translation>
    </message>
    <message>
        <source>The proposal names no session format; %L1 minutes were assumed.</source>
        <translation>La proposition n&apos;indique pas de format de séance&#xa0;; %L1 minutes ont été supposées.</translation>
    </message>
    <message>
        <source>The session format &quot;%1&quot; gives no duration; %L2 minutes were assumed.</source>
        <translation>Le format de séance «&#xa0;%1&#xa0;» n&apos;indique pas de durée&#xa0;; %L2 minutes ont été supposées.</translation>
    </message>
    <message>
        <source>The proposal names no onsite moderator.</source>
        <translation>La proposition ne nomme pas de modérateur sur place.</translation>
    </message>
    <message>
        <source>The proposal names no online moderator.</source>
        <translation>La proposition ne nomme pas de modérateur en ligne.</translation>
    </message>
    <message>
        <source>The proposal names no rapporteur.</source>
        <translation>La proposition ne nomme pas de rapporteur.</translation>
    </message>
    <message>
        <source>The proposal has no policy questions.</source>
        <translation>La proposition n&apos;a pas de questions de politique publique.</translation>
    </message>
    <message>
        <source>%L1 MB is too large for a proposal (at most 2 MB)</source>
        <translation>%L1&#xa0;Mo, c&apos;est trop pour une proposition (2&#xa0;Mo au plus)</translation>
    </message>
    <message>
        <source>the proposal is empty</source>
        <translation>la proposition est vide</translation>
    </message>
    <message>
        <source>the proposal holds binary data, not text</source>
        <translation>la proposition contient des données binaires, pas du texte</translation>
    </message>
    <message>
        <source>the proposal is not UTF-8 text</source>
        <translation>la proposition n&apos;est pas du texte UTF-8</translation>
    </message>
    <message>
        <source>Only the first %1 speakers were read.</source>
        <translation>Seuls les %1 premiers intervenants ont été lus.</translation>
    </message>
    <message>
        <source>Only the first %1 agenda lines were read.</source>
        <translation>Seules les %1 premières lignes de l’ordre du jour ont été lues.</translation>
    </message>
    <message>
        <source>%1 minutes are too few for a slot for each of the %2 speakers and the audience after each; &quot;%3&quot; was kept as one item.</source>
        <translation>%1 minutes ne suffisent pas pour un créneau par intervenant (%2) suivi du public&#xa0;; «&#xa0;%3&#xa0;» est resté un seul point.</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Groupe %1</translation>
    </message>
    <message>
        <source>Online group</source>
        <translation>Groupe en ligne</translation>
    </message>
</context>
<context>
    <name>core::QuestionBank</name>
    <message>
        <source>a session can have at most %1 prepared questions</source>
        <translation>une séance peut avoir au plus %1 questions préparées</translation>
    </message>
    <message>
        <source>a prepared question has an invalid id</source>
        <translation>une question préparée a un identifiant non valide</translation>
    </message>
    <message>
        <source>a prepared question needs a text of 1 to %1 characters</source>
        <translation>une question préparée doit avoir un texte de 1 à %1 caractères</translation>
    </message>
    <message>
        <source>a prepared question belongs to no agenda item</source>
        <translation>une question préparée n&apos;appartient à aucun point de l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>a prepared question is for no participant</source>
        <translation>une question préparée ne s&apos;adresse à aucun participant</translation>
    </message>
    <message>
        <source>there is no such prepared question</source>
        <translation>cette question préparée n&apos;existe pas</translation>
    </message>
    <message>
        <source>unknown event &quot;%1&quot;</source>
        <translation>événement inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>a prepared question needs a text</source>
        <translation>une question préparée doit avoir un texte</translation>
    </message>
</context>
<context>
    <name>core::ReplayScript</name>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>a quote is not closed</source>
        <translation>un guillemet n&apos;est pas fermé</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time (M:SS or H:MM:SS)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un horodatage (M:SS ou H:MM:SS)</translation>
    </message>
    <message>
        <source>the time goes backwards</source>
        <translation>le temps recule</translation>
    </message>
    <message>
        <source>an action is missing after the time</source>
        <translation>il manque une action après l&apos;horodatage</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot;; known actions: %2</source>
        <translation>action inconnue «&#xa0;%1&#xa0;»&#xa0;; actions connues&#xa0;: %2</translation>
    </message>
    <message>
        <source>wrong number of arguments for &quot;%1&quot;</source>
        <translation>nombre d&apos;arguments incorrect pour «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>goto needs an item number from 1</source>
        <translation>goto attend un numéro de point à partir de 1</translation>
    </message>
    <message>
        <source>extend needs +M or -M minutes</source>
        <translation>extend attend +M ou -M minutes</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 attend une valeur</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not take the option %2</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;accepte pas l&apos;option %2</translation>
    </message>
    <message>
        <source>a name is empty</source>
        <translation>un nom est vide</translation>
    </message>
    <message>
        <source>a note&apos;s tags are #takeaway, #action, #question, #agree, #disagree or #quote</source>
        <translation>les étiquettes d&apos;une note sont #takeaway, #action, #question, #agree, #disagree ou #quote</translation>
    </message>
    <message>
        <source>--%1 takes %2</source>
        <translation>--%1 attend %2</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un nombre entier</translation>
    </message>
    <message>
        <source>a duration such as 90s, 2m, -1m or 1:30</source>
        <translation>une durée telle que 90s, 2m, -1m ou 1:30</translation>
    </message>
    <message>
        <source>yes or no</source>
        <translation>yes ou no</translation>
    </message>
    <message>
        <source>a JSON object or list</source>
        <translation>un objet ou une liste JSON</translation>
    </message>
    <message>
        <source>nobody is called &quot;%1&quot;</source>
        <translation>personne ne s&apos;appelle «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--question needs a policy question&apos;s number from 1</source>
        <translation>--question attend un numéro de question de politique publique à partir de 1</translation>
    </message>
    <message>
        <source>groups needs the break-out item&apos;s id first</source>
        <translation>groups attend d&apos;abord l&apos;identifiant du point en sous-groupes</translation>
    </message>
    <message>
        <source>report-back takes a group&apos;s id</source>
        <translation>report-back attend l&apos;identifiant d&apos;un groupe</translation>
    </message>
    <message>
        <source>--group needs a break-out group&apos;s id</source>
        <translation>--group attend l&apos;identifiant d&apos;un sous-groupe</translation>
    </message>
</context>
<context>
    <name>core::Report</name>
    <message>
        <source>Key policy questions and expectations</source>
        <translation>Principales questions de politique publique et attentes</translation>
    </message>
    <message>
        <source>Discussion areas</source>
        <translation>Domaines de discussion</translation>
    </message>
    <message>
        <source>Policy recommendations or suggestions for the way forward</source>
        <translation>Recommandations de politique publique ou suggestions pour la voie à suivre</translation>
    </message>
    <message>
        <source>Other initiatives addressing the session issues</source>
        <translation>Autres initiatives portant sur les questions de la séance</translation>
    </message>
    <message>
        <source>Making progress for tackled issues</source>
        <translation>Progrès sur les questions traitées</translation>
    </message>
    <message>
        <source>Estimated participation</source>
        <translation>Participation estimée</translation>
    </message>
    <message>
        <source>Reflection to gender issues</source>
        <translation>Prise en compte des questions de genre</translation>
    </message>
    <message>
        <source>Session outputs</source>
        <translation>Résultats de la séance</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Date&#xa0;: %1</translation>
    </message>
    <message>
        <source>Organizers</source>
        <translation>Organisateurs</translation>
    </message>
    <message>
        <source>Rapporteur</source>
        <translation>Rapporteur</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Intervenants</translation>
    </message>
    <message>
        <source>Short report</source>
        <translation>Rapport succinct</translation>
    </message>
    <message>
        <source>Key takeaways</source>
        <translation>Principaux enseignements</translation>
    </message>
    <message>
        <source>Calls to action</source>
        <translation>Appels à l&apos;action</translation>
    </message>
    <message>
        <source>Long report</source>
        <translation>Rapport détaillé</translation>
    </message>
    <message>
        <source>Floor time by stakeholder group</source>
        <translation>Temps de parole par groupe de parties prenantes</translation>
    </message>
    <message>
        <source>Stakeholder group</source>
        <translation>Groupe de parties prenantes</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Temps</translation>
    </message>
    <message>
        <source>Turns</source>
        <translation>Prises de parole</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>non indiqué</translation>
    </message>
    <message>
        <source>Planned and actual time</source>
        <translation>Temps prévu et réel</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Point de l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Réel</translation>
    </message>
    <message>
        <source>stakeholder group not given</source>
        <translation>groupe de parties prenantes non précisé</translation>
    </message>
    <message numerus="yes">
        <source>%Ln participant(s) joined from their phones</source>
        <translation>
            <numerusform>%Ln participant a rejoint la séance depuis son téléphone</numerusform>
            <numerusform>%Ln participants ont rejoint la séance depuis leur téléphone</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln written question(s) sent</source>
        <translation>
            <numerusform>%Ln question écrite envoyée</numerusform>
            <numerusform>%Ln questions écrites envoyées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln taken up by the moderator</source>
        <translation>
            <numerusform>dont %Ln reprise par le modérateur</numerusform>
            <numerusform>dont %Ln reprises par le modérateur</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2)</source>
        <translation>«&#xa0;%1&#xa0;» (%2)</translation>
    </message>
    <message>
        <source>%1 — agree: %2, disagree: %3</source>
        <translation>%1 — d&apos;accord&#xa0;: %2, pas d&apos;accord&#xa0;: %3</translation>
    </message>
    <message>
        <source>Comments: %1</source>
        <translation>Commentaires&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>From participants&apos; phones</source>
        <translation>Depuis les téléphones des participants</translation>
    </message>
    <message>
        <source>Reactions to the key takeaways</source>
        <translation>Réactions aux principaux enseignements</translation>
    </message>
    <message>
        <source>Participants&apos; own key takeaways</source>
        <translation>Enseignements clés proposés par les participants</translation>
    </message>
    <message>
        <source>No Poverty</source>
        <translation>Pas de pauvreté</translation>
    </message>
    <message>
        <source>Zero Hunger</source>
        <translation>Faim «&#xa0;zéro&#xa0;»</translation>
    </message>
    <message>
        <source>Good Health and Well-Being</source>
        <translation>Bonne santé et bien-être</translation>
    </message>
    <message>
        <source>Quality Education</source>
        <translation>Éducation de qualité</translation>
    </message>
    <message>
        <source>Gender Equality</source>
        <translation>Égalité entre les sexes</translation>
    </message>
    <message>
        <source>Clean Water and Sanitation</source>
        <translation>Eau propre et assainissement</translation>
    </message>
    <message>
        <source>Affordable and Clean Energy</source>
        <translation>Énergie propre et d&apos;un coût abordable</translation>
    </message>
    <message>
        <source>Decent Work and Economic Growth</source>
        <translation>Travail décent et croissance économique</translation>
    </message>
    <message>
        <source>Industry, Innovation and Infrastructure</source>
        <translation>Industrie, innovation et infrastructure</translation>
    </message>
    <message>
        <source>Reduced Inequalities</source>
        <translation>Inégalités réduites</translation>
    </message>
    <message>
        <source>Sustainable Cities and Communities</source>
        <translation>Villes et communautés durables</translation>
    </message>
    <message>
        <source>Responsible Consumption and Production</source>
        <translation>Consommation et production responsables</translation>
    </message>
    <message>
        <source>Climate Action</source>
        <translation>Mesures relatives à la lutte contre les changements climatiques</translation>
    </message>
    <message>
        <source>Life Below Water</source>
        <translation>Vie aquatique</translation>
    </message>
    <message>
        <source>Life on Land</source>
        <translation>Vie terrestre</translation>
    </message>
    <message>
        <source>Peace, Justice and Strong Institutions</source>
        <translation>Paix, justice et institutions efficaces</translation>
    </message>
    <message>
        <source>Partnerships for the Goals</source>
        <translation>Partenariats pour la réalisation des objectifs</translation>
    </message>
    <message>
        <source>Women: %1 of the %2 people who took the floor (%3 % of the floor time).</source>
        <translation>Femmes&#xa0;: %1 des %2 personnes qui ont pris la parole (%3&#xa0;% du temps de parole).</translation>
    </message>
    <message>
        <source>Men: %1 (%2 %). Gender described otherwise: %3 (%4 %). Gender not given: %5 (%6 %).</source>
        <translation>Hommes&#xa0;: %1 (%2&#xa0;%). Genre décrit autrement&#xa0;: %3 (%4&#xa0;%). Genre non indiqué&#xa0;: %5 (%6&#xa0;%).</translation>
    </message>
    <message>
        <source>Invited speakers who are women: %1 of %2.</source>
        <translation>Femmes parmi les intervenants invités&#xa0;: %1 sur %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>Other initiatives: the names of the initiatives a sentence names, then the sentence</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Entered by the rapporteur: onsite %1, online %2, of whom women %3.</source>
        <translation>Saisi par le rapporteur&#xa0;: %1 sur place, %2 en ligne, dont %3 femmes.</translation>
    </message>
    <message>
        <source>Estimated from who took part (the floor, the queue, the empty chair, phones): %1 in the room, %2 online, %3 at a remote hub.</source>
        <translation>Estimation d&apos;après les personnes qui ont participé (prises de parole, file d&apos;attente, chaise vide, téléphones)&#xa0;: %1 dans la salle, %2 en ligne, %3 dans un hub distant.</translation>
    </message>
    <message>
        <source>Women: %1 of the %2 people whose gender is known.</source>
        <translation>Femmes&#xa0;: %1 sur les %2 personnes dont le genre est connu.</translation>
    </message>
    <message>
        <source>Nobody&apos;s gender is known.</source>
        <translation>Le genre n&apos;est connu pour personne.</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <extracomment>When the session ran: its start and end time</extracomment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Goal %1: %2</source>
        <extracomment>A Sustainable Development Goal: its number and title</extracomment>
        <translation>Objectif %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Finding: %1</source>
        <translation>Constat&#xa0;: %1</translation>
    </message>
    <message>
        <source>Agreement: %1</source>
        <translation>Accord&#xa0;: %1</translation>
    </message>
    <message>
        <source>Disagreement: %1</source>
        <translation>Désaccord&#xa0;: %1</translation>
    </message>
    <message>
        <source>participant %1</source>
        <translation>participant n°&#xa0;%1</translation>
    </message>
    <message>
        <source>in the room</source>
        <translation>dans la salle</translation>
    </message>
    <message>
        <source>online</source>
        <translation>en ligne</translation>
    </message>
    <message>
        <source>at the hub %1</source>
        <translation>dans le hub %1</translation>
    </message>
    <message numerus="yes">
        <source>The empty chair was opened %Ln time(s)</source>
        <translation>
            <numerusform>La chaise vide a été ouverte %Ln fois</numerusform>
            <numerusform>La chaise vide a été ouverte %Ln fois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s) sat there</source>
        <translation>
            <numerusform>%Ln personne s&apos;y est assise</numerusform>
            <numerusform>%Ln personnes s&apos;y sont assises</numerusform>
        </translation>
    </message>
    <message>
        <source>for %1 in all.</source>
        <translation>pendant %1 au total.</translation>
    </message>
    <message>
        <source>Time: %1</source>
        <translation>Horaire&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sustainable Development Goals</source>
        <translation>Objectifs de développement durable</translation>
    </message>
    <message>
        <source>Onsite moderator</source>
        <translation>Modérateur sur place</translation>
    </message>
    <message>
        <source>Online moderator</source>
        <translation>Modérateur en ligne</translation>
    </message>
    <message>
        <source>Draft from the session, for the rapporteur to confirm.</source>
        <translation>Brouillon établi à partir de la séance, à confirmer par le rapporteur.</translation>
    </message>
    <message>
        <source>Floor time in the room, online and at hubs</source>
        <translation>Temps de parole dans la salle, en ligne et dans les hubs</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>The empty chair</source>
        <translation>La chaise vide</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Ouverture</translation>
    </message>
    <message>
        <source>Who sat there</source>
        <translation>Qui s&apos;y est assis</translation>
    </message>
    <message>
        <source>Via the online moderator</source>
        <translation>Par le modérateur en ligne</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Invited speakers who are women: %1 of %2; gender not given for %3.</source>
        <translation>Femmes parmi les intervenants invités&#xa0;: %1 sur %2&#xa0;; genre non indiqué pour %3.</translation>
    </message>
    <message>
        <source>at %1</source>
        <extracomment>Where a drafted line comes from: the time on the session&apos;s clock</extracomment>
        <translation>à %1</translation>
    </message>
    <message>
        <source>the rapporteur&apos;s note %1</source>
        <translation>la note %1 du rapporteur</translation>
    </message>
    <message>
        <source>transcript, line %1</source>
        <translation>transcription, ligne %1</translation>
    </message>
    <message>
        <source>someone in the room</source>
        <translation>quelqu&apos;un dans la salle</translation>
    </message>
    <message>
        <source>On &quot;%1&quot;: %2: %3</source>
        <translation>Sur «&#xa0;%1&#xa0;»&#xa0;: %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Room: %1</source>
        <translation>Salle&#xa0;: %1</translation>
    </message>
    <message>
        <source>Comments from the room on the key takeaways</source>
        <translation>Commentaires de la salle sur les principaux enseignements</translation>
    </message>
    <message>
        <source>Sources of the drafted lines</source>
        <translation>Sources des lignes du brouillon</translation>
    </message>
    <message>
        <source>Break-out groups</source>
        <translation>Sous-groupes</translation>
    </message>
    <message>
        <source>Topic: %1</source>
        <translation>Thème&#xa0;: %1</translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation>Lieu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Facilitator: %1</source>
        <translation>Animateur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Rapporteur: %1</source>
        <translation>Rapporteur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Key points</source>
        <translation>Points clés</translation>
    </message>
    <message>
        <source>Report-back: %1</source>
        <translation>Restitution&#xa0;: %1</translation>
    </message>
    <message>
        <source>Notes from the report-back</source>
        <translation>Notes de la restitution</translation>
    </message>
</context>
<context>
    <name>core::ReportState</name>
    <message>
        <source>the report has no field &quot;%1&quot;</source>
        <translation>le rapport n&apos;a pas de champ «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>a report field has at most 20,000 characters</source>
        <translation>un champ du rapport compte au plus 20&#xa0;000 caractères</translation>
    </message>
    <message>
        <source>participation counts are 0 or more, and women are at most everyone counted</source>
        <translation>les chiffres de participation sont de 0 ou plus, et le nombre de femmes ne dépasse pas le total</translation>
    </message>
    <message>
        <source>the transcript holds no turns</source>
        <translation>la transcription ne contient aucune prise de parole</translation>
    </message>
    <message>
        <source>unknown event &quot;%1&quot;</source>
        <translation>événement inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the transcript&apos;s times do not fit its turns</source>
        <translation>les horaires de la transcription ne correspondent pas à ses prises de parole</translation>
    </message>
    <message>
        <source>a caption line is empty</source>
        <translation>une ligne de sous-titres est vide</translation>
    </message>
    <message>
        <source>a caption line has at most %1 characters and its speaker at most %2</source>
        <translation>une ligne de sous-titres compte au plus %1 caractères et le nom de l&apos;intervenant au plus %2</translation>
    </message>
    <message>
        <source>a caption line is one line of plain text</source>
        <translation>une ligne de sous-titres est une seule ligne de texte brut</translation>
    </message>
    <message>
        <source>a caption line&apos;s speaker or time does not fit</source>
        <translation>l&apos;intervenant ou l&apos;heure d&apos;une ligne de sous-titres ne convient pas</translation>
    </message>
</context>
<context>
    <name>core::Session</name>
    <message>
        <source>the session file holds no session</source>
        <translation>le fichier de séance ne contient aucune séance</translation>
    </message>
    <message>
        <source>the session has ended</source>
        <translation>la séance est terminée</translation>
    </message>
    <message>
        <source>this is the last agenda item</source>
        <translation>c&apos;est le dernier point de l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>this is the first agenda item</source>
        <translation>c&apos;est le premier point de l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>there is no such agenda item</source>
        <translation>ce point de l&apos;ordre du jour n&apos;existe pas</translation>
    </message>
    <message>
        <source>the agenda has items 1 to %1, not %2</source>
        <translation>l&apos;ordre du jour contient les points 1 à %1, pas %2</translation>
    </message>
    <message>
        <source>there is no such participant</source>
        <translation>ce participant n&apos;existe pas</translation>
    </message>
    <message>
        <source>nobody is waiting to speak</source>
        <translation>personne n&apos;attend de prendre la parole</translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation>%1 n&apos;est pas un fichier</translation>
    </message>
    <message>
        <source>%1 is %2; a media file may be at most %3</source>
        <translation>%1 fait %2&#xa0;; un fichier multimédia ne peut pas dépasser %3</translation>
    </message>
    <message>
        <source>the session&apos;s media would exceed %1; remove some first</source>
        <translation>les médias de la séance dépasseraient %1&#xa0;; retirez-en d&apos;abord</translation>
    </message>
    <message>
        <source>%1 could not be read completely</source>
        <translation>%1 n&apos;a pas pu être lu entièrement</translation>
    </message>
    <message>
        <source>%1 is %2: only images, SVG, PDF and video can be shown</source>
        <translation>%1 est de type «&#xa0;%2&#xa0;»&#xa0;: on ne peut afficher que des images, SVG, PDF et vidéos</translation>
    </message>
    <message>
        <source>the session is open read-only; save a copy to continue in it</source>
        <translation>la séance est ouverte en lecture seule&#xa0;; enregistrez une copie pour continuer dans celle-ci</translation>
    </message>
    <message>
        <source>there is no such request to speak</source>
        <translation>cette demande de parole n&apos;existe pas</translation>
    </message>
    <message>
        <source>unknown note tag &quot;%1&quot;</source>
        <translation>étiquette de note inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>nothing to re-balance</source>
        <translation>rien à rééquilibrer</translation>
    </message>
    <message>
        <source>unknown queue order &quot;%1&quot;</source>
        <translation>ordre de file d&apos;attente inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>unknown scene &quot;%1&quot;</source>
        <translation>scène inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the store holds a session already</source>
        <translation>le stockage contient déjà une séance</translation>
    </message>
    <message>
        <source>this is a copy of a shared session: it changes only from the host</source>
        <translation>ceci est une copie d&apos;une séance partagée&#xa0;: elle ne change que depuis l&apos;hôte</translation>
    </message>
    <message>
        <source>only a copy of a shared session takes events from a host</source>
        <translation>seule la copie d&apos;une séance partagée reçoit des événements d&apos;un hôte</translation>
    </message>
    <message>
        <source>event %1 came where event %2 was due</source>
        <translation>l&apos;événement %1 est arrivé à la place de l&apos;événement %2 attendu</translation>
    </message>
    <message>
        <source>%1 is a joined device&apos;s copy of a session shared by %2: it opens read-only; save a copy to continue in it</source>
        <translation>%1 est la copie, sur un appareil connecté, d&apos;une séance partagée par %2&#xa0;: elle s&apos;ouvre en lecture seule&#xa0;; enregistrez une copie pour continuer dans celle-ci</translation>
    </message>
    <message>
        <source>&quot;%1&quot; reads a file: only the host&apos;s own window can do it</source>
        <translation>«&#xa0;%1&#xa0;» lit un fichier&#xa0;: seule la fenêtre de l&apos;hôte lui-même peut le faire</translation>
    </message>
    <message>
        <source>a phone asks only for its own participant</source>
        <translation>un téléphone ne fait de demande que pour son propre participant</translation>
    </message>
    <message>
        <source>the empty chair is not open</source>
        <translation>la chaise vide n&apos;est pas ouverte</translation>
    </message>
    <message>
        <source>%1 holds control characters</source>
        <translation>%1 contient des caractères de contrôle</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 est vide</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters</source>
        <translation>%1 dépasse %2 caractères</translation>
    </message>
    <message>
        <source>no phone &quot;%1&quot; joined</source>
        <translation>aucun téléphone «&#xa0;%1&#xa0;» n&apos;a rejoint la séance</translation>
    </message>
    <message>
        <source>the moderator blocked this phone</source>
        <translation>le modérateur a bloqué ce téléphone</translation>
    </message>
    <message>
        <source>a phone may not &quot;%1&quot;</source>
        <translation>un téléphone ne peut pas exécuter «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>a phone&apos;s id is 1 to 32 lower-case letters and digits</source>
        <translation>l&apos;identifiant d&apos;un téléphone compte de 1 à 32 lettres minuscules et chiffres</translation>
    </message>
    <message>
        <source>the phone &quot;%1&quot; has joined already</source>
        <translation>le téléphone «&#xa0;%1&#xa0;» a déjà rejoint la séance</translation>
    </message>
    <message>
        <source>joining from phones is closed</source>
        <translation>la connexion depuis les téléphones est fermée</translation>
    </message>
    <message>
        <source>the name</source>
        <translation>le nom</translation>
    </message>
    <message>
        <source>a detail</source>
        <translation>une information</translation>
    </message>
    <message>
        <source>the question</source>
        <translation>la question</translation>
    </message>
    <message>
        <source>there is no such policy question</source>
        <translation>cette question de politique publique n&apos;existe pas</translation>
    </message>
    <message>
        <source>this phone&apos;s questions are still waiting for the moderator</source>
        <translation>les questions de ce téléphone attendent encore le modérateur</translation>
    </message>
    <message>
        <source>this phone sent a question a moment ago</source>
        <translation>ce téléphone vient d&apos;envoyer une question</translation>
    </message>
    <message>
        <source>there is no such takeaway</source>
        <translation>cet enseignement n&apos;existe pas</translation>
    </message>
    <message>
        <source>the comment</source>
        <translation>le commentaire</translation>
    </message>
    <message>
        <source>a reaction is agree, disagree or comment, not &quot;%1&quot;</source>
        <translation>une réaction vaut agree, disagree ou comment, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>only a comment has text</source>
        <translation>seul un commentaire a un texte</translation>
    </message>
    <message>
        <source>this phone&apos;s reaction is already &quot;%1&quot;</source>
        <translation>la réaction de ce téléphone est déjà «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the takeaway</source>
        <translation>l&apos;enseignement</translation>
    </message>
    <message>
        <source>the phone is blocked already</source>
        <translation>le téléphone est déjà bloqué</translation>
    </message>
    <message>
        <source>the phone is not blocked</source>
        <translation>le téléphone n&apos;est pas bloqué</translation>
    </message>
    <message>
        <source>joining from phones is open already</source>
        <translation>la connexion depuis les téléphones est déjà ouverte</translation>
    </message>
    <message>
        <source>joining from phones is closed already</source>
        <translation>la connexion depuis les téléphones est déjà fermée</translation>
    </message>
    <message>
        <source>the session has not started, so the transcript&apos;s times cannot be placed from its start</source>
        <translation>la séance n&apos;a pas commencé, les horaires de la transcription ne peuvent donc pas être placés à partir de son début</translation>
    </message>
    <message>
        <source>there is no such key takeaway</source>
        <translation>cet enseignement clé n&apos;existe pas</translation>
    </message>
    <message>
        <source>there is no such break-out item</source>
        <translation>ce point en sous-groupes n&apos;existe pas</translation>
    </message>
    <message>
        <source>every group of &quot;%1&quot; has reported back</source>
        <translation>tous les groupes de «&#xa0;%1&#xa0;» ont fait leur restitution</translation>
    </message>
    <message>
        <source>no break-out item with groups comes before this one</source>
        <translation>aucun point en sous-groupes avec des groupes ne précède celui-ci</translation>
    </message>
    <message>
        <source>there is no such break-out group</source>
        <translation>ce sous-groupe n&apos;existe pas</translation>
    </message>
    <message>
        <source>the group &quot;%1&quot; has nobody to report back: give it a rapporteur</source>
        <translation>le groupe «&#xa0;%1&#xa0;» n&apos;a personne pour la restitution&#xa0;: désignez-lui un rapporteur</translation>
    </message>
    <message>
        <source>there is no video %1 in the session</source>
        <translation>la séance ne contient pas de vidéo %1</translation>
    </message>
    <message>
        <source>%1 cannot be read as subtitles: %2</source>
        <extracomment>%1 is a file name, %2 what is wrong with it</extracomment>
        <translation>%1 ne peut pas être lu comme sous-titres&#xa0;: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un code de langue</translation>
    </message>
    <message>
        <source>there is no glossary term %1</source>
        <translation>le terme du glossaire %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>a caption line is empty</source>
        <translation>une ligne de sous-titres est vide</translation>
    </message>
    <message>
        <source>there is no participant %1</source>
        <translation>le participant %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>a caption line cannot be said before the session or later than now</source>
        <translation>une ligne de sous-titres ne peut pas dater d&apos;avant la séance ni d&apos;après maintenant</translation>
    </message>
    <message>
        <source>a caption size is small, medium or large, not &quot;%1&quot;</source>
        <translation>une taille de sous-titres vaut small, medium ou large, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>there is no policy question %1</source>
        <translation>il n’y a pas de question de politique publique %1</translation>
    </message>
</context>
<context>
    <name>core::SessionDefinition</name>
    <message>
        <source>the session has no title</source>
        <translation>la séance n&apos;a pas de titre</translation>
    </message>
    <message>
        <source>New workshop</source>
        <translation>Nouvel atelier</translation>
    </message>
</context>
<context>
    <name>core::SessionFiles</name>
    <message>
        <source>%1 is not a regular file</source>
        <translation>%1 n&apos;est pas un fichier ordinaire</translation>
    </message>
</context>
<context>
    <name>core::SessionState</name>
    <message>
        <source>event %1 is older than the event before it</source>
        <translation>l&apos;événement %1 est antérieur à l&apos;événement précédent</translation>
    </message>
    <message>
        <source>the session log does not start with the session&apos;s definition</source>
        <translation>le journal de la séance ne commence pas par la définition de la séance</translation>
    </message>
    <message>
        <source>there is no such agenda item</source>
        <translation>ce point de l&apos;ordre du jour n&apos;existe pas</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a block, not a single item</source>
        <translation>«&#xa0;%1&#xa0;» est un bloc, pas un point individuel</translation>
    </message>
    <message>
        <source>the session is defined twice</source>
        <translation>la séance est définie deux fois</translation>
    </message>
    <message>
        <source>the session has ended</source>
        <translation>la séance est terminée</translation>
    </message>
    <message>
        <source>the clock has already started</source>
        <translation>le chronomètre a déjà démarré</translation>
    </message>
    <message>
        <source>the clock is not running</source>
        <translation>le chronomètre n&apos;est pas en marche</translation>
    </message>
    <message>
        <source>the clock is not paused</source>
        <translation>le chronomètre n&apos;est pas en pause</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already the current item</source>
        <translation>«&#xa0;%1&#xa0;» est déjà le point en cours</translation>
    </message>
    <message>
        <source>an agenda item cannot be shorter than one minute</source>
        <translation>un point de l&apos;ordre du jour ne peut pas durer moins d&apos;une minute</translation>
    </message>
    <message>
        <source>the re-balanced plan is not valid</source>
        <translation>le plan rééquilibré n&apos;est pas valide</translation>
    </message>
    <message>
        <source>the re-balanced plan is empty</source>
        <translation>le plan rééquilibré est vide</translation>
    </message>
    <message>
        <source>the clock has not started</source>
        <translation>le chronomètre n&apos;a pas démarré</translation>
    </message>
    <message>
        <source>the agenda can be edited until the clock starts; then extend or re-balance items</source>
        <translation>l&apos;ordre du jour peut être modifié jusqu&apos;au démarrage du chronomètre&#xa0;; ensuite, prolongez ou rééquilibrez les points</translation>
    </message>
    <message>
        <source>the session&apos;s details can be edited until the clock starts</source>
        <translation>les détails de la séance peuvent être modifiés jusqu’au démarrage du chronomètre</translation>
    </message>
    <message>
        <source>the title can have at most 300 characters, the code 100</source>
        <translation>le titre peut compter au plus 300 caractères, le code 100</translation>
    </message>
    <message>
        <source>a session lasts between 1 and 600 minutes</source>
        <translation>une séance dure entre 1 et 600 minutes</translation>
    </message>
    <message>
        <source>a session can have at most 20 policy questions</source>
        <translation>une séance peut avoir au plus 20 questions de politique publique</translation>
    </message>
    <message>
        <source>a note is linked to policy question %1, which would no longer exist</source>
        <translation>une note est liée à la question de politique publique %1, qui n’existerait plus</translation>
    </message>
    <message>
        <source>a declined re-balancing needs the overrun it was declined at</source>
        <translation>un rééquilibrage refusé doit indiquer le retard auquel il a été refusé</translation>
    </message>
    <message>
        <source>event %1 has no known type</source>
        <translation>l&apos;événement %1 n&apos;a pas de type connu</translation>
    </message>
    <message>
        <source>the room&apos;s name can have at most 200 characters</source>
        <translation>le nom de la salle peut compter au plus 200 caractères</translation>
    </message>
    <message>
        <source>there is no break-out group %1</source>
        <translation>le sous-groupe %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>the group &quot;%1&quot; names a policy question the session does not have</source>
        <translation>le groupe «&#xa0;%1&#xa0;» indique une question de politique publique que la séance n&apos;a pas</translation>
    </message>
    <message>
        <source>the group &quot;%1&quot; names participant %2, who is not in the session</source>
        <translation>le groupe «&#xa0;%1&#xa0;» indique le participant %2, qui ne fait pas partie de la séance</translation>
    </message>
</context>
<context>
    <name>core::SessionStats</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Planned %1, actual %2, paused %3</source>
        <translation>Prévu %1, réel %2, en pause %3</translation>
    </message>
    <message>
        <source>%1%2  planned %3  actual %4</source>
        <translation>%1%2  prévu %3  réel %4</translation>
    </message>
    <message>
        <source>Phones: %1 joined, %2 questions, %3 reactions, %4 shared takeaways</source>
        <translation>Téléphones&#xa0;: %1 connectés, %2 questions, %3 réactions, %4 enseignements partagés</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>non indiqué</translation>
    </message>
    <message>
        <source>in the room</source>
        <translation>dans la salle</translation>
    </message>
    <message>
        <source>online</source>
        <translation>en ligne</translation>
    </message>
    <message>
        <source>hub %1</source>
        <translation>hub %1</translation>
    </message>
    <message>
        <source>invited speakers</source>
        <translation>intervenants invités</translation>
    </message>
    <message>
        <source>moderators</source>
        <translation>modération</translation>
    </message>
    <message>
        <source>audience</source>
        <translation>public</translation>
    </message>
    <message numerus="yes">
        <source>Floor: %Ln turn(s), %1</source>
        <translation>
            <numerusform>Parole&#xa0;: %Ln prise de parole, %1</numerusform>
            <numerusform>Parole&#xa0;: %Ln prises de parole, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>By person</source>
        <translation>Par personne</translation>
    </message>
    <message numerus="yes">
        <source>    %1  %Ln turn(s)  %2</source>
        <translation>
            <numerusform>    %1  %Ln prise de parole  %2</numerusform>
            <numerusform>    %1  %Ln prises de parole  %2</numerusform>
        </translation>
    </message>
    <message>
        <source>By stakeholder group</source>
        <translation>Par groupe de parties prenantes</translation>
    </message>
    <message>
        <source>By region</source>
        <translation>Par région</translation>
    </message>
    <message>
        <source>By gender</source>
        <translation>Par genre</translation>
    </message>
    <message>
        <source>By channel</source>
        <translation>Par canal</translation>
    </message>
    <message>
        <source>By role</source>
        <translation>Par rôle</translation>
    </message>
    <message numerus="yes">
        <source>    %1  %Ln turn(s)  %2  %3 %</source>
        <extracomment>A row of the floor balance: who, turns, time, share of the floor time</extracomment>
        <translation>
            <numerusform>    %1  %Ln prise de parole  %2  %3&#xa0;%</numerusform>
            <numerusform>    %1  %Ln prises de parole  %2  %3&#xa0;%</numerusform>
        </translation>
    </message>
    <message>
        <source>replies by invited speakers</source>
        <translation>réponses des intervenants invités</translation>
    </message>
    <message>
        <source>Break-out &quot;%1&quot;: group work planned %2, actual %3</source>
        <translation>Sous-groupes «&#xa0;%1&#xa0;»&#xa0;: travail en groupe prévu %2, réel %3</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>  %1: %Ln member(s) (%2); report-back %3</source>
        <translation>
            <numerusform>  %1&#xa0;: %Ln membre (%2)&#xa0;; restitution %3</numerusform>
            <numerusform>  %1&#xa0;: %Ln membres (%2)&#xa0;; restitution %3</numerusform>
        </translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
</context>
<context>
    <name>core::SessionStore</name>
    <message>
        <source>the file is cut short: it has %1 bytes of the %2 that its header gives</source>
        <translation>le fichier est tronqué&#xa0;: il contient %1 octets sur les %2 qu&apos;indique son en-tête</translation>
    </message>
    <message>
        <source>events %1 to %2 are missing from the log</source>
        <translation>les événements %1 à %2 manquent dans le journal</translation>
    </message>
    <message>
        <source>event %1 is out of order</source>
        <translation>l&apos;événement %1 n&apos;est pas dans l&apos;ordre</translation>
    </message>
    <message>
        <source>%1 was left from an earlier file and has been moved to %2.</source>
        <translation>%1 provenait d&apos;un fichier précédent et a été déplacé vers %2.</translation>
    </message>
    <message>
        <source>A write-ahead log beside the file did not belong to it; it was not applied and has been moved to %1.</source>
        <translation>Un journal d&apos;écriture anticipée (fichier WAL) situé à côté du fichier ne lui appartenait pas&#xa0;; il n&apos;a pas été appliqué et a été déplacé vers %1.</translation>
    </message>
    <message>
        <source>A write-ahead log beside the file does not belong to it; it was ignored.</source>
        <translation>Un journal d&apos;écriture anticipée (fichier WAL) situé à côté du fichier ne lui appartient pas&#xa0;; il a été ignoré.</translation>
    </message>
    <message>
        <source>the file has no schema version</source>
        <translation>le fichier n&apos;a pas de version de schéma</translation>
    </message>
    <message>
        <source>the file was opened read-only</source>
        <translation>le fichier a été ouvert en lecture seule</translation>
    </message>
    <message>
        <source>%1 is the file open here: save the copy under another name</source>
        <translation>%1 est le fichier ouvert ici&#xa0;: enregistrez la copie sous un autre nom</translation>
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
        <translation>en ligne</translation>
    </message>
    <message>
        <source>in the room</source>
        <translation>dans la salle</translation>
    </message>
    <message>
        <source>first time</source>
        <translation>première prise de parole</translation>
    </message>
    <message numerus="yes">
        <source>%Ln turn(s), %1</source>
        <translation>
            <numerusform>%Ln prise de parole, %1</numerusform>
            <numerusform>%Ln prises de parole, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>from a phone</source>
        <translation>depuis un téléphone</translation>
    </message>
</context>
<context>
    <name>core::Subtitles</name>
    <message>
        <source>a subtitle file may be at most %1</source>
        <extracomment>%1 is the largest subtitle file accepted, like &quot;2 MB&quot;</extracomment>
        <translation>un fichier de sous-titres ne peut pas dépasser %1</translation>
    </message>
    <message>
        <source>the subtitles are not a text file</source>
        <translation>les sous-titres ne sont pas un fichier texte</translation>
    </message>
</context>
<context>
    <name>core::Transcript</name>
    <message>
        <source>the transcript holds no turns</source>
        <translation>la transcription ne contient aucune prise de parole</translation>
    </message>
    <message>
        <source>%1 is too large (%2); at most %3 can be read</source>
        <extracomment>%1 is a file name, %2 its size, %3 the largest size accepted (both like &quot;8.4 MB&quot;)</extracomment>
        <translation>%1 est trop volumineux (%2)&#xa0;; on ne peut pas lire plus de %3</translation>
    </message>
    <message>
        <source>%1 is larger than %2, the most that can be read</source>
        <extracomment>%1 is a file name, %2 the largest size accepted (like &quot;8.4 MB&quot;)</extracomment>
        <translation>%1 dépasse %2, la taille maximale qui peut être lue</translation>
    </message>
    <message>
        <source>%1 is not a text file</source>
        <translation>%1 n&apos;est pas un fichier texte</translation>
    </message>
    <message>
        <source>the transcript is longer than %1, the most a transcript may have</source>
        <extracomment>%1 is the largest transcript accepted, like &quot;8.4 MB&quot;</extracomment>
        <translation>la transcription dépasse %1, la taille maximale d&apos;une transcription</translation>
    </message>
    <message>
        <source>line %1: a caption cue needs a timing such as %2</source>
        <extracomment>%1 is a line number, %2 an example of a cue timing (keep it as it is)</extracomment>
        <translation>ligne %1&#xa0;: un bloc de sous-titres doit avoir un minutage comme %2</translation>
    </message>
    <message>
        <source>line %1: the cue timing is not valid; a valid one reads like %2</source>
        <extracomment>%1 is a line number, %2 an example of a cue timing (keep it as it is)</extracomment>
        <translation>ligne %1&#xa0;: le minutage du bloc n&apos;est pas valide&#xa0;; il doit avoir la forme %2</translation>
    </message>
    <message>
        <source>line %1: the cue ends before it starts</source>
        <extracomment>%1 is a line number</extracomment>
        <translation>ligne %1&#xa0;: le bloc se termine avant de commencer</translation>
    </message>
    <message>
        <source>the text is neither SRT nor WebVTT captions</source>
        <translation>le texte n&apos;est ni des sous-titres SRT ni des sous-titres WebVTT</translation>
    </message>
    <message>
        <source>the captions hold no cue</source>
        <translation>les sous-titres ne contiennent aucun bloc</translation>
    </message>
</context>
<context>
    <name>core::Vocabulary</name>
    <message>
        <source>Government</source>
        <comment>stakeholder group</comment>
        <translation>Gouvernement</translation>
    </message>
    <message>
        <source>Private Sector</source>
        <comment>stakeholder group</comment>
        <translation>Secteur privé</translation>
    </message>
    <message>
        <source>Civil Society</source>
        <comment>stakeholder group</comment>
        <translation>Société civile</translation>
    </message>
    <message>
        <source>Technical Community</source>
        <comment>stakeholder group</comment>
        <translation>Communauté technique</translation>
    </message>
    <message>
        <source>Intergovernmental Organization</source>
        <comment>stakeholder group</comment>
        <translation>Organisation intergouvernementale</translation>
    </message>
    <message>
        <source>African Group</source>
        <comment>UN regional group</comment>
        <translation>Groupe des États d&apos;Afrique</translation>
    </message>
    <message>
        <source>Asia-Pacific Group</source>
        <comment>UN regional group</comment>
        <translation>Groupe des États d&apos;Asie et du Pacifique</translation>
    </message>
    <message>
        <source>Eastern European Group</source>
        <comment>UN regional group</comment>
        <translation>Groupe des États d&apos;Europe orientale</translation>
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
        <translation>Organisation intergouvernementale</translation>
    </message>
    <message>
        <source>woman</source>
        <comment>gender</comment>
        <translation>femme</translation>
    </message>
    <message>
        <source>man</source>
        <comment>gender</comment>
        <translation>homme</translation>
    </message>
</context>
<context>
    <name>core::WorkFolder</name>
    <message>
        <source>cannot make a temporary folder in %1: %2</source>
        <translation>impossible de créer un dossier temporaire dans %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>core::share::JoinCodes</name>
    <message>
        <source>the join code for %1 is damaged</source>
        <translation>le code d&apos;accès de %1 est endommagé</translation>
    </message>
    <message>
        <source>the join codes are damaged</source>
        <translation>les codes d&apos;accès sont endommagés</translation>
    </message>
</context>
<context>
    <name>core::share::Protocol</name>
    <message>
        <source>the message is larger than %1 bytes</source>
        <translation>le message dépasse %1 octets</translation>
    </message>
    <message>
        <source>the message is not a JSON object</source>
        <translation>le message n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>a device may not send &quot;%1&quot;</source>
        <translation>un appareil ne peut pas envoyer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs &quot;%2&quot;</source>
        <translation>«&#xa0;%1&#xa0;» attend «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a wrong &quot;%2&quot;</source>
        <translation>«&#xa0;%1&#xa0;» a un «&#xa0;%2&#xa0;» incorrect</translation>
    </message>
    <message>
        <source>&quot;%2&quot; of &quot;%1&quot; is longer than %3 characters</source>
        <translation>«&#xa0;%2&#xa0;» de «&#xa0;%1&#xa0;» dépasse %3 caractères</translation>
    </message>
    <message>
        <source>unknown message &quot;%1&quot;</source>
        <translation>message inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>an event has a wrong &quot;%1&quot;</source>
        <translation>un événement a un «&#xa0;%1&#xa0;» incorrect</translation>
    </message>
    <message>
        <source>an event has no data</source>
        <translation>un événement n&apos;a pas de données</translation>
    </message>
</context>
<context>
    <name>core::share::ShareClient</name>
    <message>
        <source>The host gave an unknown role.</source>
        <translation>L&apos;hôte a indiqué un rôle inconnu.</translation>
    </message>
</context>
<context>
    <name>core::share::ShareHost</name>
    <message>
        <source>The join code was renewed: join again with the new code.</source>
        <translation>Le code d&apos;accès a été renouvelé&#xa0;: rejoignez de nouveau la séance avec le nouveau code.</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>Modérateur</translation>
    </message>
    <message>
        <source>The session has as many devices as it can take (%1).</source>
        <translation>La séance a déjà autant d&apos;appareils qu&apos;elle peut en accueillir (%1).</translation>
    </message>
    <message>
        <source>Too many messages: at most %1 a second.</source>
        <translation>Trop de messages&#xa0;: %1 par seconde au plus.</translation>
    </message>
    <message>
        <source>Join the session first.</source>
        <translation>Rejoignez d&apos;abord la séance.</translation>
    </message>
    <message>
        <source>This device has joined already.</source>
        <translation>Cet appareil a déjà rejoint la séance.</translation>
    </message>
    <message>
        <source>This device speaks protocol %1 and the host speaks %2: use the same version of Moderato on both.</source>
        <translation>Cet appareil utilise le protocole %1 et l&apos;hôte le protocole %2&#xa0;: utilisez la même version de Moderato sur les deux.</translation>
    </message>
    <message>
        <source>Too many wrong join codes from this address: wait a minute.</source>
        <translation>Trop de codes d&apos;accès erronés depuis cette adresse&#xa0;: attendez une minute.</translation>
    </message>
    <message>
        <source>This join code is not valid (it may have been renewed).</source>
        <translation>Ce code d&apos;accès n&apos;est pas valide (il a peut-être été renouvelé).</translation>
    </message>
    <message>
        <source>A device needs a name and an id to join.</source>
        <translation>Un appareil a besoin d&apos;un nom et d&apos;un identifiant pour rejoindre la séance.</translation>
    </message>
    <message>
        <source>This device connected again.</source>
        <translation>Cet appareil s&apos;est reconnecté.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; reads a file on the host: only the host&apos;s own window can do it</source>
        <translation>«&#xa0;%1&#xa0;» lit un fichier sur l&apos;hôte&#xa0;: seule la fenêtre de l&apos;hôte lui-même peut le faire</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The moderator&apos;s console for multi-stakeholder workshops.</source>
        <translation>La console de modération pour les ateliers multipartites.</translation>
    </message>
    <message>
        <source>Open the built-in demo workshop.</source>
        <translation>Ouvrir l&apos;atelier de démonstration intégré.</translation>
    </message>
    <message>
        <source>Render the console to PNG files in DIR without showing a window, then exit.</source>
        <translation>Rendre la console en fichiers PNG dans DOSSIER sans afficher de fenêtre, puis quitter.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DOSSIER</translation>
    </message>
    <message>
        <source>The language of the interface (en, ar, de, es, fr, pt_BR, ru, zh_CN).</source>
        <translation>La langue de l&apos;interface (en, ar, de, es, fr, pt_BR, ru, zh_CN).</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANGUE</translation>
    </message>
    <message>
        <source>Print the time of the first paint and exit (start-up benchmark).</source>
        <translation>Afficher le temps du premier affichage et quitter (mesure du démarrage).</translation>
    </message>
    <message>
        <source>A session file to open (.moderato).</source>
        <translation>Un fichier de séance à ouvrir (.moderato).</translation>
    </message>
    <message>
        <source>[FILE]</source>
        <translation>[FICHIER]</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot;; available: %2</source>
        <translation>langue inconnue «&#xa0;%1&#xa0;»&#xa0;; disponibles&#xa0;: %2</translation>
    </message>
    <message>
        <source>open one session file at a time</source>
        <translation>ouvrez un seul fichier de séance à la fois</translation>
    </message>
    <message>
        <source>Moderato</source>
        <translation>Moderato</translation>
    </message>
    <message>
        <source>Add FILE (image, SVG, PDF, video) to the session and show it on the room display.</source>
        <translation>Ajouter FICHIER (image, SVG, PDF, vidéo) à la séance et l&apos;afficher sur l&apos;écran de la salle.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>%1 is open in another Moderato window, which has been brought to the front.</source>
        <translation>%1 est ouvert dans une autre fenêtre de Moderato, qui a été mise au premier plan.</translation>
    </message>
    <message>
        <source>Join the session a moderator shares, at ADDRESS (moderato://HOST:PORT/CODE).</source>
        <translation>Rejoindre la séance qu&apos;un modérateur partage, à l&apos;adresse ADRESSE (moderato://HOST:PORT/CODE).</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADRESSE</translation>
    </message>
    <message>
        <source>The name to join with (asked for when not given).</source>
        <translation>Le nom sous lequel rejoindre la séance (demandé s&apos;il n&apos;est pas indiqué).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>--join opens a shared session: give no file</source>
        <translation>--join ouvre une séance partagée&#xa0;: n&apos;indiquez aucun fichier</translation>
    </message>
    <message>
        <source>--name goes with --join</source>
        <translation>--name va avec --join</translation>
    </message>
    <message>
        <source>Ask where to save a new, blank session and open it.</source>
        <translation>Demander où enregistrer une nouvelle séance vierge, puis l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>Open FILE in a new window, even when a Moderato window is running.</source>
        <translation>Ouvrir FICHIER dans une nouvelle fenêtre, même si une fenêtre de Moderato est déjà ouverte.</translation>
    </message>
    <message>
        <source>%1 has been handed to the Moderato window that is running.</source>
        <translation>%1 a été transmis à la fenêtre de Moderato déjà ouverte.</translation>
    </message>
</context>
<context>
    <name>net::PhoneServer</name>
    <message>
        <source>cannot listen on %1 port %2: %3</source>
        <translation>impossible d&apos;écouter sur %1, port %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>net::SharingConnection</name>
    <message>
        <source>&quot;%1&quot; is not a join address like moderato://HOST:PORT/CODE</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse d&apos;accès comme moderato://HOST:PORT/CODE</translation>
    </message>
    <message>
        <source>The host&apos;s certificate is not the one in the join address.</source>
        <translation>Le certificat de l&apos;hôte n&apos;est pas celui de l&apos;adresse d&apos;accès.</translation>
    </message>
</context>
<context>
    <name>net::SharingServer</name>
    <message>
        <source>cannot listen on %1 port %2: %3</source>
        <translation>impossible d&apos;écouter sur %1, port %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Only text messages are understood.</source>
        <translation>Seuls les messages texte sont compris.</translation>
    </message>
    <message>
        <source>this build of Qt has no TLS</source>
        <translation>cette version de Qt ne prend pas en charge TLS</translation>
    </message>
    <message>
        <source>no TLS library is available (OpenSSL)</source>
        <translation>aucune bibliothèque TLS n&apos;est disponible (OpenSSL)</translation>
    </message>
    <message>
        <source>TLS must be chosen before sharing starts</source>
        <translation>TLS doit être choisi avant le début du partage</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate</source>
        <translation>%1 ne contient aucun certificat PEM</translation>
    </message>
    <message>
        <source>%1 holds no PEM private key (RSA or EC, without a passphrase)</source>
        <translation>%1 ne contient aucune clé privée PEM (RSA ou EC, sans phrase secrète)</translation>
    </message>
</context>
<context>
    <name>ui::AgendaEditor</name>
    <message>
        <source>Opening</source>
        <translation>Ouverture</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Intervenant</translation>
    </message>
    <message>
        <source>Audience input</source>
        <translation>Contributions du public</translation>
    </message>
    <message>
        <source>Empty chair</source>
        <translation>Chaise vide</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Move item</source>
        <translation>Déplacer le point</translation>
    </message>
    <message>
        <source>Edit the agenda</source>
        <translation>Modifier l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Minutes:</source>
        <translation>&amp;Minutes&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;peaker:</source>
        <translation>&amp;Intervenant&#xa0;:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translation>A&amp;jouter un point</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>M&amp;onter</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>&amp;Nest</source>
        <translation>Imbri&amp;quer</translation>
    </message>
    <message>
        <source>Un-n&amp;est</source>
        <translation>Sortir du b&amp;loc</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>The clock has started: the agenda can no longer be edited. Lengthen, shorten or re-balance items from the console.</source>
        <translation>Le chronomètre a démarré&#xa0;: l&apos;ordre du jour ne peut plus être modifié. Prolongez, raccourcissez ou rééquilibrez les points depuis la console.</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Bloc</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>Nouveau point</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Ajouter un point</translation>
    </message>
    <message>
        <source>The agenda needs at least one item.</source>
        <translation>L&apos;ordre du jour doit contenir au moins un point.</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>Retirer le point</translation>
    </message>
    <message>
        <source>Only an item with an item before it can be nested into that item.</source>
        <translation>Seul un point précédé d&apos;un autre point peut être imbriqué dans celui-ci.</translation>
    </message>
    <message>
        <source>Nest item</source>
        <translation>Imbriquer le point</translation>
    </message>
    <message>
        <source>Un-nest item</source>
        <translation>Sortir le point du bloc</translation>
    </message>
    <message>
        <source>Change length</source>
        <translation>Modifier la durée</translation>
    </message>
    <message>
        <source>An agenda item needs a title.</source>
        <translation>Un point de l&apos;ordre du jour doit avoir un titre.</translation>
    </message>
    <message>
        <source>Rename item</source>
        <translation>Renommer le point</translation>
    </message>
    <message>
        <source>Change kind</source>
        <translation>Modifier le type</translation>
    </message>
    <message>
        <source>Change speaker</source>
        <translation>Changer d&apos;intervenant</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(personne)</translation>
    </message>
    <message>
        <source>Total %1 of %2</source>
        <translation>Total&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <source>(%1 over)</source>
        <translation>(%1 de trop)</translation>
    </message>
    <message>
        <source>(%1 left)</source>
        <translation>(reste %1)</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote&#xa0;:</translation>
    </message>
    <message>
        <source>Change note</source>
        <translation>Modifier la note</translation>
    </message>
    <message>
        <source>Break-out groups</source>
        <translation>Sous-groupes</translation>
    </message>
    <message>
        <source>&amp;Groups…</source>
        <translation>&amp;Groupes…</translation>
    </message>
    <message>
        <source>Groups, topics, places, leaders and members of this break-out item</source>
        <translation>Groupes, sujets, lieux, responsables et membres de ce point en sous-groupes</translation>
    </message>
    <message>
        <source>Give the item the kind &quot;Break-out groups&quot; to edit its groups</source>
        <translation>Donnez au point le type « Sous-groupes » pour modifier ses groupes</translation>
    </message>
</context>
<context>
    <name>ui::BalancePanel</name>
    <message>
        <source>not given</source>
        <translation>non indiqué</translation>
    </message>
    <message>
        <source>in the room</source>
        <translation>dans la salle</translation>
    </message>
    <message>
        <source>online</source>
        <translation>en ligne</translation>
    </message>
    <message>
        <source>hub %1</source>
        <translation>hub %1</translation>
    </message>
    <message>
        <source>invited speakers</source>
        <translation>intervenants invités</translation>
    </message>
    <message>
        <source>moderators</source>
        <translation>modération</translation>
    </message>
    <message>
        <source>audience</source>
        <translation>public</translation>
    </message>
    <message>
        <source>Floor time appears here once someone has the floor.</source>
        <translation>Le temps de parole s&apos;affiche ici dès que quelqu&apos;un a la parole.</translation>
    </message>
    <message>
        <source>Stakeholder group</source>
        <translation>Groupe de parties prenantes</translation>
    </message>
    <message>
        <source>Regional group</source>
        <translation>Groupe régional</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %Ln turn(s)</source>
        <translation>
            <numerusform>%1 · %Ln prise de parole</numerusform>
            <numerusform>%1 · %Ln prises de parole</numerusform>
        </translation>
    </message>
    <message>
        <source>replies by invited speakers</source>
        <translation>réponses des intervenants invités</translation>
    </message>
    <message>
        <source>Presentations, replies and audience</source>
        <translation>Présentations, réponses et public</translation>
    </message>
    <message numerus="yes">
        <source>Moderation, not counted above: %1 · %Ln turn(s)</source>
        <translation>
            <numerusform>Modération, non comptée ci-dessus&#xa0;: %1 · %Ln prise de parole</numerusform>
            <numerusform>Modération, non comptée ci-dessus&#xa0;: %1 · %Ln prises de parole</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::BreakOutActions</name>
    <message>
        <source>Break-out &amp;groups…</source>
        <translation>Sous-&amp;groupes…</translation>
    </message>
    <message>
        <source>Next &amp;report-back</source>
        <translation>Prochaine &amp;restitution</translation>
    </message>
    <message>
        <source>Give the floor to the next break-out group&apos;s rapporteur</source>
        <translation>Donner la parole au rapporteur du sous-groupe suivant</translation>
    </message>
    <message>
        <source>The agenda has no break-out item: give an item the kind &quot;Break-out groups&quot; in the agenda editor.</source>
        <translation>L&apos;ordre du jour n&apos;a aucun point en sous-groupes&#xa0;: donnez à un point le type «&#xa0;Sous-groupes&#xa0;» dans l&apos;éditeur de l&apos;ordre du jour.</translation>
    </message>
    <message>
        <source>No session is open.</source>
        <translation>Aucune séance n&apos;est ouverte.</translation>
    </message>
</context>
<context>
    <name>ui::BreakOutDialog</name>
    <message>
        <source>Break-out groups</source>
        <translation>Sous-groupes</translation>
    </message>
    <message>
        <source>This agenda item is not a break-out item.</source>
        <translation>Ce point de l&apos;ordre du jour n&apos;est pas un point en sous-groupes.</translation>
    </message>
    <message>
        <source>&amp;Add group</source>
        <translation>&amp;Ajouter un groupe</translation>
    </message>
    <message>
        <source>&amp;Remove group</source>
        <translation>&amp;Retirer le groupe</translation>
    </message>
    <message>
        <source>Report back &amp;earlier</source>
        <translation>Restituer a&amp;vant</translation>
    </message>
    <message>
        <source>Report back &amp;later</source>
        <translation>Restituer a&amp;près</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>&amp;Thème&#xa0;:</translation>
    </message>
    <message>
        <source>A policy question, or your own words</source>
        <translation>Une question de politique publique, ou vos propres mots</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Lieu&#xa0;:</translation>
    </message>
    <message>
        <source>table 2, left corner…</source>
        <translation>table 2, coin gauche…</translation>
    </message>
    <message>
        <source>&amp;Online</source>
        <translation>En l&amp;igne</translation>
    </message>
    <message>
        <source>&amp;Facilitator:</source>
        <translation>Ani&amp;mateur&#xa0;:</translation>
    </message>
    <message>
        <source>Ra&amp;pporteur:</source>
        <translation>Ra&amp;pporteur&#xa0;:</translation>
    </message>
    <message>
        <source>Who is in which group (drag people between the lists):</source>
        <translation>Qui est dans quel groupe (faites glisser les personnes d&apos;une liste à l&apos;autre)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Move to…</source>
        <translation>&amp;Déplacer vers…</translation>
    </message>
    <message>
        <source>Assign a&amp;utomatically</source>
        <translation>Répartir a&amp;utomatiquement</translation>
    </message>
    <message>
        <source>Balanced groups that spread stakeholder groups, regions and genders; possible until the group phase starts</source>
        <translation>Des groupes équilibrés qui répartissent groupes de parties prenantes, régions et genres&#xa0;; possible jusqu&apos;au début de la phase en groupes</translation>
    </message>
    <message>
        <source>Add a &amp;latecomer</source>
        <translation>Ajouter un retardata&amp;ire</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Participant %1</source>
        <translation>Participant %1</translation>
    </message>
    <message>
        <source>online</source>
        <translation>en ligne</translation>
    </message>
    <message>
        <source>In no group</source>
        <translation>Dans aucun groupe</translation>
    </message>
    <message>
        <source>facilitator</source>
        <translation>animateur</translation>
    </message>
    <message>
        <source>rapporteur</source>
        <translation>rapporteur</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(personne)</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Groupe %1</translation>
    </message>
    <message>
        <source>A group needs a name.</source>
        <translation>Un groupe doit avoir un nom.</translation>
    </message>
    <message>
        <source>There is no such participant.</source>
        <translation>Ce participant n&apos;existe pas.</translation>
    </message>
    <message>
        <source>There is no such group.</source>
        <translation>Ce groupe n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The group phase has started: add latecomers or move people by hand.</source>
        <translation>La phase en groupes a commencé&#xa0;: ajoutez les retardataires ou déplacez les personnes à la main.</translation>
    </message>
    <message>
        <source>Group sizes %1–%2. Largest differences between groups: stakeholder groups %3, regions %4, genders %5.</source>
        <translation>Taille des groupes&#xa0;: %1–%2. Plus grands écarts entre les groupes&#xa0;: groupes de parties prenantes %3, régions %4, genres %5.</translation>
    </message>
    <message>
        <source>Choose who came late.</source>
        <translation>Choisissez qui est arrivé en retard.</translation>
    </message>
    <message>
        <source>%1 joins %2.</source>
        <translation>%1 rejoint %2.</translation>
    </message>
    <message>
        <source>Select someone in a group&apos;s list first.</source>
        <translation>Sélectionnez d&apos;abord une personne dans la liste d&apos;un groupe.</translation>
    </message>
    <message>
        <source>Edit break-out groups</source>
        <translation>Modifier les sous-groupes</translation>
    </message>
    <message numerus="yes">
        <source>%Ln person&apos;s own choice could not be kept.</source>
        <translation>
            <numerusform>Le choix de %Ln personne n&apos;a pas pu être respecté.</numerusform>
            <numerusform>Les choix de %Ln personnes n&apos;ont pas pu être respectés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::BriefingDialog</name>
    <message>
        <source>Briefing pack</source>
        <translation>Dossier de préparation</translation>
    </message>
    <message>
        <source>Show the &amp;date</source>
        <translation>Afficher la &amp;date</translation>
    </message>
    <message>
        <source>Include the prepared &amp;questions</source>
        <translation>Inclure les &amp;questions préparées</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exporter en &amp;PDF…</translation>
    </message>
    <message>
        <source>Export &amp;Markdown…</source>
        <translation>Exporter en &amp;Markdown…</translation>
    </message>
    <message>
        <source>&amp;Starts at:</source>
        <translation>&amp;Heure de début&#xa0;:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date&#xa0;:</translation>
    </message>
    <message>
        <source>Export the briefing pack</source>
        <translation>Exporter le dossier de préparation</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>The briefing pack could not be written: %1</source>
        <translation>Impossible d&apos;écrire le dossier de préparation&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ui::CaptionControl</name>
    <message>
        <source>Follow a caption file</source>
        <translation>Suivre un fichier de sous-titres</translation>
    </message>
    <message>
        <source>Captions (*.txt *.srt *.vtt);;All files (*)</source>
        <translation>Sous-titres (*.txt *.srt *.vtt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Following %1: each new line is shown.</source>
        <translation>Suivi de %1&#xa0;: chaque nouvelle ligne est affichée.</translation>
    </message>
    <message>
        <source>No caption file is followed.</source>
        <translation>Aucun fichier de sous-titres n&apos;est suivi.</translation>
    </message>
    <message>
        <source>&amp;Captions</source>
        <translation>Sous-&amp;titres</translation>
    </message>
    <message>
        <source>&amp;Show captions</source>
        <translation>&amp;Afficher les sous-titres</translation>
    </message>
    <message>
        <source>Caption si&amp;ze</source>
        <translation>Tai&amp;lle des sous-titres</translation>
    </message>
    <message>
        <source>&amp;Small</source>
        <translation>&amp;Petite</translation>
    </message>
    <message>
        <source>&amp;Medium</source>
        <translation>&amp;Moyenne</translation>
    </message>
    <message>
        <source>&amp;Large</source>
        <translation>&amp;Grande</translation>
    </message>
    <message>
        <source>&amp;Type captions…</source>
        <translation>&amp;Saisir des sous-titres…</translation>
    </message>
    <message>
        <source>&amp;Follow a caption file…</source>
        <translation>Suivre un &amp;fichier de sous-titres…</translation>
    </message>
    <message>
        <source>S&amp;top following the caption file</source>
        <translation>Arrê&amp;ter de suivre le fichier de sous-titres</translation>
    </message>
    <message>
        <source>Captions</source>
        <translation>Sous-titres</translation>
    </message>
    <message>
        <source>Speaker:</source>
        <translation>Intervenant&#xa0;:</translation>
    </message>
    <message>
        <source>Optional: who is speaking</source>
        <translation>Facultatif&#xa0;: qui parle</translation>
    </message>
    <message>
        <source>Type a caption line and press Enter</source>
        <translation>Saisissez une ligne de sous-titres et appuyez sur Entrée</translation>
    </message>
</context>
<context>
    <name>ui::EmptyChairView</name>
    <message>
        <source>The empty chair is closed.</source>
        <translation>La chaise vide est fermée.</translation>
    </message>
    <message>
        <source>Invite the room to the empty chair (C)</source>
        <translation>Inviter la salle à la chaise vide (C)</translation>
    </message>
    <message>
        <source>The empty chair is open: anyone in the room may take it; online participants join through the online moderator.</source>
        <translation>La chaise vide est ouverte&#xa0;: toute personne dans la salle peut la prendre&#xa0;; les participants en ligne passent par le modérateur en ligne.</translation>
    </message>
    <message>
        <source>Close the empty chair (C)</source>
        <translation>Fermer la chaise vide (C)</translation>
    </message>
    <message>
        <source>%1 replies to the empty chair.</source>
        <translation>%1 répond à la chaise vide.</translation>
    </message>
    <message>
        <source>%1 sits in the empty chair (%2).</source>
        <translation>%1 occupe la chaise vide (%2).</translation>
    </message>
    <message>
        <source>The empty chair is taken.</source>
        <translation>La chaise vide est occupée.</translation>
    </message>
    <message>
        <source>Release the empty chair (C)</source>
        <translation>Libérer la chaise vide (C)</translation>
    </message>
    <message>
        <source>The speaker has finished: invite the room to the empty chair now (C).</source>
        <translation>L&apos;intervenant a terminé&#xa0;: invitez maintenant la salle à la chaise vide (C).</translation>
    </message>
    <message>
        <source>The online moderator claims the empty chair for %1 (%2).</source>
        <translation>Le modérateur en ligne demande la chaise vide pour %1 (%2).</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>Nobody has taken the empty chair yet.</source>
        <translation>Personne n&apos;a encore pris la chaise vide.</translation>
    </message>
    <message>
        <source>In the chair so far: %1</source>
        <translation>Déjà passés sur la chaise&#xa0;: %1</translation>
    </message>
    <message>
        <source>Open or close the empty &amp;chair</source>
        <translation>Ouvrir ou fermer la &amp;chaise vide</translation>
    </message>
    <message>
        <source>&amp;Accept the claim on the empty chair</source>
        <translation>&amp;Accepter la demande pour la chaise vide</translation>
    </message>
    <message>
        <source>Empty chair</source>
        <translation>Chaise vide</translation>
    </message>
    <message>
        <source>Accept (A)</source>
        <translation>Accepter (A)</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Take the chair</source>
        <translation>Prendre la chaise</translation>
    </message>
    <message>
        <source>Remote participant (for the online moderator)</source>
        <translation>Participant à distance (pour le modérateur en ligne)</translation>
    </message>
    <message>
        <source>Claim for them</source>
        <translation>Demander en son nom</translation>
    </message>
    <message>
        <source>Speaker replies</source>
        <translation>Réponse de l&apos;intervenant</translation>
    </message>
    <message>
        <source>%1 (%2) asks for the empty chair from their phone.</source>
        <translation>%1 (%2) demande la chaise vide depuis son téléphone.</translation>
    </message>
    <message>
        <source>Who takes the chair: name, group, region, gender, room or online</source>
        <translation>Qui prend la chaise&#xa0;: nom, groupe, région, genre, room ou online</translation>
    </message>
</context>
<context>
    <name>ui::FloorHolderView</name>
    <message>
        <source>Give the floor to %1 (S)</source>
        <translation>Donner la parole à %1 (S)</translation>
    </message>
    <message>
        <source>Give the floor to the speaker (S)</source>
        <translation>Donner la parole à l&apos;intervenant (S)</translation>
    </message>
    <message>
        <source>Nobody holds the floor</source>
        <translation>Personne n&apos;a la parole</translation>
    </message>
    <message>
        <source>invited speaker</source>
        <translation>intervenant invité</translation>
    </message>
    <message>
        <source>intervention</source>
        <translation>intervention</translation>
    </message>
    <message>
        <source>in the empty chair, through the online moderator</source>
        <translation>sur la chaise vide, par le modérateur en ligne</translation>
    </message>
    <message>
        <source>in the empty chair</source>
        <translation>sur la chaise vide</translation>
    </message>
    <message>
        <source>reply to the empty chair</source>
        <translation>réponse à la chaise vide</translation>
    </message>
    <message>
        <source>Give the floor to the &amp;speaker</source>
        <translation>Donner la parole à l&apos;&amp;intervenant</translation>
    </message>
    <message>
        <source>&amp;End the turn</source>
        <translation>&amp;Terminer la prise de parole</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>Parole</translation>
    </message>
    <message>
        <source>End turn (Y)</source>
        <translation>Terminer (Y)</translation>
    </message>
    <message>
        <source>reply</source>
        <translation>réponse</translation>
    </message>
    <message>
        <source>moderation</source>
        <translation>modération</translation>
    </message>
</context>
<context>
    <name>ui::FloorPart</name>
    <message>
        <source>in the room</source>
        <translation>dans la salle</translation>
    </message>
    <message>
        <source>online</source>
        <translation>en ligne</translation>
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
        <translation>Glossaire</translation>
    </message>
    <message>
        <source>Key terms of the session with short explanations, for the room&apos;s non-native speakers. The room display shows them as a scene, or one at a time.</source>
        <translation>Termes clés de la séance avec de brèves explications, pour les personnes de la salle dont ce n&apos;est pas la langue maternelle. L&apos;écran de la salle les affiche sous forme de scène, ou un par un.</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Terme</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explication</translation>
    </message>
    <message>
        <source>&amp;Add a term</source>
        <translation>&amp;Ajouter un terme</translation>
    </message>
    <message>
        <source>&amp;Remove the term</source>
        <translation>&amp;Retirer le terme</translation>
    </message>
    <message>
        <source>Edit the glossary</source>
        <translation>Modifier le glossaire</translation>
    </message>
</context>
<context>
    <name>ui::JoinDialog</name>
    <message>
        <source>Join a shared session</source>
        <translation>Rejoindre une séance partagée</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Rejoindre</translation>
    </message>
    <message>
        <source>The moderator&apos;s Moderato shows an address for each role under File › Share on the network. Type or paste the one for your role; it decides what you can do.</source>
        <translation>Le Moderato du modérateur affiche une adresse pour chaque rôle dans Fichier › Partager sur le réseau. Saisissez ou collez celle de votre rôle&#xa0;; c&apos;est elle qui détermine ce que vous pouvez faire.</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Votre &amp;nom&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Ouvrir une séance &amp;récente</translation>
    </message>
    <message>
        <source>&amp;Clock</source>
        <translation>&amp;Chronomètre</translation>
    </message>
    <message>
        <source>&amp;Go to agenda item</source>
        <translation>&amp;Aller au point de l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;New session…</source>
        <translation>&amp;Nouvelle séance…</translation>
    </message>
    <message>
        <source>&amp;Open session…</source>
        <translation>&amp;Ouvrir une séance…</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>Write a copy of the session file and continue in the copy</source>
        <translation>Écrire une copie du fichier de séance et continuer dans la copie</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Start or pause</source>
        <translation>&amp;Démarrer ou mettre en pause</translation>
    </message>
    <message>
        <source>Start or &amp;resume</source>
        <translation>Démarrer ou &amp;reprendre</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>Mettre en &amp;pause</translation>
    </message>
    <message>
        <source>&amp;Next agenda item</source>
        <translation>Point &amp;suivant</translation>
    </message>
    <message>
        <source>&amp;Previous agenda item</source>
        <translation>Point pré&amp;cédent</translation>
    </message>
    <message>
        <source>Add one &amp;minute</source>
        <translation>Ajouter une &amp;minute</translation>
    </message>
    <message>
        <source>Remove one m&amp;inute</source>
        <translation>Retirer une m&amp;inute</translation>
    </message>
    <message>
        <source>Re-&amp;balance the agenda</source>
        <translation>Rééquili&amp;brer l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>&amp;End the session…</source>
        <translation>&amp;Terminer la séance…</translation>
    </message>
    <message>
        <source>&amp;Mute chimes</source>
        <translation>Couper les &amp;carillons</translation>
    </message>
    <message>
        <source>&amp;About Moderato</source>
        <translation>À &amp;propos de Moderato</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
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
        <translation>Sourdine</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Écoulé</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Restant</translation>
    </message>
    <message>
        <source>Projected end</source>
        <translation>Fin estimée</translation>
    </message>
    <message>
        <source>Against plan</source>
        <translation>Par rapport au plan</translation>
    </message>
    <message>
        <source>No session is open.</source>
        <translation>Aucune séance n&apos;est ouverte.</translation>
    </message>
    <message>
        <source>Not started: press Space to start the clock.</source>
        <translation>Non démarrée&#xa0;: appuyez sur Espace pour démarrer le chronomètre.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Paused for %1</source>
        <translation>En pause depuis %1</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>The session has ended.</source>
        <translation>La séance est terminée.</translation>
    </message>
    <message>
        <source>planned %1</source>
        <translation>prévu %1</translation>
    </message>
    <message>
        <source>Next: %1 (%2)</source>
        <translation>Ensuite&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>Next: end of the session</source>
        <translation>Ensuite&#xa0;: fin de la séance</translation>
    </message>
    <message>
        <source>%1 behind</source>
        <translation>%1 de retard</translation>
    </message>
    <message>
        <source>%1 ahead</source>
        <translation>%1 d&apos;avance</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>À l&apos;heure</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1&#xa0;: %2 → %3</translation>
    </message>
    <message numerus="yes">
        <source>Running %1 behind. Shorten %Ln item(s) not yet started so the session ends on time; the summary keeps its time.</source>
        <translation>
            <numerusform>La séance a %1 de retard. Proposition&#xa0;: raccourcir %Ln point pas encore commencé pour finir à l&apos;heure&#xa0;; la synthèse garde sa durée.</numerusform>
            <numerusform>La séance a %1 de retard. Proposition&#xa0;: raccourcir %Ln points pas encore commencés pour finir à l&apos;heure&#xa0;; la synthèse garde sa durée.</numerusform>
        </translation>
    </message>
    <message>
        <source>Even so, the session ends %1 late.</source>
        <translation>Malgré cela, la séance se termine avec %1 de retard.</translation>
    </message>
    <message>
        <source>Nothing to re-balance: the session is on time or no item can be shortened.</source>
        <translation>Rien à rééquilibrer&#xa0;: la séance est à l&apos;heure ou aucun point ne peut être raccourci.</translation>
    </message>
    <message>
        <source>Moderato</source>
        <translation>Moderato</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 (demo, kept only until you quit; use Save as to keep it) — Moderato</source>
        <translation>%1 (démo, conservée seulement jusqu&apos;à la fermeture&#xa0;; utilisez «&#xa0;Enregistrer sous&#xa0;» pour la garder) — Moderato</translation>
    </message>
    <message>
        <source>This is the demo workshop in a temporary file.</source>
        <translation>Ceci est l&apos;atelier de démonstration, dans un fichier temporaire.</translation>
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
        <translation>Ouvrir une séance</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Nouvelle séance</translation>
    </message>
    <message>
        <source>Moderato sessions (*.moderato)</source>
        <translation>Séances Moderato (*.moderato)</translation>
    </message>
    <message>
        <source>Save session as</source>
        <translation>Enregistrer la séance sous</translation>
    </message>
    <message>
        <source>End the session</source>
        <translation>Terminer la séance</translation>
    </message>
    <message>
        <source>End the session now? The clock stops for good; the record stays.</source>
        <translation>Terminer la séance maintenant&#xa0;? Le chronomètre s&apos;arrête définitivement&#xa0;; l&apos;historique est conservé.</translation>
    </message>
    <message>
        <source>About Moderato</source>
        <translation>À propos de Moderato</translation>
    </message>
    <message>
        <source>Moderato %1
The moderator&apos;s console for multi-stakeholder workshops.</source>
        <translation>Moderato %1
La console de modération pour les ateliers multipartites.</translation>
    </message>
    <message>
        <source>no session is open</source>
        <translation>aucune séance n&apos;est ouverte</translation>
    </message>
    <message>
        <source>F&amp;loor</source>
        <translation>&amp;Parole</translation>
    </message>
    <message>
        <source>Balance of the floor</source>
        <translation>Équilibre du temps de parole</translation>
    </message>
    <message>
        <source>Next page or agenda item (clicker)</source>
        <translation>Page suivante ou point suivant (télécommande)</translation>
    </message>
    <message>
        <source>Previous page or agenda item (clicker)</source>
        <translation>Page précédente ou point précédent (télécommande)</translation>
    </message>
    <message>
        <source>Rapporteur&apos;s notes</source>
        <translation>Notes du rapporteur</translation>
    </message>
    <message>
        <source>Session re&amp;port…</source>
        <translation>Ra&amp;pport de séance…</translation>
    </message>
    <message>
        <source>&amp;Prepare</source>
        <translation>P&amp;réparer</translation>
    </message>
    <message>
        <source>&amp;Import workshop proposal…</source>
        <translation>&amp;Importer une proposition d&apos;atelier…</translation>
    </message>
    <message>
        <source>Make a new session from an IGF workshop proposal copied as text</source>
        <translation>Créer une nouvelle séance à partir d&apos;une proposition d&apos;atelier du FGI copiée en texte</translation>
    </message>
    <message>
        <source>Edit the &amp;agenda…</source>
        <translation>&amp;Modifier l&apos;ordre du jour…</translation>
    </message>
    <message>
        <source>&amp;People…</source>
        <translation>&amp;Personnes…</translation>
    </message>
    <message>
        <source>Prepared &amp;questions…</source>
        <translation>&amp;Questions préparées…</translation>
    </message>
    <message>
        <source>Session &amp;settings…</source>
        <translation>Paramètres de la &amp;séance…</translation>
    </message>
    <message>
        <source>&amp;Briefing pack…</source>
        <translation>&amp;Dossier de préparation…</translation>
    </message>
    <message>
        <source>Import workshop proposal</source>
        <translation>Importer une proposition d&apos;atelier</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Fichiers texte (*.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The proposal could not be read: %1</source>
        <translation>Impossible de lire la proposition&#xa0;: %1</translation>
    </message>
    <message>
        <source>Session &amp;details…</source>
        <translation>Dé&amp;tails de la séance…</translation>
    </message>
    <message>
        <source>Another Moderato window asked to open this session, which is open here.</source>
        <translation>Une autre fenêtre de Moderato a demandé à ouvrir cette séance, qui est ouverte ici.</translation>
    </message>
    <message>
        <source>%1 is open in another window or on another computer, which is the only one that may write to it.

You can look at it here without changing it, or save a copy and continue in the copy.</source>
        <translation>%1 est ouvert dans une autre fenêtre ou sur un autre ordinateur, et personne d&apos;autre ne peut y écrire.

Vous pouvez le consulter ici sans le modifier, ou en enregistrer une copie et continuer dans la copie.</translation>
    </message>
    <message>
        <source>Open &amp;read-only</source>
        <translation>Ouvrir en &amp;lecture seule</translation>
    </message>
    <message>
        <source>&amp;Save a copy…</source>
        <translation>&amp;Enregistrer une copie…</translation>
    </message>
    <message>
        <source>%1 — %2 (read-only) — Moderato</source>
        <translation>%1 — %2 (lecture seule) — Moderato</translation>
    </message>
    <message>
        <source>Read-only: nothing is recorded here. Use Save as to continue in a copy.</source>
        <translation>Lecture seule&#xa0;: rien n&apos;est consigné ici. Utilisez «&#xa0;Enregistrer sous&#xa0;» pour continuer dans une copie.</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <extracomment>Edit menu; %1 names the step, such as &quot;Rename item&quot;</extracomment>
        <translation>&amp;Annuler&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <extracomment>Edit menu; %1 names the step, such as &quot;Rename item&quot;</extracomment>
        <translation>&amp;Rétablir&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2) : %3</translation>
    </message>
    <message>
        <source>S&amp;hare on the network…</source>
        <translation>&amp;Partager sur le réseau…</translation>
    </message>
    <message>
        <source>Message to the moderator</source>
        <translation>Message au modérateur</translation>
    </message>
    <message>
        <source>A short message for the moderator&apos;s console:</source>
        <translation>Un court message pour la console du modérateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Join a shared session…</source>
        <translation>Re&amp;joindre une séance partagée…</translation>
    </message>
    <message>
        <source>&amp;Message to the moderator…</source>
        <translation>&amp;Message au modérateur…</translation>
    </message>
    <message>
        <source>Only the moderator&apos;s own Moderato shares the session.</source>
        <translation>Seul le Moderato du modérateur lui-même partage la séance.</translation>
    </message>
    <message>
        <source>Joining a shared session — Moderato</source>
        <translation>Connexion à une séance partagée — Moderato</translation>
    </message>
    <message>
        <source>%1 — joined as %2 — Moderato</source>
        <extracomment>%1 is the session&apos;s name, %2 the role (&quot;Rapporteur&quot;) this window joined in</extracomment>
        <translation>%1 — connecté en tant que %2 — Moderato</translation>
    </message>
    <message>
        <source>%1 — %2 (a joined device&apos;s copy, read-only) — Moderato</source>
        <extracomment>%1 is the session&apos;s name, %2 the file&apos;s</extracomment>
        <translation>%1 — %2 (copie d&apos;un appareil connecté, lecture seule) — Moderato</translation>
    </message>
    <message>
        <source>Saved a copy of the shared session so far as %1; this window keeps following the host.</source>
        <translation>Une copie de la séance partagée dans son état actuel a été enregistrée sous %1&#xa0;; cette fenêtre continue de suivre l&apos;hôte.</translation>
    </message>
    <message>
        <source>give the name you join with</source>
        <translation>indiquez le nom sous lequel vous rejoignez la séance</translation>
    </message>
    <message>
        <source>The host refused this device: %1</source>
        <translation>L&apos;hôte a refusé cet appareil&#xa0;: %1</translation>
    </message>
    <message>
        <source>Join a shared session</source>
        <translation>Rejoindre une séance partagée</translation>
    </message>
    <message>
        <source>Not connected to the host: the message was not sent.</source>
        <translation>Non connecté à l&apos;hôte&#xa0;: le message n&apos;a pas été envoyé.</translation>
    </message>
    <message>
        <source>Sent to the moderator: %1</source>
        <translation>Envoyé au modérateur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not connected: the host refused this device (%1).</source>
        <translation>Non connecté&#xa0;: l&apos;hôte a refusé cet appareil (%1).</translation>
    </message>
    <message>
        <source>Online as %1 · %2 ms to the host</source>
        <translation>En ligne en tant que %1 · %2 ms jusqu&apos;à l&apos;hôte</translation>
    </message>
    <message>
        <source>Online as %1</source>
        <translation>En ligne en tant que %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) on the way</source>
        <translation>
            <numerusform>%Ln modification en cours d&apos;envoi</numerusform>
            <numerusform>%Ln modifications en cours d&apos;envoi</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline since %1: you keep working on the last copy; what you do is sent when the connection returns.</source>
        <translation>Hors ligne depuis %1&#xa0;: vous continuez à travailler sur la dernière copie&#xa0;; vos actions seront envoyées au retour de la connexion.</translation>
    </message>
    <message>
        <source>Connecting to the host…</source>
        <translation>Connexion à l&apos;hôte…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) kept on this device.</source>
        <translation>
            <numerusform>%Ln modification conservée sur cet appareil.</numerusform>
            <numerusform>%Ln modifications conservées sur cet appareil.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>Non connecté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Participants&apos; phones</source>
        <translation>Téléphones des participants</translation>
    </message>
</context>
<context>
    <name>ui::PeopleEditor</name>
    <message>
        <source>onsite</source>
        <translation>sur place</translation>
    </message>
    <message>
        <source>online</source>
        <translation>en ligne</translation>
    </message>
    <message>
        <source>hub: %1</source>
        <translation>hub&#xa0;: %1</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Intervenant</translation>
    </message>
    <message>
        <source>Onsite moderator</source>
        <translation>Modérateur sur place</translation>
    </message>
    <message>
        <source>Online moderator</source>
        <translation>Modérateur en ligne</translation>
    </message>
    <message>
        <source>Rapporteur</source>
        <translation>Rapporteur</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>New participant</source>
        <translation>Nouveau participant</translation>
    </message>
    <message>
        <source>New participant %1</source>
        <translation>Nouveau participant %1</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Stakeholder group</source>
        <translation>Groupe de parties prenantes</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Organisation&#xa0;:</translation>
    </message>
    <message>
        <source>Stakeholder &amp;group:</source>
        <translation>&amp;Groupe de parties prenantes&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Région&#xa0;:</translation>
    </message>
    <message>
        <source>Gen&amp;der:</source>
        <translation>G&amp;enre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Canal&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Hub:</source>
        <translation>&amp;Hub&#xa0;:</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Rôles&#xa0;:</translation>
    </message>
    <message>
        <source>remote hub</source>
        <translation>hub distant</translation>
    </message>
    <message>
        <source>as the person describes it; optional</source>
        <translation>tel que la personne le décrit&#xa0;; facultatif</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importer un CSV…</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xporter un CSV…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Who has spoken, asked to speak or claimed the chair stays in the session&apos;s record.</source>
        <translation>Toute personne qui a parlé, demandé la parole ou demandé la chaise reste dans l&apos;historique de la séance.</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Ajouter %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Retirer %1</translation>
    </message>
    <message>
        <source>no session is open</source>
        <translation>aucune séance n&apos;est ouverte</translation>
    </message>
    <message>
        <source>Import people</source>
        <translation>Importer des personnes</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be updated</source>
        <translation>impossible de mettre à jour «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be added</source>
        <translation>impossible d&apos;ajouter «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1 added, %2 updated.</source>
        <translation>%1 ajoutés, %2 mis à jour.</translation>
    </message>
    <message>
        <source>cannot write &quot;%1&quot;: %2</source>
        <translation>impossible d&apos;écrire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export people</source>
        <translation>Exporter les personnes</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>A participant needs a name.</source>
        <translation>Un participant doit avoir un nom.</translation>
    </message>
    <message>
        <source>Remote hub</source>
        <translation>Hub distant</translation>
    </message>
</context>
<context>
    <name>ui::PhonesPanel</name>
    <message>
        <source>in the room</source>
        <translation>dans la salle</translation>
    </message>
    <message>
        <source>online</source>
        <translation>en ligne</translation>
    </message>
    <message>
        <source>at a hub</source>
        <translation>depuis un hub</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>depuis %1</translation>
    </message>
    <message>
        <source>someone who left</source>
        <translation>une personne partie</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A participant&apos;s name and their stakeholder group</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>for policy question %1: %2</source>
        <translation>sur la question de politique publique %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>pour %1</translation>
    </message>
    <message>
        <source>Inbox (%1)</source>
        <translation>Boîte de réception (%1)</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Boîte de réception</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>bloqué</translation>
    </message>
    <message>
        <source>Phone %1</source>
        <translation>Téléphone %1</translation>
    </message>
    <message>
        <source>Phones (%1)</source>
        <translation>Téléphones (%1)</translation>
    </message>
    <message>
        <source>The room PIN and the page&apos;s address are on the host&apos;s console.</source>
        <translation>Le code PIN de la salle et l&apos;adresse de la page sont sur la console de l&apos;hôte.</translation>
    </message>
    <message>
        <source>Share the session on the network (File › Share on the network…) to let participants join from their phones.</source>
        <translation>Partagez la séance sur le réseau (Fichier › Partager sur le réseau…) pour que les participants puissent se connecter depuis leur téléphone.</translation>
    </message>
    <message>
        <source>Room PIN: %1 %2</source>
        <extracomment>The room PIN, shown in two groups of three digits</extracomment>
        <translation>Code PIN de la salle&#xa0;: %1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln phone(s) connected</source>
        <translation>
            <numerusform>%Ln téléphone connecté</numerusform>
            <numerusform>%Ln téléphones connectés</numerusform>
        </translation>
    </message>
    <message>
        <source>Participants open %1</source>
        <translation>Les participants ouvrent %1</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>Participants may join from their phones</source>
        <translation>Les participants peuvent se connecter depuis leur téléphone</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>Nouveau code PIN</translation>
    </message>
    <message>
        <source>Phones that joined stay; new ones need the new PIN.</source>
        <translation>Les téléphones déjà connectés restent&#xa0;; les nouveaux ont besoin du nouveau code PIN.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Question or comment</source>
        <translation>Question ou commentaire</translation>
    </message>
    <message>
        <source>Read out</source>
        <translation>Lire à voix haute</translation>
    </message>
    <message>
        <source>Show to the room</source>
        <translation>Afficher à la salle</translation>
    </message>
    <message>
        <source>Add to prepared questions</source>
        <translation>Ajouter aux questions préparées</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Écarter</translation>
    </message>
    <message>
        <source>Takeaway</source>
        <translation>Enseignement</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>D&apos;accord</translation>
    </message>
    <message>
        <source>Disagree</source>
        <translation>Pas d&apos;accord</translation>
    </message>
    <message>
        <source>Reactions</source>
        <translation>Réactions</translation>
    </message>
    <message>
        <source>Their takeaways</source>
        <translation>Leurs enseignements</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Stakeholder group</source>
        <translation>Groupe de parties prenantes</translation>
    </message>
    <message>
        <source>Taking part</source>
        <translation>Participation</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Bloquer</translation>
    </message>
    <message>
        <source>Its requests disappear and it can no longer send anything.</source>
        <translation>Ses demandes disparaissent et il ne peut plus rien envoyer.</translation>
    </message>
    <message>
        <source>Unblock</source>
        <translation>Débloquer</translation>
    </message>
    <message>
        <source>Seconds between two questions of a phone:</source>
        <translation>Secondes entre deux questions d&apos;un téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>Questions of a phone waiting at most:</source>
        <translation>Questions en attente au maximum par téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>Apply limits</source>
        <translation>Appliquer les limites</translation>
    </message>
</context>
<context>
    <name>ui::ProposalImportDialog</name>
    <message>
        <source>Import workshop proposal</source>
        <translation>Importer une proposition d&apos;atelier</translation>
    </message>
    <message>
        <source>Format: %1</source>
        <translation>Format&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln speaker(s), %1 policy question(s)</source>
        <translation>
            <numerusform>%Ln intervenant, questions de politique publique&#xa0;: %1</numerusform>
            <numerusform>%Ln intervenants, questions de politique publique&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Agenda: %Ln item(s), %1</source>
        <translation>
            <numerusform>Ordre du jour&#xa0;: %Ln point, %1</numerusform>
            <numerusform>Ordre du jour&#xa0;: %Ln points, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The proposal has no agenda: one was built for its format. Check it in Prepare &gt; Edit the agenda.</source>
        <translation>La proposition n&apos;a pas d&apos;ordre du jour&#xa0;: un ordre du jour a été créé selon son format. Vérifiez-le dans Préparer &gt; Modifier l&apos;ordre du jour.</translation>
    </message>
    <message>
        <source>The agenda is %1 longer than the session; nothing was changed.</source>
        <translation>L&apos;ordre du jour dépasse la durée de la séance de %1&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The agenda is %1 shorter than the session; nothing was changed.</source>
        <translation>L&apos;ordre du jour est plus court que la séance de %1&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln thing(s) could not be read; see the details.</source>
        <translation>
            <numerusform>%Ln élément n&apos;a pas pu être lu&#xa0;; voir les détails.</numerusform>
            <numerusform>%Ln éléments n&apos;ont pas pu être lus&#xa0;; voir les détails.</numerusform>
        </translation>
    </message>
    <message>
        <source>Create the session…</source>
        <translation>Créer la séance…</translation>
    </message>
</context>
<context>
    <name>ui::QuestionBankDialog</name>
    <message>
        <source>Prepared questions</source>
        <translation>Questions préparées</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Point de l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>For speaker</source>
        <translation>Pour l&apos;intervenant</translation>
    </message>
    <message>
        <source>Questions to ask if the conversation stalls. The console shows those of the current item, of the speaker who has the floor, and those for any moment.</source>
        <translation>Questions à poser si la conversation s&apos;essouffle. La console affiche celles du point en cours, celles de l&apos;intervenant qui a la parole et celles valables à tout moment.</translation>
    </message>
    <message>
        <source>&amp;Add question</source>
        <translation>&amp;Ajouter une question</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>New question</source>
        <translation>Nouvelle question</translation>
    </message>
    <message>
        <source>any item</source>
        <translation>n&apos;importe quel point</translation>
    </message>
    <message>
        <source>anyone</source>
        <translation>tout le monde</translation>
    </message>
    <message>
        <source>Edit the prepared questions</source>
        <translation>Modifier les questions préparées</translation>
    </message>
</context>
<context>
    <name>ui::QuestionsPanel</name>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Write the questions to ask if the conversation stalls</source>
        <translation>Rédiger les questions à poser si la conversation s&apos;essouffle</translation>
    </message>
    <message>
        <source>Prepared questions (%1 not asked)</source>
        <translation>Questions préparées (%1 non posées)</translation>
    </message>
    <message>
        <source>No prepared questions for this moment.</source>
        <translation>Aucune question préparée pour ce moment.</translation>
    </message>
</context>
<context>
    <name>ui::RapporteurPane</name>
    <message>
        <source>add note</source>
        <translation>ajout de note</translation>
    </message>
    <message>
        <source>edit note</source>
        <translation>modification de note</translation>
    </message>
    <message>
        <source>delete note</source>
        <translation>suppression de note</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Modifier la note</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note&#xa0;:</translation>
    </message>
    <message>
        <source>no note is selected</source>
        <translation>aucune note n&apos;est sélectionnée</translation>
    </message>
    <message>
        <source>Policy question %1: %2</source>
        <translation>Question de politique publique %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Every speaker</source>
        <translation>Tous les intervenants</translation>
    </message>
    <message>
        <source>Every agenda item</source>
        <translation>Tous les points de l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>Every tag</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message>
        <source>No policy question</source>
        <translation>Aucune question de politique publique</translation>
    </message>
    <message>
        <source>Type a note, Enter to save it</source>
        <translation>Saisissez une note, Entrée pour l&apos;enregistrer</translation>
    </message>
    <message>
        <source>Key takeaway</source>
        <translation>Enseignement clé</translation>
    </message>
    <message>
        <source>Call to action</source>
        <translation>Appel à l&apos;action</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Accord</translation>
    </message>
    <message>
        <source>Disagreement</source>
        <translation>Désaccord</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <source>Alt+%1</source>
        <translation>Alt+%1</translation>
    </message>
    <message>
        <source>Tags while typing: Alt+1 key takeaway, Alt+2 call to action, Alt+3 question, Alt+4 agreement, Alt+5 disagreement, Alt+6 quote. Esc leaves the field.</source>
        <translation>Étiquettes pendant la saisie&#xa0;: Alt+1 enseignement clé, Alt+2 appel à l&apos;action, Alt+3 question, Alt+4 accord, Alt+5 désaccord, Alt+6 citation. Esc quitte le champ.</translation>
    </message>
    <message>
        <source>Search the notes</source>
        <translation>Rechercher dans les notes</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>No break-out group</source>
        <translation>Aucun sous-groupe</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The break-out group the next notes are for</source>
        <translation>Le sous-groupe auquel se rapportent les prochaines notes</translation>
    </message>
</context>
<context>
    <name>ui::ReportDialog</name>
    <message>
        <source>Session report</source>
        <translation>Rapport de séance</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Onsite</source>
        <translation>Sur place</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Of whom women</source>
        <translation>Dont femmes</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>Participation</translation>
    </message>
    <message>
        <source>Short report</source>
        <translation>Rapport succinct</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Copy as Markdown</source>
        <translation>Copier en Markdown</translation>
    </message>
    <message>
        <source>Show the takeaways to the room</source>
        <translation>Afficher les principaux enseignements à la salle</translation>
    </message>
    <message>
        <source>Import transcript…</source>
        <translation>Importer une transcription…</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;OpenDocument text (*.odt);;HTML (*.html);;Markdown (*.md)</source>
        <translation>PDF (*.pdf);;Texte OpenDocument (*.odt);;HTML (*.html);;Markdown (*.md)</translation>
    </message>
    <message>
        <source>Import a transcript</source>
        <translation>Importer une transcription</translation>
    </message>
    <message>
        <source>Text (*.txt);;All files (*)</source>
        <translation>Texte (*.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>no session is open</source>
        <translation>aucune séance n&apos;est ouverte</translation>
    </message>
    <message>
        <source>%1: use .md, .html, .odt or .pdf</source>
        <translation>%1&#xa0;: utilisez .md, .html, .odt ou .pdf</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <source>Draft from the session: edit it, or confirm it as it stands.</source>
        <translation>Brouillon établi à partir de la séance&#xa0;: modifiez-le ou confirmez-le tel quel.</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmé</translation>
    </message>
    <message>
        <source>Drafted line</source>
        <translation>Ligne du brouillon</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Point de l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Temps</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Choose a line to see the notes or transcript turns it was drafted from.</source>
        <translation>Choisissez une ligne pour voir les notes ou les prises de parole de la transcription dont elle est tirée.</translation>
    </message>
    <message>
        <source>The sources of the chosen line appear here.</source>
        <translation>Les sources de la ligne choisie s&apos;affichent ici.</translation>
    </message>
    <message>
        <source>Drafted lines and their sources</source>
        <translation>Lignes du brouillon et leurs sources</translation>
    </message>
    <message>
        <source>Draft from the proposal…</source>
        <translation>Brouillon à partir de la proposition…</translation>
    </message>
    <message>
        <source>Read the workshop proposal for the drafts, e.g. the other initiatives it names.</source>
        <translation>Lire la proposition d&apos;atelier pour les brouillons, p. ex. les autres initiatives qu&apos;elle cite.</translation>
    </message>
    <message>
        <source>Draft from the workshop proposal</source>
        <translation>Brouillon à partir de la proposition d&apos;atelier</translation>
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
        <translation>transcription, ligne %1</translation>
    </message>
    <message>
        <source>Key takeaways</source>
        <translation>Principaux enseignements</translation>
    </message>
    <message>
        <source>Calls to action</source>
        <translation>Appels à l&apos;action</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>Note %1, typed at %2: %3</source>
        <translation>Note %1, saisie à %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Line %1, %2: %3</source>
        <translation>Ligne %1, %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>no speaker named</source>
        <translation>orateur non indiqué</translation>
    </message>
    <message>
        <source>%1: not a workshop proposal in plain text (at most 2 MB)</source>
        <translation>%1&#xa0;: ce n&apos;est pas une proposition d&apos;atelier en texte brut (2&#xa0;Mo au maximum)</translation>
    </message>
    <message>
        <source>Transcripts (*.txt *.srt *.vtt);;Captions (*.srt *.vtt);;Text (*.txt);;All files (*)</source>
        <extracomment>File dialog filters: keep the patterns in parentheses as they are</extracomment>
        <translation>Transcriptions (*.txt *.srt *.vtt);;Sous-titres (*.srt *.vtt);;Texte (*.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>One a line; the IGF asks for three.</source>
        <translation>Un par ligne&#xa0;; le FGI en demande trois.</translation>
    </message>
    <message>
        <source>In exports and copies, number the drafted lines and list their sources</source>
        <translation>Dans les exportations et les copies, numéroter les lignes du brouillon et indiquer leurs sources</translation>
    </message>
    <message>
        <source>Who said each drafted key takeaway and call to action, during which agenda item, when, and from which note or transcript line.</source>
        <translation>Qui a exprimé chaque enseignement clé et chaque appel à l&apos;action du brouillon, pendant quel point de l&apos;ordre du jour, à quel moment et d&apos;après quelle note ou ligne de la transcription.</translation>
    </message>
</context>
<context>
    <name>ui::ReportExporter</name>
    <message>
        <source>Nobody has had the floor yet.</source>
        <translation>Personne n&apos;a encore eu la parole.</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>non indiqué</translation>
    </message>
</context>
<context>
    <name>ui::RoomControl</name>
    <message>
        <source>Message to the room</source>
        <translation>Message à la salle</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>Message&#xa0;:</translation>
    </message>
    <message>
        <source>Add media</source>
        <translation>Ajouter un média</translation>
    </message>
    <message>
        <source>Images, slides and video (*.png *.jpg *.jpeg *.svg *.pdf *.mp4 *.webm *.mkv *.ogv);;All files (*)</source>
        <translation>Images, diapositives et vidéos (*.png *.jpg *.jpeg *.svg *.pdf *.mp4 *.webm *.mkv *.ogv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Key takeaway, as the room will read it:</source>
        <translation>Enseignement clé, tel que la salle le lira&#xa0;:</translation>
    </message>
    <message>
        <source>no session is open</source>
        <translation>aucune séance n&apos;est ouverte</translation>
    </message>
    <message>
        <source>In a window (to share online)</source>
        <translation>Dans une fenêtre (à partager en ligne)</translation>
    </message>
    <message>
        <source>Full screen on %1 (%2×%3)</source>
        <translation>Plein écran sur %1 (%2×%3)</translation>
    </message>
    <message>
        <source>As the console</source>
        <translation>Comme la console</translation>
    </message>
    <message>
        <source>&amp;Room display</source>
        <translation>Écran de la &amp;salle</translation>
    </message>
    <message>
        <source>&amp;Show the room display</source>
        <translation>&amp;Afficher l&apos;écran de la salle</translation>
    </message>
    <message>
        <source>Show &amp;on</source>
        <translation>Afficher &amp;sur</translation>
    </message>
    <message>
        <source>Follow the session (&amp;automatic scene)</source>
        <translation>Suivre la séance (scène a&amp;utomatique)</translation>
    </message>
    <message>
        <source>Scene: a&amp;genda</source>
        <translation>Scène&#xa0;: ordre du &amp;jour</translation>
    </message>
    <message>
        <source>Scene: s&amp;peaker</source>
        <translation>Scène&#xa0;: p&amp;rise de parole</translation>
    </message>
    <message>
        <source>Scene: empty &amp;chair</source>
        <translation>Scène&#xa0;: &amp;chaise vide</translation>
    </message>
    <message>
        <source>Scene: &amp;media</source>
        <translation>Scène&#xa0;: mé&amp;dias</translation>
    </message>
    <message>
        <source>Scene: key &amp;takeaways</source>
        <translation>Scène&#xa0;: principaux &amp;enseignements</translation>
    </message>
    <message>
        <source>Scene: m&amp;essage</source>
        <translation>Scène&#xa0;: messa&amp;ge</translation>
    </message>
    <message>
        <source>&amp;Blank the room display</source>
        <translation>Mettre l&apos;écran de la salle au &amp;noir</translation>
    </message>
    <message>
        <source>Show a message to the &amp;room…</source>
        <translation>Afficher un &amp;message à la salle…</translation>
    </message>
    <message>
        <source>A&amp;dd media…</source>
        <translation>Ajou&amp;ter un média…</translation>
    </message>
    <message>
        <source>Show media &amp;file</source>
        <translation>Afficher un &amp;fichier multimédia</translation>
    </message>
    <message>
        <source>Ne&amp;xt page</source>
        <translation>Page sui&amp;vante</translation>
    </message>
    <message>
        <source>Play or pause the &amp;video</source>
        <translation>Lire ou mettre en pause la v&amp;idéo</translation>
    </message>
    <message>
        <source>Approve a &amp;key takeaway…</source>
        <translation>Appr&amp;ouver un enseignement clé…</translation>
    </message>
    <message>
        <source>Room &amp;language</source>
        <translation>&amp;Langue de la salle</translation>
    </message>
    <message>
        <source>Previo&amp;us page</source>
        <translation>Page p&amp;récédente</translation>
    </message>
    <message>
        <source>Change the room&apos;s language</source>
        <translation>Changer la langue de la salle</translation>
    </message>
    <message>
        <source>The language of this computer&apos;s room display only</source>
        <translation>La langue de l&apos;écran de la salle de cet ordinateur uniquement</translation>
    </message>
    <message>
        <source>Scene: &amp;join from a phone</source>
        <translation>Scène&#xa0;: rejoindre par télé&amp;phone</translation>
    </message>
    <message>
        <source>Withdraw a key takeaway</source>
        <translation>Retirer un enseignement clé</translation>
    </message>
    <message>
        <source>No key takeaway has been approved for the room.</source>
        <translation>Aucun enseignement clé n’a encore été approuvé pour la salle.</translation>
    </message>
    <message>
        <source>The key takeaway to take off the room display:</source>
        <translation>L’enseignement clé à retirer de l’affichage de la salle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Withdraw a key takeaway…</source>
        <translation>Re&amp;tirer un enseignement clé…</translation>
    </message>
    <message>
        <source>Edit a key takeaway</source>
        <translation>Modifier un enseignement clé</translation>
    </message>
    <message>
        <source>The key takeaway to reword:</source>
        <translation>L&apos;enseignement clé à reformuler&#xa0;:</translation>
    </message>
    <message>
        <source>Record a comment from the room</source>
        <translation>Consigner un commentaire de la salle</translation>
    </message>
    <message>
        <source>Someone in the room (not named)</source>
        <translation>Quelqu&apos;un dans la salle (non nommé)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>What was said about it, for the report</source>
        <translation>Ce qui en a été dit, pour le rapport</translation>
    </message>
    <message>
        <source>&amp;Key takeaway:</source>
        <translation>&amp;Enseignement clé&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>&amp;Qui&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Commentaire&#xa0;:</translation>
    </message>
    <message>
        <source>Ed&amp;it a key takeaway…</source>
        <translation>&amp;Modifier un enseignement clé…</translation>
    </message>
    <message>
        <source>Record a comment from t&amp;he room…</source>
        <translation>Consigner un &amp;commentaire de la salle…</translation>
    </message>
    <message>
        <source>&amp;Mute the video&apos;s sound (volume %1)</source>
        <extracomment>%1 is the video&apos;s volume, like &quot;70 %&quot;</extracomment>
        <translation>&amp;Couper le son de la vidéo (volume %1)</translation>
    </message>
    <message>
        <source>Add subtitles</source>
        <translation>Ajouter des sous-titres</translation>
    </message>
    <message>
        <source>The video the subtitles belong to:</source>
        <translation>La vidéo à laquelle appartiennent les sous-titres&#xa0;:</translation>
    </message>
    <message>
        <source>Subtitles (*.srt *.vtt);;All files (*)</source>
        <translation>Sous-titres (*.srt *.vtt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The subtitles&apos; language, as a code (en, fr, es, zh_CN; empty: not said):</source>
        <translation>La langue des sous-titres, sous forme de code (en, fr, es, zh_CN&#xa0;; vide&#xa0;: non précisée)&#xa0;:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>The glossary is empty: add key terms with Room display › Glossary first.</source>
        <translation>Le glossaire est vide&#xa0;: ajoutez d&apos;abord des termes clés avec Écran de la salle › Glossaire.</translation>
    </message>
    <message>
        <source>Show a glossary term</source>
        <translation>Afficher un terme du glossaire</translation>
    </message>
    <message>
        <source>Term the speaker used:</source>
        <translation>Terme employé par l&apos;intervenant&#xa0;:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the glossary.</source>
        <translation>«&#xa0;%1&#xa0;» ne figure pas dans le glossaire.</translation>
    </message>
    <message>
        <source>Change the room&apos;s second language</source>
        <translation>Changer la deuxième langue de la salle</translation>
    </message>
    <message>
        <source>Scene: break-out &amp;groups</source>
        <translation>Scène&#xa0;: sous-groupe&amp;s</translation>
    </message>
    <message>
        <source>Scene: &amp;key terms</source>
        <translation>Scène&#xa0;: ter&amp;mes clés</translation>
    </message>
    <message>
        <source>Video: back 10 seconds</source>
        <translation>Vidéo&#xa0;: reculer de 10 secondes</translation>
    </message>
    <message>
        <source>Video: forward 10 seconds</source>
        <translation>Vidéo&#xa0;: avancer de 10 secondes</translation>
    </message>
    <message>
        <source>Video: sound louder</source>
        <translation>Vidéo&#xa0;: monter le son</translation>
    </message>
    <message>
        <source>Video: sound softer</source>
        <translation>Vidéo&#xa0;: baisser le son</translation>
    </message>
    <message>
        <source>Add su&amp;btitles to a video…</source>
        <translation>Ajouter des sous-titres à une &amp;vidéo…</translation>
    </message>
    <message>
        <source>Second lan&amp;guage</source>
        <translation>Deu&amp;xième langue</translation>
    </message>
    <message>
        <source>Tra&amp;nslations for the room…</source>
        <translation>Tr&amp;aductions pour la salle…</translation>
    </message>
    <message>
        <source>G&amp;lossary…</source>
        <translation>G&amp;lossaire…</translation>
    </message>
    <message>
        <source>Show or hide a glossary &amp;term…</source>
        <translation>Afficher ou masquer un &amp;terme du glossaire…</translation>
    </message>
</context>
<context>
    <name>ui::RoomRenderer</name>
    <message>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <source>Projected end: %1</source>
        <translation>Fin estimée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The floor is open</source>
        <translation>Le débat est ouvert</translation>
    </message>
    <message>
        <source>online</source>
        <translation>en ligne</translation>
    </message>
    <message>
        <source>Ask the moderator for the floor</source>
        <translation>Demandez la parole au modérateur</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>En cours&#xa0;: %1</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Ensuite&#xa0;: %1</translation>
    </message>
    <message>
        <source>A speaker replies to the empty chair</source>
        <translation>Un intervenant répond à la chaise vide</translation>
    </message>
    <message>
        <source>In the empty chair</source>
        <translation>Sur la chaise vide</translation>
    </message>
    <message>
        <source>Online, through the online moderator</source>
        <translation>En ligne, par le modérateur en ligne</translation>
    </message>
    <message>
        <source>The empty chair</source>
        <translation>La chaise vide</translation>
    </message>
    <message>
        <source>Take the empty chair next to the speakers: bring a new perspective, or challenge what you heard.</source>
        <translation>Prenez la chaise vide à côté des intervenants&#xa0;: apportez un regard neuf ou remettez en question ce que vous avez entendu.</translation>
    </message>
    <message>
        <source>Online? Tell the online moderator, who takes the chair for you.</source>
        <translation>En ligne&#xa0;? Prévenez le modérateur en ligne, qui prendra la chaise pour vous.</translation>
    </message>
    <message>
        <source>This file cannot be shown</source>
        <translation>Impossible d&apos;afficher ce fichier</translation>
    </message>
    <message>
        <source>No media file chosen</source>
        <translation>Aucun fichier multimédia choisi</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Key takeaways</source>
        <translation>Principaux enseignements</translation>
    </message>
    <message>
        <source>No key takeaways yet.</source>
        <translation>Aucun enseignement pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Your comments: ask the moderator for the floor, or write to the online moderator.</source>
        <translation>Vos commentaires&#xa0;: demandez la parole au modérateur ou écrivez au modérateur en ligne.</translation>
    </message>
    <message>
        <source>Join from your phone</source>
        <translation>Participez par téléphone</translation>
    </message>
    <message>
        <source>PIN %1 %2</source>
        <translation>PIN %1 %2</translation>
    </message>
    <message>
        <source>Ask the moderator how to join.</source>
        <translation>Demandez au modérateur comment participer.</translation>
    </message>
    <message>
        <source>Scan the code, or open this address on the room&apos;s network:</source>
        <translation>Scannez le code ou ouvrez cette adresse sur le réseau de la salle&#xa0;:</translation>
    </message>
    <message>
        <source>Joining from phones is closed for now.</source>
        <translation>La connexion par téléphone est fermée pour le moment.</translation>
    </message>
    <message>
        <source>Room PIN</source>
        <translation>Code PIN de la salle</translation>
    </message>
    <message>
        <source>The file could not be read from the session.</source>
        <translation>Le fichier n&apos;a pas pu être lu depuis la séance.</translation>
    </message>
    <message>
        <source>This computer cannot play video: Qt Multimedia has no backend.</source>
        <translation>Cet ordinateur ne peut pas lire de vidéo&#xa0;: Qt Multimedia n&apos;a pas de backend.</translation>
    </message>
    <message>
        <source>The file is damaged or in a format the room display does not read.</source>
        <translation>Le fichier est endommagé ou dans un format que l&apos;écran de la salle ne lit pas.</translation>
    </message>
    <message>
        <source>The video&apos;s format cannot be decoded here.</source>
        <extracomment>Why a video cannot be played; %1 is the media framework&apos;s own words (often in English)</extracomment>
        <translation>Le format de la vidéo ne peut pas être décodé ici.</translation>
    </message>
    <message>
        <source>The video cannot be played: %1</source>
        <translation>La vidéo ne peut pas être lue&#xa0;: %1</translation>
    </message>
    <message>
        <source>Break-out groups</source>
        <translation>Sous-groupes</translation>
    </message>
    <message>
        <source>The groups are not formed yet.</source>
        <translation>Les groupes ne sont pas encore constitués.</translation>
    </message>
    <message>
        <source>Time to reconvene</source>
        <translation>Retour en plénière</translation>
    </message>
    <message>
        <source>Please come back to your seats: each group&apos;s rapporteur reports back.</source>
        <translation>Merci de regagner vos places&#xa0;: le rapporteur de chaque groupe fait sa restitution.</translation>
    </message>
    <message>
        <source>Facilitator: %1</source>
        <translation>Animateur&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln personne</numerusform>
            <numerusform>%Ln personnes</numerusform>
        </translation>
    </message>
    <message>
        <source>Key terms</source>
        <translation>Termes clés</translation>
    </message>
    <message>
        <source>No key terms yet.</source>
        <translation>Aucun terme clé pour l&apos;instant.</translation>
    </message>
    <message>
        <source>it did not load within 10 seconds; the file may be damaged.</source>
        <translation>il ne s’est pas chargé en 10 secondes ; le fichier est peut-être endommagé.</translation>
    </message>
    <message>
        <source>The video could not be prepared for playing: %1</source>
        <extracomment>%1: the system&apos;s reason (a full disk, say)</extracomment>
        <translation>La vidéo n’a pas pu être préparée pour la lecture : %1</translation>
    </message>
</context>
<context>
    <name>ui::RotationView</name>
    <message>
        <source>%1 (skipped)</source>
        <translation>%1 (tour sauté)</translation>
    </message>
    <message>
        <source>Speaking order</source>
        <translation>Ordre de passage</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Skip or bring back</source>
        <translation>Sauter ou rétablir</translation>
    </message>
</context>
<context>
    <name>ui::Screenshot</name>
    <message>
        <source>Coffee break: we continue at 15:15 with the summary of the discussion.</source>
        <translation>Pause café&#xa0;: reprise à 15 h 15 avec la synthèse de la discussion.</translation>
    </message>
    <message>
        <source>A remote participant in Nairobi has a question on policy question 2.</source>
        <translation>Une participante à distance à Nairobi a une question sur la question politique 2.</translation>
    </message>
    <message>
        <source>Who certifies the certifiers, and who pays for it?</source>
        <translation>Qui certifie les certificateurs, et qui paie&#xa0;?</translation>
    </message>
    <message>
        <source>How can small suppliers afford the audits?</source>
        <translation>Comment les petits fournisseurs peuvent-ils payer les audits&#xa0;?</translation>
    </message>
    <message>
        <source>Only if buyers ask for it in every contract.</source>
        <translation>Seulement si les acheteurs l&apos;exigent dans chaque contrat.</translation>
    </message>
    <message>
        <source>Security needs a budget line, not only a policy.</source>
        <translation>La sécurité a besoin d&apos;une ligne budgétaire, pas seulement d&apos;une politique.</translation>
    </message>
</context>
<context>
    <name>ui::SessionDetailsDialog</name>
    <message>
        <source>Session details</source>
        <translation>Détails de la séance</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>One question a line</source>
        <translation>Une question par ligne</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>&amp;Disposition&#xa0;:</translation>
    </message>
    <message>
        <source>Le&amp;ngth:</source>
        <translation>D&amp;urée&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Policy questions:</source>
        <translation>Questions de &amp;politique publique&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Discussion facilitation:</source>
        <translation>A&amp;nimation de la discussion&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Online participation:</source>
        <translation>Participation en &amp;ligne&#xa0;:</translation>
    </message>
    <message>
        <source>The clock has started: the session&apos;s details can no longer be edited.</source>
        <translation>Le chronomètre a démarré&#xa0;: les détails de la séance ne peuvent plus être modifiés.</translation>
    </message>
    <message>
        <source>Edit the session details</source>
        <translation>Modifier les détails de la séance</translation>
    </message>
    <message>
        <source>Where it takes place, e.g. Room VI</source>
        <translation>Où se tient la séance, p. ex. Salle VI</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>&amp;Salle&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ui::SessionSettingsDialog</name>
    <message>
        <source>Session settings</source>
        <translation>Paramètres de la séance</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Each item&apos;s own (one minute)</source>
        <translation>Celui de chaque point (une minute)</translation>
    </message>
    <message>
        <source>Chime when time is up (the flash is always shown)</source>
        <translation>Carillon quand le temps est écoulé (le clignotement est toujours affiché)</translation>
    </message>
    <message>
        <source>In order of request</source>
        <translation>Dans l&apos;ordre des demandes</translation>
    </message>
    <message>
        <source>First-time speakers first</source>
        <translation>Premières prises de parole d&apos;abord</translation>
    </message>
    <message>
        <source>Onsite and online in turn</source>
        <translation>Sur place et en ligne en alternance</translation>
    </message>
    <message>
        <source>Least-heard stakeholder groups first</source>
        <translation>Groupes de parties prenantes les moins entendus d&apos;abord</translation>
    </message>
    <message>
        <source>Audience &amp;turn limit:</source>
        <translation>Limite de prise de parole du &amp;public&#xa0;:</translation>
    </message>
    <message>
        <source>Empty-&amp;chair turn limit:</source>
        <translation>Limite de prise de parole sur la &amp;chaise vide&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Warning before the end of an item:</source>
        <translation>&amp;Avertissement avant la fin d&apos;un point&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Queue order:</source>
        <translation>&amp;Ordre de la file d&apos;attente&#xa0;:</translation>
    </message>
    <message>
        <source>An invited speaker&apos;s limit is their agenda slot. These settings are kept in the session file.</source>
        <translation>La limite d&apos;un intervenant invité correspond à son créneau dans l&apos;ordre du jour. Ces paramètres sont enregistrés dans le fichier de séance.</translation>
    </message>
    <message>
        <source>Change the session settings</source>
        <translation>Modifier les paramètres de la séance</translation>
    </message>
</context>
<context>
    <name>ui::SessionUndo</name>
    <message>
        <source>no session is open</source>
        <translation>aucune séance n&apos;est ouverte</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be undone: %2</source>
        <extracomment>%1 names the edit (such as &quot;Rename item&quot;), %2 says why the session refused it</extracomment>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être annulé&#xa0;: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be redone: %2</source>
        <extracomment>%1 names the edit (such as &quot;Rename item&quot;), %2 says why the session refused it</extracomment>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être rétabli&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ui::ShareDialog</name>
    <message>
        <source>Onsite moderator</source>
        <translation>Modérateur sur place</translation>
    </message>
    <message>
        <source>Co-moderator</source>
        <translation>Co-modérateur</translation>
    </message>
    <message>
        <source>Online moderator</source>
        <translation>Modérateur en ligne</translation>
    </message>
    <message>
        <source>Rapporteur</source>
        <translation>Rapporteur</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Observateur</translation>
    </message>
    <message>
        <source>Share on the network</source>
        <translation>Partager sur le réseau</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>Partage</translation>
    </message>
    <message>
        <source>Every address of this computer</source>
        <translation>Toutes les adresses de cet ordinateur</translation>
    </message>
    <message>
        <source>This computer only (a rehearsal)</source>
        <translation>Cet ordinateur seulement (une répétition)</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>un port libre</translation>
    </message>
    <message>
        <source>Listen on:</source>
        <translation>Écouter sur :</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port :</translation>
    </message>
    <message>
        <source>How to join</source>
        <translation>Comment rejoindre</translation>
    </message>
    <message>
        <source>Address of this computer:</source>
        <translation>Adresse de cet ordinateur :</translation>
    </message>
    <message>
        <source>Renew</source>
        <translation>Renouveler</translation>
    </message>
    <message>
        <source>A new code for this role: the devices that joined with the old one are disconnected.</source>
        <translation>Un nouveau code pour ce rôle : les appareils connectés avec l&apos;ancien sont déconnectés.</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Appareils</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Round trip</source>
        <translation>Aller-retour</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Vu pour la dernière fois</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Déconnecter</translation>
    </message>
    <message>
        <source>Messages with the team</source>
        <translation>Messages avec l&apos;équipe</translation>
    </message>
    <message>
        <source>A message to every joined device</source>
        <translation>Un message à tous les appareils connectés</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>The moderator disconnected this device.</source>
        <translation>Le modérateur a déconnecté cet appareil.</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2) : %3</translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation>Arrêter le partage</translation>
    </message>
    <message>
        <source>Start sharing</source>
        <translation>Commencer le partage</translation>
    </message>
    <message>
        <source>Sharing on port %1. Each role joins with its own address.</source>
        <translation>Partagé sur le port %1. Chaque rôle rejoint avec sa propre adresse.</translation>
    </message>
    <message>
        <source>Not shared: nobody can join.</source>
        <translation>Non partagé : personne ne peut rejoindre.</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>il y a %1</translation>
    </message>
    <message>
        <source>You: %1</source>
        <translation>Vous : %1</translation>
    </message>
    <message>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
    <message>
        <source>Room display</source>
        <translation>Écran de la salle</translation>
    </message>
    <message>
        <source>optional: a PEM file; devices then connect encrypted</source>
        <translation>facultatif&#xa0;: un fichier PEM&#xa0;; les appareils se connectent alors de façon chiffrée</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.key);;All files (*)</source>
        <translation>Fichiers PEM (*.pem *.crt *.key);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>TLS certificate:</source>
        <translation>Certificat TLS&#xa0;:</translation>
    </message>
    <message>
        <source>TLS certificate</source>
        <translation>Certificat TLS</translation>
    </message>
    <message>
        <source>TLS private key:</source>
        <translation>Clé privée TLS&#xa0;:</translation>
    </message>
    <message>
        <source>TLS private key</source>
        <translation>Clé privée TLS</translation>
    </message>
    <message>
        <source>Sharing on port %1, encrypted (TLS). Each role joins with its own address, which names this computer&apos;s certificate.</source>
        <translation>Partagé sur le port %1, chiffré (TLS). Chaque rôle rejoint avec sa propre adresse, qui désigne le certificat de cet ordinateur.</translation>
    </message>
    <message>
        <source>Translator</source>
        <translation>Traducteur</translation>
    </message>
    <message>
        <source>Captioner</source>
        <translation>Sous-titreur</translation>
    </message>
</context>
<context>
    <name>ui::Sharing</name>
    <message>
        <source>only a session open for writing can be shared</source>
        <translation>seule une session ouverte en écriture peut être partagée</translation>
    </message>
    <message>
        <source>for TLS, give both the certificate and its private key</source>
        <translation>pour TLS, indiquez à la fois le certificat et sa clé privée</translation>
    </message>
    <message>
        <source>the session is not shared</source>
        <translation>la séance n&apos;est pas partagée</translation>
    </message>
</context>
<context>
    <name>ui::SpeakerQueueView</name>
    <message>
        <source>Next from the queue (Q)</source>
        <translation>Suivant dans la file (Q)</translation>
    </message>
    <message>
        <source>Next: %1 (Q)</source>
        <translation>Ensuite&#xa0;: %1 (Q)</translation>
    </message>
    <message numerus="yes">
        <source>Queue: %Ln waiting</source>
        <translation>
            <numerusform>File d&apos;attente&#xa0;: %Ln demande</numerusform>
            <numerusform>File d&apos;attente&#xa0;: %Ln demandes</numerusform>
        </translation>
    </message>
    <message>
        <source>Next from the &amp;queue</source>
        <translation>&amp;Suivant dans la file</translation>
    </message>
    <message>
        <source>Add a &amp;request to speak…</source>
        <translation>Ajouter une &amp;demande de parole…</translation>
    </message>
    <message>
        <source>In order of request</source>
        <translation>Dans l&apos;ordre des demandes</translation>
    </message>
    <message>
        <source>First-time speakers first</source>
        <translation>Premières prises de parole d&apos;abord</translation>
    </message>
    <message>
        <source>Alternate in the room and online</source>
        <translation>Alterner salle et en ligne</translation>
    </message>
    <message>
        <source>Groups that spoke least first</source>
        <translation>Groupes les moins entendus d&apos;abord</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Give the floor</source>
        <translation>Donner la parole</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Who asks to speak: name, group, region, gender, room or online (I)</source>
        <translation>Qui demande la parole&#xa0;: nom, groupe, région, genre, room ou online (I)</translation>
    </message>
</context>
<context>
    <name>ui::TakeawayDialog</name>
    <message>
        <source>Approve a key takeaway</source>
        <translation>Approuver un enseignement clé</translation>
    </message>
    <message>
        <source>On a joined device, translate the takeaway in Room › Translations once it is approved.</source>
        <translation>Sur un appareil connecté, traduisez l’enseignement dans « Écran de la salle › Traductions pour la salle » une fois qu’il est approuvé.</translation>
    </message>
    <message>
        <source>Key takeaway, as the room will read it:</source>
        <translation>Enseignement clé, tel que la salle le lira&#xa0;:</translation>
    </message>
    <message>
        <source>Its &amp;translation (optional), into:</source>
        <translation>Sa &amp;traduction (facultative), en :</translation>
    </message>
    <message>
        <source>Type the key takeaway first.</source>
        <translation>Saisissez d’abord l’enseignement clé.</translation>
    </message>
</context>
<context>
    <name>ui::TranslationsDialog</name>
    <message>
        <source>Translations for the room</source>
        <translation>Traductions pour la salle</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Traduction</translation>
    </message>
    <message>
        <source>The room display shows a translation in the room&apos;s language, and in its second language under it. Content without a translation shows as written.</source>
        <translation>L&apos;écran de la salle affiche une traduction dans la langue de la salle, et en dessous dans sa deuxième langue. Un contenu sans traduction s&apos;affiche tel quel.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Point de l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>Message to the room</source>
        <translation>Message à la salle</translation>
    </message>
    <message>
        <source>Key takeaway</source>
        <translation>Enseignement clé</translation>
    </message>
    <message>
        <source>Glossary term</source>
        <translation>Terme du glossaire</translation>
    </message>
    <message>
        <source>Its explanation</source>
        <translation>Son explication</translation>
    </message>
    <message>
        <source>Translate for the room</source>
        <translation>Traduire pour la salle</translation>
    </message>
    <message>
        <source>Policy question %L1</source>
        <translation>Question de politique publique %L1</translation>
    </message>
</context>
</TS>
