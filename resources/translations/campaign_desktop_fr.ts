<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
  <context>
    <name>ActionBar</name>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_action_bar.py" line="30" />
      <source>Prepare</source>
      <extracomment>Buttons that appear only when their action is possible; the others are greyed out instead. What cannot be done while the editor holds unsaved changes.</extracomment>
      <translation>Préparer</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_action_bar.py" line="31" />
      <source>Stop preparation</source>
      <translation>Arrêter la préparation</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_action_bar.py" line="32" />
      <source>Confirm send</source>
      <translation>Confirmer l'envoi</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_action_bar.py" line="33" />
      <source>Pause</source>
      <translation>Mettre en pause</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_action_bar.py" line="34" />
      <source>Resume</source>
      <translation>Reprendre</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_action_bar.py" line="35" />
      <source>Stop</source>
      <translation>Arrêter</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_action_bar.py" line="36" />
      <source>Stop following</source>
      <translation>Ne plus suivre</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_action_bar.py" line="37" />
      <source>Proof</source>
      <translation>BAT</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_action_bar.py" line="38" />
      <source>Logs</source>
      <translation>Journaux</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_action_bar.py" line="39" />
      <source>Compute stats</source>
      <translation>Calculer les statistiques</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_action_bar.py" line="42" />
      <source>Count every indicator again from the sending logs and the tracking</source>
      <translation>Recalculer tous les indicateurs à partir des journaux d'envoi et du tracking</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_action_bar.py" line="43" />
      <source>Send the message to test addresses, with [Proof n] before the subject</source>
      <translation>Envoyer le message à des adresses de test, avec [Proof n] devant l'objet</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_action_bar.py" line="44" />
      <source>Stop following the feedback here; it goes on the next time the app starts</source>
      <translation>Arrêter ici le suivi des retours ; il reprend au prochain démarrage de l'application</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_action_bar.py" line="68" />
      <source>Save or revert your changes first</source>
      <translation>Enregistrez ou annulez d'abord vos modifications</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_action_bar.py" line="71" />
      <source>The analysis found errors: fix them and prepare again</source>
      <translation>L'analyse a trouvé des erreurs : corrigez-les et préparez de nouveau</translation>
    </message>
  </context>
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
      <location filename="../../campaign_desktop/ui/addresses_page.py" line="97" />
      <source>Addresses</source>
      <translation>Adresses</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/addresses_page.py" line="129" />
      <source>Searching…</source>
      <translation>Recherche…</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/addresses_page.py" line="142" />
      <source>Addresses: %1</source>
      <translation>Adresses : %1</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/addresses_page.py" line="158" />
      <source>Release addresses</source>
      <translation>Libérer des adresses</translation>
    </message>
    <message numerus="yes">
      <location filename="../../campaign_desktop/ui/addresses_page.py" line="159" />
      <source>Release %n address(es)? They go back to Valid and the next preparations target them again.</source>
      <translation>
        <numerusform>Libérer %n adresse ? Elle redevient Valide et les prochaines préparations la ciblent de nouveau.</numerusform>
        <numerusform>Libérer %n adresses ? Elles redeviennent Valides et les prochaines préparations les ciblent de nouveau.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/addresses_page.py" line="174" />
      <source>Released: %1</source>
      <translation>Libérées : %1</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/addresses_page.py" line="178" />
      <source>Import a denylist</source>
      <translation>Importer une liste de blocage</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/addresses_page.py" line="178" />
      <source>CSV files (*.csv *.txt)</source>
      <translation>Fichiers CSV (*.csv *.txt)</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/addresses_page.py" line="184" />
      <source>Importing %1…</source>
      <translation>Import de %1…</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/addresses_page.py" line="190" />
      <source>Denylist imported: %1 added, %2 already on it, %3 lines skipped.</source>
      <translation>Liste de blocage importée : %1 ajoutées, %2 déjà présentes, %3 lignes ignorées.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/addresses_page.py" line="194" />
      <source>line %1: %2</source>
      <translation>ligne %1 : %2</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/addresses_page.py" line="200" />
      <source>Error: %1</source>
      <translation>Erreur : %1</translation>
    </message>
  </context>
  <context>
    <name>AnalysisPanel</name>
    <message>
      <location filename="../../campaign_desktop/ui/analysis_panel.py" line="41" />
      <source>Prepared with %1 and %2.</source>
      <extracomment>Analysis errors listed on the dashboard (the journal has them all).</extracomment>
      <translation>Préparée avec %1 et %2.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../campaign_desktop/ui/analysis_panel.py" line="42" />
      <source>%n error(s)</source>
      <translation>
        <numerusform>%n erreur</numerusform>
        <numerusform>%n erreurs</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../campaign_desktop/ui/analysis_panel.py" line="42" />
      <source>%n warning(s)</source>
      <translation>
        <numerusform>%n avertissement</numerusform>
        <numerusform>%n avertissements</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../campaign_desktop/ui/analysis_panel.py" line="45" />
      <source>… and %n more.</source>
      <translation>
        <numerusform>… et %n autre.</numerusform>
        <numerusform>… et %n autres.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/analysis_panel.py" line="46" />
      <source>Confirm send stays disabled until they are fixed and the delivery is prepared again.</source>
      <translation>Confirmer l'envoi reste désactivé jusqu'à ce qu'elles soient corrigées et la diffusion préparée de nouveau.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/analysis_panel.py" line="47" />
      <source>Open the analysis journal</source>
      <translation>Ouvrir le journal d'analyse</translation>
    </message>
  </context>
  <context>
    <name>AudiencePage</name>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_pages/audience.py" line="48" />
      <source>Add a condition</source>
      <extracomment>Seed addresses are typed one a line; commas and semicolons separate them too (a pasted list).</extracomment>
      <translation>Ajouter une condition</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_pages/audience.py" line="48" />
      <source>Remove</source>
      <translation>Retirer</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_pages/audience.py" line="59" />
      <location filename="../../campaign_desktop/ui/delivery_pages/audience.py" line="122" />
      <source>Profiles from</source>
      <translation>Profils issus de</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_pages/audience.py" line="62" />
      <source>Keep the profiles that match every condition:</source>
      <translation>Garder les profils qui remplissent toutes les conditions :</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_pages/audience.py" line="76" />
      <source>Members of this list are not sent the message (excluded as the control group) when the delivery's typology applies the control group rule.</source>
      <translation>Les membres de cette liste ne reçoivent pas le message (exclus comme groupe de contrôle) lorsque la typologie de la diffusion applique la règle du groupe de contrôle.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_pages/audience.py" line="79" />
      <source>One address a line: each gets a copy, counted in no figure</source>
      <translation>Une adresse par ligne : chacune reçoit une copie, comptée dans aucun indicateur</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_pages/audience.py" line="85" />
      <source>Control group and seed addresses</source>
      <translation>Groupe de contrôle et adresses témoins</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_pages/audience.py" line="87" />
      <location filename="../../campaign_desktop/ui/delivery_pages/audience.py" line="123" />
      <source>Control group</source>
      <translation>Groupe de contrôle</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_pages/audience.py" line="88" />
      <location filename="../../campaign_desktop/ui/delivery_pages/audience.py" line="123" />
      <source>Seed addresses</source>
      <translation>Adresses témoins</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_pages/audience.py" line="95" />
      <source>The whole profile base</source>
      <translation>Toute la base de profils</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_pages/audience.py" line="97" />
      <source>No control group</source>
      <translation>Aucun groupe de contrôle</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_pages/audience.py" line="99" />
      <source>The list %1</source>
      <translation>La liste %1</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_pages/audience.py" line="122" />
      <source>Audience</source>
      <translation>Audience</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_pages/audience.py" line="141" />
      <source>Counting…</source>
      <translation>Comptage…</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_pages/audience.py" line="144" />
      <source>%1 profiles targeted</source>
      <translation>%1 profils ciblés</translation>
    </message>
  </context>
  <context>
    <name>ContentPage</name>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_pages/content.py" line="55" />
      <source>Left empty, the text part is generated from the HTML.</source>
      <translation>Laissée vide, la partie texte est générée à partir du HTML.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_pages/content.py" line="57" />
      <source>Insert a field</source>
      <translation>Insérer un champ</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_pages/content.py" line="63" />
      <source>Unsubscribe link</source>
      <translation>Lien de désinscription</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_pages/content.py" line="64" />
      <source>Mirror page link</source>
      <translation>Lien vers la page miroir</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_pages/content.py" line="68" />
      <location filename="../../campaign_desktop/ui/delivery_pages/content.py" line="121" />
      <source>HTML</source>
      <translation>HTML</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_pages/content.py" line="69" />
      <location filename="../../campaign_desktop/ui/delivery_pages/content.py" line="121" />
      <source>Text</source>
      <translation>Texte</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_pages/content.py" line="71" />
      <location filename="../../campaign_desktop/ui/delivery_pages/content.py" line="121" />
      <source>Subject</source>
      <translation>Objet</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_pages/content.py" line="97" />
      <source>Preview for</source>
      <translation>Aperçu pour</translation>
    </message>
  </context>
  <context>
    <name>DeliveryDashboard</name>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="317" />
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="547" />
      <source>Confirm send</source>
      <translation>Confirmer l'envoi</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="126" />
      <source>Export chart to PNG…</source>
      <extracomment>While the delivery is in one of these states, or a job works on it, it is read every second. Otherwise every this many seconds: a send started elsewhere shows within 3 s. States in which nothing was sent yet: the deployment's tiles show dashes. The buttons as tests and screenshots name them.</extracomment>
      <translation>Exporter le graphique en PNG…</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="151" />
      <source>Deployment</source>
      <translation>Déploiement</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="160" />
      <source>Dashboard</source>
      <translation>Tableau de bord</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="231" />
      <source>being sent by another process (%1, process %2)</source>
      <translation>en cours d'envoi par un autre processus (%1, processus %2)</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="234" />
      <source>its feedback is followed by another process (%1, process %2)</source>
      <translation>ses retours sont suivis par un autre processus (%1, processus %2)</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="246" />
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="506" />
      <source>Paused: nothing goes out until Resume.</source>
      <translation>En pause : rien ne part avant Reprendre.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="248" />
      <source>Sending (in another process)…</source>
      <translation>Envoi en cours (dans un autre processus)…</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="257" />
      <source>The feedback's follow stopped; it goes on the next time the app starts.</source>
      <translation>Le suivi des retours s'est arrêté ; il reprend au prochain démarrage de l'application.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="299" />
      <source>Preparing: computing the target…</source>
      <translation>Préparation : calcul de la cible…</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="322" />
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="343" />
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="421" />
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="507" />
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="513" />
      <source>Sending…</source>
      <translation>Envoi en cours…</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="336" />
      <source>Following the feedback again, from where it stopped…</source>
      <translation>Reprise du suivi des retours, là où il s'était arrêté…</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="380" />
      <source>Computing the indicators from the logs…</source>
      <translation>Calcul des indicateurs à partir des journaux…</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="385" />
      <source>Indicators computed from the logs.</source>
      <translation>Indicateurs calculés à partir des journaux.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="401" />
      <source>Export chart</source>
      <translation>Exporter le graphique</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="401" />
      <source>PNG images (*.png)</source>
      <translation>Images PNG (*.png)</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="430" />
      <source>Pausing…</source>
      <translation>Mise en pause…</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="442" />
      <source>A stopped delivery cannot be resumed: the %1 messages not yet sent will be canceled. Stop it?</source>
      <translation>Une diffusion arrêtée ne peut pas reprendre : les %1 messages pas encore envoyés seront annulés. L'arrêter ?</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="445" />
      <source>The send is paused while you decide.</source>
      <translation>L'envoi est en pause le temps de votre décision.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="446" />
      <source>Stop the delivery</source>
      <translation>Arrêter la diffusion</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="564" />
      <source>Stopped.</source>
      <translation>Arrêtée.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="502" />
      <source>Following the feedback (simulated time %1)…</source>
      <translation>Suivi des retours (heure simulée %1)…</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="454" />
      <source>Stopping…</source>
      <translation>Arrêt en cours…</translation>
    </message>
    <message numerus="yes">
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="475" />
      <source>Stopped: %Ln message(s) canceled, never sent.</source>
      <translation>
        <numerusform>Arrêtée : %Ln message annulé, jamais envoyé.</numerusform>
        <numerusform>Arrêtée : %Ln messages annulés, jamais envoyés.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="511" />
      <source>Pausing: the messages already on the wire are settled first…</source>
      <translation>Mise en pause : les messages déjà partis sont d'abord réglés…</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="521" />
      <source>Preparation finished.</source>
      <translation>Préparation terminée.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="539" />
      <source>All messages handed over.</source>
      <translation>Tous les messages ont été remis.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="255" />
      <source>Feedback followed until the delivery closed.</source>
      <translation>Retours suivis jusqu'à la clôture de la diffusion.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="226" />
      <source>interrupted: nothing sends it any more. Resume sends the rest; the messages that were on the wire are reported unknown, never sent twice.</source>
      <translation>interrompue : plus rien ne l'envoie. Reprendre envoie le reste ; les messages qui étaient en cours de remise sont signalés inconnus, jamais envoyés deux fois.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="229" />
      <source>interrupted: the preparation's process stopped. Prepare it again.</source>
      <translation>interrompue : le processus de la préparation s'est arrêté. Préparez-la de nouveau.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="527" />
      <source>Resumed: the process that holds the send goes on with it.</source>
      <translation>Reprise : le processus qui mène l'envoi le poursuit.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="530" />
      <source>Scheduled: the send starts by itself at its contact date, while the app is open or the scheduler runs.</source>
      <translation>Planifiée : l'envoi démarre seul à sa date de contact, tant que l'application est ouverte ou que le planificateur tourne.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="538" />
      <source>Paused: Resume sends the rest.</source>
      <translation>En pause : Reprendre envoie le reste.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_dashboard.py" line="564" />
      <source>Preparation stopped: nothing was kept.</source>
      <translation>Préparation arrêtée : rien n'a été conservé.</translation>
    </message>
  </context>
  <context>
    <name>DeliveryEditor</name>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_editor.py" line="127" />
      <source>Properties</source>
      <translation>Propriétés</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_editor.py" line="128" />
      <source>Content</source>
      <translation>Contenu</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_editor.py" line="129" />
      <source>Audience</source>
      <translation>Audience</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_editor.py" line="130" />
      <source>Parameters</source>
      <translation>Paramètres</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_editor.py" line="146" />
      <source>Revert</source>
      <translation>Annuler les modifications</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_editor.py" line="147" />
      <source>Save</source>
      <translation>Enregistrer</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_editor.py" line="232" />
      <source>This delivery is %1: it can no longer be edited. Duplicate it to send it again.</source>
      <translation>Cette diffusion est à l'état %1 : elle ne peut plus être modifiée. Dupliquez-la pour l'envoyer de nouveau.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_editor.py" line="235" />
      <source>This delivery is prepared: saving these changes returns it to Draft, and it must be prepared again.</source>
      <translation>Cette diffusion est préparée : enregistrer ces modifications la remet en Brouillon, et il faudra la préparer de nouveau.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_editor.py" line="238" />
      <source>Unsaved changes.</source>
      <translation>Modifications non enregistrées.</translation>
    </message>
  </context>
  <context>
    <name>DeliveryListPage</name>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_list_page.py" line="63" />
      <source>Search deliveries by label or internal name</source>
      <extracomment>How often the list is read again while it is shown (a cheap query: one row a delivery).</extracomment>
      <translation>Rechercher des diffusions par libellé ou nom interne</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_list_page.py" line="69" />
      <source>New</source>
      <translation>Créer</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_list_page.py" line="70" />
      <source>Duplicate</source>
      <translation>Doublon</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_list_page.py" line="71" />
      <source>Delete</source>
      <translation>Supprimer</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_list_page.py" line="73" />
      <source>A draft copy with the same content, audience and parameters</source>
      <translation>Une copie en brouillon avec le même contenu, la même audience et les mêmes paramètres</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_list_page.py" line="79" />
      <source>Deliveries</source>
      <translation>Diffusions</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_list_page.py" line="152" />
      <source>New delivery</source>
      <translation>Nouvelle diffusion</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_list_page.py" line="195" />
      <source>Deliveries shown: %1</source>
      <translation>Diffusions affichées : %1</translation>
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
      <location filename="../../campaign_desktop/ui/delivery_model.py" line="100" />
      <source>%1 (interrupted)</source>
      <translation>%1 (interrompue)</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_model.py" line="103" />
      <source>As soon as possible</source>
      <translation>Dès que possible</translation>
    </message>
  </context>
  <context>
    <name>DeploymentChart</name>
    <message>
      <location filename="../../campaign_desktop/ui/deployment_chart.py" line="51" />
      <source>Sent</source>
      <translation>Envoyés</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/deployment_chart.py" line="51" />
      <source>Delivered</source>
      <translation>Délivrés</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/deployment_chart.py" line="51" />
      <source>Bounces + errors</source>
      <translation>Bounces + erreurs</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/deployment_chart.py" line="52" />
      <source>Opens</source>
      <translation>Ouvertures</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/deployment_chart.py" line="52" />
      <source>Clicks</source>
      <translation>Clics</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/deployment_chart.py" line="57" />
      <source>Messages</source>
      <translation>Messages</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/deployment_chart.py" line="77" />
      <source>Nothing sent yet: the chart fills in as the delivery is sent.</source>
      <translation>Rien n'est encore envoyé : le graphique se remplit pendant l'envoi de la diffusion.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/deployment_chart.py" line="78" />
      <source>Sending: the chart starts with the first figures.</source>
      <translation>Envoi en cours : le graphique commence avec les premiers chiffres.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/deployment_chart.py" line="128" />
      <source>Simulated time</source>
      <translation>Temps simulé</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/deployment_chart.py" line="128" />
      <source>Time</source>
      <translation>Temps</translation>
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
      <location filename="../../campaign_desktop/engine/messages.py" line="83" />
      <source>paused when the application closed</source>
      <translation>mise en pause à la fermeture de l'application</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="86" />
      <source>Recurring delivery: waiting for an operator to confirm the send.</source>
      <translation>Diffusion récurrente : en attente de la confirmation de l'envoi par un opérateur.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="101" />
      <source>The send paused itself, no recipient counted as failed: {reason} (the relay said: {reply})</source>
      <translation>L'envoi s'est mis en pause, sans compter aucun destinataire en échec : {reason} (réponse du relais : {reply})</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="121" />
      <source>Bounce mailbox: {read} read, {clock}</source>
      <translation>Boîte des retours : {read} lu(s), {clock}</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="163" />
      <source>The subject is empty.</source>
      <translation>L'objet est vide.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="164" />
      <source>The sender address is empty.</source>
      <translation>L'adresse de l'expéditeur est vide.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="172" />
      <source>The HTML content has no unsubscribe link.</source>
      <translation>Le contenu HTML n'a pas de lien de désinscription.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="177" />
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
      <location filename="../../campaign_desktop/engine/messages.py" line="61" />
      <source>Feedback over: the simulated feedback has nothing more to bring; {sent} sent, {delivered} delivered, {bounces} bounces and errors, {opens} opens, {clicks} clicks.</source>
      <translation>Fin des retours : les retours simulés n'ont plus rien à apporter ; {sent} envoyés, {delivered} délivrés, {bounces} bounces et erreurs, {opens} ouvertures, {clicks} clics.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="64" />
      <source>The follow of the simulated feedback stopped with {pending} event(s) still to come; its simulated clock waits, and the follow goes on from there the next time the application starts.</source>
      <translation>Le suivi des retours simulés s'est arrêté avec {pending} événement(s) encore à venir ; son horloge simulée attend, et le suivi reprend de là au prochain démarrage de l'application.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="67" />
      <source>The follow of the simulated feedback went on from where it stopped: {pending} event(s) still to come.</source>
      <translation>Le suivi des retours simulés a repris là où il s'était arrêté : {pending} événement(s) encore à venir.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="69" />
      <source>Delivery {delivery} has no simulated feedback to follow: it is {state}, or was not sent through the simulated MTA.</source>
      <translation>La diffusion {delivery} n'a pas de retours simulés à suivre : elle est à l'état {state}, ou n'a pas été envoyée par le MTA simulé.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="72" />
      <source>Another process ({host}, process {pid}) already follows this delivery's feedback; its last sign of life was at {at}.</source>
      <translation>Un autre processus ({host}, processus {pid}) suit déjà les retours de cette diffusion ; son dernier signe de vie date de {at}.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="75" />
      <source>{count} recipient(s) whose fate was unknown were put in a new delivery by {login}; some may receive the message twice.</source>
      <translation>{count} destinataire(s) au sort inconnu ont été placés dans une nouvelle diffusion par {login} ; certains pourraient recevoir le message deux fois.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="79" />
      <source>paused by {login}</source>
      <translation>mise en pause par {login}</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="80" />
      <source>stopped by {login}</source>
      <translation>arrêtée par {login}</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="81" />
      <source>stopped</source>
      <translation>arrêtée</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="82" />
      <source>paused automatically: bounce rate over {rate}</source>
      <translation>mise en pause automatique : taux de bounces au-delà de {rate}</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="84" />
      <source>paused when its process was asked to end</source>
      <translation>mise en pause quand son processus a dû s'arrêter</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="85" />
      <source>Edited after preparation ({sections}): prepare it again.</source>
      <translation>Modifiée après la préparation ({sections}) : préparez-la de nouveau.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="88" />
      <source>The relay {relay} refuses connections since {since}; retrying every {every} s.</source>
      <translation>Le relais {relay} refuse les connexions depuis {since} ; nouvel essai toutes les {every} s.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="90" />
      <source>The relay {relay} does not answer since {since}; retrying every {every} s.</source>
      <translation>Le relais {relay} ne répond plus depuis {since} ; nouvel essai toutes les {every} s.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="92" />
      <source>The relay {relay} is closing its connections (421) since {since}; retrying every {every} s.</source>
      <translation>Le relais {relay} ferme ses connexions (421) depuis {since} ; nouvel essai toutes les {every} s.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="94" />
      <source>The relay {relay} refuses the login since {since}: check the login and password in the settings; retrying every {every} s.</source>
      <translation>Le relais {relay} refuse l'identification depuis {since} : vérifiez l'identifiant et le mot de passe dans les paramètres ; nouvel essai toutes les {every} s.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="97" />
      <source>The secure connection to the relay {relay} fails since {since}; retrying every {every} s.</source>
      <translation>La connexion sécurisée au relais {relay} échoue depuis {since} ; nouvel essai toutes les {every} s.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="99" />
      <source>The relay {relay} takes no more recipients for now (452) since {since}; retrying every {every} s.</source>
      <translation>Le relais {relay} n'accepte plus de destinataires pour l'instant (452) depuis {since} ; nouvel essai toutes les {every} s.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="103" />
      <source>The relay {relay} answers again: the send resumed by itself.</source>
      <translation>Le relais {relay} répond de nouveau : l'envoi a repris de lui-même.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="104" />
      <source>The relay {relay} cannot be used: {detail}</source>
      <translation>Le relais {relay} est inutilisable : {detail}</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="106" />
      <source>no reply after the message was written: it may have arrived, it is never sent again</source>
      <translation>pas de réponse après l'écriture du message : il est peut-être arrivé, il ne sera jamais renvoyé</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="108" />
      <source>delayed by the relay: {reply}</source>
      <translation>retardé par le relais : {reply}</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="110" />
      <source>Not a notice, a reply or a request: read it to decide.</source>
      <translation>Ni un avis, ni une réponse, ni une demande : lisez-le pour décider.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="111" />
      <source>It cannot be read: {detail}</source>
      <translation>Il ne peut pas être lu : {detail}</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="112" />
      <source>Too large to read here ({size} bytes): its beginning is kept.</source>
      <translation>Trop grand pour être lu ici ({size} octets) : son début est conservé.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="113" />
      <source>About no message we sent. It says: {detail}</source>
      <translation>Ne concerne aucun message que nous avons envoyé. Il dit : {detail}</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="114" />
      <source>About no message we sent to {address}. It says: {detail}</source>
      <translation>Ne concerne aucun message envoyé à {address}. Il dit : {detail}</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="115" />
      <source>An unsubscribe request from {address}, which no profile has.</source>
      <translation>Une demande de désinscription de {address}, qu'aucun profil n'a.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="116" />
      <source>An unsubscribe request without a sender address.</source>
      <translation>Une demande de désinscription sans adresse d'expéditeur.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="117" />
      <source>It could not be applied: {detail}</source>
      <translation>Il n'a pas pu être appliqué : {detail}</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="119" />
      <source>The bounce mailbox {where} does not exist.</source>
      <translation>La boîte des retours {where} n'existe pas.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="120" />
      <source>The bounce mailbox {where} cannot be read: {detail}</source>
      <translation>La boîte des retours {where} ne peut pas être lue : {detail}</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="122" />
      <source>Bounce mailbox: none set</source>
      <translation>Boîte des retours : aucune</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="123" />
      <source>Enter the bounce mailbox's server.</source>
      <translation>Saisissez le serveur de la boîte des retours.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="124" />
      <source>{where} is not a mailbox: a Maildir, an mbox or a folder of .eml files is expected.</source>
      <translation>{where} n'est pas une boîte : un Maildir, un mbox ou un dossier de fichiers .eml est attendu.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="125" />
      <source>The relay's port {port} is not a port number (1 to 65535).</source>
      <translation>Le port du relais {port} n'est pas un numéro de port (1 à 65535).</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="126" />
      <source>The relay is still unavailable: the send stays paused; resume it when the relay answers.</source>
      <translation>Le relais est toujours indisponible : l'envoi reste en pause ; reprenez-le quand le relais répondra.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="129" />
      <source>A delivery that is {state} cannot become {wanted}.</source>
      <translation>Une diffusion à l'état {state} ne peut pas passer à l'état {wanted}.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="130" />
      <source>'{action}' is not possible on a delivery that is {state}.</source>
      <translation>« {action} » n'est pas possible sur une diffusion à l'état {state}.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="131" />
      <source>The delivery is {state}: confirm the send first.</source>
      <translation>La diffusion est à l'état {state} : confirmez d'abord l'envoi.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="132" />
      <source>The analysis has {count} error(s): correct them and prepare again.</source>
      <translation>L'analyse a {count} erreur(s) : corrigez-les et préparez de nouveau.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="133" />
      <source>Another process ({host}, process {pid}) is already sending this delivery; its last sign of life was at {at}.</source>
      <translation>Un autre processus ({host}, processus {pid}) envoie déjà cette diffusion ; son dernier signe de vie date de {at}.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="136" />
      <source>Another process ({host}, process {pid}) is already preparing this delivery; its last sign of life was at {at}.</source>
      <translation>Un autre processus ({host}, processus {pid}) prépare déjà cette diffusion ; son dernier signe de vie date de {at}.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="139" />
      <source>Another process started working on this delivery at the same moment.</source>
      <translation>Un autre processus a commencé à travailler sur cette diffusion au même moment.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="140" />
      <source>This delivery is being sent by another process ({host}, process {pid}).</source>
      <translation>Cette diffusion est en cours d'envoi par un autre processus ({host}, processus {pid}).</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="142" />
      <source>There is no active operator '{login}'.</source>
      <translation>Il n'y a pas d'opérateur actif « {login} ».</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="143" />
      <source>This needs the '{role}' role, which {login} does not have: ask an administrator to give it.</source>
      <translation>Il faut pour cela le rôle « {role} », que {login} n'a pas : demandez-le à un administrateur.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="146" />
      <source>A delivery in the state {state} cannot be edited.</source>
      <translation>Une diffusion à l'état {state} ne peut pas être modifiée.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="147" />
      <source>A delivery in the state {state} cannot be deleted.</source>
      <translation>Une diffusion à l'état {state} ne peut pas être supprimée.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="148" />
      <source>Another delivery already has the internal name '{name}'.</source>
      <translation>Une autre diffusion a déjà le nom interne « {name} ».</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="149" />
      <source>No free internal name is left for a copy of '{name}'.</source>
      <translation>Il ne reste aucun nom interne libre pour une copie de « {name} ».</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="150" />
      <source>A label is required.</source>
      <translation>Un libellé est obligatoire.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="151" />
      <source>The internal name takes letters, digits, '-', '_' and '.', and no spaces.</source>
      <translation>Le nom interne prend des lettres, des chiffres, « - », « _ » et « . », sans espace.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="153" />
      <source>The sender address is required.</source>
      <translation>L'adresse de l'expéditeur est obligatoire.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="154" />
      <source>The validity period must be longer than zero.</source>
      <translation>La période de validité doit être supérieure à zéro.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="155" />
      <source>'{address}' is not a valid address: {detail}</source>
      <translation>« {address} » n'est pas une adresse valide : {detail}</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="156" />
      <source>The delivery cannot be saved: {detail}</source>
      <translation>La diffusion ne peut pas être enregistrée : {detail}</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="157" />
      <source>Unknown delivery field(s): {names}. The fields are: {known}.</source>
      <translation>Champ(s) de diffusion inconnu(s) : {names}. Les champs sont : {known}.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="158" />
      <source>The field {name} cannot be {value}: {detail}</source>
      <translation>Le champ {name} ne peut pas valoir {value} : {detail}</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="159" />
      <source>There is no setting '{name}'. The settings are: {known}.</source>
      <translation>Le paramètre « {name} » n'existe pas. Les paramètres sont : {known}.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="160" />
      <source>The setting {name} cannot be '{value}': {detail}</source>
      <translation>Le paramètre {name} ne peut pas valoir « {value} » : {detail}</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="161" />
      <source>The setting {name} is made by the workspace, not set by hand.</source>
      <translation>Le paramètre {name} est créé par l'espace de travail, il ne se saisit pas.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="165" />
      <source>The sender address '{address}' is not a valid address.</source>
      <translation>L'adresse de l'expéditeur « {address} » n'est pas une adresse valide.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="166" />
      <source>{field}: '{address}' is not a valid address.</source>
      <translation>{field} : « {address} » n'est pas une adresse valide.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="167" />
      <source>The HTML content is empty.</source>
      <translation>Le contenu HTML est vide.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="168" />
      <source>Stats computed again from the logs: {sent} sent, {delivered} delivered, {bounces} bounces and errors, {opens} opens, {clicks} clicks.</source>
      <translation>Statistiques recalculées depuis les logs : {sent} envoyés, {delivered} délivrés, {bounces} bounces et erreurs, {opens} ouvertures, {clicks} clics.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="171" />
      <source>Nobody is left to deliver: there is nothing to send.</source>
      <translation>Il ne reste personne à qui délivrer : il n'y a rien à envoyer.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="173" />
      <source>Unresolved personalisation field 'recipient.{name}' in the {part}.</source>
      <translation>Champ de personnalisation inconnu « recipient.{name} » dans : {part}.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="174" />
      <source>An empty link ('{url}') goes nowhere.</source>
      <translation>Un lien vide (« {url} ») ne mène nulle part.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="175" />
      <source>The link '{url}' is broken.</source>
      <translation>Le lien « {url} » est cassé.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="176" />
      <source>The link '{url}' is not https.</source>
      <translation>Le lien « {url} » n'est pas en https.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="179" />
      <source>{count} message(s) are larger than {limit} KB (largest {largest} KB): common webmail will clip them.</source>
      <translation>{count} message(s) dépassent {limit} Ko (le plus gros : {largest} Ko) : les webmails courants les tronqueront.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="181" />
      <source>Personalisation error in the {part}, line {line}: {detail}</source>
      <translation>Erreur de personnalisation dans : {part}, ligne {line} : {detail}</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="182" />
      <source>{part}, line {line}: {detail}</source>
      <translation>{part}, ligne {line} : {detail}</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="184" />
      <source>The {header} header cannot be written safely: {detail}.</source>
      <translation>L'en-tête {header} ne peut pas être écrit sans risque : {detail}.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="185" />
      <source>The address '{address}' needs SMTPUTF8, which the relay does not offer.</source>
      <translation>L'adresse « {address} » demande SMTPUTF8, que le relais ne propose pas.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="187" />
      <source>The message could not be built: {detail}</source>
      <translation>Le message n'a pas pu être construit : {detail}</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="188" />
      <source>The value of {fields} makes a link with the scheme '{scheme}:'; only http, https, mailto and tel are allowed.</source>
      <translation>La valeur de {fields} donne un lien au schéma « {scheme}: » ; seuls http, https, mailto et tel sont autorisés.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="191" />
      <source>The link '{url}' uses the scheme '{scheme}:'; only http, https, mailto and tel are allowed.</source>
      <translation>Le lien « {url} » utilise le schéma « {scheme}: » ; seuls http, https, mailto et tel sont autorisés.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="193" />
      <source>'{operation}' would make a value larger than the limit of {limit} characters.</source>
      <translation>« {operation} » donnerait une valeur plus grande que la limite de {limit} caractères.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="195" />
      <source>'{operation}' would make a number larger than the limit of {limit} digits.</source>
      <translation>« {operation} » donnerait un nombre plus grand que la limite de {limit} chiffres.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="197" />
      <source>rendering took longer than the limit of {seconds} s.</source>
      <translation>le rendu a dépassé la limite de {seconds} s.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="198" />
      <source>the message is larger than the hard cap of {cap} MB.</source>
      <translation>le message dépasse la taille maximale de {cap} Mo.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="200" />
      <source>The template ran out of time for {count} profiles ({detail}): fix the template; nothing was prepared.</source>
      <translation>Le modèle a dépassé son temps pour {count} profils ({detail}) : corrigez le modèle ; rien n'a été préparé.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="203" />
      <source>{count} message(s) are larger than the hard cap of {cap} MB: those profiles were excluded (personalisation error).</source>
      <translation>{count} message(s) dépassent la taille maximale de {cap} Mo : ces profils ont été exclus (erreur de personnalisation).</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="206" />
      <source>Unknown profile field '{name}' in the audience filter.</source>
      <translation>Champ de profil inconnu « {name} » dans le filtre de l'audience.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="207" />
      <source>Unknown operator '{name}' in the audience filter.</source>
      <translation>Opérateur inconnu « {name} » dans le filtre de l'audience.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="209" />
      <source>Give at least one test address.</source>
      <translation>Donnez au moins une adresse de test.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="210" />
      <source>A proof goes to at most {limit} addresses; {count} were given.</source>
      <translation>Un BAT part vers {limit} adresses au plus ; {count} ont été données.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="215" />
      <source>A password has at least {count} characters.</source>
      <translation>Un mot de passe compte au moins {count} caractères.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="216" />
      <source>There is no operator '{login}'.</source>
      <translation>Il n'y a pas d'opérateur « {login} ».</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="217" />
      <source>The login '{login}' is taken.</source>
      <translation>L'identifiant « {login} » est déjà pris.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="223" />
      <source>The pickup folder {folder} cannot be created: {detail}</source>
      <translation>Le dossier de dépôt {folder} ne peut pas être créé : {detail}</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="224" />
      <source>The system keyring cannot store the password: {detail}</source>
      <translation>Le trousseau du système ne peut pas conserver le mot de passe : {detail}</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="225" />
      <source>The simulated MTA did not start.</source>
      <translation>Le MTA simulé n'a pas démarré.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="227" />
      <source>The send policy never finishes.</source>
      <translation>La politique d'envoi ne se termine jamais.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="229" />
      <source>Cannot open {name}: {detail}</source>
      <translation>Impossible d'ouvrir {name} : {detail}</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="230" />
      <source>{name} is empty.</source>
      <translation>{name} est vide.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="231" />
      <source>{name} is empty: a header line is expected.</source>
      <translation>{name} est vide : une ligne d'en-tête est attendue.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="232" />
      <source>No column holds the email address (expected a header such as 'email').</source>
      <translation>Aucune colonne ne contient l'adresse email (un en-tête tel que « email » est attendu).</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="234" />
      <source>The workspace already holds {count} profiles; use --reset to replace it.</source>
      <translation>L'espace de travail contient déjà {count} profils ; utilisez --reset pour le remplacer.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="237" />
      <source>not valid {encoding} text (byte {byte})</source>
      <translation>texte {encoding} invalide (octet {byte})</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="238" />
      <source>{count} columns where the header has {expected}</source>
      <translation>{count} colonnes alors que l'en-tête en a {expected}</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="239" />
      <source>'{value}' is not a date (expected YYYY-MM-DD or DD/MM/YYYY)</source>
      <translation>« {value} » n'est pas une date (attendu : AAAA-MM-JJ ou JJ/MM/AAAA)</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="240" />
      <source>the value of '{column}' is longer than {limit} characters</source>
      <translation>la valeur de « {column} » dépasse {limit} caractères</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="241" />
      <source>no address</source>
      <translation>pas d'adresse</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="242" />
      <source>a value holds a NUL character, which the database cannot store</source>
      <translation>une valeur contient un caractère NUL, que la base ne peut pas stocker</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="243" />
      <source>a quote opened in this record is never closed: it runs to the end of the file</source>
      <translation>un guillemet ouvert dans cet enregistrement n'est jamais fermé : il court jusqu'à la fin du fichier</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="245" />
      <source>a quote opened in this record is closed only lines later: the lines it took in read as records of their own; correct the quotes and import it again</source>
      <translation>un guillemet ouvert dans cet enregistrement ne se ferme que des lignes plus loin : les lignes qu'il a prises se lisent comme des enregistrements ; corrigez les guillemets et importez-le de nouveau</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="248" />
      <source>Import stopped by the user: nothing of it was kept.</source>
      <translation>Import arrêté par l'utilisateur : rien n'en a été gardé.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="249" />
      <source>There is no encoding '{encoding}'.</source>
      <translation>Il n'y a pas d'encodage « {encoding} ».</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="250" />
      <source>The delimiter is one character; '{delimiter}' was given.</source>
      <translation>Le séparateur est un seul caractère ; « {delimiter} » a été donné.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="251" />
      <source>From line {line}, a quoted field runs on for more than {limit} characters (a quote is probably not closed): nothing was imported.</source>
      <translation>À partir de la ligne {line}, un champ entre guillemets dépasse {limit} caractères (un guillemet n'est sans doute pas fermé) : rien n'a été importé.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="255" />
      <source>malformed tracking token</source>
      <translation>jeton de tracking mal formé</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="256" />
      <source>the tracking token is not signed by this workspace</source>
      <translation>le jeton de tracking n'est pas signé par cet espace de travail</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="258" />
      <source>Paused</source>
      <translation>En pause</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="259" />
      <source>Waiting for the contact date</source>
      <translation>En attente de la date de contact</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="260" />
      <source>Outside the sending windows: waiting for the next one</source>
      <translation>Hors des plages d'envoi : en attente de la suivante</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="261" />
      <source>Daily cap reached: the rest goes out tomorrow</source>
      <translation>Plafond quotidien atteint : la suite part demain</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="212" />
      <source>Wrong login or password.</source>
      <translation>Identifiant ou mot de passe incorrect.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="213" />
      <source>This operator has no password yet: ask an administrator to set one.</source>
      <translation>Cet opérateur n'a pas encore de mot de passe : demandez à un administrateur d'en définir un.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="214" />
      <source>This operator is disabled: ask an administrator.</source>
      <translation>Cet opérateur est désactivé : adressez-vous à un administrateur.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="218" />
      <source>A login is 2 to 64 lower-case letters, digits, '.', '_' or '-'.</source>
      <translation>Un identifiant compte de 2 à 64 lettres minuscules, chiffres, « . », « _ » ou « - ».</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="219" />
      <source>You cannot take the Administrator role from yourself.</source>
      <translation>Vous ne pouvez pas vous retirer le rôle Administrateur.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="220" />
      <source>You cannot disable yourself.</source>
      <translation>Vous ne pouvez pas vous désactiver vous-même.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="222" />
      <source>No pickup folder: choose one in the settings.</source>
      <translation>Pas de dossier de dépôt : choisissez-en un dans les paramètres.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/engine/messages.py" line="226" />
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
    <name>FiguresPanel</name>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_figures.py" line="32" />
      <location filename="../../campaign_desktop/ui/delivery_figures.py" line="63" />
      <source>Targeted</source>
      <extracomment>The tiles' places: the preparation's row, then the deployment's.</extracomment>
      <translation>Ciblés</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_figures.py" line="32" />
      <source>Profiles selected by the audience</source>
      <translation>Profils sélectionnés par l'audience</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_figures.py" line="33" />
      <location filename="../../campaign_desktop/ui/delivery_figures.py" line="63" />
      <source>To exclude</source>
      <translation>À exclure</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_figures.py" line="33" />
      <source>Profiles removed by a filtering rule ÷ Targeted</source>
      <translation>Profils retirés par une règle de filtrage ÷ Cibles</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_figures.py" line="34" />
      <location filename="../../campaign_desktop/ui/delivery_figures.py" line="119" />
      <source>To deliver</source>
      <translation>À délivrer</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_figures.py" line="34" />
      <source>Targeted − To exclude</source>
      <translation>Cibles − À exclure</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_figures.py" line="35" />
      <location filename="../../campaign_desktop/ui/delivery_figures.py" line="85" />
      <location filename="../../campaign_desktop/ui/delivery_figures.py" line="119" />
      <location filename="../../campaign_desktop/ui/delivery_figures.py" line="133" />
      <source>Sent</source>
      <translation>Envoyés</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_figures.py" line="35" />
      <source>Messages processed (accepted or refused by the server) ÷ To deliver</source>
      <translation>Messages traités (acceptés ou refusés par le serveur) ÷ À livrer</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_figures.py" line="36" />
      <location filename="../../campaign_desktop/ui/delivery_figures.py" line="85" />
      <location filename="../../campaign_desktop/ui/delivery_figures.py" line="88" />
      <location filename="../../campaign_desktop/ui/delivery_figures.py" line="93" />
      <source>Delivered</source>
      <translation>Délivrés</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_figures.py" line="36" />
      <source>Messages delivered ÷ Sent</source>
      <translation>Messages délivrés ÷ Envoyés</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_figures.py" line="37" />
      <location filename="../../campaign_desktop/ui/delivery_figures.py" line="133" />
      <source>Bounces + errors</source>
      <translation>Bounces + erreurs</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_figures.py" line="37" />
      <source>Bounces and errors ÷ Sent</source>
      <translation>Bounces et erreurs ÷ Envoyés</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_figures.py" line="38" />
      <location filename="../../campaign_desktop/ui/delivery_figures.py" line="88" />
      <source>Opens</source>
      <translation>Ouvertures</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_figures.py" line="38" />
      <source>Unique recipients who opened ÷ Delivered</source>
      <translation>Destinataires uniques ayant ouvert ÷ Délivrés</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_figures.py" line="39" />
      <location filename="../../campaign_desktop/ui/delivery_figures.py" line="93" />
      <source>Clicks</source>
      <translation>Clics</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_figures.py" line="39" />
      <source>Unique recipients who clicked ÷ Delivered</source>
      <translation>Destinataires uniques ayant cliqué ÷ Délivrés</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_figures.py" line="54" />
      <source>%1 ÷ %2 = %3 ÷ %4 = %5</source>
      <translation>%1 ÷ %2 = %3 ÷ %4 = %5</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_figures.py" line="60" />
      <source>Profiles selected by the audience: %1</source>
      <translation>Profils sélectionnés par l'audience : %1</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_figures.py" line="65" />
      <source>Targeted − To exclude = %1 − %2 = %3</source>
      <translation>Cibles − À exclure = %1 − %2 = %3</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_figures.py" line="89" />
      <source>Unique recipients who opened</source>
      <translation>Destinataires uniques qui ont ouvert</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_figures.py" line="90" />
      <source>Unsubscriptions: %1</source>
      <translation>Désinscriptions : %1</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_figures.py" line="94" />
      <source>Unique recipients who clicked</source>
      <translation>Destinataires uniques qui ont cliqué</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_figures.py" line="98" />
      <source>canceled %1</source>
      <translation>annulés %1</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_figures.py" line="98" />
      <source>unknown %1</source>
      <translation>inconnus %1</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_figures.py" line="99" />
      <source>still to send %1</source>
      <translation>restant à envoyer %1</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_figures.py" line="101" />
      <source>Sent %1</source>
      <translation>Envoyés %1</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_figures.py" line="103" />
      <source>To deliver = Sent + Canceled + Unknown + still to send
%1 = %2 + %3 + %4 + %5</source>
      <translation>À livrer = Envoyés + Annulés + Inconnus + restant à envoyer
%1 = %2 + %3 + %4 + %5</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_figures.py" line="111" />
      <source>Pending</source>
      <translation>En attente</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_figures.py" line="112" />
      <source>= %1 delivered + %2 bounces and errors + %3 pending</source>
      <translation>= %1 délivrés + %2 bounces et erreurs + %3 en attente</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_figures.py" line="114" />
      <source>Retries failed</source>
      <translation>Relances échouées</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_figures.py" line="115" />
      <source>= %1 delivered + %2 bounces and errors + %3 retries failed</source>
      <translation>= %1 délivrés + %2 bounces et erreurs + %3 relances échouées</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_figures.py" line="120" />
      <source>Sent = Delivered + Bounces and errors + %1</source>
      <translation>Envoyés = Délivrés + Bounces et erreurs + %1</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_figures.py" line="121" />
      <source>Messages processed (accepted or refused by the server); never decreases</source>
      <translation>Messages traités (acceptés ou refusés par le serveur) ; ne diminue jamais</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_figures.py" line="129" />
      <source>hard %1</source>
      <translation>définitifs %1</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_figures.py" line="131" />
      <source>soft %1</source>
      <translation>temporaires %1</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_figures.py" line="132" />
      <source>other errors %1</source>
      <translation>autres erreurs %1</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_figures.py" line="135" />
      <source>Soft bounces are retried and count as delivered until their retries run out (then as Retries failed): %1 so far</source>
      <translation>Les bounces temporaires sont relancés et comptent comme délivrés jusqu'à épuisement des relances (puis comme Relances échouées) : %1 jusqu'ici</translation>
    </message>
  </context>
  <context>
    <name>FilterTable</name>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_pages/filter_table.py" line="24" />
      <source>Field</source>
      <extracomment>Audience filter operators offered in the editor (the engine knows them all).</extracomment>
      <translation>Champ</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_pages/filter_table.py" line="24" />
      <source>Operator</source>
      <translation>Opérateur</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_pages/filter_table.py" line="24" />
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
      <location filename="../../campaign_desktop/ui/logs_dialog.py" line="53" />
      <source>Logs — %1</source>
      <extracomment>How a journal line of each level looks: its icon and its colour.</extracomment>
      <translation>Journaux — %1</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/logs_dialog.py" line="58" />
      <source>Cause</source>
      <translation>Cause</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/logs_dialog.py" line="58" />
      <source>Profiles</source>
      <translation>Profils</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/logs_dialog.py" line="70" />
      <source>All statuses</source>
      <translation>Tous les statuts</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/logs_dialog.py" line="74" />
      <source>All reasons</source>
      <translation>Toutes les raisons</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/logs_dialog.py" line="78" />
      <source>Search by address</source>
      <translation>Rechercher par adresse</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/logs_dialog.py" line="80" />
      <location filename="../../campaign_desktop/ui/logs_dialog.py" line="204" />
      <source>Export to CSV…</source>
      <translation>Exporter en CSV…</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/logs_dialog.py" line="97" />
      <source>Analysis journal</source>
      <translation>Journal de l'analyse</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/logs_dialog.py" line="98" />
      <source>Exclusions</source>
      <translation>Exclusions</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/logs_dialog.py" line="99" />
      <source>Sending logs</source>
      <translation>Journaux d'envoi</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/logs_dialog.py" line="141" />
      <source>Searching…</source>
      <translation>Recherche…</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/logs_dialog.py" line="152" />
      <source>%1 rows</source>
      <translation>%1 lignes</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/logs_dialog.py" line="167" />
      <source>Export the logs</source>
      <translation>Exporter les journaux</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/logs_dialog.py" line="167" />
      <source>CSV files (*.csv)</source>
      <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/logs_dialog.py" line="187" />
      <source>Stop the export</source>
      <translation>Arrêter l'export</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/logs_dialog.py" line="192" />
      <source>Exporting: %1 rows written…</source>
      <translation>Export : %1 lignes écrites…</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/logs_dialog.py" line="196" />
      <source>%1 rows exported</source>
      <translation>%1 lignes exportées</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/logs_dialog.py" line="200" />
      <source>Export stopped: no file was kept.</source>
      <translation>Export arrêté : aucun fichier n'a été gardé.</translation>
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
      <location filename="../../campaign_desktop/ui/main_window.py" line="77" />
      <source>Campaign Desktop</source>
      <extracomment>How often the page shown (Profiles, Addresses) checks the database for changes. Where the window's layout is kept between runs (Qt's per-user settings).</extracomment>
      <translation>Campaign Desktop</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/main_window.py" line="94" />
      <location filename="../../campaign_desktop/ui/main_window.py" line="104" />
      <source>Deliveries</source>
      <translation>Diffusions</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/main_window.py" line="104" />
      <source>Profiles</source>
      <translation>Profils</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/main_window.py" line="105" />
      <source>Addresses</source>
      <translation>Adresses</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/main_window.py" line="105" />
      <source>Inbound mail</source>
      <translation>Courrier entrant</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/main_window.py" line="106" />
      <source>Settings</source>
      <translation>Paramètres</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/main_window.py" line="106" />
      <source>Operators</source>
      <translation>Opérateurs</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/main_window.py" line="111" />
      <source>Sign in as another operator</source>
      <translation>Se connecter sous un autre opérateur</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/main_window.py" line="170" />
      <source>Feedback</source>
      <translation>Retours</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/main_window.py" line="220" />
      <source>Scheduled delivery</source>
      <translation>Diffusion planifiée</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/main_window.py" line="223" />
      <source>A recurring delivery is prepared and waits for your confirmation.</source>
      <translation>Une diffusion récurrente est préparée et attend votre confirmation.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/main_window.py" line="225" />
      <source>Scheduler: %1</source>
      <translation>Planificateur : %1</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/main_window.py" line="236" />
      <source>Signed in as %1 — switch</source>
      <translation>Connecté en tant que %1 — changer</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/main_window.py" line="264" />
      <source>Signed in as %1.</source>
      <translation>Connecté en tant que %1.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/main_window.py" line="287" />
      <source>New delivery</source>
      <translation>Nouvelle diffusion</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/main_window.py" line="293" />
      <location filename="../../campaign_desktop/ui/main_window.py" line="302" />
      <source>Delete the delivery</source>
      <translation>Supprimer la diffusion</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/main_window.py" line="294" />
      <source>Delete '%1' with its logs and figures? This cannot be undone.</source>
      <translation>Supprimer « %1 » avec ses journaux et ses chiffres ? C'est définitif.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/main_window.py" line="302" />
      <source>Stop its preparation or send first.</source>
      <translation>Arrêtez d'abord sa préparation ou son envoi.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/main_window.py" line="327" />
      <source>Error: %1</source>
      <translation>Erreur : %1</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/main_window.py" line="379" />
      <source>Unsaved changes</source>
      <translation>Modifications non enregistrées</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/main_window.py" line="380" />
      <source>'%1' has changes that were not saved. Close it and lose them?</source>
      <translation>« %1 » a des modifications non enregistrées. La fermer et les perdre ?</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/main_window.py" line="397" />
      <source>The send of %1 is paused. Close and leave it paused? You can resume it when you open the delivery again.</source>
      <translation>L'envoi de %1 est en pause. Fermer et le laisser en pause ? Vous pourrez le reprendre en rouvrant la diffusion.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/main_window.py" line="401" />
      <source>The feedback of %1 is being followed. Close? It goes on the next time the app starts, until the delivery closes.</source>
      <translation>Les retours de %1 sont suivis. Fermer ? Le suivi reprend au prochain démarrage de l'application, jusqu'à la clôture de la diffusion.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/main_window.py" line="403" />
      <source>Work in progress</source>
      <translation>Travail en cours</translation>
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
    <name>ParametersPage</name>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_pages/parameters.py" line="44" />
      <source>Send at a later date</source>
      <translation>Envoyer plus tard</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_pages/parameters.py" line="50" />
      <source> h</source>
      <translation> h</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_pages/parameters.py" line="67" />
      <location filename="../../campaign_desktop/ui/delivery_pages/parameters.py" line="112" />
      <source>Typology</source>
      <translation>Typologie</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_pages/parameters.py" line="68" />
      <location filename="../../campaign_desktop/ui/delivery_pages/parameters.py" line="112" />
      <source>Contact date</source>
      <translation>Date de contact</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_pages/parameters.py" line="69" />
      <location filename="../../campaign_desktop/ui/delivery_pages/parameters.py" line="113" />
      <source>Validity period</source>
      <translation>Période de validité</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_pages/parameters.py" line="70" />
      <location filename="../../campaign_desktop/ui/delivery_pages/parameters.py" line="113" />
      <source>Approval</source>
      <translation>Validation</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_pages/parameters.py" line="80" />
      <source>No typology rules</source>
      <translation>Aucune règle de typologie</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_pages/parameters.py" line="114" />
      <source>Send policy</source>
      <translation>Politique d'envoi</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_pages/parameters.py" line="114" />
      <source>Schedule</source>
      <translation>Planification</translation>
    </message>
  </context>
  <context>
    <name>PolicySection</name>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_pages/policy_section.py" line="40" />
      <source>As fast as the server takes them</source>
      <translation>Aussi vite que le serveur les accepte</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_pages/policy_section.py" line="41" />
      <source> messages/s</source>
      <translation> messages/s</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_pages/policy_section.py" line="43" />
      <source>No cap</source>
      <translation>Pas de plafond</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_pages/policy_section.py" line="45" />
      <source>Never</source>
      <translation>Jamais</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_pages/policy_section.py" line="46" />
      <source> % bounces</source>
      <translation> % de bounces</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_pages/policy_section.py" line="49" />
      <source>Send only between</source>
      <translation>N'envoyer qu'entre</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_pages/policy_section.py" line="61" />
      <source>Send policy</source>
      <translation>Politique d'envoi</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_pages/policy_section.py" line="63" />
      <source>Connections</source>
      <translation>Connexions</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_pages/policy_section.py" line="64" />
      <source>Rate</source>
      <translation>Débit</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_pages/policy_section.py" line="65" />
      <source>Daily cap</source>
      <translation>Plafond quotidien</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_pages/policy_section.py" line="66" />
      <source>Pause automatically above</source>
      <translation>Pause automatique au-delà de</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_pages/policy_section.py" line="70" />
      <source>and</source>
      <translation>et</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_pages/policy_section.py" line="77" />
      <source>Sending window</source>
      <translation>Plage d'envoi</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_pages/policy_section.py" line="79" />
      <source>Projected finish</source>
      <translation>Fin prévue</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_pages/policy_section.py" line="130" />
      <source>%1 (for %2 messages)</source>
      <translation>%1 (pour %2 messages)</translation>
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
      <location filename="../../campaign_desktop/ui/profiles_page.py" line="93" />
      <source>Profiles</source>
      <translation>Profils</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/profiles_page.py" line="109" />
      <source>Delivery history</source>
      <translation>Historique des diffusions</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/profiles_page.py" line="133" />
      <source>Searching…</source>
      <translation>Recherche…</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/profiles_page.py" line="158" />
      <source>Profiles: %1</source>
      <translation>Profils : %1</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/profiles_page.py" line="182" />
      <source>Created</source>
      <translation>Créé le</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/profiles_page.py" line="193" />
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
    <name>PropertiesPage</name>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_pages/properties.py" line="22" />
      <source>Label</source>
      <extracomment>The draft's text fields shown on this page, each in a line edit.</extracomment>
      <translation>Libellé</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_pages/properties.py" line="22" />
      <source>Internal name</source>
      <translation>Nom interne</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_pages/properties.py" line="22" />
      <source>Sender name</source>
      <translation>Nom de l'expéditeur</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_pages/properties.py" line="23" />
      <source>Sender address</source>
      <translation>Adresse de l'expéditeur</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_pages/properties.py" line="23" />
      <source>Reply-to address</source>
      <translation>Adresse de réponse</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_pages/properties.py" line="24" />
      <source>Error address</source>
      <translation>Adresse d'erreur</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_pages/properties.py" line="24" />
      <source>Archive copy (BCC)</source>
      <translation>Copie d'archive (Cci)</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_pages/properties.py" line="25" />
      <source>Character set</source>
      <translation>Jeu de caractères</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_pages/properties.py" line="34" />
      <source>Bounces come back here (the envelope sender)</source>
      <translation>Les bounces reviennent ici (expéditeur de l'enveloppe)</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_pages/properties.py" line="35" />
      <source>A hidden copy of every message goes here, for the archive</source>
      <translation>Une copie cachée de chaque message arrive ici, pour l'archive</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_pages/properties.py" line="39" />
      <source>The character set of the messages' text and headers.</source>
      <translation>Le jeu de caractères du texte et des en-têtes des messages.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_pages/properties.py" line="40" />
      <source>UTF-8 (every language)</source>
      <translation>UTF-8 (toutes les langues)</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_pages/properties.py" line="40" />
      <source>ISO-2022-JP (Japanese mobile carriers)</source>
      <translation>ISO-2022-JP (opérateurs mobiles japonais)</translation>
    </message>
  </context>
  <context>
    <name>ScheduleSection</name>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_pages/schedule_section.py" line="24" />
      <source>Once</source>
      <translation>Une fois</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_pages/schedule_section.py" line="25" />
      <source>Every day</source>
      <translation>Chaque jour</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_pages/schedule_section.py" line="26" />
      <source>Every week</source>
      <translation>Chaque semaine</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_pages/schedule_section.py" line="31" />
      <source>Ask for confirmation before each send</source>
      <translation>Demander une confirmation avant chaque envoi</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_pages/schedule_section.py" line="38" />
      <source>Schedule</source>
      <translation>Planification</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_pages/schedule_section.py" line="40" />
      <source>Repeat</source>
      <translation>Répéter</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_pages/schedule_section.py" line="41" />
      <source>At</source>
      <translation>À</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_pages/schedule_section.py" line="42" />
      <source>On</source>
      <translation>Le</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_pages/schedule_section.py" line="44" />
      <source>Next run</source>
      <translation>Prochaine exécution</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/delivery_pages/schedule_section.py" line="56" />
      <source>—</source>
      <translation>—</translation>
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
      <location filename="../../campaign_desktop/ui/app.py" line="48" />
      <source>Opening the workspace…</source>
      <extracomment>Who works in a workspace where no operator has a password yet (the demo). How long a thread holds the interpreter lock before another may take it (Python: 5 ms). How often the GUI thread collects garbage, automatic collection being off (seconds). The exit status when the user quits because the workspace cannot be opened.</extracomment>
      <translation>Ouverture de l'espace de travail…</translation>
    </message>
    <message numerus="yes">
      <location filename="../../campaign_desktop/ui/app.py" line="68" />
      <source>A demo workspace was created: %n profiles with the flaws of real data.</source>
      <translation>
        <numerusform>Un espace de démonstration a été créé : %n profil avec les défauts des vraies données.</numerusform>
        <numerusform>Un espace de démonstration a été créé : %n profils avec les défauts des vraies données.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/app.py" line="73" />
      <source>Signed in as %1 without a password: no operator has one yet (set them on the Operators page).</source>
      <translation>Connecté en tant que %1 sans mot de passe : aucun opérateur n'en a encore (définissez-les dans la page Opérateurs).</translation>
    </message>
  </context>
  <context>
    <name>Workspace</name>
    <message>
      <location filename="../../campaign_desktop/ui/app.py" line="114" />
      <source>Campaign Desktop — %1</source>
      <translation>Campaign Desktop — %1</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/workspace_dialog.py" line="53" />
      <source>This is not a database address Campaign Desktop understands.</source>
      <extracomment>How long opening may take before a "Opening…" window appears (ms): a local file opens sooner. The file names offered for a workspace of one's own.</extracomment>
      <translation>Cette adresse n'est pas une adresse de base de données que Campaign Desktop comprend.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/workspace_dialog.py" line="54" />
      <source>This kind of database is not supported: use a SQLite file or a PostgreSQL server.</source>
      <translation>Ce type de base de données n'est pas pris en charge : utilisez un fichier SQLite ou un serveur PostgreSQL.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/workspace_dialog.py" line="56" />
      <source>The driver for this kind of database is not installed (for PostgreSQL: pip install -e '.[postgres]').</source>
      <translation>Le pilote de ce type de base de données n'est pas installé (pour PostgreSQL : pip install -e '.[postgres]').</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/workspace_dialog.py" line="58" />
      <source>This is a folder, not a database file.</source>
      <translation>C'est un dossier, pas un fichier de base de données.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/workspace_dialog.py" line="59" />
      <source>This file is not a database Campaign Desktop can read: it is damaged, or it holds something else.</source>
      <translation>Ce fichier n'est pas une base de données que Campaign Desktop sait lire : il est endommagé, ou il contient autre chose.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/workspace_dialog.py" line="61" />
      <source>This file is another program's database. Campaign Desktop leaves it as it is rather than add its own tables to it.</source>
      <translation>Ce fichier est la base de données d'un autre programme. Campaign Desktop la laisse telle quelle plutôt que d'y ajouter ses propres tables.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/workspace_dialog.py" line="63" />
      <source>Campaign Desktop may not create or change the file there: the place is read-only, or missing, or you lack the rights to it.</source>
      <translation>Campaign Desktop ne peut pas créer ni modifier le fichier à cet endroit : il est en lecture seule, ou absent, ou vous n'avez pas les droits nécessaires.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/workspace_dialog.py" line="65" />
      <source>The database server does not answer: it may be stopped, or out of reach of this computer.</source>
      <translation>Le serveur de base de données ne répond pas : il est peut-être arrêté, ou hors de portée de cet ordinateur.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/workspace_dialog.py" line="67" />
      <source>The database server refused the connection: check the user name, the password, the database's name and your rights.</source>
      <translation>Le serveur de base de données a refusé la connexion : vérifiez le nom d'utilisateur, le mot de passe, le nom de la base et vos droits.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/workspace_dialog.py" line="69" />
      <source>This workspace was last changed by a newer version of Campaign Desktop: open it with that version.</source>
      <translation>Cet espace de travail a été modifié en dernier par une version plus récente de Campaign Desktop : ouvrez-le avec cette version.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/workspace_dialog.py" line="71" />
      <source>The database could not be opened.</source>
      <translation>La base de données n'a pas pu être ouverte.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/workspace_dialog.py" line="79" />
      <source>%1 on %2</source>
      <translation>%1 sur %2</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/workspace_dialog.py" line="80" />
      <source>a database in memory</source>
      <translation>une base de données en mémoire</translation>
    </message>
  </context>
  <context>
    <name>WorkspaceDialog</name>
    <message>
      <location filename="../../campaign_desktop/ui/workspace_dialog.py" line="99" />
      <source>The workspace cannot be opened</source>
      <translation>L'espace de travail ne peut pas être ouvert</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/workspace_dialog.py" line="100" />
      <source>Campaign Desktop cannot open %1</source>
      <translation>Campaign Desktop ne peut pas ouvrir %1</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/workspace_dialog.py" line="103" />
      <source>The system says: %1</source>
      <translation>Le système indique : %1</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/workspace_dialog.py" line="107" />
      <source>Choose another database file, or open the default workspace.</source>
      <translation>Choisissez un autre fichier de base de données, ou ouvrez l'espace de travail par défaut.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/workspace_dialog.py" line="111" />
      <source>Choose another file…</source>
      <translation>Choisir un autre fichier…</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/workspace_dialog.py" line="112" />
      <source>Use the default workspace</source>
      <translation>Utiliser l'espace de travail par défaut</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/workspace_dialog.py" line="113" />
      <source>Quit</source>
      <translation>Quitter</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/workspace_dialog.py" line="116" />
      <source>The default workspace is the one that cannot be opened.</source>
      <translation>L'espace de travail par défaut est justement celui qui ne peut pas être ouvert.</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/workspace_dialog.py" line="148" />
      <source>Choose a workspace file</source>
      <translation>Choisir un fichier d'espace de travail</translation>
    </message>
    <message>
      <location filename="../../campaign_desktop/ui/workspace_dialog.py" line="149" />
      <source>Workspaces (*.db *.sqlite *.sqlite3);;All files (*)</source>
      <translation>Espaces de travail (*.db *.sqlite *.sqlite3);;Tous les fichiers (*)</translation>
    </message>
  </context>
  <context>
    <name>WorkspaceOpener</name>
    <message>
      <location filename="../../campaign_desktop/ui/workspace_dialog.py" line="204" />
      <source>Opening %1…</source>
      <translation>Ouverture de %1…</translation>
    </message>
  </context>
</TS>