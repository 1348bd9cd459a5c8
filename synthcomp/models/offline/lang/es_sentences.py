"""Spanish sentence templates (Spain), keyed "genre.section", the same keys as ``en_sentences``.

Same slots as the English book. Slot values are bare labels ("Ordenadores portátiles", "Firma
del contrato") of unknown gender and number, so a slot is never the subject of a verb or an
adjective that must agree with it: budget lines are "la partida «{item}»", milestones "el hito
{milestone}", indicators "el indicador «{metric}»", documents "el documento «{topic}»", and "y"
never comes right before a slot (it would have to be "e" before "i-"). Letters address the
reader as "usted"; emails use "tú", as colleagues and regular contacts do in Spain.
"""

from __future__ import annotations

SENTENCES: dict[str, tuple[str, ...]] = {
    "report.summary": (
        "[En conjunto|En términos generales|En resumen], el semáforo del proyecto {project} está en {status} [este periodo|este mes|esta quincena].",
        "El [principal|mayor] cambio desde el último informe está en la partida «{item}», que [ahora requiere|sigue requiriendo|ha requerido] más atención de la prevista.",
        "Los trabajos de {work} [siguen adelante|avanzan] con {counterpart} y el equipo [prevé|espera] alcanzar el hito «{milestone}» [antes del|para el] {due}.",
        "[Casi todo|Prácticamente todo] lo que [nos comprometimos a hacer|prometimos] en {topic} está [hecho|encarrilado]; las [excepciones|desviaciones] [figuran|se recogen] en el apartado de riesgos.",
        "{person} [se incorporó a|asumió] la línea de trabajo de {item} el {date}, lo que [liberó|ha liberado] tiempo para {work}.",
        "[No se necesita|No se requiere] ninguna decisión [del comité|de la dirección|del patrocinador] en esta ocasión, [salvo|excepto] en lo relativo a {item2}.",
        "En síntesis, el proyecto {project} [mantiene|cumple] [el calendario|los plazos]; la atención se centra [sobre todo|ahora] en la partida «{item}».",
    ),
    "report.budget": (
        "El gasto [comprometido|ejecutado] en el proyecto {project} asciende a {amount}, [dentro de|sin superar] la dotación aprobada.",
        "La partida más importante es «{item}», [y es|que sigue siendo] la que hay que vigilar [en las próximas semanas|hasta el {due}].",
        "[Tras|Después de] la conversación con {counterpart}, [hemos|el equipo ha] [trasladado|reasignado] parte de la dotación de {item2} a la partida «{item}».",
        "[No hay|No se registra] ninguna desviación al alza que reseñar; la [previsión|proyección de cierre] está [en línea con|cerca de] lo presupuestado.",
        "Los precios de {item} [subieron|aumentaron] después del {date}; [la subida se absorbió|absorbimos la subida] con la partida de imprevistos.",
        "El margen que queda en el proyecto {project} [es holgado|es ajustado|está bajo control] hasta el {due}.",
    ),
    "report.progress": (
        "El próximo hito es {milestone}, previsto para el {due}, y [ya se ha empezado a trabajar en él|la preparación está en marcha].",
        "[Desde el|Tras el] {date}, {person} [ha cerrado|ha completado] las [tareas|actuaciones] de {item} [antes de lo previsto|con adelanto sobre el plan].",
        "[Dos|Tres|Varias] [tareas|acciones] de {topic} se han retrasado una semana [porque|ya que] {counterpart} [pidió cambios|necesitaba más tiempo].",
        "El [plan|calendario] se mantiene para el {due}, [siempre que|a condición de que] la entrega de {item} se produzca [a tiempo|en la fecha acordada].",
        "[Revisamos el plan con {counterpart} el {date} y acordamos|El equipo repasó el plan con {counterpart} el {date} y confirmó] los siguientes pasos.",
    ),
    "report.indicators": (
        "El indicador «{metric}» [se sitúa en|marca|está en] {value}, frente a un objetivo de {target}.",
        "[En los últimos meses|Durante el último trimestre], el indicador «{metric}» [mejora|ha mejorado|se mantiene estable] y [ahora|actualmente] está en {value}.",
        "[Volveremos a|El equipo volverá a] [informar sobre|revisar] el indicador «{metric}» el {due}.",
        "Último dato del indicador «{metric}»: {value}; la distancia respecto al objetivo ({target}) se [sigue|revisa] [cada mes|de cerca].",
    ),
    "report.risk": (
        "[Un retraso en la entrega de|La entrega tardía de] {item} podría [retrasar|comprometer] el hito «{milestone}» más allá del {due}.",
        "{counterpart} [podría no confirmar|podría tardar en confirmar] a tiempo el pedido de {item2}.",
        "La disponibilidad de {person} en las próximas semanas [sigue siendo|es] [ajustada|incierta].",
        "Los [costes|precios] de {item} [podrían|pueden] [subir|aumentar] antes de la firma.",
        "El alcance de {work} [podría|puede] [ampliarse|crecer] si [el patrocinador|{counterpart}] [pide|exige] más.",
        "Los datos del indicador «{metric}» [llegan|se reciben] [tarde|incompletos], lo que [debilita|limita] el seguimiento.",
    ),
    "action": (
        "{person}: [confirmar|comprobar] {item} con {counterpart} [antes del|a más tardar el] {due}.",
        "{person}: [enviar|distribuir] la versión [revisada|actualizada] del documento «{topic}» [al equipo|a {counterpart}] antes del {due}.",
        "{person}: [organizar|convocar] una [llamada|reunión] con {counterpart} sobre {item2} antes del {due}.",
        "{person}: [actualizar|completar] las cifras de {item} antes del {due}.",
        "{person}: [redactar|preparar] la nota sobre el hito «{milestone}» para el {due}.",
        "{person}: [reclamar|hacer seguimiento de] la respuesta pendiente sobre {item2} antes del {due}.",
        "{person}: [revisar|contrastar] el documento «{topic}» [con el presupuesto|con el plan] antes del {due}.",
    ),
    "minutes.agenda": (
        "[Avance de|Situación de] {work}",
        "{item}: [opciones|próximos pasos|situación]",
        "[Fechas|Calendario] del hito «{milestone}»",
        "[Comentarios de|Preguntas de] {counterpart}",
        "{topic}: [puntos a decidir|temas abiertos]",
        "[Ruegos y preguntas|Varios]",
    ),
    "minutes.discussion": (
        "{person} [abrió la reunión con|comenzó con] una actualización sobre {work}.",
        "[Se analizó|Se revisó] la partida «{item}» y [si encaja en el calendario|cómo afecta al calendario] hasta el {due}.",
        "{person} [señaló|advirtió] que {counterpart} [aún no había|todavía no ha] [confirmado nada sobre|respondido sobre] {item2}.",
        "[Se acordó|Acordamos] que el documento «{topic}» [necesita|necesitaría] una [revisión|vuelta] más antes de [enviarse|difundirse].",
        "[Se expresó preocupación|Hubo cierta preocupación] por [el coste|el plazo de entrega] de {item}.",
        "{person} [estudiará|se ofreció a buscar] [una alternativa|una opción más barata] para {item2}.",
        "[Hubo|Tuvimos] un [breve|largo] debate sobre el hito «{milestone}», que [sigue|se mantiene] previsto para el {due}.",
    ),
    "minutes.decision": (
        "[Seguir adelante|Continuar] con {item} [según lo previsto|según lo propuesto] [en el marco del|dentro del] proyecto {project}.",
        "[Mantener|Conservar] el hito «{milestone}» para el {due} y [revisarlo|volver a tratarlo] en la próxima reunión.",
        "[Pedir|Solicitar] a {counterpart} una [oferta revisada|propuesta en firme] para {item2}.",
        "[Aprobar|Aceptar] el [borrador|documento revisado] de {topic}, [a falta de|pendiente de] los comentarios de {person}.",
    ),
    "brief.background": (
        "El proyecto {project} [trata sobre|abarca] {work}.",
        "Se [desarrolla|lleva a cabo] con {counterpart} desde {city}, [bajo la dirección de {author}|con {author} como responsable].",
        "[Hasta ahora|Hasta la fecha], la partida «{item}» se [ha gestionado|gestionaba] [caso por caso|sobre la marcha], lo que [hace perder tiempo|dificulta la planificación].",
        "[El objetivo|La idea] es [terminar|completar] el hito «{milestone}» antes del {due} sin [alterar|entorpecer] el día a día.",
    ),
    "brief.objective": (
        "[Alcanzar|Completar] el hito «{milestone}» antes del {due}.",
        "Mantener el indicador «{metric}» en {target} o [por encima|mejor].",
        "[No superar|Respetar] la dotación aprobada de {amount}.",
        "[Acordar|Cerrar] con {counterpart} las condiciones de {item}.",
        "[Documentar|Dejar por escrito] [cómo trabajamos|lo que hacemos] en {work} para que otros puedan [reutilizarlo|seguirlo].",
    ),
    "brief.scope": (
        "[Dentro del alcance|Incluido]: {item}, {item2} y las [tareas|actuaciones] necesarias para el hito «{milestone}».",
        "[Fuera del alcance|No incluido]: [los cambios|los trabajos] ajenos al proyecto {project} y todo lo que no se haya [acordado|pactado] con {counterpart} por escrito.",
    ),
    "memo.body": (
        "[Tras|A raíz de] [nuestra conversación|la reunión] del {date}, [resumo|esta nota recoge] [la situación|el estado] de {topic}.",
        "[La cuestión|El asunto] es cómo [gestionar|financiar] {item} dentro del proyecto {project}.",
        "[He|Hemos] [analizado|comparado] [las opciones|lo que ofrece {counterpart}] para {item2}.",
        "[Esperar|Retrasar la decisión] más allá del {due} [pondría|dejaría] en riesgo el hito «{milestone}».",
        "Las cifras [siguientes|que figuran a continuación] [proceden|salen] del presupuesto [más reciente|vigente].",
    ),
    "memo.recommendation": (
        "[Recomiendo|Mi recomendación es] [seguir adelante|avanzar] con {item} y [revisarlo|volver a valorarlo] el {due}.",
        "[Deberíamos|Propongo] [pedir|exigir] a {counterpart} [mejores condiciones|una fecha en firme] para {item2} antes del {due}.",
        "[Se ruega|Agradecería] [confirmación|aprobación] antes del {due} para que el hito «{milestone}» [siga|se mantenga] en plazo.",
    ),
    "requirements.purpose": (
        "Este documento [recoge|establece] lo que el proyecto {project} [debe|tiene que] entregar para {work}.",
        "[Cada|Todo] requisito [indica|recoge] su prioridad y [su origen|quién lo planteó].",
        "[Cualquier cambio|Todo cambio] posterior al {due} [pasa|debe pasar] por {person}.",
    ),
    "requirements.line": (
        "[La solución|El trabajo] debe [cubrir|incluir] {item} [en|para] la sede de {city}.",
        "[La entrega de|La disponibilidad de] {item2} [debe|deberá] estar [garantizada|asegurada] antes del hito «{milestone}».",
        "Los [informes|datos] del indicador «{metric}» [deben|deberán] estar disponibles [cada mes|cada semana].",
        "{counterpart} [debe|deberá] [confirmar|validar] por escrito lo relativo a {item}.",
        "[Debe|Deberá] conservarse un registro de {topic} [a efectos de auditoría|para su revisión].",
        "El gasto en {item} [debe|deberá] [mantenerse|quedar] dentro [de la dotación acordada|del presupuesto acordado].",
        "[El personal|El equipo] [debería|podría] recibir [formación|una sesión informativa] sobre {item2} antes del {due}.",
        "[Cualquier|Todo] [retraso|cambio] en el hito «{milestone}» [debe|deberá] [comunicarse|notificarse] en un plazo de [dos|tres] días.",
    ),
    "contract.scope": (
        "{counterpart} [suministrará|proporcionará] tanto {item} como {item2} para el proyecto {project}, según se describe en el anexo.",
        "Los [trabajos|servicios] se [prestarán|realizarán] en la sede de {city}.",
    ),
    "contract.service": (
        "{counterpart} [atenderá|responderá a] las solicitudes en un plazo máximo de [dos|tres] días hábiles.",
        "Las [incidencias|averías] relacionadas con {item} se [resolverán|corregirán] en un plazo de [cinco|diez] días hábiles.",
    ),
    "letter.body": (
        "[Le agradecemos|Muchas gracias por] su [carta|mensaje] del {date} [sobre|en relación con] {topic}.",
        "[Tal como hablamos|Según lo acordado], [queremos|tenemos intención de] [seguir adelante|avanzar] con {item} [en el marco del|dentro del] proyecto {project}.",
        "¿[Podría|Puede] [confirmarnos|indicarnos] [las fechas|las condiciones] de {item2} antes del {due}?",
        "[Quedamos|Quedo] a su disposición para [tratar|comentar] el hito «{milestone}».",
        "[Le adjuntamos|Adjunto le remitimos] [la versión actualizada|la versión revisada] del documento «{topic}».",
    ),
    "review.context": (
        "Esta revisión [abarca|analiza] {topic} [en el marco del|dentro del] proyecto {project}.",
        "[Se basa en|Parte de] los [datos|registros] [recogidos|recopilados] desde el {date}.",
    ),
    "review.well": (
        "El trabajo en {item} [se desarrolló|transcurrió] [sin problemas|según lo previsto] [gracias a|con la ayuda de] {person}.",
        "La relación con {counterpart} [fue|ha sido] [ágil|fluida|constructiva].",
        "El indicador «{metric}» [alcanzó|llegó a] {value}, [cerca del objetivo|en línea con el objetivo].",
    ),
    "review.improve": (
        "La [planificación|preparación] de {item2} [empezó|arrancó] demasiado tarde.",
        "El [traspaso|intercambio] de información dentro del equipo [podría ser|debería ser] más [claro|regular].",
        "Las decisiones sobre {item2} [se tomaron|llegaron] [demasiado tarde|con retraso].",
    ),
    "policy.purpose": (
        "[Esta guía|Esta nota] [explica|establece] cómo se [organiza|coordina] el equipo en lo relativo a {topic}.",
        "[Se aplica a|Va dirigida a] todas las personas que trabajan en {work}.",
    ),
    "policy.rule": (
        "[Registrar|Anotar] cada [solicitud|pedido] de {item} [en el seguimiento|en el registro compartido] [el mismo día|antes de que acabe la semana].",
        "[Consultar a|Hablar con] {person} antes de [comprometer|gastar] más de {amount}.",
        "[Guardar|Archivar] las copias [firmadas|definitivas] de {topic} en la carpeta del proyecto, [nunca|no] en el escritorio.",
        "[Revisar|Comprobar] el indicador «{metric}» [cada mes|mensualmente] y [avisar de|señalar] cualquier valor por debajo de {target}.",
        "[Usar|Partir de] la plantilla [del equipo|compartida] para cualquier documento sobre {topic}.",
        "[Nombrar|Titular] los archivos de {item} con la fecha y la versión [al final|al principio].",
        "No [enviar|compartir] cifras de {item} sin [revisión|validación] previa.",
    ),
    "notes.line": (
        "{person}: {counterpart} [sigue sin confirmar|aún no ha confirmado|todavía no ha respondido sobre] {item}.",
        "[Revisar|Mirar] otra vez las [cifras|cantidades] de {item2} antes del {due}.",
        "{milestone}: [en plazo|muy justo] para el {due}.",
        "[Idea|Propuesta]: [agrupar|juntar] {item} con {item2} [en un solo pedido|de una vez].",
        "[Llamar a|Telefonear a] {person} [por el tema de|sobre] {topic}.",
        "[Gasto|Gastado] hasta la fecha: {amount}.",
        "[Pendiente de aclarar|Duda]: ¿quién [aprueba|firma] lo de {item}?",
    ),
    "email.body": (
        "[Espero que estés bien.|Espero que vaya todo bien.|Gracias por tu mensaje.]",
        "[Tras|En relación con] nuestra [llamada|conversación] del {date}, te [envío|resumo] [los puntos|algunos puntos] sobre {topic}.",
        "¿[Puedes|Podrías] [confirmarme|enviarme] [las cifras|las fechas] de {item} antes del {due}?",
        "[Nos gustaría|Quiero] [cerrar|dejar resuelto] el tema de {item2} antes del hito «{milestone}».",
        "[Dime|Avísame] si [algo no queda claro|falta algo].",
    ),
    "log.entry": (
        "[llamada|llamada telefónica] con {person} sobre {item}",
        "[correo|mensaje] de {counterpart}: [retraso en|confirmación de] {item2}",
        "[reunión|puesta al día] sobre {topic}, [notas pendientes|acta pendiente]",
        "[recordatorio|reclamación] a {counterpart} sobre el hito «{milestone}»",
        "[envío|reenvío] de {topic} a {person}",
    ),
    "deck.status": (
        "{project}: [semáforo|estado] {status}",
        "{milestone}: [previsto para el {due}|fecha límite {due}]",
        "{item}: [acuerdo cerrado|negociación en curso] con {counterpart}",
        "[Punto clave|Tema principal]: {item2}",
    ),
    "deck.decision": (
        "[Aprobar|Confirmar] {item} [para el|dentro del] proyecto {project}",
        "[Acordar|Fijar] la fecha del hito «{milestone}»",
        "[Elegir|Seleccionar] [entre las ofertas|una de las ofertas] para {item2}",
    ),
    "training.point": (
        "{topic}: [por qué importa|cómo funciona] en {work}",
        "[Errores frecuentes|Fallos típicos] con {item}",
        "[A quién preguntar|Con quién hablar|A quién llamar]: {person}",
        "[Lista de comprobación|Pasos] antes de [pedir|usar] {item2}",
        "[Dónde encontrar|Dónde se guardan] los [registros|archivos] de {topic}",
    ),
    "case.facts": (
        "[Desde el {date}, {counterpart} discute|El {date}, {counterpart} impugnó] [la reclamación relativa a|el importe correspondiente a] {item}.",
        "[Nuestro cliente|El cliente] [trabajó|prestó servicios] en {work} hasta el {date}.",
        "Documentos [en el expediente|que obran en el expediente] relativos a {item2}: {count}.",
        "[No consta ningún acuerdo escrito|No existe documento alguno] que [regule|resuelva] lo relativo a {item2}.",
    ),
    "case.argument": (
        "La [reclamación|pretensión] relativa a {item} se [basa|fundamenta] en los documentos [que se relacionan a continuación|aportados].",
        "{counterpart} no [ha acreditado|acredita] que existiera [acuerdo|conformidad] sobre {item2}.",
        "[La cantidad reclamada|El importe reclamado], {amount}, [resulta de|se deriva de] [los registros llevados|los datos recogidos] desde el {date}.",
        "[La vista|La próxima vista] del {due} [debería permitir|permitirá] avanzar hacia la siguiente fase: {milestone}.",
    ),
    "inspection.finding": (
        "Las [evidencias|pruebas] de {item} están [completas|disponibles], [pero|aunque] [requieren|necesitan] una última comprobación por parte de {person}.",
        "[Persiste|Se ha detectado] una [carencia|laguna] en {item2}: [el registro|el seguimiento] se [interrumpe|detiene] después del {date}.",
        "El indicador «{metric}» [se sitúa en|es de] {value}, frente a un valor esperado de {target}.",
        "[El personal|El equipo] [sabe|supo] [explicar|mostrar] cómo se trabaja en {topic} [en la práctica|en el día a día].",
        "[El plan de acción|Nuestro plan] [cierra|debería cerrar] las [carencias|cuestiones abiertas] antes del {due}.",
    ),
    "launch.step": (
        "[Cerrar|Congelar] {item} [antes del|a más tardar el] {due}.",
        "[Confirmar|Acordar] con {counterpart} [la fecha|la franja] de {item2}.",
        "[Preparar|Redactar] [el anuncio|los textos] para el hito «{milestone}».",
        "[Probar|Validar] {item} [con un grupo reducido|con usuarios reales] antes del {due}.",
        "[Revisar|Analizar] [los comentarios|las cifras] del indicador «{metric}» [después del|una vez alcanzado el] hito «{milestone}».",
    ),
    "teaching.activity": (
        "[Empezar|Comenzar] con un [breve|rápido] repaso de {topic}.",
        "Los [alumnos|participantes] trabajan [por parejas|en grupos pequeños] sobre {item}.",
        "[Comentar|Analizar] {item2} [con ejemplos|a partir de un caso] de {work}.",
        "[Terminar|Cerrar] con un [breve|pequeño] [cuestionario|ejercicio] sobre {topic}.",
        "[Deberes|Lectura para la próxima sesión]: {item2}, [para el|con entrega el] {due}.",
    ),
    "care.note": (
        "[Ingreso|Consulta] el {date}; [en observación|control] por {item}.",
        "[El tratamiento|La pauta] continúa según lo establecido en el protocolo; [próxima revisión|revisión] el {due}.",
        "{person} [observa|refiere] [mejoría|ausencia de cambios] en {item2}.",
        "[Quedan pocas existencias|Queda poco stock] de {item}; [pedir|reponer] antes del {due}.",
    ),
    "research.aim": (
        "[El estudio|Este trabajo] [analiza|examina] {work}.",
        "[Con la colaboración de|A través de] {counterpart}, [recogeremos|el equipo recogerá] datos del indicador «{metric}».",
        "[Los resultados|Los primeros resultados] se esperan [para el|antes del] {due}.",
        "[La financiación|El presupuesto] de {amount} [cubre|financia] tanto {item} como {item2}.",
    ),
    "event.logistics": (
        "[Reserva del espacio|Reserva de la sala] confirmada con {counterpart} para el {due}.",
        "{item}: [pedido realizado|todo organizado], [entrega|llegada] [el mismo día|el día anterior].",
        "{person} se [encarga|ocupa] de {item2} y de [las acreditaciones|la recepción].",
        "Enviar a {counterpart} el [número definitivo|recuento final] de asistentes antes del {due}.",
    ),
    "todo.item": (
        "{item}: [comprobar|confirmar] con {counterpart} antes del {due}",
        "[Enviar|Terminar y enviar] {topic} a {person} antes del {due}",
        "[Preparar|Redactar] [las notas|las diapositivas] para el hito «{milestone}» antes del {due}",
        "[Actualizar|Corregir] las [cifras|cantidades] de {item2} antes del {due}",
    ),
}
