"""French sentence templates, keyed "genre.section", the same keys as ``en_sentences``.

Same slots as the English book. Slot values are bare labels ("Ordinateurs portables",
"Signature du contrat") of unknown gender and number, so a slot never takes an article that
must agree with it and never follows "de" (which would need "d'" before a vowel): budget lines
are "le poste « {item} »", milestones "le jalon « {milestone} »", indicators "l'indicateur « {metric} »",
and the prepositions are "pour", "sur", "concernant", "avec", "chez", "par". Nobody is the
subject of a participle that agrees with them. French spacing (a no-break space before
: ; ? ! and inside « ») is applied below.
"""

from __future__ import annotations

import re

_TEMPLATES: dict[str, tuple[str, ...]] = {
    "report.summary": (
        "[Dans l'ensemble|Globalement|Au total|Tout bien considéré], le projet {project} [affiche|présente|conserve] [un statut|une météo] {status} [sur la période|ce mois-ci|sur la quinzaine|à ce stade].",
        "Le [principal|plus gros|seul vrai] changement depuis le [dernier rapport|précédent point|dernier comité] concerne le poste « {item} », qui [demande désormais|demande encore|a mobilisé|réclame] [plus d'attention|plus de temps|davantage de suivi] que prévu.",
        "Les travaux sur {work} [se poursuivent|avancent bien|suivent leur cours|progressent] avec {counterpart}, et [l'équipe prévoit d'atteindre|nous comptons atteindre|l'objectif reste d'atteindre|nous visons toujours] le jalon « {milestone} » [d'ici le|pour le|au plus tard le] {due}.",
        "[Nous avons tenu|Nous tenons|Nous avons respecté] [l'essentiel|la plupart|une bonne partie] de nos engagements [concernant le projet {project}|pour le projet {project}|sur {work}] ; [les exceptions|les écarts|les points restants] [figurent|apparaissent|se trouvent] dans la partie [risques|consacrée aux risques].",
        "{person} a [rejoint|repris|pris en main] le volet « {item} » le {date}, ce qui [a libéré|libère|dégage] [du temps|de la disponibilité|des marges] pour {work}.",
        "[Aucune décision n'est attendue du comité|Aucun arbitrage n'est demandé à la direction|Rien n'est demandé au sponsor|Le comité n'a pas à trancher] [cette fois-ci|pour ce rapport|à ce stade], [hormis|sauf|excepté] [sur le point concernant|pour ce qui touche à|en ce qui concerne] {item2}.",
        "En résumé, le projet {project} [tient|respecte|suit] [son calendrier|ses délais|sa feuille de route] ; la vigilance porte [surtout|avant tout|désormais|principalement] sur le poste « {item} » [et sur {item2}|et, dans une moindre mesure, sur {item2}|plus que sur le reste].",
        "[Depuis le {date}|Sur les dernières semaines|Ce mois-ci], [nous avons surtout travaillé sur|l'effort a surtout porté sur|l'essentiel du temps est passé sur] {item}, [plutôt que sur|plus que sur|davantage que sur] {item2}.",
        "[Pour le|Concernant le|Quant au] document « {topic} », [la rédaction avance|le travail avance|les choses avancent] [normalement|sans difficulté particulière|un peu plus lentement que prévu] pour le projet {project}.",
    ),
    "report.budget": (
        "[Les dépenses|Les dépenses engagées|Les engagements] [sur|pour] le projet {project} s'élèvent [à|aujourd'hui à|pour l'instant à] {amount}, [dans les limites de|à l'intérieur de|en deçà de] l'enveloppe [validée|votée|approuvée].",
        "Le poste le plus [lourd|coûteux|important] reste « {item} », [à surveiller de près|sous surveillance|qui mérite un suivi serré|que nous suivons de près] [dans les semaines à venir|jusqu'au {due}|d'ici la fin du trimestre].",
        "[Après|À la suite de|Suite à] [l'échange|la discussion|la réunion] avec {counterpart}, [nous avons|l'équipe a] [réaffecté|basculé|transféré] une partie de l'enveloppe prévue pour {item2} vers le poste « {item} ».",
        "[Aucun|Pas de] dépassement à signaler [sur le projet {project}|pour le projet {project}|côté {project}] ; [la prévision|l'atterrissage|le prévisionnel] est [conforme au|proche du|aligné sur le] budget [initial|validé|voté].",
        "Les [prix|tarifs] pour {item} ont [augmenté|été revus à la hausse|grimpé] après le {date} ; [la hausse a été absorbée par|nous avons absorbé la hausse grâce à|l'écart a été couvert par] la provision pour [aléas|imprévus].",
        "Le reste à engager sur le projet {project} [laisse une marge confortable|laisse peu de marge|reste maîtrisé|doit être surveillé] [jusqu'au {due}|d'ici la fin de l'exercice|pour les mois qui viennent].",
        "[Les factures reçues|Les dernières factures|Les engagements récents] pour {item2} [correspondent aux|restent conformes aux|dépassent légèrement les] [devis|montants] [acceptés|validés|prévus].",
    ),
    "report.progress": (
        "Le prochain jalon, {milestone}, est prévu [le|pour le] {due} ; [les travaux ont commencé|la préparation est en cours|l'équipe s'y consacre déjà|les premières tâches sont lancées][, en commençant par {item}|, à commencer par {item}| et le poste « {item} » est prêt| ; reste à régler {item}].",
        "[Depuis le|Après le] {date}, {person} a [bouclé|terminé|soldé] les [tâches|travaux|actions] concernant {item} [avec de l'avance sur le planning|plus tôt que prévu|dans les temps|sans retard].",
        "[Deux|Trois|Quelques|Plusieurs] [tâches|actions] concernant {item} ont [glissé|été décalées|pris du retard] [d'une semaine|de quelques jours|de dix jours], [car|dans la mesure où|parce que] {counterpart} [a demandé des modifications|avait besoin de plus de temps|a tardé à répondre].",
        "Le [planning|calendrier] [tient toujours|reste valable|est maintenu] pour le {due}, [à condition que|pourvu que|si toutefois] la livraison pour {item} arrive [à temps|comme convenu|à la date prévue].",
        "[Le {date}, nous avons|Le {date}, l'équipe a] [revu|passé en revue|repris] avec {counterpart} le planning [concernant {item}|du jalon « {milestone} »|lié au poste « {item} »].",
        "Les [tâches|actions] [restantes|encore ouvertes] concernant {item} [sont réparties|ont été redistribuées|sont partagées] [entre les membres de|au sein de] l'équipe [jusqu'au|d'ici le] {due}.",
    ),
    "report.indicators": (
        "L'indicateur « {metric} » [s'établit à|atteint|est à|se situe à] {value}, pour une [cible|valeur cible|cible fixée] [de|à] {target}.",
        "[Sur les derniers mois|Depuis le début de l'année|Sur le trimestre|Depuis le dernier point], l'indicateur « {metric} » [s'améliore|progresse|reste stable|se tasse légèrement] et se situe [aujourd'hui|actuellement|désormais] à {value}.",
        "[Nous referons|L'équipe fera|Nous ferons de nouveau] le point sur l'indicateur « {metric} » [le|d'ici le|au plus tard le] {due}[, avec des données consolidées|, après la prochaine collecte|].",
        "Dernière valeur [relevée|mesurée|connue] pour l'indicateur « {metric} » : {value} ; l'écart avec la cible ({target}) [fait l'objet d'un suivi|est suivi|est analysé] [chaque mois|de près|toutes les semaines].",
        "[Pour l'instant|À ce stade|Ce mois-ci], l'indicateur « {metric} » [reste en dessous|se rapproche|s'éloigne un peu] de la cible ({target}) avec {value}.",
    ),
    "report.risk": (
        "Un retard de livraison pour {item} pourrait [décaler|repousser|faire glisser] le jalon « {milestone} » [au-delà du|après le] {due}.",
        "{counterpart} [pourrait|risque de] ne pas confirmer [à temps|dans les délais] la commande pour {item2}[, ce qui bloquerait la suite| ; une relance est prévue|].",
        "{person} sera [peu disponible|moins disponible|disponible à mi-temps seulement] [dans les semaines à venir|sur les prochaines semaines|jusqu'à la fin du mois] : [le relais reste à organiser|la suppléance n'est pas encore assurée|il faut prévoir un relais] [pour {item}|sur le volet « {item} »|concernant {item2}].",
        "Les [prix|tarifs] pour {item} [pourraient augmenter|risquent d'augmenter|sont susceptibles de grimper] [avant la signature|avant que nous ne signions|d'ici la commande].",
        "Le périmètre des travaux sur {work} [pourrait|risque de] [s'élargir|s'étendre|déborder] si [le sponsor|{counterpart}|la direction] [en demande davantage|pousse pour en faire plus|ajoute des demandes].",
        "Les [données|remontées|chiffres] pour l'indicateur « {metric} » arrivent [en retard|incomplètes|de façon irrégulière], ce qui [fragilise|limite|complique] le [reporting|suivi mensuel|pilotage].",
        "[Une panne|Une rupture|Un imprévu] [touchant|concernant] {item2} [retarderait|décalerait] [les travaux sur {work}|le jalon « {milestone} »] [de plusieurs jours|d'une semaine au moins|d'autant].",
    ),
    "action": (
        "{person} : [confirmer|vérifier|valider] [les éléments concernant {item}|le point sur {item}|les chiffres pour {item}] [avec|auprès de] {counterpart} [d'ici le|avant le|pour le] {due}.",
        "{person} : [envoyer|diffuser|faire circuler] la version [révisée|mise à jour|corrigée|finale] du document « {topic} » [à l'équipe|aux participants|à {counterpart}] [d'ici le|avant le|au plus tard le] {due}.",
        "{person} : [caler|organiser|planifier|proposer] [un appel|une réunion|un point rapide|un rendez-vous] [sur|concernant|pour parler de] {item2} avec {counterpart} [avant le|d'ici le] {due}.",
        "{person} : [mettre à jour|compléter|reprendre|consolider] les [chiffres|montants|données] du poste « {item} » [d'ici le|avant le|pour le] {due}.",
        "{person} : [rédiger|préparer|finaliser] [la note|un court point|la synthèse] sur le jalon « {milestone} »[ et ce qu'il implique pour {item}|, avec un point sur {item}|, en partant des chiffres pour {item}] [pour le|d'ici le|avant le] {due}.",
        "{person} : relancer [pour obtenir|afin d'obtenir|jusqu'à obtenir] la réponse [attendue|manquante|promise] concernant {item2} [d'ici le|avant le|au plus tard le] {due}.",
        "{person} : [vérifier|contrôler|relire] le document « {topic} » [au regard du budget|par rapport au planning|à la lumière des derniers chiffres] [d'ici le|avant le|pour le] {due}.",
        "{person} : [demander|obtenir|récupérer] [un devis|une offre chiffrée|une proposition] pour {item2} [d'ici le|avant le|pour le] {due}.",
        "{person} : [faire le point|dresser un état des lieux] [sur|concernant] {item} [avec l'équipe|en interne|avec les personnes concernées] [d'ici le|avant le] {due}.",
    ),
    "minutes.agenda": (
        "[Point d'avancement|État d'avancement|Où en est-on|Tour d'horizon] : {work}",
        "{item} : [options|prochaines étapes|état des lieux|choix à faire|budget]",
        "[Calendrier|Dates|Préparation|Échéance] du jalon « {milestone} »[ et lien avec {item}| : point sur {item}| : incidence sur {item}|]",
        "[Points soulevés|Questions posées|Retours] par {counterpart} [sur {item}|concernant {item}|au sujet du jalon « {milestone} »]",
        "{topic} : [points à trancher|points ouverts|relecture|validation]",
        "[Questions diverses|Divers|Tour de table], [dont|notamment] {item}",
        "{item} : [devis reçus|point fournisseurs|suivi des commandes|arbitrage]",
    ),
    "minutes.discussion": (
        "{person} a [ouvert la séance|commencé|lancé la réunion] par un [point|tour d'horizon|rappel rapide] sur {work}.",
        "[L'équipe a|Les participants ont|Nous avons] [examiné|passé en revue|discuté] le poste « {item} » et [son impact|ses conséquences|son effet] sur le calendrier [jusqu'au|d'ici le] {due}.",
        "{person} a [signalé|fait remarquer|rappelé] que, [côté|chez|du côté de] {counterpart}, [rien n'est encore confirmé|aucune réponse n'est arrivée|le dossier reste ouvert] concernant {item2}.",
        "[Il a été convenu|Nous avons convenu|Tous ont convenu] que le document « {topic} » [devait|doit] faire l'objet d'une [relecture|revue|dernière lecture] [supplémentaire|complémentaire] avant [diffusion|envoi|validation].",
        "Des [inquiétudes|réserves|questions] ont été [exprimées|émises|soulevées] sur [le coût|les délais de livraison|la qualité|le calendrier] pour {item}.",
        "{person} [va se renseigner sur|se charge de chercher|étudiera] [une alternative|une option moins coûteuse|un autre fournisseur|une solution de repli] pour {item2}.",
        "[Un bref|Un long|Un rapide|Un vif] échange a porté sur le jalon « {milestone} », qui [reste fixé|est maintenu|demeure prévu] au {due}[, sans changement| pour l'instant|, à condition de régler {item} à temps|, même si le poste « {item} » reste ouvert|, sous réserve du point sur {item2}].",
        "Le [point|sujet|débat] [sur|concernant] {item2} [a été reporté|est renvoyé|sera repris] à la prochaine réunion, [faute de temps|en attendant des chiffres|faute d'éléments].",
        "{person} a [présenté|résumé|détaillé] [les derniers chiffres|la situation|l'état des dépenses] pour {item}, [sans surprise majeure|avec un léger dépassement|sans écart notable].",
    ),
    "minutes.decision": (
        "[Validation du|Accord sur le|Feu vert pour le] poste « {item} » [tel que prévu|tel que proposé|sans modification] pour le projet {project}.",
        "[Maintien|Confirmation] du jalon « {milestone} » au {due}, [avec un nouveau point|à revoir|à réexaminer|à confirmer] lors de la [prochaine réunion|séance suivante|prochaine séance][, après le point sur {item}|, selon l'avancement concernant {item}|].",
        "Demander à {counterpart} une [offre révisée|proposition ferme|nouvelle offre] [concernant|pour] {item2}[ avant la prochaine séance| sous quinze jours|].",
        "[Validation|Approbation] du document « {topic} » [dans sa version révisée|en l'état|sur le principe], [sous réserve des remarques formulées par|après intégration des commentaires de|avec les corrections demandées par] {person}.",
        "[Report|Ajournement] de la décision [concernant|sur] {item2} [à la prochaine réunion|en attendant de nouveaux chiffres|jusqu'à réception des devis].",
        "{person} [pilote désormais|reprend|prend en charge] le suivi [concernant|de ce qui touche à] {item} [jusqu'à nouvel ordre|jusqu'au {due}|à compter de ce jour].",
    ),
    "brief.background": (
        "Le projet {project} [porte sur|concerne|a pour objet] {work}.",
        "Le projet {project} est [mené|conduit|piloté] [à|depuis] {city} avec {counterpart}[, et coordonné par {author}| sous la responsabilité de {author}|, avec {author} comme référent].",
        "[Jusqu'ici|Jusqu'à présent|Jusqu'à maintenant], le poste « {item} » [était géré|a été géré|se gérait] [au cas par cas|de manière ponctuelle|sans méthode commune], ce qui [fait perdre du temps|complique la planification|crée des doublons].",
        "[L'objectif|L'idée|Le but] est de [finaliser|mener à bien|boucler] le jalon « {milestone} » d'ici le {due} sans [perturber|désorganiser|freiner|bousculer] [l'activité courante|le quotidien de l'équipe|le travail habituel][, en réglant au passage le poste « {item} »|, en commençant par {item}|].",
        "[Le besoin est né|Tout est parti|L'idée est née] [de plusieurs difficultés|de retards répétés|de dépassements successifs] [sur le poste « {item} »|concernant {item}|pour {item}].",
    ),
    "brief.objective": (
        "[Atteindre|Franchir|Livrer] le jalon « {milestone} » [d'ici le|au plus tard le|pour le] {due}[, y compris pour {item}|, sans négliger {item}|, une fois le poste « {item} » réglé|].",
        "Maintenir l'indicateur « {metric} » [au moins à {target}|à {target} ou mieux|au-dessus de {target}] [pendant toute la durée du projet|sur l'ensemble de la période|chaque mois].",
        "[Respecter|Tenir|Ne pas dépasser] l'enveloppe [validée|votée|allouée] de {amount}, [y compris pour {item}|poste « {item} » compris|en préservant le poste « {item} »].",
        "[Convenir avec {counterpart} des modalités|Fixer avec {counterpart} les modalités|Arrêter avec {counterpart} les conditions] concernant {item}.",
        "[Documenter|Formaliser|Mettre par écrit] [nos pratiques|nos méthodes|nos habitudes de travail] sur {work} pour que d'autres puissent [les reprendre|s'en inspirer|les appliquer].",
        "[Réduire|Limiter|Mieux maîtriser] [les délais|les coûts|les imprévus] concernant {item} [dès le premier trimestre|d'ici la fin du projet|sans dégrader la qualité].",
    ),
    "brief.scope": (
        "[Dans le périmètre|Inclus|Compris dans le projet] : {item}, {item2} et les [travaux|tâches|actions] nécessaires au jalon « {milestone} ».",
        "[Hors périmètre|Exclus|Non compris] : [les évolutions hors projet {project}|les travaux extérieurs au projet {project}|tout ce qui dépasse le projet {project}] et tout ce qui n'a pas été [convenu|validé|arrêté] avec {counterpart} par écrit.",
    ),
    "memo.body": (
        "[À la suite de|Suite à|Pour faire suite à] [notre échange|la réunion|notre discussion] du {date}, [voici|cette note présente|je résume] [où nous en sommes|la situation|l'état du dossier] concernant le projet {project}.",
        "[La question|Le point à trancher|L'enjeu] est de savoir [comment financer|comment traiter|s'il faut maintenir] le poste « {item} » dans le cadre du projet {project}.",
        "[J'ai|Nous avons] [étudié|comparé|analysé] [les différentes options|ce que propose {counterpart}|les offres reçues] pour {item2}[, sans solution idéale| ; aucune n'est parfaite|].",
        "[Reporter la décision|Différer le choix|Retarder l'arbitrage] [sur le poste « {item} »|concernant {item}|pour {item}] au-delà du {due} [mettrait en péril|fragiliserait|compromettrait] le jalon « {milestone} ».",
        "Les [chiffres|montants] [ci-dessous|qui suivent|présentés ici] sont tirés du budget [actualisé|en vigueur|le plus récent] du projet {project}.",
        "[Le surcoût|L'écart|Le dépassement] [concernant|pour] {item} [reste modeste|n'est pas négligeable|peut être absorbé] [au regard de l'enveloppe|compte tenu du budget|si l'on décale {item2}].",
    ),
    "memo.recommendation": (
        "[Je recommande|Ma recommandation est|Je propose] de [valider|lancer|maintenir] le poste « {item} » [et de|tout en prévoyant de] [le réexaminer|faire un point|revoir les chiffres] le {due}.",
        "[Il faudrait|Je suggère de|Il serait utile de] [demander à|réclamer à] {counterpart} [de meilleures conditions|une date ferme|un engagement écrit] pour {item2} avant le {due}.",
        "[Merci de|Je vous remercie de|Je vous prie de] [confirmer|valider|me faire un retour sur] [le poste « {item} »|la commande pour {item}|ce choix concernant {item}] d'ici le {due} afin que le jalon « {milestone} » [reste dans les temps|soit tenu sans retard|ne prenne pas de retard].",
        "[À défaut|Sinon|En cas de refus], [il faudra|nous devrons|je propose de] [réduire|reporter|revoir à la baisse] [les dépenses|les commandes] pour {item2}.",
    ),
    "requirements.purpose": (
        "Ce document [recense|décrit|liste] ce que le projet {project} [doit|est censé|s'engage à] livrer pour {work}.",
        "[Chaque|Toute] exigence [du projet {project}|listée ici|concernant {work}] [a|porte] une priorité et [indique|mentionne] [sa source|la personne qui l'a formulée|son origine].",
        "[Toute modification|Tout changement|Toute demande d'ajout] [du projet {project}|concernant {work}] après le {due} [passe par|doit être validé par|est soumis à] {person}.",
    ),
    "requirements.line": (
        "[La solution|Le dispositif|Le prestataire] doit [couvrir|inclure|prendre en charge] {item} pour le site [situé à|basé à|implanté à] {city}.",
        "[La fourniture|La mise à disposition|La livraison] concernant {item2} doit être [effective|assurée|terminée] [avant le jalon|au plus tard au jalon] « {milestone} ».",
        "[Un suivi|Un reporting|Un tableau de suivi] de l'indicateur « {metric} » [doit|devrait] être [disponible|produit|partagé] [chaque mois|chaque semaine|à chaque comité].",
        "{counterpart} [doit|devra] [confirmer|valider] par écrit les éléments concernant {item}[ avant toute commande| avant le démarrage|].",
        "[Un historique|Un registre|Une trace écrite] des versions du document « {topic} » doit être [conservé|tenu à jour|archivé] [pour audit|à des fins de contrôle|pendant toute la durée du projet].",
        "Les [dépenses|coûts|frais] pour {item} [doivent|devront] rester [dans l'enveloppe convenue|dans le budget validé|sous le plafond fixé].",
        "Une [formation|session d'information|démonstration] sur {item2} [devrait|pourrait|doit] être organisée pour [l'équipe|les utilisateurs|le personnel] avant le {due}.",
        "[Tout retard|Tout changement|Tout glissement] concernant le jalon « {milestone} » [ou la livraison pour {item}|ou le poste « {item} »|ou les commandes pour {item}] doit être [signalé|remonté|communiqué] sous [deux|trois|cinq] jours [ouvrés|au responsable du projet].",
        "[Les documents|Les justificatifs] [pour {item}|concernant {item2}] [doivent|devront] être [accessibles|rangés|partagés] [dans le dossier commun|sur l'espace partagé].",
    ),
    "contract.scope": (
        "{counterpart} [fournit|s'engage à fournir|assure la fourniture concernant] {item} et {item2} pour le projet {project}, [conformément à|selon|comme décrit dans] l'annexe.",
        "Les prestations [du projet {project}|prévues au titre du projet {project}] sont [réalisées|exécutées|assurées] [sur le site situé à|dans les locaux situés à] {city}.",
    ),
    "contract.service": (
        "{counterpart} [s'engage à répondre|répond] aux demandes [concernant {item}|relatives au poste « {item} »] [sous|dans un délai de] [deux|trois] jours ouvrés.",
        "Tout [incident|dysfonctionnement] concernant {item} est [corrigé|résolu] [sous|dans un délai de] [cinq|dix] jours ouvrés.",
    ),
    "letter.body": (
        "[Nous vous remercions de|Je vous remercie pour|Merci pour] votre [courrier|message|lettre] du {date} concernant le projet {project}.",
        "[Comme convenu|Suite à nos échanges|Conformément à notre discussion], nous [souhaitons|confirmons vouloir|allons] [engager|lancer|passer] la commande pour {item} dans le cadre du projet {project}.",
        "[Pourriez-vous|Pouvez-vous|Auriez-vous l'amabilité de] nous [confirmer|indiquer|préciser] [les dates|les conditions|les délais] [concernant|pour] {item2} d'ici le {due} ?",
        "[Nous restons|Je reste|Nous demeurons] à votre disposition pour [échanger sur|évoquer|préparer ensemble] le jalon « {milestone} »[ et le point sur {item2}| ainsi que le poste « {item} »|].",
        "[Vous trouverez ci-joint|Veuillez trouver ci-joint|Je joins à ce courrier] [la version à jour|la version révisée|la dernière version] [du devis pour|de la proposition pour|du calendrier pour] {item2}[, qui tient compte de vos remarques|, avec les chiffres pour {item}|].",
    ),
    "review.context": (
        "Ce [bilan|retour d'expérience|document] [porte sur|couvre|revient sur] le projet {project}[ depuis son lancement| au cours des derniers mois| et ses premiers résultats].",
        "L'analyse [s'appuie sur|repose sur|se fonde sur] [les chiffres relevés|les données collectées|les comptes rendus rédigés] [pour le projet {project}|sur le projet {project}] depuis le {date}.",
    ),
    "review.well": (
        "Le travail sur {item} s'est [bien|très bien|plutôt bien] déroulé, [grâce à|notamment grâce à|avec l'appui de] {person}.",
        "Les échanges avec {counterpart} [sur {item}|au sujet du poste « {item} »|concernant {item}] ont été [rapides|constructifs|fluides|réguliers].",
        "L'indicateur « {metric} » [a atteint|s'est établi à|est arrivé à] {value}, [un niveau proche de la cible|un résultat conforme aux attentes|un bon résultat pour une première année].",
        "[La coordination|L'organisation|La répartition des tâches] [pour|concernant|sur] {item} a [bien fonctionné|donné satisfaction|fait ses preuves].",
    ),
    "review.improve": (
        "La [préparation|planification|commande] concernant {item2} a [démarré|commencé|été lancée] [trop tard|avec retard|sans marge].",
        "La [transmission|circulation] de l'information [sur {item2}|concernant {item2}|pour {item2}] [aurait pu être|doit devenir|gagnerait à être] plus [claire|régulière|rapide].",
        "Les arbitrages concernant {item2} [ont été rendus|sont intervenus|ont été pris] [trop tard|tardivement|dans l'urgence].",
        "[Le suivi|Le contrôle] des dépenses pour {item2} [est resté|a été] [trop approximatif|trop espacé|irrégulier] [au premier semestre|en début de projet|pendant l'été].",
    ),
    "policy.purpose": (
        "[Ce document|Cette note|Ce texte] [précise|explique|décrit] comment l'équipe [s'organise|procède|travaille] sur {work}[, à utiliser comme {topic} de référence| ; à garder comme référence commune|].",
        "Ces règles [s'appliquent à|concernent|valent pour] toute personne [intervenant sur|travaillant sur|associée à] {work}.",
    ),
    "policy.rule": (
        "[Enregistrer|Consigner|Noter] chaque [demande|commande] concernant {item} [dans le tableau de suivi|dans le journal partagé|dans le registre] [le jour même|avant la fin de la semaine|sans attendre].",
        "[Consulter|Prévenir|Informer] {person} avant [d'engager plus de|de dépenser plus de|de commander pour plus de] {amount} [sur le projet {project}|sur le poste « {item} »|concernant {item}].",
        "[Conserver|Classer|Archiver] les exemplaires [signés|définitifs] [des commandes pour {item}|des devis pour {item}|concernant {item}] dans le dossier du projet, [jamais sur|et non sur|pas sur] le bureau.",
        "[Vérifier|Suivre|Contrôler] l'indicateur « {metric} » [chaque mois|tous les mois|chaque semaine] et [signaler|remonter|faire remonter] toute valeur inférieure à {target}.",
        "[Utiliser le modèle|Partir du modèle|Reprendre la trame] [de l'équipe|partagé|commun] pour chaque [commande|demande|note] concernant {item}.",
        "[Nommer|Intituler] les fichiers concernant {item} avec la date et le numéro de version [en fin de nom|en tête|à la fin].",
        "[Ne jamais|Ne pas] [envoyer|transmettre|diffuser] de [chiffres|montants] concernant {item} [sans validation|sans relecture] [préalable|par {person}].",
    ),
    "notes.line": (
        "{person} : {counterpart} n'a [toujours pas|pas encore] [confirmé|répondu] pour {item}.",
        "[Revoir|Revérifier|Recompter] les [chiffres|montants|quantités] pour {item2} [avant le|d'ici le|pour le] {due}.",
        "{milestone} : [dans les temps|tendu|jouable|un peu juste|ça passe] [pour le|au] {due}[, sauf pour {item}|, si la livraison pour {item} suit| ; attention à {item}|, selon le poste « {item} »|].",
        "[Idée|Piste|À voir] : [regrouper|grouper|mutualiser] {item} et {item2} [dans une seule commande|en une fois|chez le même fournisseur].",
        "[Appeler|Rappeler|Joindre] {person} [pour {item2}|concernant {item2}|à propos du poste « {item2} »].",
        "[Budget consommé|Dépensé|Engagé] à ce jour [pour {item}|sur {item2}|au total pour {item}] : {amount}.",
        "[Question ouverte|À clarifier|À trancher] : qui [valide|signe|décide] pour {item} ?",
        "[Penser à|Ne pas oublier de|Surtout] [relancer|prévenir|remercier] {person} [pour|concernant] {item}.",
    ),
    "email.body": (
        "[J'espère que vous allez bien.|J'espère que tout va bien de votre côté.|Merci pour votre message.|Merci pour votre retour rapide.] Je [reviens vers vous|vous écris] [au sujet du poste « {item} »|concernant {item}|pour {item}].",
        "[Suite à|Pour faire suite à] notre [appel|échange|conversation] du {date}, [voici|je vous envoie|je vous résume] [les points|quelques points|l'essentiel] [concernant {item}|sur {item2}|concernant le document « {topic} »].",
        "[Pourriez-vous|Pouvez-vous|Serait-il possible de] me [confirmer|transmettre|faire parvenir] [les chiffres|les dates|les quantités] pour {item} [d'ici le|avant le] {due} ?",
        "[Nous souhaitons|J'aimerais|Il faudrait] [boucler|régler|clore] le sujet « {item2} » [avant le jalon|en amont du jalon] « {milestone} ».",
        "[N'hésitez pas à me dire|Dites-moi|Faites-moi signe] si [quelque chose n'est pas clair|un point vous manque|vous avez besoin d'autre chose] [concernant|pour] {item}.",
    ),
    "log.entry": (
        "[appel|échange téléphonique|coup de fil] avec {person} [sur {item}|concernant {item}|à propos du poste « {item} »]",
        "[mail|message] {counterpart} : [retard annoncé sur|confirmation pour|question sur] {item2}",
        "[réunion|point|visio] sur {topic}, [compte rendu|notes] à suivre",
        "[relance envoyée|rappel envoyé|relance] à {counterpart} [concernant|pour] le jalon « {milestone} »",
        "[envoi du document « {topic} » à|partage du document « {topic} » avec|document « {topic} » transmis à] {person}",
    ),
    "deck.status": (
        "{project} : [statut|météo|état] {status}",
        "{milestone} : [prévu le|échéance au|cible] {due}[, {item} en cours|, suspendu au poste « {item} »|]",
        "{item} : [accord obtenu|discussion en cours|en attente] avec {counterpart}",
        "[Point clé|Point d'attention|Vigilance] : {item2}",
    ),
    "deck.decision": (
        "[Valider|Confirmer|Acter] le poste « {item} » [pour le projet {project}|dans le projet {project}]",
        "[Arrêter|Fixer|Confirmer] la date du jalon « {milestone} » [à la date proposée|avant la fin du mois|dès cette séance][ en tenant compte du point sur {item2}| une fois le point sur {item2} réglé|]",
        "[Choisir parmi les|Départager les|Retenir une des] [propositions|offres] pour {item2}",
        "[Autoriser|Débloquer|Valider] [une rallonge|un complément de budget] [pour|concernant] {item}",
    ),
    "training.point": (
        "{topic} : [enjeux|mode d'emploi|bonnes pratiques] pour {work}",
        "[Erreurs fréquentes|Pièges classiques] [avec|concernant] {item}",
        "[Interlocuteur|Qui contacter|Référent] [pour {item}|concernant {item2}] : {person}",
        "{item2} : [points à vérifier|check-list] avant [commande|utilisation]",
        "[Où trouver|Où sont rangés] les [dossiers|fichiers] concernant {topic}",
    ),
    "case.facts": (
        "[Depuis le {date}, {counterpart} conteste|Le {date}, {counterpart} a contesté] [le bien-fondé de la demande|les sommes réclamées] [concernant|au titre du poste] {item}.",
        "[Notre client|Le client] est intervenu sur {work} jusqu'au {date}.",
        "Pièces [au dossier|versées au dossier] concernant {item2} : {count}.",
        "[Aucun accord écrit|Aucun document] ne [vient régler|tranche] la question concernant {item2}.",
    ),
    "case.argument": (
        "La demande concernant {item} [repose sur|est fondée sur] les pièces [visées au bordereau|énumérées ci-après].",
        "{counterpart} ne [rapporte|produit] aucune preuve d'un accord [concernant|portant sur] {item2}.",
        "[La somme réclamée|Le montant demandé] [au titre du poste « {item} »|pour {item}], soit {amount}, [résulte|découle] [des relevés tenus|des décomptes établis] depuis le {date}.",
        "[L'audience|La prochaine audience] du {due} [devrait permettre|doit permettre] d'avancer vers l'étape suivante : {milestone}.",
    ),
    "inspection.finding": (
        "Les [justificatifs|éléments de preuve] concernant {item} sont [complets|en place], [et doivent faire|mais doivent encore faire] l'objet d'un dernier contrôle par {person}.",
        "[Un écart subsiste|Un écart a été relevé] concernant {item2} : [le registre|le suivi] [s'arrête au|n'est plus tenu après le] {date}.",
        "L'indicateur « {metric} » [s'établit à|est de] {value}, pour une cible attendue de {target}.",
        "Les équipes [interrogées|rencontrées] ont su [expliquer|décrire] [la pratique réelle|ce qui se fait au quotidien] concernant {topic}.",
        "Le plan d'actions [doit permettre de|permettra de] [lever|résorber] les [écarts|points ouverts] concernant {item2} avant le {due}.",
    ),
    "launch.step": (
        "[Figer|Verrouiller] {item} [d'ici le|avant le] {due}.",
        "[Confirmer|Caler] avec {counterpart} [la date|le créneau] pour {item2}.",
        "[Préparer|Rédiger] [l'annonce|les textes] pour le jalon « {milestone} ».",
        "[Tester|Vérifier] {item} [auprès d'un petit groupe|avec de vrais utilisateurs] avant le {due}.",
        "[Analyser|Passer en revue] [les retours|les chiffres] sur l'indicateur « {metric} » [après|une fois passé] le jalon « {milestone} ».",
    ),
    "teaching.activity": (
        "[Commencer|Démarrer] par [un bref rappel|dix minutes de rappel] [sur|concernant] {topic}.",
        "Les [élèves|participants] travaillent [en binômes|en petits groupes] sur {item}.",
        "[Étudier|Reprendre] {item2} [à partir d'exemples concrets|à l'aide d'un cas pratique], en lien avec {work}.",
        "[Terminer|Conclure] par un [petit|court] [quiz|exercice] sur {topic}.",
        "[Travail à la maison|À préparer pour la prochaine fois] : {item2}, pour le {due}.",
    ),
    "care.note": (
        "[Admission|Consultation] le {date} ; [surveillance|bilan] concernant {item}.",
        "[Le traitement se poursuit|La prise en charge se poursuit] [comme prévu|conformément au protocole] pour {item2} ; [prochaine réévaluation|prochain point] le {due}.",
        "{person} [note|signale] [une amélioration|une absence d'évolution] concernant {item2}.",
        "Stock [faible|insuffisant] pour {item} ; [réapprovisionner|passer commande] avant le {due}.",
    ),
    "research.aim": (
        "[L'étude|Ce travail] [porte sur|s'intéresse à] {work}.",
        "[Chez|En partenariat avec] {counterpart}, [nous collecterons|l'équipe collectera] des données sur l'indicateur « {metric} ».",
        "Les [premiers résultats|résultats] [concernant {item}|sur {work}] sont attendus [pour le|d'ici le] {due}.",
        "[Le financement|Le budget] de {amount} [couvre|finance] {item} et {item2}.",
    ),
    "event.logistics": (
        "[La réservation de la salle|La location du lieu] est confirmée avec {counterpart} pour le {due}[ ; reste à régler {item}| ; reste à prévoir {item}].",
        "{item} : [commande passée|réservation faite], [livraison|arrivée] [le jour même|la veille].",
        "{person} [gère|prend en charge] {item2} ainsi que [l'accueil|le stand d'inscription].",
        "[Nombre définitif|Effectif final] de participants à communiquer à {counterpart} d'ici le {due}, [avec les besoins pour {item2}|pour caler {item2}].",
    ),
    "todo.item": (
        "{item} : [vérifier|confirmer|revoir] avec {counterpart} [d'ici le|avant le] {due}",
        "[Envoyer les chiffres pour {item2} à|Finaliser le point sur {item2} pour|Relire le devis pour {item2} avec] {person} [d'ici le|avant le] {due}",
        "[Préparer|Rédiger] [les notes|les supports|le point] pour le jalon « {milestone} »[ avec les chiffres pour {item}| et la partie sur {item}|] [d'ici le|avant le] {due}",
        "[Mettre à jour|Corriger|Compléter] les [chiffres|montants] pour {item2} [d'ici le|avant le] {due}",
        "[Relancer|Appeler|Voir avec] {person} [pour|concernant] {item2}",
    ),
}


def _french_spacing(text: str) -> str:
    # A no-break space before the high punctuation and inside guillemets, as French typesets.
    text = re.sub(r" ([:;?!»])", "\u00a0\\1", text)
    return text.replace("« ", "«\u00a0")


SENTENCES: dict[str, tuple[str, ...]] = {
    key: tuple(_french_spacing(template) for template in templates)
    for key, templates in _TEMPLATES.items()
}
