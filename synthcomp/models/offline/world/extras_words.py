"""Labels of the lived-in extras (screenshots, photos, saved e-mails, archives, stray files)
that the phrasebooks do not hold, in the languages the offline world writes.

Each key maps a language code to the string an office worker there would write or see
(``{slot}`` fields are filled by ``say``); a language the table lacks gets English. Lists are
``|``-separated. Screenshot file names are the ones each OS writes in that language.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

LANGUAGES = ("en", "fr", "es", "pt", "de", "zh", "ja")

WORDS: dict[str, dict[str, str]] = {
    # who a piece of work answers to when no vocabulary names them
    "cp_auditors": {"en": "the external auditors", "fr": "le cabinet d'audit externe",
                    "es": "la auditoría externa", "pt": "a auditoria externa",
                    "de": "die externe Wirtschaftsprüfung", "zh": "外部审计机构", "ja": "外部監査法人"},
    "cp_inspectors": {"en": "the inspectors", "fr": "les inspecteurs", "es": "la inspección",
                      "pt": "a fiscalização", "de": "die Aufsichtsbehörde", "zh": "检查组",
                      "ja": "監督官庁"},
    "cp_funder": {"en": "the funding agency", "fr": "l'organisme financeur",
                  "es": "la entidad financiadora", "pt": "a agência de fomento",
                  "de": "der Fördermittelgeber", "zh": "资助机构", "ja": "助成団体"},
    # files left on the Desktop and in Downloads
    "stray": {
        "en": "notes|untitled|to check|call notes|quick calc|draft|ideas|numbers",
        "fr": "notes|sans titre|à vérifier|notes appel|calcul rapide|brouillon|idées|chiffres",
        "es": "notas|sin título|revisar|notas llamada|cálculo rápido|borrador|ideas|números",
        "pt": "notas|sem título|conferir|anotações ligação|cálculo rápido|rascunho|ideias|números",
        "de": "Notizen|Unbenannt|zu prüfen|Telefonnotiz|Kalkulation|Entwurf|Ideen|Zahlen",
        "zh": "笔记|未命名|待核对|通话记录|估算|草稿|想法|数字",
        "ja": "メモ|無題|要確認|電話メモ|試算|下書き|アイデア|数字",
    },
    # the name Excel gives a new workbook, kept when saved in a hurry
    "new_workbook": {"en": "Book1", "fr": "Classeur1", "es": "Libro1", "pt": "Pasta1",
                     "de": "Mappe1", "zh": "工作簿1", "ja": "Book1"},
    "export": {"en": "export", "fr": "export", "es": "exportacion", "pt": "exportacao",
               "de": "Export", "zh": "导出", "ja": "エクスポート"},
    "data": {"en": "data", "fr": "donnees", "es": "datos", "pt": "dados", "de": "Daten",
             "zh": "数据", "ja": "データ"},
    "report": {"en": "report", "fr": "rapport", "es": "informe", "pt": "relatorio",
               "de": "Bericht", "zh": "报表", "ja": "レポート"},
    "export_title": {"en": "{code} export", "fr": "Export {code}", "es": "Exportación {code}",
                     "pt": "Exportação {code}", "de": "Export {code}", "zh": "{code}导出数据",
                     "ja": "{code} エクスポート"},
    "invoice": {"en": "Invoice", "fr": "Facture", "es": "Factura", "pt": "Fatura",
                "de": "Rechnung", "zh": "发票", "ja": "請求書"},
    "invoice_code": {"en": "INV", "fr": "FA", "es": "FAC", "pt": "NF", "de": "RE",
                     "zh": "FP", "ja": "INV"},
    "letter_from": {"en": "Letter from {who}", "fr": "Courrier {who}", "es": "Carta de {who}",
                    "pt": "Carta {who}", "de": "Schreiben {who}", "zh": "{who}来函",
                    "ja": "{who}からの書簡"},
    "brochure": {"en": "{who} brochure", "fr": "Plaquette {who}", "es": "Folleto {who}",
                 "pt": "Catálogo {who}", "de": "Broschüre {who}", "zh": "{who}宣传册",
                 "ja": "{who} 会社案内"},
    "price_list": {"en": "{who} price list", "fr": "Tarifs {who}", "es": "Tarifas {who}",
                   "pt": "Tabela de preços {who}", "de": "Preisliste {who}",
                   "zh": "{who}报价单", "ja": "{who} 価格表"},
    "old_project": {"en": "old project {year}", "fr": "ancien projet {year}",
                    "es": "proyecto antiguo {year}", "pt": "projeto antigo {year}",
                    "de": "altes Projekt {year}", "zh": "旧项目 {year}",
                    "ja": "旧プロジェクト {year}"},
    "archive_year": {"en": "Archive {year}", "fr": "Archives {year}", "es": "Archivo {year}",
                     "pt": "Arquivo {year}", "de": "Archiv {year}", "zh": "{year}年归档",
                     "ja": "{year}年 アーカイブ"},
    "project_archive": {"en": "Project archive {year}", "fr": "Archive projet {year}",
                        "es": "Archivo del proyecto {year}", "pt": "Arquivo do projeto {year}",
                        "de": "Projektarchiv {year}", "zh": "项目归档 {year}",
                        "ja": "プロジェクト保管 {year}"},
    "screenshot": {"en": "Screenshot", "fr": "Capture d'écran", "es": "Captura de pantalla",
                   "pt": "Captura de tela", "de": "Bildschirmfoto", "zh": "截屏",
                   "ja": "スクリーンショット"},
    "photo_whiteboard": {"en": "Photo of the whiteboard", "fr": "Photo du tableau blanc",
                         "es": "Foto de la pizarra", "pt": "Foto do quadro branco",
                         "de": "Foto vom Whiteboard", "zh": "白板照片",
                         "ja": "ホワイトボードの写真"},
    "photo_site": {"en": "Photo on site", "fr": "Photo sur place", "es": "Foto in situ",
                   "pt": "Foto no local", "de": "Foto vor Ort", "zh": "现场照片", "ja": "現場写真"},
    "photo_product": {"en": "Photo of the product", "fr": "Photo du produit",
                      "es": "Foto del producto", "pt": "Foto do produto", "de": "Produktfoto",
                      "zh": "产品照片", "ja": "製品写真"},
    "photo_receipt": {"en": "Photo of the receipt", "fr": "Photo du ticket",
                      "es": "Foto del tique", "pt": "Foto do recibo", "de": "Foto vom Beleg",
                      "zh": "小票照片", "ja": "レシートの写真"},
    # reply and forward prefixes, as the mail client writes them
    "re": {"en": "RE", "fr": "RE", "es": "RE", "pt": "RES", "de": "AW", "zh": "答复",
           "ja": "RE"},
    "fw": {"en": "FW", "fr": "TR", "es": "RV", "pt": "ENC", "de": "WG", "zh": "转发",
           "ja": "FW"},
    # screenshots of the user's windows
    "chat_ask": {
        "en": "did {counterpart} confirm the {item} for {project}?",
        "fr": "{counterpart} a confirmé pour « {item} » sur {project} ?",
        "es": "¿{counterpart} confirmó lo de {item} para {project}?",
        "pt": "a {counterpart} já confirmou {item} para {project}?",
        "de": "hat {counterpart} {item} für {project} schon bestätigt?",
        "zh": "{counterpart}确认{project}的{item}了吗？",
        "ja": "{counterpart}さんから{project}の{item}の確認は来ましたか？"},
    "chat_not_yet": {
        "en": "not yet, I'm chasing them today", "fr": "pas encore, je les relance aujourd'hui",
        "es": "todavía no, hoy les vuelvo a escribir", "pt": "ainda não, vou cobrar hoje",
        "de": "noch nicht, ich hake heute nach", "zh": "还没有，我今天再催一下",
        "ja": "まだです。今日もう一度催促します"},
    "chat_need": {
        "en": "we need it before {due}, the steering group asks",
        "fr": "il nous le faut avant le {due}, le COPIL le demande",
        "es": "lo necesitamos antes del {due}, lo pide el comité de dirección",
        "pt": "precisamos disso antes de {due}, o comitê está cobrando",
        "de": "wir brauchen das bis zum {due}, der Lenkungskreis fragt schon",
        "zh": "{due}之前必须定下来，领导在问", "ja": "{due}までに必要です。運営委員会から聞かれています"},
    "chat_ok": {
        "en": "ok, I'll update the tracker once they reply",
        "fr": "ok, je mets à jour le suivi dès qu'ils répondent",
        "es": "vale, actualizo el seguimiento en cuanto respondan",
        "pt": "ok, atualizo a planilha quando responderem",
        "de": "ok, ich aktualisiere die Liste, sobald sie antworten",
        "zh": "好的，他们回复后我更新进度表", "ja": "了解です。返事が来たら管理表を更新します"},
    "chat_figure": {
        "en": "and the {metric} figure for the report?",
        "fr": "et le chiffre « {metric} » pour le rapport ?",
        "es": "¿y la cifra de {metric} para el informe?",
        "pt": "e o número de {metric} para o relatório?",
        "de": "und die Zahl zu {metric} für den Bericht?",
        "zh": "报告里的{metric}数据呢？", "ja": "報告書用の{metric}の数字は？"},
    "chat_value": {"en": "{value} this week", "fr": "{value} cette semaine",
                   "es": "{value} esta semana", "pt": "{value} esta semana",
                   "de": "{value} diese Woche", "zh": "本周是{value}", "ja": "今週は{value}です"},
    "mail_confirm": {
        "en": "we can confirm the next delivery for {project} by {due}.",
        "fr": "nous vous confirmons la prochaine livraison pour {project} d'ici le {due}.",
        "es": "le confirmamos la próxima entrega para {project} antes del {due}.",
        "pt": "confirmamos a próxima entrega para {project} até {due}.",
        "de": "wir bestätigen die nächste Lieferung für {project} bis zum {due}.",
        "zh": "{project}的下一批交付可在{due}前完成，特此确认。",
        "ja": "{project}の次回納品は{due}までに可能です。"},
    "deadline": {"en": "Deadline {date}", "fr": "Pour le {date}", "es": "Fecha límite {date}",
                 "pt": "Prazo {date}", "de": "Frist {date}", "zh": "截止 {date}",
                 "ja": "締切 {date}"},
    "receipt_total": {"en": "TOTAL", "fr": "TOTAL", "es": "TOTAL", "pt": "TOTAL",
                      "de": "SUMME", "zh": "合计", "ja": "合計"},
    # saved e-mails
    "mail_intro": {
        "en": "Here is where we stand on {project}:",
        "fr": "Voici où nous en sommes pour {project} :",
        "es": "Le resumo cómo estamos en {project}:",
        "pt": "Segue a situação atual de {project}:",
        "de": "Hier der aktuelle Stand zu {project}:",
        "zh": "关于{project}，目前的情况如下：",
        "ja": "{project}の現状は以下の通りです。"},
    "mail_row": {"en": "- {item}: {qty} units at {price}", "fr": "- {item} : {qty} × {price}",
                 "es": "- {item}: {qty} × {price}", "pt": "- {item}: {qty} × {price}",
                 "de": "- {item}: {qty} × {price}", "zh": "- {item}：{qty} × {price}",
                 "ja": "・{item}：{qty} × {price}"},
    "mail_total": {
        "en": "That is {total} in all. We can deliver by {date} if you confirm this week.",
        "fr": "Soit {total} au total. Nous pouvons livrer d'ici le {date} si vous confirmez "
              "cette semaine.",
        "es": "En total, {total}. Podemos entregar antes del {date} si nos lo confirma esta "
              "semana.",
        "pt": "Total: {total}. Conseguimos entregar até {date} se confirmarem esta semana.",
        "de": "Insgesamt sind das {total}. Wir können bis zum {date} liefern, wenn Sie diese "
              "Woche bestätigen.",
        "zh": "合计{total}。如本周内确认，我们可在{date}前交付。",
        "ja": "合計{total}です。今週中にご確認いただければ、{date}までに納品可能です。"},
    # how a counterpart's staff sign (ctx.contacts gives the English titles, in this order)
    "contact_titles": {
        "en": "Account Manager|Sales Director|Project Lead|Contracts Officer",
        "fr": "Responsable grands comptes|Direction commerciale|Chef de projet|"
              "Responsable contrats",
        "es": "Responsable de cuentas|Dirección comercial|Jefe de proyecto|"
              "Responsable de contratos",
        "pt": "Gerente de contas|Diretoria comercial|Gerente de projeto|Analista de contratos",
        "de": "Kundenbetreuung|Vertriebsleitung|Projektleitung|Vertragsmanagement",
        "zh": "客户经理|销售总监|项目负责人|合同专员",
        "ja": "営業担当|営業部長|プロジェクトリーダー|契約担当"},
    # an old project's zip
    "budget_final": {"en": "budget final", "fr": "budget final", "es": "presupuesto final",
                     "pt": "orçamento final", "de": "Budget Endstand", "zh": "最终预算",
                     "ja": "最終予算"},
    "closing_meeting": {"en": "closing meeting", "fr": "réunion de clôture",
                        "es": "reunión de cierre", "pt": "reunião de encerramento",
                        "de": "Abschlussbesprechung", "zh": "结项会议纪要", "ja": "完了報告会議事録"},
    "present": {"en": "Present", "fr": "Présents", "es": "Asistentes", "pt": "Presentes",
                "de": "Anwesend", "zh": "参会人", "ja": "出席者"},
    "closed_spend": {"en": "Project closed; final spend {amount}",
                     "fr": "Projet clôturé ; dépense finale {amount}",
                     "es": "Proyecto cerrado; gasto final {amount}",
                     "pt": "Projeto encerrado; gasto final {amount}",
                     "de": "Projekt abgeschlossen; Endkosten {amount}",
                     "zh": "项目已结项，最终支出{amount}", "ja": "プロジェクト完了。最終支出{amount}"},
    "lessons": {"en": "Lessons learned to be shared with {person}",
                "fr": "Retour d'expérience à partager avec {person}",
                "es": "Lecciones aprendidas: compartir con {person}",
                "pt": "Lições aprendidas: compartilhar com {person}",
                "de": "Lessons Learned mit {person} teilen",
                "zh": "经验总结需与{person}分享", "ja": "振り返りを{person}さんと共有"},
    "readme_text": {
        "en": "{item} project {year}, closed {month}. Files kept for audit.",
        "fr": "Projet {item} {year}, clôturé en {month}. Fichiers conservés pour l'audit.",
        "es": "Proyecto {item} {year}, cerrado en {month}. Archivos conservados para auditoría.",
        "pt": "Projeto {item} {year}, encerrado em {month}. Arquivos guardados para auditoria.",
        "de": "Projekt {item} {year}, abgeschlossen im {month}. Dateien für die Revision "
              "aufbewahrt.",
        "zh": "{item}项目（{year}年），已于{month}结项。文件留存备查。",
        "ja": "{item}プロジェクト（{year}年）、{month}に完了。監査用に保管。"},
    # a technical user's script
    "script_doc": {
        "en": "Total {metric} by week from the {code} export.",
        "fr": "Total « {metric} » par semaine à partir de l'export {code}.",
        "es": "Total de «{metric}» por semana a partir de la exportación de {code}.",
        "pt": "Total de \"{metric}\" por semana a partir da exportação de {code}.",
        "de": "Summe „{metric}“ pro Woche aus dem {code}-Export.",
        "zh": "按周汇总{code}导出数据中的“{metric}”。",
        "ja": "{code}のエクスポートから「{metric}」を週ごとに集計する。"},
    "script_blank": {
        "en": "a blank or \"n/a\" cell in the export",
        "fr": "cellule vide ou « n/a » dans l'export",
        "es": "celda vacía o «n/a» en la exportación",
        "pt": "célula vazia ou \"n/a\" na exportação",
        "de": "leere oder „n/a“-Zelle im Export",
        "zh": "导出文件中的空单元格或“n/a”", "ja": "エクスポートの空欄や「n/a」"},
    # dates as people write them in a chat or on a whiteboard
    "day_month": {"en": "{day} {month}", "fr": "{day} {month}", "es": "{day} de {month}",
                  "pt": "{day} de {month}", "de": "{day}. {month}", "zh": "{month_num}月{day}日",
                  "ja": "{month_num}月{day}日"},
    "month_year": {"en": "{month} {year}", "fr": "{month} {year}", "es": "{month} de {year}",
                   "pt": "{month} de {year}", "de": "{month} {year}", "zh": "{year}年{month_num}月",
                   "ja": "{year}年{month_num}月"},
    "board_date": {"en": "%d/%m", "fr": "%d/%m", "es": "%d/%m", "pt": "%d/%m", "de": "%d.%m.",
                   "zh": "%m/%d", "ja": "%m/%d"},
}

# What the OS names a screenshot: macOS ("at" and dots in the time) and Windows 11 (the
# Snipping Tool's "2026-02-11 104213"), by language; Portugal's macOS and Windows say "ecrã".
_MAC = {"en": "Screenshot {d} at {t}", "fr": "Capture d’écran {d} à {t}",
        "es": "Captura de pantalla {d} a las {t}", "pt": "Captura de Tela {d} às {t}",
        "pt-PT": "Captura de ecrã {d}, às {t}", "de": "Bildschirmfoto {d} um {t}",
        "zh": "截屏{d} {t}", "ja": "スクリーンショット {d} {t}"}
_WINDOWS = {"en": "Screenshot {d} {t}", "fr": "Capture d'écran {d} {t}",
            "es": "Captura de pantalla {d} {t}", "pt": "Captura de tela {d} {t}",
            "pt-PT": "Captura de ecrã {d} {t}", "de": "Screenshot {d} {t}",
            "zh": "屏幕截图 {d} {t}", "ja": "スクリーンショット {d} {t}"}


def say(code: str, key: str, /, **values: Any) -> str:
    """The label ``key`` in language ``code`` (English when the table lacks it), filled."""
    entry = WORDS[key]
    text = entry.get(code, entry["en"])
    return text.format(**values) if values else text


def choices(code: str, key: str) -> list[str]:
    """A ``|``-separated entry as a list."""
    return say(code, key).split("|")


def screenshot_name(os_name: str, moment: datetime, code: str = "en", country: str = "") -> str:
    """The file name the OS gives a screenshot taken at ``moment``, in the user's language."""
    variant = "pt-PT" if code == "pt" and country.strip().lower() == "portugal" else code
    if os_name == "macos":
        template = _MAC.get(variant, _MAC["en"])
        return template.format(d=f"{moment:%Y-%m-%d}", t=f"{moment:%H.%M.%S}") + ".png"
    template = _WINDOWS.get(variant, _WINDOWS["en"])
    return template.format(d=f"{moment:%Y-%m-%d}", t=f"{moment:%H%M%S}") + ".png"
