<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
  <context>
    <name>Actions</name>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="65" />
      <source>Prepare</source>
      <translation>Préparer</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="65" />
      <source>Stop preparation</source>
      <translation>Arrêter la préparation</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="66" />
      <source>Confirm send</source>
      <translation>Confirmer l'envoi</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="66" />
      <source>Pause</source>
      <translation>Mettre en pause</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="67" />
      <source>Resume</source>
      <translation>Reprendre</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="67" />
      <source>Stop</source>
      <translation>Arrêter</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="68" />
      <source>Stop following</source>
      <translation>Ne plus suivre</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="68" />
      <source>Proof</source>
      <translation>BAT</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="69" />
      <source>Logs</source>
      <translation>Journaux</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="69" />
      <source>Compute stats</source>
      <translation>Calculer les statistiques</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="70" />
      <source>Edit</source>
      <translation>Modifier</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="70" />
      <source>Delete</source>
      <translation>Supprimer</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="71" />
      <source>Duplicate</source>
      <translation>Dupliquer</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="71" />
      <source>Retry failed</source>
      <translation>Relancer les échecs</translation>
    </message>
  </context>
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
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="109" />
      <source>Prepare</source>
      <extracomment>Analysis errors listed on the dashboard (the journal has them all). While the delivery is in one of these states, or a job works on it, the dashboard reads it again. The action bar: each button is an action of the lifecycle, shown or enabled as it allows. Buttons that appear only when their action is possible; the others are greyed out instead. What cannot be done while the editor holds unsaved changes.</extracomment>
      <translation>Préparer</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="110" />
      <source>Stop preparation</source>
      <translation>Arrêter la préparation</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="111" />
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="372" />
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="589" />
      <source>Confirm send</source>
      <translation>Confirmer l'envoi</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="112" />
      <source>Pause</source>
      <translation>Mettre en pause</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="113" />
      <source>Resume</source>
      <translation>Reprendre</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="114" />
      <source>Stop</source>
      <translation>Arrêter</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="115" />
      <source>Stop following</source>
      <translation>Ne plus suivre</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="116" />
      <source>Proof</source>
      <translation>BAT</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="117" />
      <source>Logs</source>
      <translation>Journaux</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="118" />
      <source>Compute stats</source>
      <translation>Calculer les statistiques</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="120" />
      <source>Count every indicator again from the sending logs and the tracking</source>
      <translation>Recalculer tous les indicateurs à partir des journaux d'envoi et du tracking</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="124" />
      <source>Send the message to test addresses, with [Proof n] before the subject</source>
      <translation>Envoyer le message à des adresses de test, avec [Proof n] devant l'objet</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="132" />
      <source>Stop following the feedback here; the delivery stays sent</source>
      <translation>Ne plus suivre les retours ici ; la diffusion reste envoyée</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="143" />
      <source>Targeted</source>
      <translation>Ciblés</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="143" />
      <source>Profiles selected by the audience</source>
      <translation>Profils sélectionnés par l'audience</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="144" />
      <source>To deliver</source>
      <translation>À délivrer</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="146" />
      <source>To exclude</source>
      <translation>À exclure</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="146" />
      <source>Profiles removed by a filtering rule</source>
      <translation>Profils écartés par une règle de filtrage</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="150" />
      <source>Sent</source>
      <translation>Envoyés</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="152" />
      <source>Delivered</source>
      <translation>Délivrés</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="152" />
      <source>Messages delivered ÷ Sent</source>
      <translation>Messages délivrés ÷ Envoyés</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="153" />
      <source>Bounces + errors</source>
      <translation>Bounces + erreurs</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="155" />
      <source>Opens</source>
      <translation>Ouvertures</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="155" />
      <source>Unique recipients who opened ÷ Delivered</source>
      <translation>Destinataires uniques ayant ouvert ÷ Délivrés</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="156" />
      <source>Clicks</source>
      <translation>Clics</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="156" />
      <source>Unique recipients who clicked ÷ Delivered</source>
      <translation>Destinataires uniques ayant cliqué ÷ Délivrés</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="160" />
      <source>Export chart to PNG…</source>
      <translation>Exporter le graphique en PNG…</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="191" />
      <source>Deployment</source>
      <translation>Déploiement</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="200" />
      <source>Dashboard</source>
      <translation>Tableau de bord</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="251" />
      <source>being sent by another process (%1, process %2)</source>
      <translation>en cours d'envoi par un autre processus (%1, processus %2)</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="277" />
      <source>Prepared with %1 and %2.</source>
      <translation>Préparée avec %1 et %2.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="278" />
      <source>%n error(s)</source>
      <translation>
        <numerusform>%n erreur</numerusform>
        <numerusform>%n erreurs</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="278" />
      <source>%n warning(s)</source>
      <translation>
        <numerusform>%n avertissement</numerusform>
        <numerusform>%n avertissements</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="281" />
      <source>… and %n more.</source>
      <translation>
        <numerusform>… et %n autre.</numerusform>
        <numerusform>… et %n autres.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="282" />
      <source>Confirm send stays disabled until they are fixed and the delivery is prepared again.</source>
      <translation>Confirmer l'envoi reste désactivé jusqu'à ce qu'elles soient corrigées et la diffusion préparée de nouveau.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="283" />
      <source>Open the analysis journal</source>
      <translation>Ouvrir le journal d'analyse</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="341" />
      <source>Save or revert your changes first</source>
      <translation>Enregistrez ou annulez d'abord vos modifications</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="344" />
      <source>The analysis found errors: fix them and prepare again</source>
      <translation>L'analyse a trouvé des erreurs : corrigez-les et préparez de nouveau</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="361" />
      <source>Preparing: computing the target…</source>
      <translation>Préparation : calcul de la cible…</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="377" />
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="411" />
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="504" />
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="556" />
      <source>Sending…</source>
      <translation>Envoi en cours…</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="460" />
      <source>Computing the indicators from the logs…</source>
      <translation>Calcul des indicateurs à partir des journaux…</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="465" />
      <source>Indicators computed from the logs.</source>
      <translation>Indicateurs calculés à partir des journaux.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="481" />
      <source>Export chart</source>
      <translation>Exporter le graphique</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="481" />
      <source>PNG images (*.png)</source>
      <translation>Images PNG (*.png)</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="510" />
      <source>Stop the delivery</source>
      <translation>Arrêter la diffusion</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="511" />
      <source>A stopped delivery cannot be resumed: the messages not yet sent will be canceled. Stop it?</source>
      <translation>Une diffusion arrêtée ne peut pas reprendre : les messages pas encore envoyés seront annulés. L'arrêter ?</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="606" />
      <source>Stopped.</source>
      <translation>Arrêtée.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="551" />
      <source>Following the feedback (simulated time %1)…</source>
      <translation>Suivi des retours (heure simulée %1)…</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="563" />
      <source>Preparation finished.</source>
      <translation>Préparation terminée.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="581" />
      <source>All messages handed over.</source>
      <translation>Tous les messages ont été remis.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="576" />
      <source>Feedback followed until the delivery closed.</source>
      <translation>Retours suivis jusqu'à la clôture de la diffusion.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="144" />
      <source>Targeted − To exclude = Sent + Canceled + Unknown + still to send</source>
      <translation>Ciblés − À exclure = Envoyés + Annulés + Inconnus + restant à envoyer</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="147" />
      <source>Canceled</source>
      <translation>Annulés</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="147" />
      <source>Never sent because the delivery was stopped ÷ To deliver</source>
      <translation>Jamais envoyés car la diffusion a été arrêtée ÷ À délivrer</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="148" />
      <source>Unknown</source>
      <translation>Inconnus</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="148" />
      <source>On the wire when the sending process died: maybe received, never sent again ÷ To deliver</source>
      <translation>En cours de remise quand le processus d'envoi s'est arrêté : peut-être reçus, jamais renvoyés ÷ À délivrer</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="150" />
      <source>Messages processed (accepted or refused by the server) ÷ To deliver; never decreases</source>
      <translation>Messages traités (acceptés ou refusés par le serveur) ÷ À délivrer ; ne diminue jamais</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="153" />
      <source>Hard bounces and errors ÷ Sent</source>
      <translation>Hard bounces et erreurs ÷ Envoyés</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="154" />
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="298" />
      <source>Retries failed</source>
      <translation>Relances échouées</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="246" />
      <source>interrupted: nothing sends it any more. Resume sends the rest; the messages that were on the wire are reported unknown, never sent twice.</source>
      <translation>interrompue : plus rien ne l'envoie. Reprendre envoie le reste ; les messages qui étaient en cours de remise sont signalés inconnus, jamais envoyés deux fois.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="249" />
      <source>interrupted: the preparation's process stopped. Prepare it again.</source>
      <translation>interrompue : le processus de la préparation s'est arrêté. Préparez-la de nouveau.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="294" />
      <source>Pending</source>
      <translation>En attente</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="295" />
      <source>Handed over, waiting for the server's report ÷ Sent. Sent = Delivered + Bounces and errors + Pending</source>
      <translation>Remis, en attente du rapport du serveur ÷ Envoyés. Envoyés = Délivrés + Bounces et erreurs + En attente</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="299" />
      <source>Soft bounces whose retries ran out ÷ Sent: out of Delivered, not in Bounces + errors. Sent = Delivered + Bounces and errors + Retries failed</source>
      <translation>Soft bounces dont les relances ont échoué ÷ Envoyés : hors des Délivrés, pas dans Bounces + erreurs. Envoyés = Délivrés + Bounces et erreurs + Relances échouées</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="384" />
      <source>Send %1 messages now?</source>
      <translation>Envoyer %1 messages maintenant ?</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="389" />
      <source>From: %1</source>
      <translation>De : %1</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="389" />
      <source>Subject: %1</source>
      <translation>Objet : %1</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="390" />
      <source>Through: %1</source>
      <translation>Par : %1</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="397" />
      <source>Projected finish: %1</source>
      <translation>Fin prévue : %1</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="402" />
      <source>the SMTP relay %1</source>
      <translation>le relais SMTP %1</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="404" />
      <source>the pickup folder %1</source>
      <translation>le dossier de dépôt %1</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="405" />
      <source>the simulated MTA (a demo: nothing leaves this computer)</source>
      <translation>le MTA simulé (une démo : rien ne quitte cet ordinateur)</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="526" />
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="578" />
      <source>Stopped: %1 message(s) canceled.</source>
      <translation>Arrêtée : %1 message(s) annulés.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="567" />
      <source>Resumed: the process that holds the send goes on with it.</source>
      <translation>Reprise : le processus qui mène l'envoi le poursuit.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="570" />
      <source>Scheduled: the send starts by itself at its contact date, while the app is open or the scheduler runs.</source>
      <translation>Planifiée : l'envoi démarre seul à sa date de contact, tant que l'application est ouverte ou que le planificateur tourne.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="580" />
      <source>Paused: Resume sends the rest.</source>
      <translation>En pause : Reprendre envoie le reste.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="606" />
      <source>Preparation stopped: nothing was kept.</source>
      <translation>Préparation arrêtée : rien n'a été conservé.</translation>
    </message>
  </context>
  <context>
    <name>DeliveryEditor</name>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_editor.py" line="170" />
      <source>Properties</source>
      <translation>Propriétés</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_editor.py" line="171" />
      <source>Content</source>
      <translation>Contenu</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_editor.py" line="172" />
      <source>Audience</source>
      <translation>Audience</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_editor.py" line="173" />
      <source>Parameters</source>
      <translation>Paramètres</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_editor.py" line="186" />
      <source>Bounces come back here (the envelope sender)</source>
      <translation>Les bounces reviennent ici (expéditeur de l'enveloppe)</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_editor.py" line="188" />
      <source>Label</source>
      <translation>Libellé</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_editor.py" line="189" />
      <source>Internal name</source>
      <translation>Nom interne</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_editor.py" line="190" />
      <source>Sender name</source>
      <translation>Nom de l'expéditeur</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_editor.py" line="191" />
      <source>Sender address</source>
      <translation>Adresse de l'expéditeur</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_editor.py" line="192" />
      <source>Reply-to address</source>
      <translation>Adresse de réponse</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_editor.py" line="193" />
      <source>Error address</source>
      <translation>Adresse d'erreur</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_editor.py" line="203" />
      <source>Left empty, the text part is generated from the HTML.</source>
      <translation>Laissée vide, la partie texte est générée à partir du HTML.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_editor.py" line="205" />
      <source>Insert a field</source>
      <translation>Insérer un champ</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_editor.py" line="211" />
      <source>Unsubscribe link</source>
      <translation>Lien de désinscription</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_editor.py" line="212" />
      <source>Mirror page link</source>
      <translation>Lien vers la page miroir</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_editor.py" line="216" />
      <source>HTML</source>
      <translation>HTML</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_editor.py" line="217" />
      <source>Text</source>
      <translation>Texte</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_editor.py" line="219" />
      <source>Subject</source>
      <translation>Objet</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_editor.py" line="243" />
      <source>Preview for</source>
      <translation>Aperçu pour</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_editor.py" line="260" />
      <source>Add a condition</source>
      <translation>Ajouter une condition</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_editor.py" line="260" />
      <source>Remove</source>
      <translation>Retirer</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_editor.py" line="271" />
      <source>Profiles from</source>
      <translation>Profils issus de</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_editor.py" line="275" />
      <source>Keep the profiles that match every condition:</source>
      <translation>Garder les profils qui remplissent toutes les conditions :</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_editor.py" line="283" />
      <source>Send at a later date</source>
      <translation>Envoyer plus tard</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_editor.py" line="289" />
      <source> h</source>
      <translation> h</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_editor.py" line="295" />
      <source>As fast as the server takes them</source>
      <translation>Aussi vite que le serveur les accepte</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_editor.py" line="296" />
      <source> messages/s</source>
      <translation> messages/s</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_editor.py" line="298" />
      <source>No cap</source>
      <translation>Pas de plafond</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_editor.py" line="300" />
      <source>Never</source>
      <translation>Jamais</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_editor.py" line="301" />
      <source> % bounces</source>
      <translation> % de bounces</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_editor.py" line="304" />
      <source>Send only between</source>
      <translation>N'envoyer qu'entre</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_editor.py" line="311" />
      <source>Once</source>
      <translation>Une fois</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_editor.py" line="312" />
      <source>Every day</source>
      <translation>Chaque jour</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_editor.py" line="313" />
      <source>Every week</source>
      <translation>Chaque semaine</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_editor.py" line="318" />
      <source>Ask for confirmation before each send</source>
      <translation>Demander une confirmation avant chaque envoi</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_editor.py" line="325" />
      <source>Typology</source>
      <translation>Typologie</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_editor.py" line="326" />
      <source>Contact date</source>
      <translation>Date de contact</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_editor.py" line="327" />
      <source>Validity period</source>
      <translation>Période de validité</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_editor.py" line="328" />
      <source>Approval</source>
      <translation>Validation</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_editor.py" line="329" />
      <source>Send policy</source>
      <translation>Politique d'envoi</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_editor.py" line="331" />
      <source>Connections</source>
      <translation>Connexions</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_editor.py" line="332" />
      <source>Rate</source>
      <translation>Débit</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_editor.py" line="333" />
      <source>Daily cap</source>
      <translation>Plafond quotidien</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_editor.py" line="334" />
      <source>Pause automatically above</source>
      <translation>Pause automatique au-delà de</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_editor.py" line="338" />
      <source>and</source>
      <translation>et</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_editor.py" line="345" />
      <source>Sending window</source>
      <translation>Plage d'envoi</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_editor.py" line="347" />
      <source>Projected finish</source>
      <translation>Fin prévue</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_editor.py" line="348" />
      <source>Schedule</source>
      <translation>Planification</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_editor.py" line="350" />
      <source>Repeat</source>
      <translation>Répéter</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_editor.py" line="351" />
      <source>At</source>
      <translation>À</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_editor.py" line="352" />
      <source>On</source>
      <translation>Le</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_editor.py" line="354" />
      <source>Next run</source>
      <translation>Prochaine exécution</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_editor.py" line="369" />
      <source>Revert</source>
      <translation>Annuler les modifications</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_editor.py" line="370" />
      <source>Save</source>
      <translation>Enregistrer</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_editor.py" line="440" />
      <source>The whole profile base</source>
      <translation>Toute la base de profils</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_editor.py" line="442" />
      <source>The list %1</source>
      <translation>La liste %1</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_editor.py" line="446" />
      <source>No typology rules</source>
      <translation>Aucune règle de typologie</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_editor.py" line="477" />
      <source>—</source>
      <translation>—</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_editor.py" line="594" />
      <source>This delivery is %1: it can no longer be edited. Duplicate it to send it again.</source>
      <translation>Cette diffusion est à l'état %1 : elle ne peut plus être modifiée. Dupliquez-la pour l'envoyer de nouveau.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_editor.py" line="597" />
      <source>This delivery is prepared: saving these changes returns it to Draft, and it must be prepared again.</source>
      <translation>Cette diffusion est préparée : enregistrer ces modifications la remet en Brouillon, et il faudra la préparer de nouveau.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_editor.py" line="600" />
      <source>Unsaved changes.</source>
      <translation>Modifications non enregistrées.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_editor.py" line="686" />
      <source>Counting…</source>
      <translation>Comptage…</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_editor.py" line="695" />
      <source>%1 profiles targeted</source>
      <translation>%1 profils ciblés</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_editor.py" line="699" />
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
      <location filename="../../campaign_desktop/engine/messages.py" line="31" />
      <source>Preparation started.</source>
      <translation>Préparation démarrée.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="36" />
      <source>Preparation stopped by the user: no log was kept.</source>
      <translation>Préparation arrêtée par l'utilisateur : aucune ligne de journal n'a été conservée.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="44" />
      <source>All messages handed over: {sent} sent; in this run the server accepted {accepted} and refused {refused}.</source>
      <translation>Tous les messages ont été remis : {sent} envoyés ; lors de cet envoi, le serveur en a accepté {accepted} et refusé {refused}.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="47" />
      <source>The send had been interrupted with {claimed} message(s) in hand: {accepted} accepted by the server were recorded, {again} had not left and will be sent, {unknown} were on the wire and are unknown (never sent again).</source>
      <translation>L'envoi avait été interrompu avec {claimed} message(s) en main : {accepted} acceptés par le serveur ont été enregistrés, {again} n'étaient pas partis et seront envoyés, {unknown} étaient en cours de remise et sont inconnus (jamais renvoyés).</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="57" />
      <source>Validity period over: the delivery is closed; {failed} soft-bounced message(s) finally failed (Retries failed), {expired} of them now.</source>
      <translation>Fin de la période de validité : la diffusion est clôturée ; {failed} message(s) en soft bounce ont finalement échoué (Relances échouées), dont {expired} à l'instant.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="68" />
      <source>paused when the application closed</source>
      <translation>mise en pause à la fermeture de l'application</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="71" />
      <source>Recurring delivery: waiting for an operator to confirm the send.</source>
      <translation>Diffusion récurrente : en attente de la confirmation de l'envoi par un opérateur.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="86" />
      <source>The send paused itself, no recipient counted as failed: {reason} (the relay said: {reply})</source>
      <translation>L'envoi s'est mis en pause, sans compter aucun destinataire en échec : {reason} (réponse du relais : {reply})</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="106" />
      <source>Bounce mailbox: {read} read, {clock}</source>
      <translation>Boîte des retours : {read} lu(s), {clock}</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="148" />
      <source>The subject is empty.</source>
      <translation>L'objet est vide.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="149" />
      <source>The sender address is empty.</source>
      <translation>L'adresse de l'expéditeur est vide.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="157" />
      <source>The HTML content has no unsubscribe link.</source>
      <translation>Le contenu HTML n'a pas de lien de désinscription.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="162" />
      <source>There is no text part: mail clients that do not show HTML will get one generated from it.</source>
      <translation>Il n'y a pas de partie texte : les messageries qui n'affichent pas le HTML en recevront une générée à partir de lui.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="32" />
      <source>Preparation finished: {targeted} targeted, {to_deliver} to deliver, {to_exclude} to exclude.</source>
      <translation>Préparation terminée : {targeted} ciblés, {to_deliver} à délivrer, {to_exclude} à exclure.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="34" />
      <source>Preparation finished: {targeted} targeted, {to_deliver} to deliver, {to_exclude} to exclude ({causes}).</source>
      <translation>Préparation terminée : {targeted} ciblés, {to_deliver} à délivrer, {to_exclude} à exclure ({causes}).</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="37" />
      <source>Preparation failed: {detail}</source>
      <translation>La préparation a échoué : {detail}</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="38" />
      <source>The preparation was interrupted (its process stopped): nothing of it was kept; prepare it again.</source>
      <translation>La préparation a été interrompue (son processus s'est arrêté) : rien n'en a été conservé ; préparez-la de nouveau.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="40" />
      <source>There is no delivery {delivery}.</source>
      <translation>Il n'y a pas de diffusion {delivery}.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="41" />
      <source>No delivery has the id or internal name '{reference}'.</source>
      <translation>Aucune diffusion n'a l'identifiant ou le nom interne « {reference} ».</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="43" />
      <source>Send confirmed by {login}.</source>
      <translation>Envoi confirmé par {login}.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="46" />
      <source>Seed copies: {accepted} of {total} accepted.</source>
      <translation>Copies témoins : {accepted} sur {total} acceptées.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="51" />
      <source>The send had been interrupted; {login} took it up again.</source>
      <translation>L'envoi avait été interrompu ; {login} l'a repris.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="52" />
      <source>Paused by {login}.</source>
      <translation>Mise en pause par {login}.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="53" />
      <source>Resumed by {login}.</source>
      <translation>Reprise par {login}.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="54" />
      <source>Stopped by {login}: {canceled} message(s) canceled.</source>
      <translation>Arrêtée par {login} : {canceled} message(s) annulés.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="55" />
      <source>Stopped: {canceled} message(s) canceled.</source>
      <translation>Arrêtée : {canceled} message(s) annulés.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="56" />
      <source>The send paused itself: the bounce rate passed {rate}.</source>
      <translation>L'envoi s'est mis en pause : le taux de bounces a dépassé {rate}.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="60" />
      <source>{count} recipient(s) whose fate was unknown were put in a new delivery by {login}; some may receive the message twice.</source>
      <translation>{count} destinataire(s) au sort inconnu ont été placés dans une nouvelle diffusion par {login} ; certains pourraient recevoir le message deux fois.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="64" />
      <source>paused by {login}</source>
      <translation>mise en pause par {login}</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="65" />
      <source>stopped by {login}</source>
      <translation>arrêtée par {login}</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="66" />
      <source>stopped</source>
      <translation>arrêtée</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="67" />
      <source>paused automatically: bounce rate over {rate}</source>
      <translation>mise en pause automatique : taux de bounces au-delà de {rate}</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="69" />
      <source>paused when its process was asked to end</source>
      <translation>mise en pause quand son processus a dû s'arrêter</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="70" />
      <source>Edited after preparation ({sections}): prepare it again.</source>
      <translation>Modifiée après la préparation ({sections}) : préparez-la de nouveau.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="73" />
      <source>The relay {relay} refuses connections since {since}; retrying every {every} s.</source>
      <translation>Le relais {relay} refuse les connexions depuis {since} ; nouvel essai toutes les {every} s.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="75" />
      <source>The relay {relay} does not answer since {since}; retrying every {every} s.</source>
      <translation>Le relais {relay} ne répond plus depuis {since} ; nouvel essai toutes les {every} s.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="77" />
      <source>The relay {relay} is closing its connections (421) since {since}; retrying every {every} s.</source>
      <translation>Le relais {relay} ferme ses connexions (421) depuis {since} ; nouvel essai toutes les {every} s.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="79" />
      <source>The relay {relay} refuses the login since {since}: check the login and password in the settings; retrying every {every} s.</source>
      <translation>Le relais {relay} refuse l'identification depuis {since} : vérifiez l'identifiant et le mot de passe dans les paramètres ; nouvel essai toutes les {every} s.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="82" />
      <source>The secure connection to the relay {relay} fails since {since}; retrying every {every} s.</source>
      <translation>La connexion sécurisée au relais {relay} échoue depuis {since} ; nouvel essai toutes les {every} s.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="84" />
      <source>The relay {relay} takes no more recipients for now (452) since {since}; retrying every {every} s.</source>
      <translation>Le relais {relay} n'accepte plus de destinataires pour l'instant (452) depuis {since} ; nouvel essai toutes les {every} s.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="88" />
      <source>The relay {relay} answers again: the send resumed by itself.</source>
      <translation>Le relais {relay} répond de nouveau : l'envoi a repris de lui-même.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="89" />
      <source>The relay {relay} cannot be used: {detail}</source>
      <translation>Le relais {relay} est inutilisable : {detail}</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="91" />
      <source>no reply after the message was written: it may have arrived, it is never sent again</source>
      <translation>pas de réponse après l'écriture du message : il est peut-être arrivé, il ne sera jamais renvoyé</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="93" />
      <source>delayed by the relay: {reply}</source>
      <translation>retardé par le relais : {reply}</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="95" />
      <source>Not a notice, a reply or a request: read it to decide.</source>
      <translation>Ni un avis, ni une réponse, ni une demande : lisez-le pour décider.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="96" />
      <source>It cannot be read: {detail}</source>
      <translation>Il ne peut pas être lu : {detail}</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="97" />
      <source>Too large to read here ({size} bytes): its beginning is kept.</source>
      <translation>Trop grand pour être lu ici ({size} octets) : son début est conservé.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="98" />
      <source>About no message we sent. It says: {detail}</source>
      <translation>Ne concerne aucun message que nous avons envoyé. Il dit : {detail}</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="99" />
      <source>About no message we sent to {address}. It says: {detail}</source>
      <translation>Ne concerne aucun message envoyé à {address}. Il dit : {detail}</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="100" />
      <source>An unsubscribe request from {address}, which no profile has.</source>
      <translation>Une demande de désinscription de {address}, qu'aucun profil n'a.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="101" />
      <source>An unsubscribe request without a sender address.</source>
      <translation>Une demande de désinscription sans adresse d'expéditeur.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="102" />
      <source>It could not be applied: {detail}</source>
      <translation>Il n'a pas pu être appliqué : {detail}</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="104" />
      <source>The bounce mailbox {where} does not exist.</source>
      <translation>La boîte des retours {where} n'existe pas.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="105" />
      <source>The bounce mailbox {where} cannot be read: {detail}</source>
      <translation>La boîte des retours {where} ne peut pas être lue : {detail}</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="107" />
      <source>Bounce mailbox: none set</source>
      <translation>Boîte des retours : aucune</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="108" />
      <source>Enter the bounce mailbox's server.</source>
      <translation>Saisissez le serveur de la boîte des retours.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="109" />
      <source>{where} is not a mailbox: a Maildir, an mbox or a folder of .eml files is expected.</source>
      <translation>{where} n'est pas une boîte : un Maildir, un mbox ou un dossier de fichiers .eml est attendu.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="110" />
      <source>The relay's port {port} is not a port number (1 to 65535).</source>
      <translation>Le port du relais {port} n'est pas un numéro de port (1 à 65535).</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="111" />
      <source>The relay is still unavailable: the send stays paused; resume it when the relay answers.</source>
      <translation>Le relais est toujours indisponible : l'envoi reste en pause ; reprenez-le quand le relais répondra.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="114" />
      <source>A delivery that is {state} cannot become {wanted}.</source>
      <translation>Une diffusion à l'état {state} ne peut pas passer à l'état {wanted}.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="115" />
      <source>'{action}' is not possible on a delivery that is {state}.</source>
      <translation>« {action} » n'est pas possible sur une diffusion à l'état {state}.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="116" />
      <source>The delivery is {state}: confirm the send first.</source>
      <translation>La diffusion est à l'état {state} : confirmez d'abord l'envoi.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="117" />
      <source>The analysis has {count} error(s): correct them and prepare again.</source>
      <translation>L'analyse a {count} erreur(s) : corrigez-les et préparez de nouveau.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="118" />
      <source>Another process ({host}, process {pid}) is already sending this delivery; its last sign of life was at {at}.</source>
      <translation>Un autre processus ({host}, processus {pid}) envoie déjà cette diffusion ; son dernier signe de vie date de {at}.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="121" />
      <source>Another process ({host}, process {pid}) is already preparing this delivery; its last sign of life was at {at}.</source>
      <translation>Un autre processus ({host}, processus {pid}) prépare déjà cette diffusion ; son dernier signe de vie date de {at}.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="124" />
      <source>Another process started working on this delivery at the same moment.</source>
      <translation>Un autre processus a commencé à travailler sur cette diffusion au même moment.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="125" />
      <source>This delivery is being sent by another process ({host}, process {pid}).</source>
      <translation>Cette diffusion est en cours d'envoi par un autre processus ({host}, processus {pid}).</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="127" />
      <source>There is no active operator '{login}'.</source>
      <translation>Il n'y a pas d'opérateur actif « {login} ».</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="128" />
      <source>This needs the '{role}' role, which {login} does not have: ask an administrator to give it.</source>
      <translation>Il faut pour cela le rôle « {role} », que {login} n'a pas : demandez-le à un administrateur.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="131" />
      <source>A delivery in the state {state} cannot be edited.</source>
      <translation>Une diffusion à l'état {state} ne peut pas être modifiée.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="132" />
      <source>A delivery in the state {state} cannot be deleted.</source>
      <translation>Une diffusion à l'état {state} ne peut pas être supprimée.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="133" />
      <source>Another delivery already has the internal name '{name}'.</source>
      <translation>Une autre diffusion a déjà le nom interne « {name} ».</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="134" />
      <source>No free internal name is left for a copy of '{name}'.</source>
      <translation>Il ne reste aucun nom interne libre pour une copie de « {name} ».</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="135" />
      <source>A label is required.</source>
      <translation>Un libellé est obligatoire.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="136" />
      <source>The internal name takes letters, digits, '-', '_' and '.', and no spaces.</source>
      <translation>Le nom interne prend des lettres, des chiffres, « - », « _ » et « . », sans espace.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="138" />
      <source>The sender address is required.</source>
      <translation>L'adresse de l'expéditeur est obligatoire.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="139" />
      <source>The validity period must be longer than zero.</source>
      <translation>La période de validité doit être supérieure à zéro.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="140" />
      <source>'{address}' is not a valid address: {detail}</source>
      <translation>« {address} » n'est pas une adresse valide : {detail}</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="141" />
      <source>The delivery cannot be saved: {detail}</source>
      <translation>La diffusion ne peut pas être enregistrée : {detail}</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="142" />
      <source>Unknown delivery field(s): {names}. The fields are: {known}.</source>
      <translation>Champ(s) de diffusion inconnu(s) : {names}. Les champs sont : {known}.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="143" />
      <source>The field {name} cannot be {value}: {detail}</source>
      <translation>Le champ {name} ne peut pas valoir {value} : {detail}</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="144" />
      <source>There is no setting '{name}'. The settings are: {known}.</source>
      <translation>Le paramètre « {name} » n'existe pas. Les paramètres sont : {known}.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="145" />
      <source>The setting {name} cannot be '{value}': {detail}</source>
      <translation>Le paramètre {name} ne peut pas valoir « {value} » : {detail}</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="146" />
      <source>The setting {name} is made by the workspace, not set by hand.</source>
      <translation>Le paramètre {name} est créé par l'espace de travail, il ne se saisit pas.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="150" />
      <source>The sender address '{address}' is not a valid address.</source>
      <translation>L'adresse de l'expéditeur « {address} » n'est pas une adresse valide.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="151" />
      <source>{field}: '{address}' is not a valid address.</source>
      <translation>{field} : « {address} » n'est pas une adresse valide.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="152" />
      <source>The HTML content is empty.</source>
      <translation>Le contenu HTML est vide.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="153" />
      <source>Stats computed again from the logs: {sent} sent, {delivered} delivered, {bounces} bounces and errors, {opens} opens, {clicks} clicks.</source>
      <translation>Statistiques recalculées depuis les logs : {sent} envoyés, {delivered} délivrés, {bounces} bounces et erreurs, {opens} ouvertures, {clicks} clics.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="156" />
      <source>Nobody is left to deliver: there is nothing to send.</source>
      <translation>Il ne reste personne à qui délivrer : il n'y a rien à envoyer.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="158" />
      <source>Unresolved personalisation field 'recipient.{name}' in the {part}.</source>
      <translation>Champ de personnalisation inconnu « recipient.{name} » dans : {part}.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="159" />
      <source>An empty link ('{url}') goes nowhere.</source>
      <translation>Un lien vide (« {url} ») ne mène nulle part.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="160" />
      <source>The link '{url}' is broken.</source>
      <translation>Le lien « {url} » est cassé.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="161" />
      <source>The link '{url}' is not https.</source>
      <translation>Le lien « {url} » n'est pas en https.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="164" />
      <source>{count} message(s) are larger than {limit} KB (largest {largest} KB): common webmail will clip them.</source>
      <translation>{count} message(s) dépassent {limit} Ko (le plus gros : {largest} Ko) : les webmails courants les tronqueront.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="166" />
      <source>Personalisation error in the {part}, line {line}: {detail}</source>
      <translation>Erreur de personnalisation dans : {part}, ligne {line} : {detail}</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="167" />
      <source>{part}, line {line}: {detail}</source>
      <translation>{part}, ligne {line} : {detail}</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="169" />
      <source>The {header} header cannot be written safely: {detail}.</source>
      <translation>L'en-tête {header} ne peut pas être écrit sans risque : {detail}.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="170" />
      <source>The address '{address}' needs SMTPUTF8, which the relay does not offer.</source>
      <translation>L'adresse « {address} » demande SMTPUTF8, que le relais ne propose pas.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="172" />
      <source>The message could not be built: {detail}</source>
      <translation>Le message n'a pas pu être construit : {detail}</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="173" />
      <source>The value of {fields} makes a link with the scheme '{scheme}:'; only http, https, mailto and tel are allowed.</source>
      <translation>La valeur de {fields} donne un lien au schéma « {scheme}: » ; seuls http, https, mailto et tel sont autorisés.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="176" />
      <source>The link '{url}' uses the scheme '{scheme}:'; only http, https, mailto and tel are allowed.</source>
      <translation>Le lien « {url} » utilise le schéma « {scheme}: » ; seuls http, https, mailto et tel sont autorisés.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="178" />
      <source>'{operation}' would make a value larger than the limit of {limit} characters.</source>
      <translation>« {operation} » donnerait une valeur plus grande que la limite de {limit} caractères.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="180" />
      <source>'{operation}' would make a number larger than the limit of {limit} digits.</source>
      <translation>« {operation} » donnerait un nombre plus grand que la limite de {limit} chiffres.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="182" />
      <source>rendering took longer than the limit of {seconds} s.</source>
      <translation>le rendu a dépassé la limite de {seconds} s.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="183" />
      <source>the message is larger than the hard cap of {cap} MB.</source>
      <translation>le message dépasse la taille maximale de {cap} Mo.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="185" />
      <source>The template ran out of time for {count} profiles ({detail}): fix the template; nothing was prepared.</source>
      <translation>Le modèle a dépassé son temps pour {count} profils ({detail}) : corrigez le modèle ; rien n'a été préparé.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="188" />
      <source>{count} message(s) are larger than the hard cap of {cap} MB: those profiles were excluded (personalisation error).</source>
      <translation>{count} message(s) dépassent la taille maximale de {cap} Mo : ces profils ont été exclus (erreur de personnalisation).</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="191" />
      <source>Unknown profile field '{name}' in the audience filter.</source>
      <translation>Champ de profil inconnu « {name} » dans le filtre de l'audience.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="192" />
      <source>Unknown operator '{name}' in the audience filter.</source>
      <translation>Opérateur inconnu « {name} » dans le filtre de l'audience.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="194" />
      <source>Give at least one test address.</source>
      <translation>Donnez au moins une adresse de test.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="195" />
      <source>A proof goes to at most {limit} addresses; {count} were given.</source>
      <translation>Un BAT part vers {limit} adresses au plus ; {count} ont été données.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="200" />
      <source>A password has at least {count} characters.</source>
      <translation>Un mot de passe compte au moins {count} caractères.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="201" />
      <source>There is no operator '{login}'.</source>
      <translation>Il n'y a pas d'opérateur « {login} ».</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="202" />
      <source>The login '{login}' is taken.</source>
      <translation>L'identifiant « {login} » est déjà pris.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="208" />
      <source>The pickup folder {folder} cannot be created: {detail}</source>
      <translation>Le dossier de dépôt {folder} ne peut pas être créé : {detail}</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="209" />
      <source>The system keyring cannot store the password: {detail}</source>
      <translation>Le trousseau du système ne peut pas conserver le mot de passe : {detail}</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="210" />
      <source>The simulated MTA did not start.</source>
      <translation>Le MTA simulé n'a pas démarré.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="212" />
      <source>The send policy never finishes.</source>
      <translation>La politique d'envoi ne se termine jamais.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="214" />
      <source>Cannot open {name}: {detail}</source>
      <translation>Impossible d'ouvrir {name} : {detail}</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="215" />
      <source>{name} is empty.</source>
      <translation>{name} est vide.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="216" />
      <source>{name} is empty: a header line is expected.</source>
      <translation>{name} est vide : une ligne d'en-tête est attendue.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="217" />
      <source>No column holds the email address (expected a header such as 'email').</source>
      <translation>Aucune colonne ne contient l'adresse email (un en-tête tel que « email » est attendu).</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="219" />
      <source>The workspace already holds {count} profiles; use --reset to replace it.</source>
      <translation>L'espace de travail contient déjà {count} profils ; utilisez --reset pour le remplacer.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="222" />
      <source>not valid {encoding} text (byte {byte})</source>
      <translation>texte {encoding} invalide (octet {byte})</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="223" />
      <source>{count} columns where the header has {expected}</source>
      <translation>{count} colonnes alors que l'en-tête en a {expected}</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="224" />
      <source>'{value}' is not a date (expected YYYY-MM-DD or DD/MM/YYYY)</source>
      <translation>« {value} » n'est pas une date (attendu : AAAA-MM-JJ ou JJ/MM/AAAA)</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="225" />
      <source>the value of '{column}' is longer than {limit} characters</source>
      <translation>la valeur de « {column} » dépasse {limit} caractères</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="226" />
      <source>no address</source>
      <translation>pas d'adresse</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="227" />
      <source>a value holds a NUL character, which the database cannot store</source>
      <translation>une valeur contient un caractère NUL, que la base ne peut pas stocker</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="228" />
      <source>a quote opened in this record is never closed: it runs to the end of the file</source>
      <translation>un guillemet ouvert dans cet enregistrement n'est jamais fermé : il court jusqu'à la fin du fichier</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="230" />
      <source>a quote opened in this record is closed only lines later: the lines it took in read as records of their own; correct the quotes and import it again</source>
      <translation>un guillemet ouvert dans cet enregistrement ne se ferme que des lignes plus loin : les lignes qu'il a prises se lisent comme des enregistrements ; corrigez les guillemets et importez-le de nouveau</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="233" />
      <source>Import stopped by the user: nothing of it was kept.</source>
      <translation>Import arrêté par l'utilisateur : rien n'en a été gardé.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="234" />
      <source>There is no encoding '{encoding}'.</source>
      <translation>Il n'y a pas d'encodage « {encoding} ».</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="235" />
      <source>The delimiter is one character; '{delimiter}' was given.</source>
      <translation>Le séparateur est un seul caractère ; « {delimiter} » a été donné.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="236" />
      <source>From line {line}, a quoted field runs on for more than {limit} characters (a quote is probably not closed): nothing was imported.</source>
      <translation>À partir de la ligne {line}, un champ entre guillemets dépasse {limit} caractères (un guillemet n'est sans doute pas fermé) : rien n'a été importé.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="240" />
      <source>malformed tracking token</source>
      <translation>jeton de tracking mal formé</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="241" />
      <source>the tracking token is not signed by this workspace</source>
      <translation>le jeton de tracking n'est pas signé par cet espace de travail</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="243" />
      <source>Paused</source>
      <translation>En pause</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="244" />
      <source>Waiting for the contact date</source>
      <translation>En attente de la date de contact</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="245" />
      <source>Outside the sending windows: waiting for the next one</source>
      <translation>Hors des plages d'envoi : en attente de la suivante</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="246" />
      <source>Daily cap reached: the rest goes out tomorrow</source>
      <translation>Plafond quotidien atteint : la suite part demain</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="197" />
      <source>Wrong login or password.</source>
      <translation>Identifiant ou mot de passe incorrect.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="198" />
      <source>This operator has no password yet: ask an administrator to set one.</source>
      <translation>Cet opérateur n'a pas encore de mot de passe : demandez à un administrateur d'en définir un.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="199" />
      <source>This operator is disabled: ask an administrator.</source>
      <translation>Cet opérateur est désactivé : adressez-vous à un administrateur.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="203" />
      <source>A login is 2 to 64 lower-case letters, digits, '.', '_' or '-'.</source>
      <translation>Un identifiant compte de 2 à 64 lettres minuscules, chiffres, « . », « _ » ou « - ».</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="204" />
      <source>You cannot take the Administrator role from yourself.</source>
      <translation>Vous ne pouvez pas vous retirer le rôle Administrateur.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="205" />
      <source>You cannot disable yourself.</source>
      <translation>Vous ne pouvez pas vous désactiver vous-même.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="207" />
      <source>No pickup folder: choose one in the settings.</source>
      <translation>Pas de dossier de dépôt : choisissez-en un dans les paramètres.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="211" />
      <source>The sending windows never open.</source>
      <translation>Les plages d'envoi ne s'ouvrent jamais.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/engine_messages.py" line="33" />
      <source>properties</source>
      <extracomment>Actions as the engine names them in its sentences (their English button text). Qt's translate, under the name lupdate looks for.</extracomment>
      <translation>propriétés</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/engine_messages.py" line="33" />
      <source>content</source>
      <translation>contenu</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/engine_messages.py" line="34" />
      <source>audience</source>
      <translation>audience</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/engine_messages.py" line="34" />
      <source>parameters</source>
      <translation>paramètres</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/engine_messages.py" line="38" />
      <source>subject</source>
      <translation>objet</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/engine_messages.py" line="38" />
      <source>HTML</source>
      <translation>HTML</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/engine_messages.py" line="39" />
      <source>text</source>
      <translation>texte</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/engine_messages.py" line="57" />
      <source>{cause}: {count}</source>
      <translation>{cause} : {count}</translation>
    </message>
  </context>
  <context>
    <name>FilterTable</name>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_editor.py" line="103" />
      <source>Field</source>
      <extracomment>Audience filter operators offered in the editor (the engine knows them all).</extracomment>
      <translation>Champ</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_editor.py" line="103" />
      <source>Operator</source>
      <translation>Opérateur</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_editor.py" line="103" />
      <source>Value</source>
      <translation>Valeur</translation>
    </message>
  </context>
  <context>
    <name>InboundModel</name>
    <message>
      <location filename="../../campaign_desktop/ui/inbound_page.py" line="46" />
      <source>What it is</source>
      <translation>Nature</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/inbound_page.py" line="46" />
      <source>From</source>
      <translation>De</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/inbound_page.py" line="46" />
      <source>Subject</source>
      <translation>Objet</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/inbound_page.py" line="46" />
      <source>Why it waits</source>
      <translation>Pourquoi il attend</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/inbound_page.py" line="46" />
      <source>Read at</source>
      <translation>Lu le</translation>
    </message>
  </context>
  <context>
    <name>InboundPage</name>
    <message>
      <location filename="../../campaign_desktop/ui/inbound_page.py" line="88" />
      <source>Show the message</source>
      <translation>Afficher le message</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/inbound_page.py" line="90" />
      <location filename="../../campaign_desktop/ui/inbound_page.py" line="150" />
      <source>Dismiss</source>
      <translation>Classer</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/inbound_page.py" line="91" />
      <source>Dealt with: it leaves the list, and is never read again</source>
      <translation>Traité : il quitte la liste et ne sera plus relu</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/inbound_page.py" line="93" />
      <source>Mail that arrived at the error address and that the feedback does not apply by itself: read it, then dismiss it.</source>
      <translation>Courrier arrivé à l'adresse d'erreur que le suivi n'applique pas de lui-même : lisez-le, puis classez-le.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/inbound_page.py" line="98" />
      <source>Inbound mail</source>
      <translation>Courrier entrant</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/inbound_page.py" line="142" />
      <source>Waiting: %1</source>
      <translation>En attente : %1</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/inbound_page.py" line="151" />
      <source>Dismiss %1 message(s)? They leave the list for good (the mailbox keeps them).</source>
      <translation>Classer %1 message(s) ? Ils quittent la liste pour de bon (la boîte les garde).</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/inbound_page.py" line="159" />
      <source>Dismissed: %1</source>
      <translation>Classés : %1</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/inbound_page.py" line="176" />
      <source>Error: %1</source>
      <translation>Erreur : %1</translation>
    </message>
  </context>
  <context>
    <name>Labels</name>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="27" />
      <source>To send</source>
      <extracomment>Qt's translate, under the name lupdate looks for; the context of every label is "Labels".</extracomment>
      <translation>À envoyer</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="27" />
      <source>Pending</source>
      <translation>En attente</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="27" />
      <source>Sent</source>
      <translation>Envoyé</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="28" />
      <source>Failed</source>
      <translation>En échec</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="28" />
      <location filename="../../campaign_desktop/ui/labels.py" line="34" />
      <source>Ignored</source>
      <translation>Ignoré</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="28" />
      <source>Canceled</source>
      <translation>Annulé</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="29" />
      <source>Unknown</source>
      <translation>Inconnu</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="34" />
      <source>Soft</source>
      <translation>Soft</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="34" />
      <source>Hard</source>
      <translation>Hard</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="39" />
      <source>Not defined</source>
      <translation>Non défini</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="39" />
      <source>User unknown</source>
      <translation>Utilisateur inconnu</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="40" />
      <source>Invalid domain</source>
      <translation>Domaine invalide</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="40" />
      <source>Unreachable</source>
      <translation>Injoignable</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="41" />
      <source>Account disabled</source>
      <translation>Compte désactivé</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="41" />
      <source>Mailbox full</source>
      <translation>Boîte pleine</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="42" />
      <source>Not connected</source>
      <translation>Non connecté</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="42" />
      <source>Address not specified</source>
      <translation>Adresse non renseignée</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="43" />
      <location filename="../../campaign_desktop/ui/labels.py" line="120" />
      <source>Denylisted</source>
      <translation>Sur liste de blocage</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="43" />
      <source>In quarantine</source>
      <translation>En quarantaine</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="44" />
      <source>Duplicate</source>
      <translation>Doublon</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="44" />
      <source>Excluded by a rule</source>
      <translation>Exclu par une règle</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="45" />
      <source>Refused</source>
      <translation>Refusé</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="45" />
      <source>Error ignored</source>
      <translation>Erreur ignorée</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="46" />
      <location filename="../../campaign_desktop/ui/labels.py" line="55" />
      <source>Control group</source>
      <translation>Groupe de contrôle</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="52" />
      <source>Missing address</source>
      <translation>Adresse manquante</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="52" />
      <source>Invalid address</source>
      <translation>Adresse invalide</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="53" />
      <source>Duplicate address</source>
      <translation>Adresse en doublon</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="53" />
      <source>Address in quarantine</source>
      <translation>Adresse en quarantaine</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="54" />
      <source>Address on the denylist</source>
      <translation>Adresse sur liste de blocage</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="54" />
      <source>Denied domain</source>
      <translation>Domaine refusé</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="55" />
      <source>Fatigue</source>
      <translation>Pression marketing</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="56" />
      <source>Personalisation error</source>
      <translation>Erreur de personnalisation</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="57" />
      <source>Reserved domain name</source>
      <translation>Nom de domaine réservé</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="77" />
      <source>Bounce</source>
      <translation>Rebond</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="77" />
      <source>Delay notice</source>
      <translation>Avis de retard</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="78" />
      <source>Delivery report</source>
      <translation>Rapport de remise</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="79" />
      <source>Spam complaint</source>
      <translation>Plainte pour spam</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="79" />
      <source>Automatic reply</source>
      <translation>Réponse automatique</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="80" />
      <source>Unsubscribe request</source>
      <translation>Demande de désinscription</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="81" />
      <source>Other mail</source>
      <translation>Autre courrier</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="81" />
      <source>Unreadable</source>
      <translation>Illisible</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="86" />
      <source>Info</source>
      <translation>Info</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="86" />
      <source>Warning</source>
      <translation>Avertissement</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="86" />
      <source>Error</source>
      <translation>Erreur</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="92" />
      <source>Email</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="92" />
      <source>First name</source>
      <translation>Prénom</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="92" />
      <source>Last name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="92" />
      <source>Title</source>
      <translation>Civilité</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="93" />
      <source>Language</source>
      <translation>Langue</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="93" />
      <source>Country</source>
      <translation>Pays</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="93" />
      <source>City</source>
      <translation>Ville</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="93" />
      <source>Birth date</source>
      <translation>Date de naissance</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="94" />
      <source>Phone</source>
      <translation>Téléphone</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="94" />
      <source>Label</source>
      <translation>Libellé</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="94" />
      <source>Internal name</source>
      <translation>Nom interne</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="95" />
      <source>Sender address</source>
      <translation>Adresse de l'expéditeur</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="95" />
      <source>Reply-to address</source>
      <translation>Adresse de réponse</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="95" />
      <source>Error address</source>
      <translation>Adresse d'erreur</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="96" />
      <source>Subject</source>
      <translation>Objet</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="96" />
      <source>HTML</source>
      <translation>HTML</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="96" />
      <source>Text</source>
      <translation>Texte</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="96" />
      <source>Audience</source>
      <translation>Audience</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="97" />
      <source>Validity period</source>
      <translation>Période de validité</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="97" />
      <source>Archive copy (BCC)</source>
      <translation>Copie d'archive (Cci)</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="103" />
      <source>is</source>
      <translation>est</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="103" />
      <source>is not</source>
      <translation>n'est pas</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="103" />
      <source>contains</source>
      <translation>contient</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="103" />
      <source>starts with</source>
      <translation>commence par</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="104" />
      <source>is empty</source>
      <translation>est vide</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="104" />
      <source>is not empty</source>
      <translation>n'est pas vide</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="104" />
      <source>is less than</source>
      <translation>est inférieur à</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="104" />
      <source>is greater than</source>
      <translation>est supérieur à</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="105" />
      <source>is one of</source>
      <translation>est parmi</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="111" />
      <source>Manual: an operator confirms the send</source>
      <translation>Manuelle : un opérateur confirme l'envoi</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="112" />
      <source>Semi-automatic: confirm only when the analysis warns</source>
      <translation>Semi-automatique : confirmation seulement si l'analyse avertit</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="113" />
      <source>Automatic: send once the analysis is done</source>
      <translation>Automatique : envoi dès la fin de l'analyse</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="119" />
      <source>Valid</source>
      <translation>Valide</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="119" />
      <source>With errors</source>
      <translation>En erreur</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="120" />
      <source>Quarantine</source>
      <translation>Quarantaine</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="125" />
      <source>Prepare deliveries</source>
      <translation>Préparer les diffusions</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="125" />
      <source>Start deliveries</source>
      <translation>Démarrer les diffusions</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/labels.py" line="126" />
      <source>Administrator</source>
      <translation>Administrateur</translation>
    </message>
  </context>
  <context>
    <name>LogsDialog</name>
    <message>
      <location filename="../../campaign_desktop/ui/logs_dialog.py" line="51" />
      <source>Logs — %1</source>
      <extracomment>How a journal line of each level looks: its icon and its colour.</extracomment>
      <translation>Journaux — %1</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/logs_dialog.py" line="56" />
      <source>Cause</source>
      <translation>Cause</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/logs_dialog.py" line="56" />
      <source>Profiles</source>
      <translation>Profils</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/logs_dialog.py" line="68" />
      <source>All statuses</source>
      <translation>Tous les statuts</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/logs_dialog.py" line="72" />
      <source>All reasons</source>
      <translation>Toutes les raisons</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/logs_dialog.py" line="76" />
      <source>Search by address</source>
      <translation>Rechercher par adresse</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/logs_dialog.py" line="78" />
      <source>Export to CSV…</source>
      <translation>Exporter en CSV…</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/logs_dialog.py" line="94" />
      <source>Analysis journal</source>
      <translation>Journal de l'analyse</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/logs_dialog.py" line="95" />
      <source>Exclusions</source>
      <translation>Exclusions</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/logs_dialog.py" line="96" />
      <source>Sending logs</source>
      <translation>Journaux d'envoi</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/logs_dialog.py" line="136" />
      <source>Searching…</source>
      <translation>Recherche…</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/logs_dialog.py" line="147" />
      <source>%1 rows</source>
      <translation>%1 lignes</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/logs_dialog.py" line="159" />
      <source>Export the logs</source>
      <translation>Exporter les journaux</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/logs_dialog.py" line="159" />
      <source>CSV files (*.csv)</source>
      <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/logs_dialog.py" line="174" />
      <source>%1 rows exported</source>
      <translation>%1 lignes exportées</translation>
    </message>
  </context>
  <context>
    <name>LogsTableModel</name>
    <message>
      <location filename="../../campaign_desktop/ui/logs_model.py" line="23" />
      <source>Address</source>
      <translation>Adresse</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/logs_model.py" line="23" />
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/logs_model.py" line="23" />
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/logs_model.py" line="23" />
      <source>Reason</source>
      <translation>Raison</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/logs_model.py" line="23" />
      <source>Exclusion</source>
      <translation>Exclusion</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/logs_model.py" line="24" />
      <source>Last reply</source>
      <translation>Dernière réponse</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/logs_model.py" line="24" />
      <source>Retries</source>
      <translation>Reprises</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/logs_model.py" line="24" />
      <source>Sent</source>
      <translation>Envoyé le</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/logs_model.py" line="24" />
      <source>Detail</source>
      <translation>Détail</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/logs_model.py" line="24" />
      <source>Events</source>
      <translation>Événements</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../campaign_desktop/ui/main_window.py" line="83" />
      <source>Campaign Desktop</source>
      <extracomment>Where the window's layout is kept between runs (Qt's per-user settings).</extracomment>
      <translation>Campaign Desktop</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/main_window.py" line="95" />
      <source>Search deliveries by label or internal name</source>
      <translation>Rechercher des diffusions par libellé ou nom interne</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/main_window.py" line="104" />
      <source>New</source>
      <translation>Créer</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/main_window.py" line="105" />
      <source>Duplicate</source>
      <translation>Doublon</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/main_window.py" line="106" />
      <source>Delete</source>
      <translation>Supprimer</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/main_window.py" line="112" />
      <location filename="../../campaign_desktop/ui/main_window.py" line="128" />
      <location filename="../../campaign_desktop/ui/main_window.py" line="138" />
      <source>Deliveries</source>
      <translation>Diffusions</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/main_window.py" line="138" />
      <source>Profiles</source>
      <translation>Profils</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/main_window.py" line="139" />
      <source>Addresses</source>
      <translation>Adresses</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/main_window.py" line="139" />
      <source>Inbound mail</source>
      <translation>Courrier entrant</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/main_window.py" line="140" />
      <source>Settings</source>
      <translation>Paramètres</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/main_window.py" line="140" />
      <source>Operators</source>
      <translation>Opérateurs</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/main_window.py" line="145" />
      <source>Sign in as another operator</source>
      <translation>Se connecter sous un autre opérateur</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/main_window.py" line="201" />
      <source>Loading deliveries…</source>
      <translation>Chargement des diffusions…</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/main_window.py" line="215" />
      <source>Deliveries shown: %1</source>
      <translation>Diffusions affichées : %1</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/main_window.py" line="235" />
      <source>Scheduled delivery</source>
      <translation>Diffusion planifiée</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/main_window.py" line="238" />
      <source>A recurring delivery is prepared and waits for your confirmation.</source>
      <translation>Une diffusion récurrente est préparée et attend votre confirmation.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/main_window.py" line="240" />
      <source>Scheduler: %1</source>
      <translation>Planificateur : %1</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/main_window.py" line="251" />
      <source>Signed in as %1 — switch</source>
      <translation>Connecté en tant que %1 — changer</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/main_window.py" line="279" />
      <source>Signed in as %1.</source>
      <translation>Connecté en tant que %1.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/main_window.py" line="310" />
      <location filename="../../campaign_desktop/ui/main_window.py" line="331" />
      <source>New delivery</source>
      <translation>Nouvelle diffusion</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/main_window.py" line="340" />
      <location filename="../../campaign_desktop/ui/main_window.py" line="349" />
      <source>Delete the delivery</source>
      <translation>Supprimer la diffusion</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/main_window.py" line="341" />
      <source>Delete '%1' with its logs and figures? This cannot be undone.</source>
      <translation>Supprimer « %1 » avec ses journaux et ses chiffres ? C'est définitif.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/main_window.py" line="349" />
      <source>Stop its preparation or send first.</source>
      <translation>Arrêtez d'abord sa préparation ou son envoi.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/main_window.py" line="380" />
      <source>Error: %1</source>
      <translation>Erreur : %1</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/main_window.py" line="428" />
      <source>Unsaved changes</source>
      <translation>Modifications non enregistrées</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/main_window.py" line="429" />
      <source>'%1' has changes that were not saved. Close it and lose them?</source>
      <translation>« %1 » a des modifications non enregistrées. La fermer et les perdre ?</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/main_window.py" line="436" />
      <source>A send is running</source>
      <translation>Un envoi est en cours</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/main_window.py" line="437" />
      <source>Pause the send? You can resume it when you open the delivery again.</source>
      <translation>Mettre l'envoi en pause ? Vous pourrez le reprendre en rouvrant la diffusion.</translation>
    </message>
  </context>
  <context>
    <name>MessageDialog</name>
    <message>
      <location filename="../../campaign_desktop/ui/inbound_page.py" line="184" />
      <source>(no subject)</source>
      <translation>(sans objet)</translation>
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
    <name>ProfileImportDialog</name>
    <message>
      <location filename="../../campaign_desktop/ui/profile_import_dialog.py" line="67" />
      <location filename="../../campaign_desktop/ui/profile_import_dialog.py" line="152" />
      <source>Import profiles</source>
      <extracomment>Rows of the file shown before importing it, and the longest text a preview cell shows. The widest a preview column starts (its header stays whole); the user can widen it. Encodings offered besides detection (Python codec names, as the report names them).</extracomment>
      <translation>Importer des profils</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/profile_import_dialog.py" line="71" />
      <source>No file chosen</source>
      <translation>Aucun fichier choisi</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/profile_import_dialog.py" line="72" />
      <source>Choose a CSV file…</source>
      <translation>Choisir un fichier CSV…</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/profile_import_dialog.py" line="75" />
      <location filename="../../campaign_desktop/ui/profile_import_dialog.py" line="79" />
      <source>Detect</source>
      <translation>Détecter</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/profile_import_dialog.py" line="90" />
      <source>Optional: also put the profiles in this list</source>
      <translation>Facultatif : mettre aussi les profils dans cette liste</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/profile_import_dialog.py" line="91" />
      <source>A profile whose address is already in the base is updated with the file's columns, not created again. Stop keeps nothing of the import.</source>
      <translation>Un profil dont l'adresse est déjà dans la base est mis à jour avec les colonnes du fichier, et non créé une seconde fois. Arrêter ne garde rien de l'import.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/profile_import_dialog.py" line="101" />
      <source>Import</source>
      <translation>Importer</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/profile_import_dialog.py" line="105" />
      <source>Stop</source>
      <translation>Arrêter</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/profile_import_dialog.py" line="108" />
      <source>Close</source>
      <translation>Fermer</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/profile_import_dialog.py" line="121" />
      <source>Delimiter</source>
      <translation>Séparateur</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/profile_import_dialog.py" line="125" />
      <source>File</source>
      <translation>Fichier</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/profile_import_dialog.py" line="126" />
      <source>Encoding</source>
      <translation>Encodage</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/profile_import_dialog.py" line="127" />
      <source>List</source>
      <translation>Liste</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/profile_import_dialog.py" line="143" />
      <source>comma (,)</source>
      <translation>virgule (,)</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/profile_import_dialog.py" line="143" />
      <source>semicolon (;)</source>
      <translation>point-virgule (;)</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/profile_import_dialog.py" line="143" />
      <source>tab</source>
      <translation>tabulation</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/profile_import_dialog.py" line="144" />
      <source>vertical bar (|)</source>
      <translation>barre verticale (|)</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/profile_import_dialog.py" line="153" />
      <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
      <translation>Fichiers CSV (*.csv *.txt *.tsv);;Tous les fichiers (*)</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/profile_import_dialog.py" line="173" />
      <source>Reading the beginning of the file…</source>
      <translation>Lecture du début du fichier…</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/profile_import_dialog.py" line="181" />
      <source>detected</source>
      <translation>détecté</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/profile_import_dialog.py" line="181" />
      <source>chosen</source>
      <translation>choisi</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/profile_import_dialog.py" line="182" />
      <source>Encoding: %1 (%2). Delimiter: %3 (%4). Columns: %5.</source>
      <translation>Encodage : %1 (%2). Séparateur : %3 (%4). Colonnes : %5.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/profile_import_dialog.py" line="208" />
      <source>custom field</source>
      <translation>champ personnalisé</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/profile_import_dialog.py" line="237" />
      <source>Importing…</source>
      <translation>Import en cours…</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/profile_import_dialog.py" line="252" />
      <source>Read %1 records: %2 created, %3 updated, %4 unchanged, %5 refused.</source>
      <translation>%1 enregistrements lus : %2 créés, %3 mis à jour, %4 inchangés, %5 refusés.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/profile_import_dialog.py" line="261" />
      <source>Stopping…</source>
      <translation>Arrêt en cours…</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/profile_import_dialog.py" line="268" />
      <source>Import finished: %1 created, %2 updated, %3 unchanged, %4 refused.</source>
      <translation>Import terminé : %1 créés, %2 mis à jour, %3 inchangés, %4 refusés.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/profile_import_dialog.py" line="272" />
      <source>The profiles are in the list '%1'.</source>
      <translation>Les profils sont dans la liste « %1 ».</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/profile_import_dialog.py" line="276" />
      <source>… and %1 more refused records (the first %2 are listed).</source>
      <translation>… et %1 autres enregistrements refusés (les %2 premiers sont listés).</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/profile_import_dialog.py" line="279" />
      <source>Line %1: the header again (files put end to end): skipped.</source>
      <translation>Ligne %1 : l'en-tête de nouveau (fichiers mis bout à bout) : ignorée.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/profile_import_dialog.py" line="288" />
      <source>Lines %1–%2: %3</source>
      <translation>Lignes %1–%2 : %3</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/profile_import_dialog.py" line="290" />
      <source>Line %1: %2</source>
      <translation>Ligne %1 : %2</translation>
    </message>
  </context>
  <context>
    <name>ProfilesPage</name>
    <message>
      <location filename="../../campaign_desktop/ui/profiles_page.py" line="72" />
      <source>Search by address or name</source>
      <translation>Rechercher par adresse ou nom</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/profiles_page.py" line="78" />
      <source>Select a profile to see its card.</source>
      <translation>Sélectionnez un profil pour voir sa fiche.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/profiles_page.py" line="80" />
      <source>Field</source>
      <translation>Champ</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/profiles_page.py" line="80" />
      <source>Value</source>
      <translation>Valeur</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/profiles_page.py" line="81" />
      <source>Delivery</source>
      <translation>Diffusion</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/profiles_page.py" line="81" />
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/profiles_page.py" line="81" />
      <source>Reason or cause</source>
      <translation>Raison ou cause</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/profiles_page.py" line="81" />
      <source>Sent</source>
      <translation>Envoyés</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/profiles_page.py" line="82" />
      <source>Opens</source>
      <translation>Ouvertures</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/profiles_page.py" line="82" />
      <source>Clicks</source>
      <translation>Clics</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/profiles_page.py" line="82" />
      <source>Last reply</source>
      <translation>Dernière réponse</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/profiles_page.py" line="83" />
      <source>Import…</source>
      <translation>Importer…</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/profiles_page.py" line="84" />
      <source>Import or update profiles from a CSV file</source>
      <translation>Importer ou mettre à jour des profils depuis un fichier CSV</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/profiles_page.py" line="91" />
      <source>Profiles</source>
      <translation>Profils</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/profiles_page.py" line="107" />
      <source>Delivery history</source>
      <translation>Historique des diffusions</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/profiles_page.py" line="130" />
      <source>Searching…</source>
      <translation>Recherche…</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/profiles_page.py" line="148" />
      <source>Profiles: %1</source>
      <translation>Profils : %1</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/profiles_page.py" line="172" />
      <source>Created</source>
      <translation>Créé le</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/profiles_page.py" line="183" />
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
      <location filename="../../campaign_desktop/ui/settings_page.py" line="84" />
      <location filename="../../campaign_desktop/ui/settings_page.py" line="87" />
      <source>Kept in the system keyring</source>
      <extracomment>The settings shown, by group; the others (secrets, the demo's seed …) stay internal. The usual port of each kind of mailbox server, with TLS from the start or not.</extracomment>
      <translation>Conservé dans le trousseau du système</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/settings_page.py" line="89" />
      <source>Test mailbox</source>
      <translation>Tester la boîte</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/settings_page.py" line="93" />
      <source>Test connection</source>
      <translation>Tester la connexion</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/settings_page.py" line="97" />
      <source>Save</source>
      <translation>Enregistrer</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/settings_page.py" line="101" />
      <source>Only an administrator can change the settings. You can still test the connection to the relay.</source>
      <translation>Seul un administrateur peut modifier les paramètres. Vous pouvez tout de même tester la connexion au relais.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/settings_page.py" line="121" />
      <source>Sending</source>
      <translation>Envoi</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/settings_page.py" line="121" />
      <source>Feedback and tracking</source>
      <translation>Retours et tracking</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/settings_page.py" line="122" />
      <source>Retries and validity</source>
      <translation>Reprises et validité</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/settings_page.py" line="122" />
      <source>Quarantine</source>
      <translation>Quarantaine</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/settings_page.py" line="123" />
      <source>Send policy defaults</source>
      <translation>Politique d'envoi par défaut</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/settings_page.py" line="123" />
      <source>General</source>
      <translation>Général</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/settings_page.py" line="124" />
      <source>Bounce mailbox (the error address)</source>
      <translation>Boîte des retours (l'adresse d'erreur)</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/settings_page.py" line="129" />
      <source>Send through</source>
      <translation>Envoyer par</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/settings_page.py" line="129" />
      <source>SMTP relay host</source>
      <translation>Hôte du relais SMTP</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/settings_page.py" line="129" />
      <location filename="../../campaign_desktop/ui/settings_page.py" line="135" />
      <source>Port</source>
      <translation>Port</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/settings_page.py" line="130" />
      <location filename="../../campaign_desktop/ui/settings_page.py" line="135" />
      <source>Security</source>
      <translation>Sécurité</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/settings_page.py" line="130" />
      <location filename="../../campaign_desktop/ui/settings_page.py" line="135" />
      <source>Login</source>
      <translation>Identifiant</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/settings_page.py" line="130" />
      <source>Timeout (s)</source>
      <translation>Délai d'attente (s)</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/settings_page.py" line="131" />
      <location filename="../../campaign_desktop/ui/settings_page.py" line="155" />
      <source>Pickup folder</source>
      <translation>Dossier de dépôt</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/settings_page.py" line="131" />
      <source>Reporting mode</source>
      <translation>Mode de reporting</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/settings_page.py" line="132" />
      <source>Tracking base URL</source>
      <translation>URL de base du tracking</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/settings_page.py" line="133" />
      <source>Recipient in the return path (VERP)</source>
      <translation>Destinataire dans l'adresse de retour (VERP)</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/settings_page.py" line="133" />
      <source>Read from</source>
      <translation>Lire depuis</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/settings_page.py" line="134" />
      <source>Local mailbox (Maildir, mbox or folder)</source>
      <translation>Boîte locale (Maildir, mbox ou dossier)</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/settings_page.py" line="134" />
      <source>Server</source>
      <translation>Serveur</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/settings_page.py" line="136" />
      <source>IMAP folder</source>
      <translation>Dossier IMAP</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/settings_page.py" line="136" />
      <source>Once read</source>
      <translation>Une fois lu</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/settings_page.py" line="137" />
      <source>Folder for read mail</source>
      <translation>Dossier du courrier lu</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/settings_page.py" line="138" />
      <source>Read every (s, while the app is open)</source>
      <translation>Lire toutes les (s, application ouverte)</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/settings_page.py" line="139" />
      <source>Validity period (h)</source>
      <translation>Période de validité (h)</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/settings_page.py" line="139" />
      <source>Retries on the first day</source>
      <translation>Reprises le premier jour</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/settings_page.py" line="140" />
      <source>Hours between retries</source>
      <translation>Heures entre deux reprises</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/settings_page.py" line="141" />
      <source>Retries a day after the first</source>
      <translation>Reprises par jour après le premier</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/settings_page.py" line="142" />
      <source>Quarantine after errors</source>
      <translation>Quarantaine après erreurs</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/settings_page.py" line="143" />
      <source>Hours between counted errors</source>
      <translation>Heures entre deux erreurs comptées</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/settings_page.py" line="144" />
      <source>Error counter reset after (days)</source>
      <translation>Remise à zéro du compteur après (jours)</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/settings_page.py" line="145" />
      <source>Connections</source>
      <translation>Connexions</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/settings_page.py" line="145" />
      <source>Messages a second (0: no limit)</source>
      <translation>Messages par seconde (0 : sans limite)</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/settings_page.py" line="146" />
      <source>Daily cap (0: none)</source>
      <translation>Plafond quotidien (0 : aucun)</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/settings_page.py" line="146" />
      <source>Auto-pause bounce rate (0: never)</source>
      <translation>Taux de bounces de pause automatique (0 : jamais)</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/settings_page.py" line="147" />
      <source>Auto-pause after at least</source>
      <translation>Pause automatique après au moins</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/settings_page.py" line="147" />
      <source>Language</source>
      <translation>Langue</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/settings_page.py" line="148" />
      <source>Largest message (MB)</source>
      <translation>Taille maximale d'un message (Mo)</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/settings_page.py" line="149" />
      <source>Demo: simulated seconds a second</source>
      <translation>Démo : secondes simulées par seconde</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/settings_page.py" line="154" />
      <source>Simulated MTA (offline demo)</source>
      <translation>MTA simulé (démo hors ligne)</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/settings_page.py" line="155" />
      <source>SMTP relay</source>
      <translation>Relais SMTP</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/settings_page.py" line="157" />
      <source>Relay: handed over counts as delivered</source>
      <translation>Relais : remis compte comme délivré</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/settings_page.py" line="158" />
      <source>Email feedback: delivered when the server reports it</source>
      <translation>Retour par email : délivré quand le serveur le signale</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/settings_page.py" line="160" />
      <source>None</source>
      <translation>Aucune</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/settings_page.py" line="160" />
      <source>STARTTLS</source>
      <translation>STARTTLS</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/settings_page.py" line="160" />
      <source>TLS</source>
      <translation>TLS</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/settings_page.py" line="162" />
      <source>Yes: every notice names its recipient</source>
      <translation>Oui : chaque avis nomme son destinataire</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/settings_page.py" line="163" />
      <source>No: the relay refuses errors+token addresses</source>
      <translation>Non : le relais refuse les adresses erreurs+jeton</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/settings_page.py" line="165" />
      <source>Nowhere</source>
      <translation>Nulle part</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/settings_page.py" line="165" />
      <source>A mailbox on this computer</source>
      <translation>Une boîte sur cet ordinateur</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/settings_page.py" line="166" />
      <source>An IMAP server</source>
      <translation>Un serveur IMAP</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/settings_page.py" line="166" />
      <source>A POP3 server (mail stays there)</source>
      <translation>Un serveur POP3 (le courrier y reste)</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/settings_page.py" line="168" />
      <source>Mark it as read</source>
      <translation>Le marquer comme lu</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/settings_page.py" line="168" />
      <source>Move it to a folder</source>
      <translation>Le déplacer dans un dossier</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/settings_page.py" line="170" />
      <source>As the system</source>
      <translation>Comme le système</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/settings_page.py" line="200" />
      <location filename="../../campaign_desktop/ui/settings_page.py" line="202" />
      <source>Password</source>
      <translation>Mot de passe</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/settings_page.py" line="226" />
      <source>Settings</source>
      <translation>Paramètres</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/settings_page.py" line="335" />
      <source>Settings saved, but not the password: %1</source>
      <translation>Paramètres enregistrés, mais pas le mot de passe : %1</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/settings_page.py" line="337" />
      <source>Settings saved.</source>
      <translation>Paramètres enregistrés.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/settings_page.py" line="339" />
      <source>The new language is used from the next start.</source>
      <translation>La nouvelle langue s'applique au prochain démarrage.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/settings_page.py" line="352" />
      <source>Connecting to %1:%2…</source>
      <translation>Connexion à %1:%2…</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/settings_page.py" line="360" />
      <source>Connection succeeded: the relay answered %1 %2</source>
      <translation>Connexion réussie : le relais a répondu %1 %2</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/settings_page.py" line="364" />
      <source>Connection failed: %1</source>
      <translation>Échec de la connexion : %1</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/settings_page.py" line="376" />
      <source>Opening the mailbox…</source>
      <translation>Ouverture de la boîte…</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/settings_page.py" line="385" />
      <source>No bounce mailbox is set: bounces are not read.</source>
      <translation>Aucune boîte des retours n'est définie : les rebonds ne sont pas lus.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/settings_page.py" line="388" />
      <source>The mailbox opens: %1 message(s) to read.</source>
      <translation>La boîte s'ouvre : %1 message(s) à lire.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/settings_page.py" line="401" />
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
      <location filename="../../campaign_desktop/ui/app.py" line="42" />
      <source>Opening the workspace…</source>
      <extracomment>Who works in a workspace where no operator has a password yet (the demo). How long a thread holds the interpreter lock before another may take it (Python: 5 ms). How often the GUI thread collects garbage, automatic collection being off (seconds).</extracomment>
      <translation>Ouverture de l'espace de travail…</translation>
    </message>
    <message numerus="yes">
      <location filename="../../campaign_desktop/ui/app.py" line="62" />
      <source>A demo workspace was created: %n profiles with the flaws of real data.</source>
      <translation>
        <numerusform>Un espace de démonstration a été créé : %n profil avec les défauts des vraies données.</numerusform>
        <numerusform>Un espace de démonstration a été créé : %n profils avec les défauts des vraies données.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/app.py" line="67" />
      <source>Signed in as %1 without a password: no operator has one yet (set them on the Operators page).</source>
      <translation>Connecté en tant que %1 sans mot de passe : aucun opérateur n'en a encore (définissez-les dans la page Opérateurs).</translation>
    </message>
  </context>
</TS>