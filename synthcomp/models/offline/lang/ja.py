"""The Japanese phrasebook: dates as 2026年3月3日, amounts with the currency first."""

from __future__ import annotations

from synthcomp.models.offline.lang.base import Phrasebook
from synthcomp.models.offline.lang.ja_sentences import SENTENCES
from synthcomp.models.offline.lang.ja_words import WORDS

BOOK = Phrasebook(
    code="ja", name="Japanese", faker_locale="ja_JP",
    months=("1月", "2月", "3月", "4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月"),
    weekdays=("月曜日", "火曜日", "水曜日", "木曜日", "金曜日", "土曜日", "日曜日"),
    date_long="{year}年{month_num}月{day}日", date_numeric="%Y/%m/%d",
    decimal=".", thousands=",", money="{currency} {amount}",
    joiner="", list_joiner="、", colon="：", stop="。",
    words=WORDS, sentences=SENTENCES,
    aliases=("japanese", "ja", "jp", "日本語", "japonais", "japonés", "japones", "japonês",
             "japanisch", "日语", "日文"),
)
