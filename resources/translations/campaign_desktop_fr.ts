<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
  <context>
    <name>AddressesModel</name>
    <message>
      <location filename="../../campaign_desktop/ui/addresses_page.py" line="43" />
      <source>Address</source>
      <extracomment>Statuses a person can release an address from.</extracomment>
      <translation>Adresse</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/addresses_page.py" line="43" />
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/addresses_page.py" line="43" />
      <source>Errors</source>
      <translation>Erreurs</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/addresses_page.py" line="43" />
      <source>Last reason</source>
      <translation>Dernière raison</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/addresses_page.py" line="44" />
      <source>Last reply</source>
      <translation>Dernière réponse</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/addresses_page.py" line="44" />
      <source>First error</source>
      <translation>Première erreur</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/addresses_page.py" line="44" />
      <source>Last error</source>
      <translation>Dernière erreur</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/addresses_page.py" line="44" />
      <source>Changed</source>
      <translation>Modifiée le</translation>
    </message>
  </context>
  <context>
    <name>AddressesPage</name>
    <message>
      <location filename="../../campaign_desktop/ui/addresses_page.py" line="71" />
      <source>All statuses</source>
      <translation>Tous les statuts</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/addresses_page.py" line="77" />
      <source>Search an address</source>
      <translation>Rechercher une adresse</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/addresses_page.py" line="82" />
      <source>Release</source>
      <translation>Libérer</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/addresses_page.py" line="83" />
      <source>Back to Valid, error counter at zero: the next preparations target them again</source>
      <translation>Retour à Valide, compteur d'erreurs à zéro : les prochaines préparations les ciblent de nouveau</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/addresses_page.py" line="85" />
      <source>Import a denylist…</source>
      <translation>Importer une liste de blocage…</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/addresses_page.py" line="95" />
      <source>Addresses</source>
      <translation>Adresses</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/addresses_page.py" line="124" />
      <source>Searching…</source>
      <translation>Recherche…</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/addresses_page.py" line="130" />
      <source>Addresses: %1</source>
      <translation>Adresses : %1</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/addresses_page.py" line="146" />
      <source>Release addresses</source>
      <translation>Libérer des adresses</translation>
    </message>
    <message numerus="yes">
      <location filename="../../campaign_desktop/ui/addresses_page.py" line="147" />
      <source>Release %n address(es)? They go back to Valid and the next preparations target them again.</source>
      <translation>
        <numerusform>Libérer %n adresse ? Elle redevient Valide et les prochaines préparations la ciblent de nouveau.</numerusform>
        <numerusform>Libérer %n adresses ? Elles redeviennent Valides et les prochaines préparations les ciblent de nouveau.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/addresses_page.py" line="162" />
      <source>Released: %1</source>
      <translation>Libérées : %1</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/addresses_page.py" line="166" />
      <source>Import a denylist</source>
      <translation>Importer une liste de blocage</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/addresses_page.py" line="166" />
      <source>CSV files (*.csv *.txt)</source>
      <translation>Fichiers CSV (*.csv *.txt)</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/addresses_page.py" line="172" />
      <source>Importing %1…</source>
      <translation>Import de %1…</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/addresses_page.py" line="178" />
      <source>Denylist imported: %1 added, %2 already on it, %3 lines skipped.</source>
      <translation>Liste de blocage importée : %1 ajoutées, %2 déjà présentes, %3 lignes ignorées.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/addresses_page.py" line="182" />
      <source>line %1: %2</source>
      <translation>ligne %1 : %2</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/addresses_page.py" line="188" />
      <source>Error: %1</source>
      <translation>Erreur : %1</translation>
    </message>
  </context>
  <context>
    <name>DeliveryDashboard</name>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="83" />
      <source>Prepare</source>
      <extracomment>States in which a process may hold the send (engine/send_lease.py). States in which the indicators can be counted again from the logs.</extracomment>
      <translation>Préparer</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="84" />
      <source>Stop preparation</source>
      <translation>Arrêter la préparation</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="85" />
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="270" />
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="447" />
      <source>Confirm send</source>
      <translation>Confirmer l'envoi</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="86" />
      <source>Pause</source>
      <translation>Mettre en pause</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="87" />
      <source>Resume</source>
      <translation>Reprendre</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="88" />
      <source>Stop</source>
      <translation>Arrêter</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="89" />
      <source>Stop following</source>
      <translation>Ne plus suivre</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="90" />
      <source>Proof</source>
      <translation>BAT</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="91" />
      <source>Logs</source>
      <translation>Journaux</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="92" />
      <source>Compute stats</source>
      <translation>Calculer les statistiques</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="94" />
      <source>Count every indicator again from the sending logs and the tracking</source>
      <translation>Recalculer tous les indicateurs à partir des journaux d'envoi et du tracking</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="98" />
      <source>Send the message to test addresses, with [Proof n] before the subject</source>
      <translation>Envoyer le message à des adresses de test, avec [Proof n] devant l'objet</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="106" />
      <source>Stop following the feedback here; the delivery stays sent</source>
      <translation>Ne plus suivre les retours ici ; la diffusion reste envoyée</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="110" />
      <source>Targeted</source>
      <translation>Ciblés</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="110" />
      <source>Profiles selected by the audience</source>
      <translation>Profils sélectionnés par l'audience</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="111" />
      <source>To deliver</source>
      <translation>À délivrer</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="111" />
      <source>Targeted − To exclude</source>
      <translation>Ciblés − À exclure</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="112" />
      <source>To exclude</source>
      <translation>À exclure</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="112" />
      <source>Profiles removed by a filtering rule</source>
      <translation>Profils écartés par une règle de filtrage</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="113" />
      <source>Sent</source>
      <translation>Envoyés</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="113" />
      <source>Delivered + Bounces and errors (messages processed)</source>
      <translation>Délivrés + Bounces et erreurs (messages traités)</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="114" />
      <source>Delivered</source>
      <translation>Délivrés</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="114" />
      <source>Messages delivered ÷ Sent</source>
      <translation>Messages délivrés ÷ Envoyés</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="115" />
      <source>Bounces + errors</source>
      <translation>Bounces + erreurs</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="115" />
      <source>Failed messages ÷ Sent</source>
      <translation>Messages en échec ÷ Envoyés</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="116" />
      <source>Opens</source>
      <translation>Ouvertures</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="116" />
      <source>Unique recipients who opened ÷ Delivered</source>
      <translation>Destinataires uniques ayant ouvert ÷ Délivrés</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="117" />
      <source>Clicks</source>
      <translation>Clics</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="117" />
      <source>Unique recipients who clicked ÷ Delivered</source>
      <translation>Destinataires uniques ayant cliqué ÷ Délivrés</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="120" />
      <source>Export chart to PNG…</source>
      <translation>Exporter le graphique en PNG…</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="146" />
      <source>Deployment</source>
      <translation>Déploiement</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="155" />
      <source>Dashboard</source>
      <translation>Tableau de bord</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="195" />
      <source>interrupted: nothing sends it any more. Resume sends the rest; the messages that were in flight are reported unknown, never sent twice.</source>
      <translation>interrompue : plus rien ne l'envoie. Reprendre envoie le reste ; les messages qui étaient en cours de remise sont signalés inconnus, jamais envoyés deux fois.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="198" />
      <source>being sent by another process (%1, process %2)</source>
      <translation>en cours d'envoi par un autre processus (%1, processus %2)</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="236" />
      <source>Save or revert your changes first</source>
      <translation>Enregistrez ou annulez d'abord vos modifications</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="259" />
      <source>Preparing: computing the target…</source>
      <translation>Préparation : calcul de la cible…</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="271" />
      <source>The messages will be sent to the recipients to deliver. Send now?</source>
      <translation>Les messages vont être envoyés aux destinataires à délivrer. Envoyer maintenant ?</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="284" />
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="293" />
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="376" />
      <source>Sending…</source>
      <translation>Envoi en cours…</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="330" />
      <source>Computing the indicators from the logs…</source>
      <translation>Calcul des indicateurs à partir des journaux…</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="335" />
      <source>Indicators computed from the logs.</source>
      <translation>Indicateurs calculés à partir des journaux.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="351" />
      <source>Export chart</source>
      <translation>Exporter le graphique</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="351" />
      <source>PNG images (*.png)</source>
      <translation>Images PNG (*.png)</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="382" />
      <source>Stop the delivery</source>
      <translation>Arrêter la diffusion</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="383" />
      <source>A stopped delivery cannot be resumed: the messages not yet sent will be canceled. Stop it?</source>
      <translation>Une diffusion arrêtée ne peut pas reprendre : les messages pas encore envoyés seront annulés. L'arrêter ?</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="397" />
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="452" />
      <source>Stopped.</source>
      <translation>Arrêtée.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="421" />
      <source>Following the feedback (simulated time %1)…</source>
      <translation>Suivi des retours (heure simulée %1)…</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="424" />
      <source>Paused</source>
      <translation>En pause</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="430" />
      <source>Preparation finished.</source>
      <translation>Préparation terminée.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="430" />
      <source>All messages handed over.</source>
      <translation>Tous les messages ont été remis.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="431" />
      <source>Feedback followed until the delivery closed.</source>
      <translation>Retours suivis jusqu'à la clôture de la diffusion.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="434" />
      <source>Resumed: the process that holds the send goes on with it.</source>
      <translation>Reprise : le processus qui mène l'envoi le poursuit.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="437" />
      <source>Scheduled: the send starts by itself at its contact date, while the app is open or the scheduler runs.</source>
      <translation>Planifiée : l'envoi démarre seul à sa date de contact, tant que l'application est ouverte ou que le planificateur tourne.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="452" />
      <source>Preparation stopped: nothing was kept.</source>
      <translation>Préparation arrêtée : rien n'a été conservé.</translation>
    </message>
  </context>
  <context>
    <name>DeliveryEditor</name>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_editor.py" line="163" />
      <source>Properties</source>
      <translation>Propriétés</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_editor.py" line="164" />
      <source>Content</source>
      <translation>Contenu</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_editor.py" line="165" />
      <source>Audience</source>
      <translation>Audience</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_editor.py" line="166" />
      <source>Parameters</source>
      <translation>Paramètres</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_editor.py" line="179" />
      <source>Bounces come back here (the envelope sender)</source>
      <translation>Les bounces reviennent ici (expéditeur de l'enveloppe)</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_editor.py" line="181" />
      <source>Label</source>
      <translation>Libellé</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_editor.py" line="182" />
      <source>Internal name</source>
      <translation>Nom interne</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_editor.py" line="183" />
      <source>Sender name</source>
      <translation>Nom de l'expéditeur</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_editor.py" line="184" />
      <source>Sender address</source>
      <translation>Adresse de l'expéditeur</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_editor.py" line="185" />
      <source>Reply-to address</source>
      <translation>Adresse de réponse</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_editor.py" line="186" />
      <source>Error address</source>
      <translation>Adresse d'erreur</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_editor.py" line="196" />
      <source>Left empty, the text part is generated from the HTML.</source>
      <translation>Laissée vide, la partie texte est générée à partir du HTML.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_editor.py" line="198" />
      <source>Insert a field</source>
      <translation>Insérer un champ</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_editor.py" line="204" />
      <source>Unsubscribe link</source>
      <translation>Lien de désinscription</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_editor.py" line="205" />
      <source>Mirror page link</source>
      <translation>Lien vers la page miroir</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_editor.py" line="209" />
      <source>HTML</source>
      <translation>HTML</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_editor.py" line="210" />
      <source>Text</source>
      <translation>Texte</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_editor.py" line="212" />
      <source>Subject</source>
      <translation>Objet</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_editor.py" line="236" />
      <source>Preview for</source>
      <translation>Aperçu pour</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_editor.py" line="253" />
      <source>Add a condition</source>
      <translation>Ajouter une condition</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_editor.py" line="253" />
      <source>Remove</source>
      <translation>Retirer</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_editor.py" line="264" />
      <source>Profiles from</source>
      <translation>Profils issus de</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_editor.py" line="268" />
      <source>Keep the profiles that match every condition:</source>
      <translation>Garder les profils qui remplissent toutes les conditions :</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_editor.py" line="276" />
      <source>Send at a later date</source>
      <translation>Envoyer plus tard</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_editor.py" line="282" />
      <source> h</source>
      <translation> h</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_editor.py" line="288" />
      <source>As fast as the server takes them</source>
      <translation>Aussi vite que le serveur les accepte</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_editor.py" line="289" />
      <source> messages/s</source>
      <translation> messages/s</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_editor.py" line="291" />
      <source>No cap</source>
      <translation>Pas de plafond</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_editor.py" line="293" />
      <source>Never</source>
      <translation>Jamais</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_editor.py" line="294" />
      <source> % bounces</source>
      <translation> % de bounces</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_editor.py" line="297" />
      <source>Send only between</source>
      <translation>N'envoyer qu'entre</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_editor.py" line="304" />
      <source>Once</source>
      <translation>Une fois</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_editor.py" line="305" />
      <source>Every day</source>
      <translation>Chaque jour</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_editor.py" line="306" />
      <source>Every week</source>
      <translation>Chaque semaine</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_editor.py" line="311" />
      <source>Ask for confirmation before each send</source>
      <translation>Demander une confirmation avant chaque envoi</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_editor.py" line="318" />
      <source>Typology</source>
      <translation>Typologie</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_editor.py" line="319" />
      <source>Contact date</source>
      <translation>Date de contact</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_editor.py" line="320" />
      <source>Validity period</source>
      <translation>Période de validité</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_editor.py" line="321" />
      <source>Approval</source>
      <translation>Validation</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_editor.py" line="322" />
      <source>Send policy</source>
      <translation>Politique d'envoi</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_editor.py" line="324" />
      <source>Connections</source>
      <translation>Connexions</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_editor.py" line="325" />
      <source>Rate</source>
      <translation>Débit</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_editor.py" line="326" />
      <source>Daily cap</source>
      <translation>Plafond quotidien</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_editor.py" line="327" />
      <source>Pause automatically above</source>
      <translation>Pause automatique au-delà de</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_editor.py" line="331" />
      <source>and</source>
      <translation>et</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_editor.py" line="338" />
      <source>Sending window</source>
      <translation>Plage d'envoi</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_editor.py" line="340" />
      <source>Projected finish</source>
      <translation>Fin prévue</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_editor.py" line="341" />
      <source>Schedule</source>
      <translation>Planification</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_editor.py" line="343" />
      <source>Repeat</source>
      <translation>Répéter</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_editor.py" line="344" />
      <source>At</source>
      <translation>À</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_editor.py" line="345" />
      <source>On</source>
      <translation>Le</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_editor.py" line="347" />
      <source>Next run</source>
      <translation>Prochaine exécution</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_editor.py" line="362" />
      <source>Revert</source>
      <translation>Annuler les modifications</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_editor.py" line="363" />
      <source>Save</source>
      <translation>Enregistrer</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_editor.py" line="433" />
      <source>The whole profile base</source>
      <translation>Toute la base de profils</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_editor.py" line="435" />
      <source>The list %1</source>
      <translation>La liste %1</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_editor.py" line="439" />
      <source>No typology rules</source>
      <translation>Aucune règle de typologie</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_editor.py" line="470" />
      <source>—</source>
      <translation>—</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_editor.py" line="587" />
      <source>This delivery is %1: it can no longer be edited. Duplicate it to send it again.</source>
      <translation>Cette diffusion est à l'état %1 : elle ne peut plus être modifiée. Dupliquez-la pour l'envoyer de nouveau.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_editor.py" line="590" />
      <source>This delivery is prepared: saving these changes returns it to Draft, and it must be prepared again.</source>
      <translation>Cette diffusion est préparée : enregistrer ces modifications la remet en Brouillon, et il faudra la préparer de nouveau.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_editor.py" line="593" />
      <source>Unsaved changes.</source>
      <translation>Modifications non enregistrées.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_editor.py" line="673" />
      <source>Counting…</source>
      <translation>Comptage…</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_editor.py" line="682" />
      <source>%1 profiles targeted</source>
      <translation>%1 profils ciblés</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_editor.py" line="686" />
      <source>%1 (for %2 messages)</source>
      <translation>%1 (pour %2 messages)</translation>
    </message>
  </context>
  <context>
    <name>DeliveryState</name>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_model.py" line="32" />
      <source>Draft</source>
      <translation>Brouillon</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_model.py" line="33" />
      <source>Preparing</source>
      <translation>En préparation</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_model.py" line="34" />
      <source>Prepared</source>
      <translation>Préparée</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_model.py" line="35" />
      <source>Scheduled</source>
      <translation>Planifiée</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_model.py" line="36" />
      <source>Sending</source>
      <translation>En cours d'envoi</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_model.py" line="37" />
      <source>Paused</source>
      <translation>En pause</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_model.py" line="38" />
      <source>Sent</source>
      <translation>Envoyée</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_model.py" line="39" />
      <source>Closed</source>
      <translation>Clôturée</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_model.py" line="40" />
      <source>Stopped</source>
      <translation>Arrêtée</translation>
    </message>
  </context>
  <context>
    <name>DeliveryTableModel</name>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_model.py" line="52" />
      <source>Label</source>
      <translation>Libellé</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_model.py" line="52" />
      <source>Internal name</source>
      <translation>Nom interne</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_model.py" line="52" />
      <source>State</source>
      <translation>État</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_model.py" line="52" />
      <source>Contact date</source>
      <translation>Date de contact</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_model.py" line="53" />
      <source>Author</source>
      <translation>Auteur</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_model.py" line="53" />
      <source>Targeted</source>
      <translation>Ciblés</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_model.py" line="53" />
      <source>To deliver</source>
      <translation>À délivrer</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_model.py" line="53" />
      <source>To exclude</source>
      <translation>À exclure</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_model.py" line="54" />
      <source>Delivered</source>
      <translation>Délivrés</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_model.py" line="54" />
      <source>Opens</source>
      <translation>Ouvertures</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_model.py" line="91" />
      <source>%1 (interrupted)</source>
      <translation>%1 (interrompue)</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_model.py" line="94" />
      <source>As soon as possible</source>
      <translation>Dès que possible</translation>
    </message>
  </context>
  <context>
    <name>DeploymentChart</name>
    <message>
      <location filename="../../campaign_desktop/ui/deployment_chart.py" line="36" />
      <source>Sent</source>
      <extracomment>The shortest time axis (seconds): shorter sends would be labelled in fractions of a second.</extracomment>
      <translation>Envoyés</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/deployment_chart.py" line="36" />
      <source>Delivered</source>
      <translation>Délivrés</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/deployment_chart.py" line="36" />
      <source>Bounces + errors</source>
      <translation>Bounces + erreurs</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/deployment_chart.py" line="37" />
      <source>Opens</source>
      <translation>Ouvertures</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/deployment_chart.py" line="37" />
      <source>Clicks</source>
      <translation>Clics</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/deployment_chart.py" line="42" />
      <source>Messages</source>
      <translation>Messages</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/deployment_chart.py" line="60" />
      <source>Nothing sent yet: the chart fills in as the delivery is sent.</source>
      <translation>Rien n'est encore envoyé : le graphique se remplit pendant l'envoi de la diffusion.</translation>
    </message>
  </context>
  <context>
    <name>Engine</name>
    <message>
      <location filename="../../campaign_desktop/ui/engine_text.py" line="57" />
      <source>Preparation started.</source>
      <extracomment>Qt's translate, under the name lupdate looks for; the context is "Engine".</extracomment>
      <translation>Préparation démarrée.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/engine_text.py" line="59" />
      <source>Preparation finished: %1 targeted, %2 to deliver, %3 to exclude (%4).</source>
      <translation>Préparation terminée : %1 ciblés, %2 à délivrer, %3 à exclure (%4).</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/engine_text.py" line="61" />
      <source>Preparation finished: %1 targeted, %2 to deliver, %3 to exclude.</source>
      <translation>Préparation terminée : %1 ciblés, %2 à délivrer, %3 à exclure.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/engine_text.py" line="63" />
      <source>Preparation stopped by the user: no log was kept.</source>
      <translation>Préparation arrêtée par l'utilisateur : aucune ligne de journal n'a été conservée.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/engine_text.py" line="64" />
      <source>Preparation failed: %1</source>
      <translation>La préparation a échoué : %1</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/engine_text.py" line="65" />
      <source>Send confirmed by %1.</source>
      <translation>Envoi confirmé par %1.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/engine_text.py" line="67" />
      <source>All messages handed over: %1 accepted, %2 failed.</source>
      <translation>Tous les messages ont été remis : %1 acceptés, %2 en échec.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/engine_text.py" line="68" />
      <source>Seed copies: %1 of %2 accepted.</source>
      <translation>Copies témoins : %1 sur %2 acceptées.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/engine_text.py" line="70" />
      <source>%1 message(s) were being handed over when the send was interrupted: their fate is unknown and they were not sent again.</source>
      <translation>%1 message(s) étaient en cours de remise quand l'envoi a été interrompu : leur sort est inconnu et ils n'ont pas été renvoyés.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/engine_text.py" line="73" />
      <source>The send paused itself: the bounce rate passed %1.</source>
      <translation>L'envoi s'est mis en pause : le taux de bounces a dépassé %1.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/engine_text.py" line="74" />
      <source>paused automatically: bounce rate over %1</source>
      <translation>mise en pause automatique : taux de bounces au-delà de %1</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/engine_text.py" line="75" />
      <source>paused when the application closed</source>
      <translation>mise en pause à la fermeture de l'application</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/engine_text.py" line="76" />
      <source>%1 by %2</source>
      <translation>%1 par %2</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/engine_text.py" line="78" />
      <source>Edited after preparation (%1): prepare it again.</source>
      <translation>Modifiée après la préparation (%1) : préparez-la de nouveau.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/engine_text.py" line="80" />
      <source>Recurring delivery: waiting for an operator to confirm the send.</source>
      <translation>Diffusion récurrente : en attente de la confirmation de l'envoi par un opérateur.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/engine_text.py" line="81" />
      <source>The subject is empty.</source>
      <translation>L'objet est vide.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/engine_text.py" line="82" />
      <source>The sender address is empty.</source>
      <translation>L'adresse de l'expéditeur est vide.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/engine_text.py" line="84" />
      <source>The sender address '%1' is not a valid address.</source>
      <translation>L'adresse de l'expéditeur « %1 » n'est pas une adresse valide.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/engine_text.py" line="85" />
      <source>The HTML content has no unsubscribe link.</source>
      <translation>Le contenu HTML n'a pas de lien de désinscription.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/engine_text.py" line="87" />
      <source>Unresolved personalisation field 'recipient.%1' in the %2.</source>
      <translation>Champ de personnalisation inconnu « recipient.%1 » dans %2.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/engine_text.py" line="88" />
      <source>An empty link ('%1') goes nowhere.</source>
      <translation>Un lien vide (« %1 ») ne mène nulle part.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/engine_text.py" line="89" />
      <source>The link '%1' is broken.</source>
      <translation>Le lien « %1 » est cassé.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/engine_text.py" line="90" />
      <source>The link '%1' is not https.</source>
      <translation>Le lien « %1 » n'est pas en https.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/engine_text.py" line="92" />
      <source>There is no text part: mail clients that do not show HTML will get one generated from it.</source>
      <translation>Il n'y a pas de partie texte : les messageries qui n'affichent pas le HTML en recevront une générée à partir de lui.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/engine_text.py" line="94" />
      <source>%1 message(s) are larger than %2 KB (largest %3 KB): common webmail will clip them.</source>
      <translation>%1 message(s) dépassent %2 Ko (le plus gros : %3 Ko) : les webmails courants les tronqueront.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/engine_text.py" line="96" />
      <source>Personalisation error in the %1, line %2: %3</source>
      <translation>Erreur de personnalisation dans %1, ligne %2 : %3</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/engine_text.py" line="98" />
      <source>You do not have the '%1' role: ask an administrator to give it to you, or ask a colleague who has it to confirm the send.</source>
      <translation>Vous n'avez pas le rôle « %1 » : demandez-le à un administrateur, ou demandez à un collègue qui l'a de confirmer l'envoi.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/engine_text.py" line="100" />
      <source>There is no active operator '%1'.</source>
      <translation>Il n'y a pas d'opérateur actif « %1 ».</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/engine_text.py" line="102" />
      <source>Only a prepared delivery can be sent; this one is %1.</source>
      <translation>Seule une diffusion préparée peut être envoyée ; celle-ci est à l'état %1.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/engine_text.py" line="104" />
      <source>The analysis has %1 error(s): correct them and prepare again.</source>
      <translation>L'analyse a %1 erreur(s) : corrigez-les et préparez de nouveau.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/engine_text.py" line="105" />
      <source>A delivery that is %1 cannot become %2.</source>
      <translation>Une diffusion à l'état %1 ne peut pas passer à l'état %2.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/engine_text.py" line="106" />
      <source>A delivery that is %1 cannot be resumed.</source>
      <translation>Une diffusion à l'état %1 ne peut pas être reprise.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/engine_text.py" line="108" />
      <source>The send had been interrupted; %1 took it up again.</source>
      <translation>L'envoi avait été interrompu ; %1 l'a repris.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/engine_text.py" line="110" />
      <source>Another process (%1, process %2) is already sending this delivery; its last sign of life was at %3 UTC.</source>
      <translation>Un autre processus (%1, processus %2) envoie déjà cette diffusion ; son dernier signe de vie date de %3 UTC.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/engine_text.py" line="113" />
      <source>Another process started sending this delivery at the same moment.</source>
      <translation>Un autre processus a commencé à envoyer cette diffusion au même moment.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/engine_text.py" line="115" />
      <source>This delivery is being sent by another process (%1, process %2).</source>
      <translation>Cette diffusion est en cours d'envoi par un autre processus (%1, processus %2).</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/engine_text.py" line="116" />
      <source>The delivery is %1: confirm the send first.</source>
      <translation>La diffusion est à l'état %1 : confirmez d'abord l'envoi.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/engine_text.py" line="117" />
      <source>A delivery in the state %1 cannot be edited.</source>
      <translation>Une diffusion à l'état %1 ne peut pas être modifiée.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/engine_text.py" line="119" />
      <source>A delivery in the state %1 cannot be deleted: stop it first.</source>
      <translation>Une diffusion à l'état %1 ne peut pas être supprimée : arrêtez-la d'abord.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/engine_text.py" line="121" />
      <source>Another delivery already has the internal name '%1'.</source>
      <translation>Une autre diffusion a déjà le nom interne « %1 ».</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/engine_text.py" line="122" />
      <source>A label is required.</source>
      <translation>Un libellé est obligatoire.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/engine_text.py" line="124" />
      <source>The internal name takes letters, digits, '-', '_' and '.', and no spaces.</source>
      <translation>Le nom interne prend des lettres, des chiffres, « - », « _ » et « . », sans espace.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/engine_text.py" line="125" />
      <source>The sender address is required.</source>
      <translation>L'adresse de l'expéditeur est obligatoire.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/engine_text.py" line="126" />
      <source>The validity period must be longer than zero.</source>
      <translation>La période de validité doit être supérieure à zéro.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/engine_text.py" line="127" />
      <source>Give at least one test address.</source>
      <translation>Donnez au moins une adresse de test.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/engine_text.py" line="129" />
      <source>A proof goes to at most %1 addresses; %2 were given.</source>
      <translation>Un BAT part vers %1 adresses au plus ; %2 ont été données.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/engine_text.py" line="130" />
      <source>'%1' is not a valid address: %2</source>
      <translation>« %1 » n'est pas une adresse valide : %2</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/engine_text.py" line="131" />
      <source>Wrong login or password.</source>
      <translation>Identifiant ou mot de passe incorrect.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/engine_text.py" line="133" />
      <source>This operator has no password yet: ask an administrator to set one.</source>
      <translation>Cet opérateur n'a pas encore de mot de passe : demandez à un administrateur d'en définir un.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/engine_text.py" line="134" />
      <source>This operator is disabled: ask an administrator.</source>
      <translation>Cet opérateur est désactivé : adressez-vous à un administrateur.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/engine_text.py" line="135" />
      <source>A password has at least %1 characters.</source>
      <translation>Un mot de passe compte au moins %1 caractères.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/engine_text.py" line="136" />
      <source>The login '%1' is taken.</source>
      <translation>L'identifiant « %1 » est déjà pris.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/engine_text.py" line="138" />
      <source>A login is 2 to 64 lower-case letters, digits, '.', '_' or '-'.</source>
      <translation>Un identifiant compte de 2 à 64 lettres minuscules, chiffres, « . », « _ » ou « - ».</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/engine_text.py" line="140" />
      <source>You cannot take the Administrator role from yourself.</source>
      <translation>Vous ne pouvez pas vous retirer le rôle Administrateur.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/engine_text.py" line="141" />
      <source>You cannot disable yourself.</source>
      <translation>Vous ne pouvez pas vous désactiver vous-même.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/engine_text.py" line="142" />
      <source>No pickup folder: choose one in the settings.</source>
      <translation>Pas de dossier de dépôt : choisissez-en un dans les paramètres.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/engine_text.py" line="144" />
      <source>The system keyring cannot store the password: %1</source>
      <translation>Le trousseau du système ne peut pas conserver le mot de passe : %1</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/engine_text.py" line="145" />
      <source>The sending windows never open.</source>
      <translation>Les plages d'envoi ne s'ouvrent jamais.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/engine_text.py" line="146" />
      <source>%1 is empty.</source>
      <translation>%1 est vide.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/engine_text.py" line="152" />
      <source>properties</source>
      <translation>propriétés</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/engine_text.py" line="152" />
      <source>content</source>
      <translation>contenu</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/engine_text.py" line="153" />
      <source>audience</source>
      <translation>audience</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/engine_text.py" line="153" />
      <source>parameters</source>
      <translation>paramètres</translation>
    </message>
  </context>
  <context>
    <name>FilterTable</name>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_editor.py" line="96" />
      <source>Field</source>
      <extracomment>Audience filter operators offered in the editor (the engine knows them all).</extracomment>
      <translation>Champ</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_editor.py" line="96" />
      <source>Operator</source>
      <translation>Opérateur</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_editor.py" line="96" />
      <source>Value</source>
      <translation>Valeur</translation>
    </message>
  </context>
  <context>
    <name>Labels</name>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="25" />
      <source>To send</source>
      <extracomment>Qt's translate, under the name lupdate looks for; the context of every label is "Labels".</extracomment>
      <translation>À envoyer</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="25" />
      <source>Pending</source>
      <translation>En attente</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="25" />
      <source>Sent</source>
      <translation>Envoyé</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="26" />
      <source>Failed</source>
      <translation>En échec</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="26" />
      <location filename="../../campaign_desktop/ui/labels.py" line="32" />
      <source>Ignored</source>
      <translation>Ignoré</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="26" />
      <source>Canceled</source>
      <translation>Annulé</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="27" />
      <source>Unknown</source>
      <translation>Inconnu</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="32" />
      <source>Soft</source>
      <translation>Soft</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="32" />
      <source>Hard</source>
      <translation>Hard</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="37" />
      <source>Not defined</source>
      <translation>Non défini</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="37" />
      <source>User unknown</source>
      <translation>Utilisateur inconnu</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="38" />
      <source>Invalid domain</source>
      <translation>Domaine invalide</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="38" />
      <source>Unreachable</source>
      <translation>Injoignable</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="39" />
      <source>Account disabled</source>
      <translation>Compte désactivé</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="39" />
      <source>Mailbox full</source>
      <translation>Boîte pleine</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="40" />
      <source>Not connected</source>
      <translation>Non connecté</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="40" />
      <source>Address not specified</source>
      <translation>Adresse non renseignée</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="41" />
      <location filename="../../campaign_desktop/ui/labels.py" line="93" />
      <source>Denylisted</source>
      <translation>Sur liste de blocage</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="41" />
      <source>In quarantine</source>
      <translation>En quarantaine</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="42" />
      <source>Duplicate</source>
      <translation>Doublon</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="42" />
      <source>Excluded by a rule</source>
      <translation>Exclu par une règle</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="43" />
      <source>Refused</source>
      <translation>Refusé</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="43" />
      <source>Error ignored</source>
      <translation>Erreur ignorée</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="44" />
      <location filename="../../campaign_desktop/ui/labels.py" line="53" />
      <source>Control group</source>
      <translation>Groupe de contrôle</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="50" />
      <source>Missing address</source>
      <translation>Adresse manquante</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="50" />
      <source>Invalid address</source>
      <translation>Adresse invalide</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="51" />
      <source>Duplicate address</source>
      <translation>Adresse en doublon</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="51" />
      <source>Address in quarantine</source>
      <translation>Adresse en quarantaine</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="52" />
      <source>Address on the denylist</source>
      <translation>Adresse sur liste de blocage</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="52" />
      <source>Denied domain</source>
      <translation>Domaine refusé</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="53" />
      <source>Fatigue</source>
      <translation>Pression marketing</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="54" />
      <source>Personalisation error</source>
      <translation>Erreur de personnalisation</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="59" />
      <source>Info</source>
      <translation>Info</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="59" />
      <source>Warning</source>
      <translation>Avertissement</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="59" />
      <source>Error</source>
      <translation>Erreur</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="65" />
      <source>Email</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="65" />
      <source>First name</source>
      <translation>Prénom</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="65" />
      <source>Last name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="65" />
      <source>Title</source>
      <translation>Civilité</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="66" />
      <source>Language</source>
      <translation>Langue</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="66" />
      <source>Country</source>
      <translation>Pays</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="66" />
      <source>City</source>
      <translation>Ville</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="66" />
      <source>Birth date</source>
      <translation>Date de naissance</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="67" />
      <source>Phone</source>
      <translation>Téléphone</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="67" />
      <source>Label</source>
      <translation>Libellé</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="67" />
      <source>Internal name</source>
      <translation>Nom interne</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="68" />
      <source>Sender address</source>
      <translation>Adresse de l'expéditeur</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="68" />
      <source>Reply-to address</source>
      <translation>Adresse de réponse</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="68" />
      <source>Error address</source>
      <translation>Adresse d'erreur</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="69" />
      <source>Subject</source>
      <translation>Objet</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="69" />
      <source>HTML</source>
      <translation>HTML</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="69" />
      <source>Text</source>
      <translation>Texte</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="69" />
      <source>Audience</source>
      <translation>Audience</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="70" />
      <source>Validity period</source>
      <translation>Période de validité</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="76" />
      <source>is</source>
      <translation>est</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="76" />
      <source>is not</source>
      <translation>n'est pas</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="76" />
      <source>contains</source>
      <translation>contient</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="76" />
      <source>starts with</source>
      <translation>commence par</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="77" />
      <source>is empty</source>
      <translation>est vide</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="77" />
      <source>is not empty</source>
      <translation>n'est pas vide</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="77" />
      <source>is less than</source>
      <translation>est inférieur à</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="77" />
      <source>is greater than</source>
      <translation>est supérieur à</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="78" />
      <source>is one of</source>
      <translation>est parmi</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="84" />
      <source>Manual: an operator confirms the send</source>
      <translation>Manuelle : un opérateur confirme l'envoi</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="85" />
      <source>Semi-automatic: confirm only when the analysis warns</source>
      <translation>Semi-automatique : confirmation seulement si l'analyse avertit</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="86" />
      <source>Automatic: send once the analysis is done</source>
      <translation>Automatique : envoi dès la fin de l'analyse</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="92" />
      <source>Valid</source>
      <translation>Valide</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="92" />
      <source>With errors</source>
      <translation>En erreur</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="93" />
      <source>Quarantine</source>
      <translation>Quarantaine</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="98" />
      <source>Prepare deliveries</source>
      <translation>Préparer les diffusions</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="98" />
      <source>Start deliveries</source>
      <translation>Démarrer les diffusions</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="99" />
      <source>Administrator</source>
      <translation>Administrateur</translation>
    </message>
  </context>
  <context>
    <name>LogsDialog</name>
    <message>
      <location filename="../../campaign_desktop/ui/logs_dialog.py" line="41" />
      <source>Logs — %1</source>
      <translation>Journaux — %1</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/logs_dialog.py" line="46" />
      <source>Cause</source>
      <translation>Cause</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/logs_dialog.py" line="46" />
      <source>Profiles</source>
      <translation>Profils</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/logs_dialog.py" line="58" />
      <source>All statuses</source>
      <translation>Tous les statuts</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/logs_dialog.py" line="62" />
      <source>All reasons</source>
      <translation>Toutes les raisons</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/logs_dialog.py" line="66" />
      <source>Search by address</source>
      <translation>Rechercher par adresse</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/logs_dialog.py" line="68" />
      <source>Export to CSV…</source>
      <translation>Exporter en CSV…</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/logs_dialog.py" line="84" />
      <source>Analysis journal</source>
      <translation>Journal de l'analyse</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/logs_dialog.py" line="85" />
      <source>Exclusions</source>
      <translation>Exclusions</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/logs_dialog.py" line="86" />
      <source>Sending logs</source>
      <translation>Journaux d'envoi</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/logs_dialog.py" line="121" />
      <source>Searching…</source>
      <translation>Recherche…</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/logs_dialog.py" line="132" />
      <source>%1 rows</source>
      <translation>%1 lignes</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/logs_dialog.py" line="144" />
      <source>Export the logs</source>
      <translation>Exporter les journaux</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/logs_dialog.py" line="144" />
      <source>CSV files (*.csv)</source>
      <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/logs_dialog.py" line="159" />
      <source>%1 rows exported</source>
      <translation>%1 lignes exportées</translation>
    </message>
  </context>
  <context>
    <name>LogsTableModel</name>
    <message>
      <location filename="../../campaign_desktop/ui/logs_model.py" line="22" />
      <source>Address</source>
      <translation>Adresse</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/logs_model.py" line="22" />
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/logs_model.py" line="22" />
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/logs_model.py" line="22" />
      <source>Reason</source>
      <translation>Raison</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/logs_model.py" line="22" />
      <source>Exclusion</source>
      <translation>Exclusion</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/logs_model.py" line="23" />
      <source>Last reply</source>
      <translation>Dernière réponse</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/logs_model.py" line="23" />
      <source>Retries</source>
      <translation>Reprises</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/logs_model.py" line="23" />
      <source>Sent</source>
      <translation>Envoyé le</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/logs_model.py" line="23" />
      <source>Detail</source>
      <translation>Détail</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/logs_model.py" line="23" />
      <source>Events</source>
      <translation>Événements</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../campaign_desktop/ui/main_window.py" line="73" />
      <source>Campaign Desktop</source>
      <extracomment>Where the window's layout is kept between runs (Qt's per-user settings).</extracomment>
      <translation>Campaign Desktop</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/main_window.py" line="85" />
      <source>Search deliveries by label or internal name</source>
      <translation>Rechercher des diffusions par libellé ou nom interne</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/main_window.py" line="94" />
      <source>New</source>
      <translation>Créer</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/main_window.py" line="95" />
      <source>Duplicate</source>
      <translation>Doublon</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/main_window.py" line="96" />
      <source>Delete</source>
      <translation>Supprimer</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/main_window.py" line="102" />
      <location filename="../../campaign_desktop/ui/main_window.py" line="118" />
      <location filename="../../campaign_desktop/ui/main_window.py" line="127" />
      <source>Deliveries</source>
      <translation>Diffusions</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/main_window.py" line="127" />
      <source>Profiles</source>
      <translation>Profils</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/main_window.py" line="128" />
      <source>Addresses</source>
      <translation>Adresses</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/main_window.py" line="128" />
      <source>Settings</source>
      <translation>Paramètres</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/main_window.py" line="129" />
      <source>Operators</source>
      <translation>Opérateurs</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/main_window.py" line="134" />
      <source>Sign in as another operator</source>
      <translation>Se connecter sous un autre opérateur</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/main_window.py" line="175" />
      <source>Loading deliveries…</source>
      <translation>Chargement des diffusions…</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/main_window.py" line="189" />
      <source>Deliveries shown: %1</source>
      <translation>Diffusions affichées : %1</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/main_window.py" line="202" />
      <source>Scheduled delivery</source>
      <translation>Diffusion planifiée</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/main_window.py" line="205" />
      <source>A recurring delivery is prepared and waits for your confirmation.</source>
      <translation>Une diffusion récurrente est préparée et attend votre confirmation.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/main_window.py" line="207" />
      <source>Scheduler: %1</source>
      <translation>Planificateur : %1</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/main_window.py" line="218" />
      <source>Signed in as %1 — switch</source>
      <translation>Connecté en tant que %1 — changer</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/main_window.py" line="246" />
      <source>Signed in as %1.</source>
      <translation>Connecté en tant que %1.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/main_window.py" line="277" />
      <location filename="../../campaign_desktop/ui/main_window.py" line="298" />
      <source>New delivery</source>
      <translation>Nouvelle diffusion</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/main_window.py" line="307" />
      <location filename="../../campaign_desktop/ui/main_window.py" line="316" />
      <source>Delete the delivery</source>
      <translation>Supprimer la diffusion</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/main_window.py" line="308" />
      <source>Delete '%1' with its logs and figures? This cannot be undone.</source>
      <translation>Supprimer « %1 » avec ses journaux et ses chiffres ? C'est définitif.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/main_window.py" line="316" />
      <source>Stop its preparation or send first.</source>
      <translation>Arrêtez d'abord sa préparation ou son envoi.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/main_window.py" line="347" />
      <source>Error: %1</source>
      <translation>Erreur : %1</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/main_window.py" line="395" />
      <source>Unsaved changes</source>
      <translation>Modifications non enregistrées</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/main_window.py" line="396" />
      <source>'%1' has changes that were not saved. Close it and lose them?</source>
      <translation>« %1 » a des modifications non enregistrées. La fermer et les perdre ?</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/main_window.py" line="403" />
      <source>A send is running</source>
      <translation>Un envoi est en cours</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/main_window.py" line="404" />
      <source>Pause the send? You can resume it when you open the delivery again.</source>
      <translation>Mettre l'envoi en pause ? Vous pourrez le reprendre en rouvrant la diffusion.</translation>
    </message>
  </context>
  <context>
    <name>NewOperatorDialog</name>
    <message>
      <location filename="../../campaign_desktop/ui/operators_page.py" line="50" />
      <source>New operator</source>
      <translation>Nouvel opérateur</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/operators_page.py" line="56" />
      <source>Login</source>
      <translation>Identifiant</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/operators_page.py" line="57" />
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/operators_page.py" line="58" />
      <source>Password</source>
      <translation>Mot de passe</translation>
    </message>
  </context>
  <context>
    <name>OperatorsPage</name>
    <message>
      <location filename="../../campaign_desktop/ui/operators_page.py" line="78" />
      <source>Login</source>
      <translation>Identifiant</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/operators_page.py" line="78" />
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/operators_page.py" line="79" />
      <source>Active</source>
      <translation>Actif</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/operators_page.py" line="79" />
      <source>Password</source>
      <translation>Mot de passe</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/operators_page.py" line="87" />
      <source>New operator…</source>
      <translation>Nouvel opérateur…</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/operators_page.py" line="89" />
      <source>Reset password…</source>
      <translation>Réinitialiser le mot de passe…</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/operators_page.py" line="93" />
      <source>Operators</source>
      <translation>Opérateurs</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/operators_page.py" line="130" />
      <source>Set</source>
      <translation>Défini</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/operators_page.py" line="130" />
      <source>None</source>
      <translation>Aucun</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/operators_page.py" line="164" />
      <source>Select an operator first.</source>
      <translation>Sélectionnez d'abord un opérateur.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/operators_page.py" line="166" />
      <source>Reset password</source>
      <translation>Réinitialiser le mot de passe</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/operators_page.py" line="166" />
      <source>New password for %1:</source>
      <translation>Nouveau mot de passe pour %1 :</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/operators_page.py" line="174" />
      <source>Saved.</source>
      <translation>Enregistré.</translation>
    </message>
  </context>
  <context>
    <name>ProfilesPage</name>
    <message>
      <location filename="../../campaign_desktop/ui/profiles_page.py" line="68" />
      <source>Search by address or name</source>
      <translation>Rechercher par adresse ou nom</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/profiles_page.py" line="74" />
      <source>Select a profile to see its card.</source>
      <translation>Sélectionnez un profil pour voir sa fiche.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/profiles_page.py" line="76" />
      <source>Field</source>
      <translation>Champ</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/profiles_page.py" line="76" />
      <source>Value</source>
      <translation>Valeur</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/profiles_page.py" line="77" />
      <source>Delivery</source>
      <translation>Diffusion</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/profiles_page.py" line="77" />
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/profiles_page.py" line="77" />
      <source>Reason or cause</source>
      <translation>Raison ou cause</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/profiles_page.py" line="77" />
      <source>Sent</source>
      <translation>Envoyés</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/profiles_page.py" line="78" />
      <source>Opens</source>
      <translation>Ouvertures</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/profiles_page.py" line="78" />
      <source>Clicks</source>
      <translation>Clics</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/profiles_page.py" line="78" />
      <source>Last reply</source>
      <translation>Dernière réponse</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/profiles_page.py" line="83" />
      <source>Profiles</source>
      <translation>Profils</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/profiles_page.py" line="98" />
      <source>Delivery history</source>
      <translation>Historique des diffusions</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/profiles_page.py" line="121" />
      <source>Searching…</source>
      <translation>Recherche…</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/profiles_page.py" line="127" />
      <source>Profiles: %1</source>
      <translation>Profils : %1</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/profiles_page.py" line="151" />
      <source>Created</source>
      <translation>Créé le</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/profiles_page.py" line="162" />
      <source>Error: %1</source>
      <translation>Erreur : %1</translation>
    </message>
  </context>
  <context>
    <name>ProofDialog</name>
    <message>
      <location filename="../../campaign_desktop/ui/proof_dialog.py" line="38" />
      <source>Send a proof</source>
      <translation>Envoyer un BAT</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/proof_dialog.py" line="41" />
      <source>One test address a line (at most %1)</source>
      <translation>Une adresse de test par ligne (%1 au plus)</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/proof_dialog.py" line="46" />
      <source>Send proof</source>
      <translation>Envoyer le BAT</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/proof_dialog.py" line="49" />
      <source>Close</source>
      <translation>Fermer</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/proof_dialog.py" line="55" />
      <source>Test addresses</source>
      <translation>Adresses de test</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/proof_dialog.py" line="56" />
      <source>Personalised as</source>
      <translation>Personnalisé comme</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/proof_dialog.py" line="64" />
      <source>Proofs sent</source>
      <translation>BAT envoyés</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/proof_dialog.py" line="82" />
      <source>Proof %1 — %2 — by %3 to %4 address(es), %5 accepted</source>
      <translation>BAT %1 — %2 — par %3 à %4 adresse(s), %5 accepté(s)</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/proof_dialog.py" line="86" />
      <source>refused for %1: %2</source>
      <translation>refusé pour %1 : %2</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/proof_dialog.py" line="102" />
      <source>Sending the proof…</source>
      <translation>Envoi du BAT…</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/proof_dialog.py" line="108" />
      <source>Proof %1 sent: %2 accepted.</source>
      <translation>BAT %1 envoyé : %2 accepté(s).</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/proof_dialog.py" line="111" />
      <source>Refused: %1</source>
      <translation>Refusé : %1</translation>
    </message>
  </context>
  <context>
    <name>SettingsPage</name>
    <message>
      <location filename="../../campaign_desktop/ui/settings_page.py" line="67" />
      <source>Kept in the system keyring</source>
      <extracomment>The settings shown, by group; the others (secrets, the demo's seed …) stay internal.</extracomment>
      <translation>Conservé dans le trousseau du système</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/settings_page.py" line="68" />
      <source>Test connection</source>
      <translation>Tester la connexion</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/settings_page.py" line="72" />
      <source>Save</source>
      <translation>Enregistrer</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/settings_page.py" line="76" />
      <source>Only an administrator can change the settings. You can still test the connection to the relay.</source>
      <translation>Seul un administrateur peut modifier les paramètres. Vous pouvez tout de même tester la connexion au relais.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/settings_page.py" line="94" />
      <source>Sending</source>
      <translation>Envoi</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/settings_page.py" line="94" />
      <source>Feedback and tracking</source>
      <translation>Retours et tracking</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/settings_page.py" line="95" />
      <source>Retries and validity</source>
      <translation>Reprises et validité</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/settings_page.py" line="95" />
      <source>Quarantine</source>
      <translation>Quarantaine</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/settings_page.py" line="96" />
      <source>Send policy defaults</source>
      <translation>Politique d'envoi par défaut</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/settings_page.py" line="96" />
      <source>General</source>
      <translation>Général</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/settings_page.py" line="101" />
      <source>Send through</source>
      <translation>Envoyer par</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/settings_page.py" line="101" />
      <source>SMTP relay host</source>
      <translation>Hôte du relais SMTP</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/settings_page.py" line="101" />
      <source>Port</source>
      <translation>Port</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/settings_page.py" line="102" />
      <source>Security</source>
      <translation>Sécurité</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/settings_page.py" line="102" />
      <source>Login</source>
      <translation>Identifiant</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/settings_page.py" line="102" />
      <source>Timeout (s)</source>
      <translation>Délai d'attente (s)</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/settings_page.py" line="103" />
      <location filename="../../campaign_desktop/ui/settings_page.py" line="120" />
      <source>Pickup folder</source>
      <translation>Dossier de dépôt</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/settings_page.py" line="103" />
      <source>Reporting mode</source>
      <translation>Mode de reporting</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/settings_page.py" line="104" />
      <source>Tracking base URL</source>
      <translation>URL de base du tracking</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/settings_page.py" line="104" />
      <source>Bounce messages folder</source>
      <translation>Dossier des messages de bounce</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/settings_page.py" line="105" />
      <source>Validity period (h)</source>
      <translation>Période de validité (h)</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/settings_page.py" line="105" />
      <source>Retries on the first day</source>
      <translation>Reprises le premier jour</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/settings_page.py" line="106" />
      <source>Hours between retries</source>
      <translation>Heures entre deux reprises</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/settings_page.py" line="107" />
      <source>Retries a day after the first</source>
      <translation>Reprises par jour après le premier</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/settings_page.py" line="108" />
      <source>Quarantine after errors</source>
      <translation>Quarantaine après erreurs</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/settings_page.py" line="109" />
      <source>Hours between counted errors</source>
      <translation>Heures entre deux erreurs comptées</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/settings_page.py" line="110" />
      <source>Error counter reset after (days)</source>
      <translation>Remise à zéro du compteur après (jours)</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/settings_page.py" line="111" />
      <source>Connections</source>
      <translation>Connexions</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/settings_page.py" line="111" />
      <source>Messages a second (0: no limit)</source>
      <translation>Messages par seconde (0 : sans limite)</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/settings_page.py" line="112" />
      <source>Daily cap (0: none)</source>
      <translation>Plafond quotidien (0 : aucun)</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/settings_page.py" line="112" />
      <source>Auto-pause bounce rate (0: never)</source>
      <translation>Taux de bounces de pause automatique (0 : jamais)</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/settings_page.py" line="113" />
      <source>Auto-pause after at least</source>
      <translation>Pause automatique après au moins</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/settings_page.py" line="113" />
      <source>Language</source>
      <translation>Langue</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/settings_page.py" line="114" />
      <source>Demo: simulated seconds a second</source>
      <translation>Démo : secondes simulées par seconde</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/settings_page.py" line="119" />
      <source>Simulated MTA (offline demo)</source>
      <translation>MTA simulé (démo hors ligne)</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/settings_page.py" line="120" />
      <source>SMTP relay</source>
      <translation>Relais SMTP</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/settings_page.py" line="122" />
      <source>Relay: handed over counts as delivered</source>
      <translation>Relais : remis compte comme délivré</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/settings_page.py" line="123" />
      <source>Email feedback: delivered when the server reports it</source>
      <translation>Retour par email : délivré quand le serveur le signale</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/settings_page.py" line="125" />
      <source>None</source>
      <translation>Aucune</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/settings_page.py" line="125" />
      <source>STARTTLS</source>
      <translation>STARTTLS</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/settings_page.py" line="125" />
      <source>TLS</source>
      <translation>TLS</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/settings_page.py" line="127" />
      <source>As the system</source>
      <translation>Comme le système</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/settings_page.py" line="155" />
      <source>Password</source>
      <translation>Mot de passe</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/settings_page.py" line="166" />
      <source>Settings</source>
      <translation>Paramètres</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/settings_page.py" line="243" />
      <source>Settings saved, but not the password: %1</source>
      <translation>Paramètres enregistrés, mais pas le mot de passe : %1</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/settings_page.py" line="245" />
      <source>Settings saved.</source>
      <translation>Paramètres enregistrés.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/settings_page.py" line="247" />
      <source>The new language is used from the next start.</source>
      <translation>La nouvelle langue s'applique au prochain démarrage.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/settings_page.py" line="260" />
      <source>Connecting to %1:%2…</source>
      <translation>Connexion à %1:%2…</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/settings_page.py" line="268" />
      <source>Connection succeeded: the relay answered %1 %2</source>
      <translation>Connexion réussie : le relais a répondu %1 %2</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/settings_page.py" line="272" />
      <source>Connection failed: %1</source>
      <translation>Échec de la connexion : %1</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/settings_page.py" line="278" />
      <source>Error: %1</source>
      <translation>Erreur : %1</translation>
    </message>
  </context>
  <context>
    <name>SignInDialog</name>
    <message>
      <location filename="../../campaign_desktop/ui/sign_in.py" line="28" />
      <source>Sign in to Campaign Desktop</source>
      <translation>Connexion à Campaign Desktop</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/sign_in.py" line="36" />
      <source>Sign in</source>
      <translation>Se connecter</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/sign_in.py" line="40" />
      <source>Login</source>
      <translation>Identifiant</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/sign_in.py" line="41" />
      <source>Password</source>
      <translation>Mot de passe</translation>
    </message>
  </context>
  <context>
    <name>Startup</name>
    <message>
      <location filename="../../campaign_desktop/ui/app.py" line="36" />
      <source>Opening the workspace…</source>
      <extracomment>Who works in a workspace where no operator has a password yet (the demo).</extracomment>
      <translation>Ouverture de l'espace de travail…</translation>
    </message>
    <message numerus="yes">
      <location filename="../../campaign_desktop/ui/app.py" line="56" />
      <source>A demo workspace was created: %n profiles with the flaws of real data.</source>
      <translation>
        <numerusform>Un espace de démonstration a été créé : %n profil avec les défauts des vraies données.</numerusform>
        <numerusform>Un espace de démonstration a été créé : %n profils avec les défauts des vraies données.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/app.py" line="61" />
      <source>Signed in as %1 without a password: no operator has one yet (set them on the Operators page).</source>
      <translation>Connecté en tant que %1 sans mot de passe : aucun opérateur n'en a encore (définissez-les dans la page Opérateurs).</translation>
    </message>
  </context>
</TS>