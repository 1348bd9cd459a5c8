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
        "[Dans l'ensemble|Globalement|Au total], le projet {project} affiche un statut {status} [sur la période|ce mois-ci|sur la quinzaine].",
        "Le [principal|plus gros] changement depuis le dernier [rapport|point] concerne le poste « {item} », qui [demande désormais|demande encore|a mobilisé] plus d'attention que prévu.",
        "Les travaux sur {work} [se poursuivent|avancent bien] avec {counterpart}, et l'équipe [prévoit d'atteindre|compte atteindre|espère atteindre] le jalon « {milestone} » d'ici le {due}.",
        "[Nous avons tenu|Nous tenons] [l'essentiel|la plupart] de nos engagements concernant {topic} ; [les exceptions|les écarts|les points restants] figurent dans la partie risques.",
        "{person} a [rejoint|repris] le volet « {item} » le {date}, ce qui [a libéré|libère] du temps pour {work}.",
        "[Aucune décision n'est attendue du comité|Aucun arbitrage n'est demandé à la direction|Rien n'est demandé au sponsor] cette fois-ci, [hormis|sauf] sur le point concernant {item2}.",
        "En résumé, le projet {project} [tient|respecte] [son calendrier|ses délais] ; la vigilance porte [surtout|avant tout] sur le poste « {item} ».",
    ),
    "report.budget": (
        "[Les dépenses|Les dépenses engagées] [sur|pour] le projet {project} s'élèvent à {amount}, [dans les limites de|à l'intérieur de] l'enveloppe validée.",
        "Le poste le plus lourd reste « {item} », [à surveiller de près|sous surveillance] [dans les semaines à venir|jusqu'au {due}].",
        "[Après|À la suite de] l'échange avec {counterpart}, [nous avons|l'équipe a] [réaffecté|basculé] une partie de l'enveloppe prévue pour {item2} vers le poste « {item} ».",
        "[Aucun|Pas de] dépassement à signaler ; [la prévision|l'atterrissage] est [conforme au|proche du] budget.",
        "Les [prix|tarifs] pour {item} ont [augmenté|été revus à la hausse] après le {date} ; [la hausse a été absorbée par|nous avons absorbé la hausse grâce à] la provision pour aléas.",
        "Le reste à engager sur le projet {project} [laisse une marge confortable|laisse peu de marge|reste maîtrisé] jusqu'au {due}.",
    ),
    "report.progress": (
        "Le prochain jalon, {milestone}, est prévu [le|pour le] {due} ; [les travaux ont commencé|la préparation est en cours|l'équipe s'y consacre déjà].",
        "[Depuis le|Après le] {date}, {person} a [bouclé|terminé] les [tâches|travaux] concernant {item} [avec de l'avance sur le planning|plus tôt que prévu].",
        "[Deux|Trois|Quelques] [tâches|actions] concernant {topic} ont [glissé|été décalées] d'une semaine, [car|dans la mesure où] {counterpart} [a demandé des modifications|avait besoin de plus de temps].",
        "Le [planning|calendrier] [tient toujours|reste valable] pour le {due}, [à condition que|pourvu que] la livraison pour {item} arrive [à temps|comme convenu].",
        "[Nous avons|L'équipe a] [revu|passé en revue] le planning avec {counterpart} le {date} et [validé|confirmé] les prochaines étapes.",
    ),
    "report.indicators": (
        "L'indicateur « {metric} » [s'établit à|atteint|est à] {value}, pour une cible de {target}.",
        "[Sur les derniers mois|Depuis le début de l'année], l'indicateur « {metric} » [s'améliore|progresse|reste stable] et se situe [aujourd'hui|actuellement] à {value}.",
        "[Nous referons|L'équipe fera] le point sur l'indicateur « {metric} » [le|d'ici le] {due}.",
        "Dernière valeur relevée pour l'indicateur « {metric} » : {value} ; l'écart avec la cible ({target}) [fait l'objet d'un suivi|est suivi] [chaque mois|de près].",
    ),
    "report.risk": (
        "Un retard de livraison pour {item} pourrait [décaler|repousser] le jalon « {milestone} » [au-delà du|après le] {due}.",
        "{counterpart} [pourrait|risque de] ne pas confirmer [à temps|dans les délais] la commande pour {item2}.",
        "{person} sera [peu disponible|moins disponible] [dans les semaines à venir|sur les prochaines semaines] : [le relais reste à organiser|la suppléance n'est pas encore assurée|il faut prévoir un relais].",
        "Les [prix|tarifs] pour {item} [pourraient augmenter|risquent d'augmenter] [avant la signature|avant que nous ne signions].",
        "Le périmètre des travaux sur {work} [pourrait|risque de] s'élargir si [le sponsor|{counterpart}] [en demande davantage|pousse pour en faire plus].",
        "Les [données|remontées] pour l'indicateur « {metric} » arrivent [en retard|incomplètes], ce qui [fragilise|limite] le reporting.",
    ),
    "action": (
        "{person} : [confirmer|vérifier] avec {counterpart} les éléments concernant {item} d'ici le {due}.",
        "{person} : [envoyer|diffuser] la version [révisée|mise à jour] du document « {topic} » [à l'équipe|à {counterpart}] [d'ici le|avant le] {due}.",
        "{person} : [caler|organiser] [un appel|une réunion] avec {counterpart} [sur|concernant] {item2} avant le {due}.",
        "{person} : [mettre à jour|compléter] les chiffres du poste « {item} » d'ici le {due}.",
        "{person} : [rédiger|préparer] la note sur le jalon « {milestone} » pour le {due}.",
        "{person} : relancer [pour obtenir|afin d'obtenir] la réponse [attendue|manquante] concernant {item2} d'ici le {due}.",
        "{person} : [vérifier|contrôler] le document « {topic} » [au regard du budget|par rapport au planning] d'ici le {due}.",
    ),
    "minutes.agenda": (
        "[Point d'avancement|État d'avancement] : {work}",
        "{item} : [options|prochaines étapes|état des lieux]",
        "[Calendrier|Dates] du jalon « {milestone} »",
        "[Points soulevés|Questions posées] par {counterpart}",
        "{topic} : [points à trancher|points ouverts]",
        "[Questions diverses|Divers]",
    ),
    "minutes.discussion": (
        "{person} a [ouvert la séance|commencé] par un point sur {work}.",
        "[L'équipe a|Les participants ont] [examiné|passé en revue] le poste « {item} » et [son impact|ses conséquences] sur le calendrier jusqu'au {due}.",
        "{person} a [signalé|fait remarquer] que, côté {counterpart}, [rien n'a encore été confirmé|aucune réponse n'est encore arrivée] concernant {item2}.",
        "[Il a été convenu|Nous avons convenu] que le document « {topic} » [devait|doit] faire l'objet d'une [relecture|revue] supplémentaire avant [diffusion|envoi].",
        "Des [inquiétudes|réserves] ont été [exprimées|émises] sur [le coût|les délais de livraison] pour {item}.",
        "{person} [va se renseigner sur|se charge de chercher] [une alternative|une option moins coûteuse] pour {item2}.",
        "[Un bref|Un long] échange a porté sur le jalon « {milestone} », qui [reste fixé|est maintenu] au {due}.",
    ),
    "minutes.decision": (
        "Validation du poste « {item} » [tel que prévu|tel que proposé] pour le projet {project}.",
        "[Maintien|Confirmation] du jalon « {milestone} » au {due}, [avec un nouveau point|à revoir] lors de la prochaine réunion.",
        "Demander à {counterpart} une [offre révisée|proposition ferme|nouvelle offre] [concernant|pour] {item2}.",
        "[Validation|Approbation] du document « {topic} » [dans sa version révisée|en l'état], [sous réserve des remarques formulées par|après intégration des commentaires formulés par] {person}.",
    ),
    "brief.background": (
        "Le projet {project} [porte sur|concerne] {work}.",
        "Il est [mené|conduit] [à|depuis] {city} avec {counterpart} et [piloté|coordonné] par {author}.",
        "[Jusqu'ici|Jusqu'à présent], le poste « {item} » [était géré|a été géré] [au cas par cas|de manière ponctuelle], ce qui [fait perdre du temps|complique la planification].",
        "[L'objectif|L'idée] est de [finaliser|mener à bien] le jalon « {milestone} » d'ici le {due} sans [perturber|désorganiser] l'activité courante.",
    ),
    "brief.objective": (
        "[Atteindre|Franchir] le jalon « {milestone} » d'ici le {due}.",
        "Maintenir l'indicateur « {metric} » [au moins à {target}|à {target} ou mieux].",
        "[Respecter|Tenir] l'enveloppe validée de {amount}.",
        "[Convenir avec {counterpart} des modalités|Fixer avec {counterpart} les modalités] concernant {item}.",
        "[Documenter|Formaliser] [nos pratiques|nos méthodes] sur {work} pour que d'autres puissent [les reprendre|s'en inspirer].",
    ),
    "brief.scope": (
        "[Dans le périmètre|Inclus] : {item}, {item2} et les [travaux|tâches] nécessaires au jalon « {milestone} ».",
        "[Hors périmètre|Exclus] : [les évolutions hors projet {project}|les travaux extérieurs au projet {project}] et tout ce qui n'a pas été [convenu|validé] avec {counterpart} par écrit.",
    ),
    "memo.body": (
        "[À la suite de|Suite à] [notre échange|la réunion] du {date}, [voici|cette note présente] [où nous en sommes|la situation] concernant {topic}.",
        "[La question|Le point à trancher] est de savoir [comment financer|comment traiter] le poste « {item} » dans le cadre du projet {project}.",
        "[J'ai|Nous avons] [étudié|comparé] [les différentes options|ce que propose {counterpart}] pour {item2}.",
        "[Attendre|Reporter la décision] au-delà du {due} [mettrait en péril|fragiliserait] le jalon « {milestone} ».",
        "Les [chiffres|montants] [ci-dessous|qui suivent] sont tirés du budget [actualisé|en vigueur|le plus récent].",
    ),
    "memo.recommendation": (
        "[Je recommande|Ma recommandation est] de [valider|lancer] le poste « {item} » [et de|tout en prévoyant de] [le réexaminer|faire un point] le {due}.",
        "[Il faudrait|Je suggère de] [demander|réclamer] à {counterpart} [de meilleures conditions|une date ferme] pour {item2} avant le {due}.",
        "[Merci de|Je vous remercie de] [confirmer|valider] d'ici le {due} afin que le jalon « {milestone} » [reste dans les temps|soit tenu sans retard|ne prenne pas de retard].",
    ),
    "requirements.purpose": (
        "Ce document [recense|décrit] ce que le projet {project} [doit|est censé] livrer pour {work}.",
        "[Chaque|Toute] exigence [a|porte] une priorité et [indique|mentionne] [sa source|la personne qui l'a formulée].",
        "[Toute modification|Tout changement] après le {due} passe par {person}.",
    ),
    "requirements.line": (
        "[La solution|Le dispositif] doit [couvrir|inclure] {item} pour le site [situé à|basé à] {city}.",
        "[La fourniture|La mise à disposition] concernant {item2} doit être [effective|assurée] avant le jalon « {milestone} ».",
        "[Un suivi|Un reporting] de l'indicateur « {metric} » [doit|devrait] être [disponible|produit] [chaque mois|chaque semaine].",
        "{counterpart} [doit|devra] [confirmer|valider] par écrit les éléments concernant {item}.",
        "[Un historique|Un registre] concernant {topic} doit être conservé [pour audit|à des fins de contrôle].",
        "Les [dépenses|coûts] pour {item} [doivent|devront] rester [dans l'enveloppe convenue|dans le budget validé].",
        "Une [formation|session d'information] sur {item2} [devrait|pourrait] être organisée pour l'équipe avant le {due}.",
        "[Tout retard|Tout changement] concernant le jalon « {milestone} » doit être [signalé|remonté] sous [deux|trois] jours.",
    ),
    "contract.scope": (
        "{counterpart} [fournit|s'engage à fournir] {item} et {item2} pour le projet {project}, [conformément à|selon] l'annexe.",
        "Les prestations sont [réalisées|exécutées|assurées] [sur le site situé à|dans les locaux situés à] {city}.",
    ),
    "contract.service": (
        "{counterpart} [s'engage à répondre|répond] aux demandes [sous|dans un délai de] [deux|trois] jours ouvrés.",
        "Tout [incident|dysfonctionnement] concernant {item} est [corrigé|résolu] [sous|dans un délai de] [cinq|dix] jours ouvrés.",
    ),
    "letter.body": (
        "[Nous vous remercions de|Je vous remercie pour] votre [courrier|message] du {date} concernant {topic}.",
        "[Comme convenu|Suite à nos échanges], nous [souhaitons|confirmons vouloir] [engager|lancer] la commande pour {item} dans le cadre du projet {project}.",
        "[Pourriez-vous|Pouvez-vous] nous [confirmer|indiquer] [les dates|les conditions] [concernant|pour] {item2} d'ici le {due} ?",
        "[Nous restons|Je reste] à votre disposition pour [échanger sur|évoquer] le jalon « {milestone} ».",
        "[Vous trouverez ci-joint|Veuillez trouver ci-joint] [la version à jour|la version révisée] du document « {topic} ».",
    ),
    "review.context": (
        "Ce bilan [porte sur|couvre] {topic} dans le cadre du projet {project}.",
        "Il [s'appuie sur|repose sur] [les chiffres relevés|les données collectées] depuis le {date}.",
    ),
    "review.well": (
        "Le travail sur {item} s'est [bien|très bien] déroulé, [grâce à|notamment grâce à] {person}.",
        "Les échanges avec {counterpart} ont été [rapides|constructifs|fluides].",
        "L'indicateur « {metric} » [a atteint|s'est établi à] {value}, [un niveau proche de la cible|un résultat conforme aux attentes].",
    ),
    "review.improve": (
        "La [préparation|planification] concernant {item2} a [démarré|commencé] trop tard.",
        "La [transmission|circulation] de l'information au sein de l'équipe [aurait pu être|doit devenir] plus [claire|régulière].",
        "Les arbitrages concernant {item2} [ont été rendus|sont intervenus] [trop tard|tardivement].",
    ),
    "policy.purpose": (
        "[Cette note|Ce guide] [précise|explique] comment l'équipe [s'organise|procède] concernant {topic}.",
        "Ces règles [s'appliquent à|concernent] toute personne [intervenant sur|travaillant sur] {work}.",
    ),
    "policy.rule": (
        "[Enregistrer|Consigner] chaque [demande|commande] concernant {item} [dans le tableau de suivi|dans le journal partagé] [le jour même|avant la fin de la semaine].",
        "[Consulter|Prévenir] {person} avant [d'engager plus de|de dépenser plus de] {amount}.",
        "[Conserver|Classer] les exemplaires [signés|définitifs] concernant {topic} dans le dossier du projet, [jamais sur|et non sur] le bureau.",
        "[Vérifier|Suivre] l'indicateur « {metric} » [chaque mois|tous les mois] et [signaler|remonter] toute valeur inférieure à {target}.",
        "[Utiliser le modèle|Partir du modèle] [de l'équipe|partagé] pour chaque document concernant {topic}.",
        "[Nommer|Intituler] les fichiers concernant {item} avec la date et le numéro de version [en fin de nom|en tête].",
        "[Ne jamais|Ne pas] envoyer de [chiffres|montants] concernant {item} sans [validation|relecture] préalable.",
    ),
    "notes.line": (
        "{person} : {counterpart} n'a [toujours pas|pas encore] [confirmé|répondu] pour {item}.",
        "[Revoir|Revérifier] les [chiffres|montants] pour {item2} avant le {due}.",
        "{milestone} : [dans les temps|tendu] pour le {due}.",
        "[Idée|Piste] : [regrouper|grouper] {item} et {item2} [dans une seule commande|en une fois].",
        "[Appeler|Rappeler] {person} [pour|concernant] {topic}.",
        "[Budget consommé|Dépensé] à ce jour : {amount}.",
        "[Question ouverte|À clarifier] : qui [valide|signe] pour {item} ?",
    ),
    "email.body": (
        "[J'espère que vous allez bien.|J'espère que tout va bien de votre côté.|Merci pour votre message.]",
        "[Suite à|Pour faire suite à] notre [appel|échange] du {date}, [voici|je vous envoie] [les points|quelques points] concernant {topic}.",
        "[Pourriez-vous|Pouvez-vous] me [confirmer|transmettre] [les chiffres|les dates] pour {item} d'ici le {due} ?",
        "[Nous souhaitons|J'aimerais] [boucler|régler] le sujet « {item2} » avant le jalon « {milestone} ».",
        "[N'hésitez pas à me dire|Dites-moi] si [quelque chose n'est pas clair|un point vous manque].",
    ),
    "log.entry": (
        "[appel|échange téléphonique] avec {person} [sur|concernant] {item}",
        "[mail|message] {counterpart} : [retard annoncé sur|confirmation pour] {item2}",
        "[réunion|point] sur {topic}, [compte rendu|notes] à suivre",
        "[relance envoyée|rappel envoyé] à {counterpart} concernant le jalon « {milestone} »",
        "[envoi du document « {topic} » à|partage du document « {topic} » avec] {person}",
    ),
    "deck.status": (
        "{project} : [statut|météo] {status}",
        "{milestone} : [prévu le|échéance au] {due}",
        "{item} : [accord obtenu|discussion en cours] avec {counterpart}",
        "[Point clé|Point d'attention] : {item2}",
    ),
    "deck.decision": (
        "[Valider|Confirmer] le poste « {item} » pour le projet {project}",
        "[Arrêter|Fixer] la date du jalon « {milestone} »",
        "[Choisir parmi les|Départager les] [propositions|offres] pour {item2}",
    ),
    "training.point": (
        "{topic} : [enjeux|mode d'emploi] pour {work}",
        "[Erreurs fréquentes|Pièges classiques] [avec|concernant] {item}",
        "[Interlocuteur|Qui contacter] : {person}",
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
        "[La somme réclamée|Le montant demandé], soit {amount}, [résulte|découle] [des relevés tenus|des décomptes établis] depuis le {date}.",
        "[L'audience|La prochaine audience] du {due} [devrait permettre|doit permettre] d'avancer vers l'étape suivante : {milestone}.",
    ),
    "inspection.finding": (
        "Les [justificatifs|éléments de preuve] concernant {item} sont [complets|en place], [et doivent faire|mais doivent encore faire] l'objet d'un dernier contrôle par {person}.",
        "[Un écart subsiste|Un écart a été relevé] concernant {item2} : [le registre|le suivi] [s'arrête au|n'est plus tenu après le] {date}.",
        "L'indicateur « {metric} » [s'établit à|est de] {value}, pour une cible attendue de {target}.",
        "Les équipes [interrogées|rencontrées] ont su [expliquer|décrire] [la pratique réelle|ce qui se fait au quotidien] concernant {topic}.",
        "Le plan d'actions [doit permettre de|permettra de] [lever|résorber] les [écarts|points ouverts] avant le {due}.",
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
        "[Le traitement se poursuit|La prise en charge se poursuit] [comme prévu|conformément au protocole] ; [prochaine réévaluation|prochain point] le {due}.",
        "{person} [note|signale] [une amélioration|une absence d'évolution] concernant {item2}.",
        "Stock [faible|insuffisant] pour {item} ; [réapprovisionner|passer commande] avant le {due}.",
    ),
    "research.aim": (
        "[L'étude|Ce travail] [porte sur|s'intéresse à] {work}.",
        "[Chez|En partenariat avec] {counterpart}, [nous collecterons|l'équipe collectera] des données sur l'indicateur « {metric} ».",
        "Les [premiers résultats|résultats] sont attendus [pour le|d'ici le] {due}.",
        "[Le financement|Le budget] de {amount} [couvre|finance] {item} et {item2}.",
    ),
    "event.logistics": (
        "[La réservation de la salle|La location du lieu] est confirmée avec {counterpart} pour le {due}.",
        "{item} : [commande passée|réservation faite], [livraison|arrivée] [le jour même|la veille].",
        "{person} [gère|prend en charge] {item2} ainsi que [l'accueil|le stand d'inscription].",
        "[Nombre définitif|Effectif final] de participants à communiquer à {counterpart} d'ici le {due}.",
    ),
    "todo.item": (
        "{item} : [vérifier|confirmer] avec {counterpart} d'ici le {due}",
        "[Envoyer {topic} à|Finaliser {topic} pour] {person} d'ici le {due}",
        "[Préparer|Rédiger] [les notes|les supports] pour le jalon « {milestone} » d'ici le {due}",
        "[Mettre à jour|Corriger] les chiffres pour {item2} d'ici le {due}",
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
