"""The Chinese (Simplified) phrasebook: mainland usage, dates as 2026年3月3日."""

from __future__ import annotations

from synthcomp.models.offline.lang.base import Phrasebook
from synthcomp.models.offline.lang.zh_sentences import SENTENCES
from synthcomp.models.offline.lang.zh_words import WORDS

BOOK = Phrasebook(
    code="zh", name="Chinese", faker_locale="zh_CN",
    months=("1月", "2月", "3月", "4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月"),
    weekdays=("星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"),
    date_long="{year}年{month_num}月{day}日", date_numeric="%Y-%m-%d",
    decimal=".", thousands=",", money="{currency} {amount}",
    joiner="", list_joiner="、", colon="：", stop="。",
    words=WORDS, sentences=SENTENCES,
    aliases=("chinese", "zh", "zh-cn", "zh-hans", "中文", "汉语", "漢語", "简体中文", "普通话",
             "mandarin", "chinois", "chino", "chinês", "chines", "chinesisch", "中国語"),
)
