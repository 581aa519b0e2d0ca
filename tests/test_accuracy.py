"""Accuracy on our own question sets, each kept within two questions of the level measured
(docs/accuracy.md), so a regression fails `make test`."""

from __future__ import annotations

import json
import re

import pytest

from jadbot.engine import Engine
from jadbot.evaluate import evaluate, read_cases
from jadbot.facts import Figure
from tests.conftest import ROOT

DATA = ROOT / "tests" / "data"
SLACK = 2  # questions a set may lose before the test fails; raise the floors as the engine improves

# (file, cases, right today): the labelled sets are judged strictly (intent and figures), the rest
# by the shared grader's rules (judge() below).
LABELLED_SETS = [("labelled.jsonl", 490, 437), ("holdout.jsonl", 264, 226)]
GRADED_SETS = [
    ("fresh.jsonl", 300, 292),
    ("fresh2.jsonl", 240, 227),
    ("fresh3.jsonl", 200, 194),
    ("fresh4.jsonl", 200, 189),
    ("fresh5.jsonl", 220, 214),
    ("fresh6.jsonl", 220, 205),
    ("fresh7.jsonl", 220, 207),  # written after the work: first run 192/220 by grade.py
    ("fresh8.jsonl", 220, 203),  # first run 198/220 by grade.py
    ("fresh9.jsonl", 220, 204),  # written in the fourth session: first run 199/220 by grade.py
    ("fresh10.jsonl", 220, 207),  # written in the fifth session: first run 192/220 by grade.py
    ("fresh11.jsonl", 220, 195),  # fifth session, mid-way: first run 181/220
    ("fresh12.jsonl", 220, 211),  # fifth session, after the work: first run 202/220
    ("fresh13.jsonl", 220, 213),  # fifth session's last: first run 197/220
    ("fresh14.jsonl", 220, 211),  # sixth session, before the work: first run 197/220
    ("fresh15.jsonl", 220, 206),  # sixth session, after the work: first run 203/220
    ("fresh16.jsonl", 220, 207),  # seventh session, before the work: first run 199/220
    ("fresh17.jsonl", 220, 199),  # seventh session, first final round: first run 193/220
    ("fresh18.jsonl", 220, 207),  # seventh session, second final round: first run 201/220
    ("fresh19.jsonl", 220, 199),  # seventh session, last round: first run 197/220
    ("fresh20.jsonl", 220, 200),  # eighth session, before the work: first run 194/220
    ("fresh21.jsonl", 220, 197),  # eighth session, first final round: first run 197/220
    ("fresh22.jsonl", 220, 198),  # eighth session, second final round: first run 199/220
    ("fresh23.jsonl", 220, 203),  # ninth session, before the work: first run 197/220
    ("fresh24.jsonl", 220, 189),  # ninth session, first final round: first run 190/220
    ("fresh26.jsonl", 220, 206),  # tenth session, before the work: first run 188/220
    ("fresh27.jsonl", 220, 202),  # tenth session, first final round: first run 199/220
    ("fresh29.jsonl", 220, 215),  # eleventh session, before the work: first run 211/220
    ("fresh30.jsonl", 220, 207),  # eleventh session, first final round: first run 201/220
    ("fresh31.jsonl", 220, 204),  # eleventh session, second final round: first run 204/220
    ("fresh32.jsonl", 220, 212),  # twelfth session, before the work: first run 199/220
    ("fresh34.jsonl", 220, 207),  # twelfth session, second round: first run 204/220
    ("fresh33.jsonl", 220, 206),  # twelfth session, sealed round: first run 206/220
    ("fresh35.jsonl", 220, 209),  # thirteenth session, before the work: first run 202/220
    ("fresh37.jsonl", 220, 212),  # thirteenth session, second round: first run 207/220
    ("fresh36.jsonl", 220, 210),  # thirteenth session, sealed round: first run 210/220
    ("fresh38.jsonl", 220, 214),  # fourteenth session, start round: first run 207/220
    ("fresh40.jsonl", 220, 209),  # fourteenth session, mid-session: first run 209/220
    ("fresh39.jsonl", 220, 209),  # fourteenth session, sealed round: first run 209/220
    ("fresh41.jsonl", 220, 206),  # fifteenth session, start round: first run 204/220
    ("fresh42.jsonl", 220, 200),  # fifteenth session, sealed round: first run 200/220
    ("fresh43.jsonl", 220, 210),  # sixteenth session, start round: first run 203/220
    ("fresh44.jsonl", 220, 201),  # sixteenth session, sealed round: first run 201/220
    ("fresh45.jsonl", 220, 208),  # seventeenth session, start round: first run 200/220
    ("fresh46.jsonl", 220, 212),  # seventeenth session, sealed round: first run 212/220
    ("fresh47.jsonl", 220, 210),  # eighteenth session, start round: first run 205/220
    ("fresh48.jsonl", 220, 199),  # eighteenth session, sealed round: first run 199/220
    ("fresh49.jsonl", 220, 216),  # nineteenth session, start round: first run 216/220
    ("fresh50.jsonl", 220, 207),  # nineteenth session, sealed round: first run 206/220
    ("fresh51.jsonl", 220, 214),  # twentieth session, start round: first run 214/220
    ("fresh52.jsonl", 220, 207),  # twentieth session, sealed round: first run 207/220
    ("fresh53.jsonl", 220, 215),  # twenty-first session, start round: first run 204/220
    ("fresh54.jsonl", 220, 201),  # twenty-first session, sealed round: first run 201/220
    ("fresh55.jsonl", 220, 214),  # twenty-second session, start round: first run 208/220
    ("fresh56.jsonl", 220, 215),  # twenty-second session, sealed round: first run 213/220
    ("fresh57.jsonl", 220, 208),  # twenty-second session, second sealed round: first run 208/220
    ("fresh58.jsonl", 220, 216),  # twenty-third session, start round: first run 208/220
    ("fresh59.jsonl", 220, 208),  # twenty-third session, sealed round: first run 205/220
    ("fresh60.jsonl", 220, 206),  # twenty-third session, second sealed round: first run 203/220
    ("fresh61.jsonl", 220, 212),  # twenty-third session, third sealed round: first run 212/220
    ("fresh62.jsonl", 220, 208),  # twenty-fourth session, start round: first run 204/220
    ("fresh63.jsonl", 220, 212),  # twenty-fourth session, sealed round: first run 210/220
    ("fresh64.jsonl", 220, 203),  # twenty-fourth session, second sealed round: first run 203/220
    ("fresh65.jsonl", 220, 211),  # twenty-fifth session, start round: first run 208/220
    ("fresh66.jsonl", 220, 205),  # twenty-fifth session, sealed round: first run 205/220
    ("fresh67.jsonl", 220, 216),  # twenty-sixth session, start round: first run 209/220
    ("fresh68.jsonl", 220, 214),  # twenty-sixth session, sealed round: first run 211/220
    ("fresh69.jsonl", 220, 215),  # twenty-seventh session, start round: first run 208/220
    ("fresh70.jsonl", 220, 208),  # twenty-seventh session, sealed round: first run 208/220
    ("fresh71.jsonl", 220, 211),  # twenty-eighth session, start round: first run 196/220
    ("fresh72.jsonl", 220, 210),  # twenty-eighth session, sealed round: first run 203/220
    ("fresh73.jsonl", 220, 206),  # twenty-eighth session, third round: first run 206/220
    ("fresh74.jsonl", 220, 211),  # twenty-ninth session, start round: first run 210/220
    ("fresh75.jsonl", 220, 212),  # twenty-ninth session, sealed round: first run 207/220
    ("fresh76.jsonl", 220, 211),  # twenty-ninth session, third round: first run 211/220
    ("fresh77.jsonl", 220, 216),  # thirtieth session, start round: first run 207/220
    ("fresh78.jsonl", 220, 209),  # thirtieth session, sealed round: first run 204/220
    ("fresh79.jsonl", 220, 208),  # thirtieth session, third round: first run 208/220
    ("fresh80.jsonl", 220, 217),  # thirty-first session, start round: first run 207/220
    ("fresh81.jsonl", 220, 220),  # thirty-first session, sealed round: first run 215/220
    ("fresh82.jsonl", 220, 210),  # thirty-first session, third round: first run 205/220
    ("fresh83.jsonl", 220, 215),  # thirty-second session, start round: first run 209/220
    ("fresh84.jsonl", 220, 218),  # thirty-second session, sealed round: first run 209/220
    ("fresh85.jsonl", 220, 214),  # thirty-second session, third round: first run 212/220
    ("fresh86.jsonl", 220, 219),  # thirty-third session, start round: first run 215/220
    ("fresh87.jsonl", 220, 218),  # thirty-third session, sealed round: first run 216/220
    ("fresh88.jsonl", 220, 211),  # thirty-third session, third round: first run 212/220
    ("fresh89.jsonl", 220, 216),  # thirty-fourth session, start round: first run 210/220
    ("fresh90.jsonl", 220, 215),  # thirty-fourth session, sealed round: first run 206/220
    ("fresh91.jsonl", 220, 215),  # thirty-fourth session, third round: first run 215/220
    ("fresh92.jsonl", 220, 217),  # thirty-fifth session, start round: first run 214/220
    ("fresh93.jsonl", 220, 213),  # thirty-fifth session, sealed round: first run 210/220
    ("fresh94.jsonl", 220, 213),  # thirty-fifth session, third round: first run 214/220
    ("fresh95.jsonl", 220, 213),  # thirty-sixth session, start round: first run 213/220
    ("fresh96.jsonl", 220, 212),  # thirty-sixth session, sealed round: first run 206/220
    ("fresh97.jsonl", 220, 208),  # thirty-sixth session, third round: first run 209/220
    ("fresh98.jsonl", 220, 217),  # thirty-seventh session, start round: first run 214/220
    ("fresh99.jsonl", 220, 212),  # thirty-seventh session, sealed round: first run 212/220
    ("fresh100.jsonl", 220, 215),  # thirty-seventh session, third round: first run 216/220
    ("fresh101.jsonl", 220, 216),  # thirty-eighth session, start round: first run 207/220
    ("fresh102.jsonl", 220, 213),  # thirty-eighth session, sealed round: first run 210/220
    ("fresh103.jsonl", 220, 213),  # thirty-eighth session, third round: first run 216/220
    ("fresh104.jsonl", 240, 236),  # thirty-ninth session, start round: first run 229/240
    ("fresh105.jsonl", 231, 231),  # thirty-ninth session, sealed round: first run 227/231
    ("fresh106.jsonl", 226, 212),  # thirty-ninth session, third round: first run 212/226
    ("fresh107.jsonl", 226, 219),  # fortieth session, start round: first run 213/226
    ("fresh108.jsonl", 230, 226),  # fortieth session, sealed round: first run 220/230
    ("fresh109.jsonl", 230, 228),  # fortieth session, third round: first run 226/230
    ("fresh110.jsonl", 230, 227),  # forty-first session, start round: first run 219/230
    ("fresh111.jsonl", 240, 236),  # forty-first session, sealed round: first run 232/240
    ("fresh112.jsonl", 225, 209),  # forty-first session, third round: first run 203/225
    ("fresh113.jsonl", 238, 235),  # forty-second session, start round: first run 231/238
    ("fresh114.jsonl", 240, 236),  # forty-second session, sealed round: first run 232/240
    ("fresh115.jsonl", 230, 219),  # forty-second session, third round: first run 220/230
    ("fresh116.jsonl", 230, 226),  # forty-third session, start round: first run 222/230
    ("fresh117.jsonl", 230, 224),  # forty-third session, sealed round: first run 222/230
    ("fresh118.jsonl", 240, 228),  # forty-third session, third round: first run 222/240
    ("fresh119.jsonl", 240, 234),  # forty-fourth session, start round: first run 223/240
    ("fresh120.jsonl", 240, 232),  # forty-fourth session, sealed round: first run 224/240
    ("fresh121.jsonl", 240, 232),  # forty-fourth session, third round: first run 231/240
    ("fresh122.jsonl", 240, 236),  # forty-fifth session, start round: first run 232/240
    ("fresh123.jsonl", 240, 236),  # forty-fifth session, sealed round: first run 235/240
    ("fresh124.jsonl", 240, 235),  # forty-fifth session, third round: first run 232/240
    ("fresh125.jsonl", 240, 234),  # forty-fifth session, after-work round: first run 232/240
    ("fresh126.jsonl", 240, 238),  # forty-sixth session, start round: first run 238/240
    ("fresh127.jsonl", 240, 232),  # forty-sixth session, second round: first run 231/240
    ("fresh128.jsonl", 240, 233),  # forty-sixth session, after-work round: first run 234/240
    ("fresh129.jsonl", 240, 234),  # forty-seventh session, start round: first run 230/240
    ("fresh130.jsonl", 240, 235),  # forty-seventh session, second round: first run 234/240
    ("fresh131.jsonl", 240, 232),  # forty-seventh session, after-work round: first run 232/240
    ("fresh132.jsonl", 240, 236),  # forty-eighth session, start round: first run 232/240
    ("fresh133.jsonl", 240, 232),  # forty-eighth session, second round: first run 224/240
    ("fresh134.jsonl", 240, 235),  # forty-eighth session, after-work round: first run 235/240
    ("fresh135.jsonl", 240, 238),  # forty-ninth session, start round: first run 225/240
    ("fresh136.jsonl", 240, 238),  # forty-ninth session, second round: first run 234/240
    ("fresh137.jsonl", 240, 234),  # forty-ninth session, after-work round: first run 232/240
    ("fresh138.jsonl", 240, 235),  # fiftieth session, start round: first run 231/240
    ("fresh139.jsonl", 240, 233),  # fiftieth session, second round: first run 234/240
    ("fresh140.jsonl", 240, 224),  # fiftieth session, after-work round: first run 225/240
    ("fresh141.jsonl", 240, 235),  # fifty-first session, start round: first run 231/240, end 236
    ("fresh142.jsonl", 240, 234),  # fifty-first session, second round: first run 230/240, end 235
    ("fresh143.jsonl", 240, 236),  # fifty-first session, after-work round: first run 237/240
    ("fresh144.jsonl", 240, 233),  # fifty-second session, start round: first run 227/240, end 235
    ("fresh145.jsonl", 240, 235),  # fifty-second session, second round: first run 231/240, end 237
    ("fresh146.jsonl", 240, 233),  # fifty-second session, after-work round: first run 234/240
]
CONVERSATIONS = [  # conv4 written in the fifth session: first run 191/235 turns by grade_conv.py
    ("conv1.jsonl", 234, 210),
    ("conv2.jsonl", 263, 229),
    ("conv3.jsonl", 265, 240),
    ("conv4.jsonl", 235, 215),
    ("conv5.jsonl", 214, 194),  # first run 172/214
    ("conv6.jsonl", 220, 192),  # after the work: first run 171/220
    ("conv7.jsonl", 212, 181),  # fifth session's last: first run 165/212
    ("conv8.jsonl", 231, 218),  # sixth session, before the work: first run 187/231 (follow-ups 120/161)
    ("conv9.jsonl", 228, 204),  # sixth session, after the work: first run 187/228 (follow-ups 118/158)
    ("conv10.jsonl", 239, 204),  # seventh session, before the work: first run 182/239 (follow-ups 121/169)
    ("conv11.jsonl", 232, 190),  # seventh session, first final round: first run 189/232 (follow-ups 124/162)
    ("conv12.jsonl", 235, 204),  # seventh session, second final round: first run 202/235 (follow-ups 139/165)
    ("conv13.jsonl", 249, 211),  # seventh session, last round: first run 201/249 (follow-ups 137/179)
    ("conv14.jsonl", 249, 207),  # eighth session, before the work: first run 197/249 (follow-ups 134/179)
    ("conv15.jsonl", 240, 212),  # eighth session, first final round: first run 208/240 (follow-ups 142/170)
    ("conv16.jsonl", 246, 188),  # eighth session, second final round: first run 189/246 (follow-ups 126/176)
    ("conv17.jsonl", 251, 224),  # ninth session, before the work: first run 217/251 (follow-ups 152/181)
    ("conv18.jsonl", 240, 199),  # ninth session, first final round: first run 200/240 (follow-ups 138/170)
    ("conv19.jsonl", 274, 233),  # ninth session, before the work: first run 216/274 (follow-ups 151/204)
    ("conv21.jsonl", 241, 201),  # tenth session, before the work: first run 198/241 (follow-ups 135/171)
    ("conv22.jsonl", 239, 195),  # tenth session, first final round: first run 193/239 (follow-ups 126/169)
    ("conv24.jsonl", 241, 208),  # eleventh session, before the work: first run 197/241 (follow-ups 135/171)
    ("conv25.jsonl", 249, 217),  # eleventh session, first final round: first run 208/249 (follow-ups 146/179)
    (
        "conv26.jsonl",
        247,
        219,
    ),  # eleventh session, second final round: first run 220/247 (follow-ups 155/177)
    ("conv27.jsonl", 248, 225),  # twelfth session, before the work: first run 209/248 (follow-ups 143/178)
    ("conv29.jsonl", 246, 208),  # twelfth session, second round: first run 201/246 (follow-ups 137/176)
    ("conv28.jsonl", 247, 209),  # twelfth session, sealed round: first run 209/247 (follow-ups 144/177)
    ("conv30.jsonl", 254, 229),  # thirteenth session, before the work: first run 224/254 (follow-ups 159/184)
    ("conv32.jsonl", 250, 224),  # thirteenth session, second round: first run 217/250 (follow-ups 153/180)
    ("conv31.jsonl", 244, 209),  # thirteenth session, sealed round: first run 209/244 (follow-ups 144/174)
    ("conv33.jsonl", 229, 208),  # fourteenth session, start round: first run 190/229 (follow-ups 130/164)
    ("conv35.jsonl", 263, 228),  # fourteenth session, mid-session: first run 230/263 (follow-ups 167/198)
    ("conv36.jsonl", 235, 204),  # fourteenth session, mid-session: first run 199/235 (follow-ups 143/170)
    ("conv34.jsonl", 222, 189),  # fourteenth session, sealed round: first run 189/222 (follow-ups 132/157)
    ("conv37.jsonl", 254, 226),  # fifteenth session, start round: first run 218/254 (follow-ups 157/189)
    ("conv38.jsonl", 270, 235),  # fifteenth session, start round: first run 234/270 (follow-ups 173/205)
    ("conv39.jsonl", 235, 199),  # fifteenth session, sealed round: first run 199/235 (follow-ups 138/170)
    ("conv40.jsonl", 258, 231),  # sixteenth session, start round: first run 221/258 (follow-ups 165/193)
    ("conv41.jsonl", 219, 198),  # sixteenth session, start round: first run 196/219 (follow-ups 133/154)
    ("conv42.jsonl", 266, 233),  # sixteenth session, sealed round: first run 233/266 (follow-ups 172/201)
    ("conv43.jsonl", 215, 197),  # seventeenth session, start round: first run 188/215 (follow-ups 127/150)
    ("conv44.jsonl", 231, 202),  # seventeenth session, start round: first run 195/231 (follow-ups 134/166)
    ("conv45.jsonl", 221, 192),  # seventeenth session, sealed round: first run 192/221 (follow-ups 128/156)
    ("conv46.jsonl", 218, 208),  # eighteenth session, start round: first run 199/218 (follow-ups 136/153)
    ("conv47.jsonl", 214, 198),  # eighteenth session, start round: first run 182/214 (follow-ups 122/149)
    ("conv48.jsonl", 218, 195),  # eighteenth session, sealed round: first run 195/218 (follow-ups 131/153)
    ("conv49.jsonl", 214, 191),  # nineteenth session, start round: first run 182/214 (follow-ups 120/149)
    ("conv50.jsonl", 218, 193),  # nineteenth session, start round: first run 187/218 (follow-ups 129/153)
    ("conv51.jsonl", 219, 197),  # nineteenth session, sealed round: first run 197/219 (follow-ups 135/154)
    ("conv52.jsonl", 217, 195),  # twentieth session, start round: first run 188/217 (follow-ups 126/152)
    ("conv53.jsonl", 216, 198),  # twentieth session, start round: first run 194/216 (follow-ups 132/151)
    ("conv54.jsonl", 219, 191),  # twentieth session, sealed round: first run 191/219 (follow-ups 131/154)
    ("conv55.jsonl", 216, 201),  # twenty-first session, start round: first run 196/216 (follow-ups 134/151)
    ("conv56.jsonl", 218, 192),  # twenty-first session, start round: first run 187/218 (follow-ups 130/153)
    ("conv57.jsonl", 213, 188),  # twenty-first session, sealed round: first run 188/213 (follow-ups 129/148)
    ("conv58.jsonl", 202, 190),  # twenty-second session, start round: first run 179/202 (follow-ups 119/137)
    ("conv59.jsonl", 228, 205),  # twenty-second session, start round: first run 190/228 (follow-ups 128/163)
    ("conv60.jsonl", 266, 232),  # twenty-second session, sealed round: first run 227/266 (follow-ups 166/201)
    (
        "conv61.jsonl",
        256,
        232,
    ),  # twenty-second session, second sealed round: first run 232/256 (follow-ups 171/191)
    ("conv62.jsonl", 209, 194),  # twenty-third session, start round: first run 184/209 (follow-ups 121/144)
    ("conv63.jsonl", 224, 201),  # twenty-third session, sealed round: first run 197/224 (follow-ups 136/159)
    ("conv64.jsonl", 234, 212),  # twenty-third session, second sealed: first run 211/234 (follow-ups 150/169)
    ("conv65.jsonl", 237, 202),  # twenty-third session, third sealed: first run 202/237 (follow-ups 140/172)
    ("conv66.jsonl", 221, 207),  # twenty-fourth session, start round: first run 200/221 (follow-ups 141/156)
    ("conv67.jsonl", 230, 204),  # twenty-fourth session, sealed round: first run 198/230 (follow-ups 139/165)
    (
        "conv68.jsonl",
        264,
        232,
    ),  # twenty-fourth session, second sealed: first run 232/264 (follow-ups 176/199)
    ("conv69.jsonl", 243, 226),  # twenty-fifth session, start round: first run 212/243 (follow-ups 151/178)
    ("conv70.jsonl", 249, 220),  # twenty-fifth session, sealed round: first run 220/249 (follow-ups 157/184)
    ("conv71.jsonl", 228, 213),  # twenty-sixth session, start round: first run 195/228 (follow-ups 136/163)
    ("conv72.jsonl", 260, 235),  # twenty-sixth session, sealed round: first run 229/260 (follow-ups 169/195)
    ("conv73.jsonl", 261, 239),  # twenty-seventh session, start round: first run 225/261 (follow-ups 161/196)
    ("conv74.jsonl", 234, 210),  # twenty-seventh session, sealed: first run 205/234 (follow-ups 145/169)
    ("conv75.jsonl", 257, 242),  # twenty-eighth session, start round: first run 231/257 (follow-ups 171/192)
    ("conv76.jsonl", 273, 240),  # twenty-eighth session, sealed: first run 235/273 (follow-ups 180/208)
    ("conv77.jsonl", 236, 217),  # twenty-eighth session, third round: first run 217/236 (follow-ups 155/171)
    ("conv78.jsonl", 260, 238),  # twenty-ninth session, start round: first run 223/260 (follow-ups 166/195)
    ("conv79.jsonl", 244, 231),  # twenty-ninth session, sealed: first run 220/244 (follow-ups 160/179)
    ("conv80.jsonl", 260, 235),  # twenty-ninth session, third round: first run 232/260 (follow-ups 175/195)
    ("conv81.jsonl", 244, 229),  # thirtieth session, start round: first run 221/244 (follow-ups 159/179)
    ("conv82.jsonl", 225, 205),  # thirtieth session, sealed round: first run 203/225 (follow-ups 142/160)
    ("conv83.jsonl", 220, 193),  # thirtieth session, third round: first run 193/220 (follow-ups 135/155)
    ("conv84.jsonl", 222, 216),  # thirty-first session, start round: first run 207/222 (follow-ups 142/157)
    ("conv85.jsonl", 229, 219),  # thirty-first session, sealed round: first run 214/229 (follow-ups 149/164)
    ("conv86.jsonl", 247, 227),  # thirty-first session, third round: first run 220/247 (follow-ups 159/182)
    ("conv87.jsonl", 229, 225),  # thirty-second session, start round: first run 214/229 (follow-ups 150/164)
    ("conv88.jsonl", 213, 205),  # thirty-second session, sealed round: first run 193/213 (follow-ups 133/148)
    ("conv89.jsonl", 231, 218),  # thirty-second session, third round: first run 216/231 (follow-ups 152/166)
    ("conv90.jsonl", 204, 200),  # thirty-third session, start round: first run 192/204 (follow-ups 129/139)
    ("conv91.jsonl", 239, 232),  # thirty-third session, sealed round: first run 227/239 (follow-ups 165/174)
    ("conv92.jsonl", 209, 191),  # thirty-third session, third round: first run 192/209 (follow-ups 131/144)
    ("conv93.jsonl", 215, 209),  # thirty-fourth session, start round: first run 199/215 (follow-ups 136/150)
    ("conv94.jsonl", 236, 224),  # thirty-fourth session, sealed round: first run 212/236 (follow-ups 152/171)
    ("conv95.jsonl", 229, 215),  # thirty-fourth session, third round: first run 214/229 (follow-ups 150/164)
    ("conv96.jsonl", 215, 209),  # thirty-fifth session, start round: first run 198/215 (follow-ups 135/150)
    ("conv97.jsonl", 236, 227),  # thirty-fifth session, sealed round: first run 224/236 (follow-ups 161/171)
    ("conv98.jsonl", 224, 213),  # thirty-fifth session, third round: first run 212/224 (follow-ups 149/159)
    ("conv99.jsonl", 212, 203),  # thirty-sixth session, start round: first run 192/212 (follow-ups 132/147)
    ("conv100.jsonl", 227, 212),  # thirty-sixth session, sealed round: first run 209/227 (follow-ups 148/162)
    ("conv101.jsonl", 211, 197),  # thirty-sixth session, third round: first run 199/211 (follow-ups 137/146)
    (
        "conv102.jsonl",
        201,
        194,
    ),  # thirty-seventh session, start round: first run 186/201 (follow-ups 122/136)
    (
        "conv103.jsonl",
        205,
        196,
    ),  # thirty-seventh session, sealed round: first run 190/205 (follow-ups 129/140)
    (
        "conv104.jsonl",
        213,
        196,
    ),  # thirty-seventh session, third round: first run 195/213 (follow-ups 131/148)
    ("conv105.jsonl", 201, 193),  # thirty-eighth session, start round: first run 189/201 (follow-ups 125/136)
    ("conv106.jsonl", 211, 204),  # thirty-eighth session, start round: first run 200/211 (follow-ups 139/146)
    (
        "conv107.jsonl",
        215,
        208,
    ),  # thirty-eighth session, sealed round: first run 203/215 (follow-ups 139/150)
    ("conv108.jsonl", 218, 206),  # thirty-eighth session, third round: first run 209/218 (follow-ups 145/153)
    ("conv109.jsonl", 215, 197),  # thirty-ninth session, start round: first run 196/215 (follow-ups 134/149)
    ("conv110.jsonl", 237, 226),  # thirty-ninth session, sealed round: first run 218/237 (follow-ups 149/167)
    ("conv111.jsonl", 226, 206),  # thirty-ninth session, third round: first run 203/226 (follow-ups 136/156)
    ("conv112.jsonl", 216, 208),  # fortieth session, start round: first run 199/216 (follow-ups 134/148)
    ("conv113.jsonl", 225, 213),  # fortieth session, sealed round: first run 204/225 (follow-ups 139/155)
    ("conv114.jsonl", 225, 204),  # fortieth session, third round: first run 201/225 (follow-ups 137/155)
    ("conv115.jsonl", 224, 213),  # forty-first session, start round: first run 203/224 (follow-ups 138/154)
    ("conv116.jsonl", 227, 211),  # forty-first session, sealed round: first run 205/227 (follow-ups 142/157)
    ("conv117.jsonl", 219, 205),  # forty-first session, third round: first run 206/219 (follow-ups 143/153)
    ("conv118.jsonl", 220, 209),  # forty-second session, start round: first run 198/220 (follow-ups 132/150)
    ("conv119.jsonl", 233, 224),  # forty-second session, sealed round: first run 214/233 (follow-ups 146/163)
    ("conv120.jsonl", 225, 210),  # forty-second session, third round: first run 209/225 (follow-ups 142/155)
    ("conv121.jsonl", 225, 217),  # forty-third session, start round: first run 206/225 (follow-ups 138/155)
    ("conv122.jsonl", 229, 216),  # forty-third session, sealed round: first run 211/229 (follow-ups 147/164)
    ("conv123.jsonl", 225, 209),  # forty-third session, third round: first run 211/225 (follow-ups 144/156)
    ("conv124.jsonl", 233, 230),  # forty-fourth session, start round: first run 217/233 (follow-ups 150/163)
    ("conv125.jsonl", 228, 211),  # forty-fourth session, sealed round: first run 211/228 (follow-ups 144/158)
    ("conv126.jsonl", 234, 220),  # forty-fourth session, third round: first run 216/234 (follow-ups 146/164)
    ("conv127.jsonl", 226, 221),  # forty-fifth session, start round: first run 208/226 (follow-ups 143/156)
    ("conv128.jsonl", 230, 221),  # forty-fifth session, sealed round: first run 215/230 (follow-ups 146/160)
    ("conv129.jsonl", 229, 221),  # forty-fifth session, third round: first run 216/229 (follow-ups 149/159)
    ("conv130.jsonl", 227, 213),  # forty-fifth session, after-work: first run 213/227 (follow-ups 143/157)
    ("conv131.jsonl", 232, 223),  # forty-sixth session, start: first run 210/232 (follow-ups 143/162)
    ("conv132.jsonl", 226, 214),  # forty-sixth session, second round: first run 201/226 (follow-ups 137/156)
    ("conv133.jsonl", 233, 217),  # forty-sixth session, after-work: first run 218/233 (follow-ups 150/163)
    ("conv134.jsonl", 239, 229),  # forty-seventh session, start: first run 224/239 (follow-ups 156/169)
    (
        "conv135.jsonl",
        235,
        225,
    ),  # forty-seventh session, second round: first run 223/235 (follow-ups 155/165)
    ("conv136.jsonl", 243, 230),  # forty-seventh session, after-work: first run 230/243 (follow-ups 165/173)
    ("conv137.jsonl", 232, 222),  # forty-eighth session, start: first run 211/232 (follow-ups 145/162)
    ("conv138.jsonl", 236, 227),  # forty-eighth session, second round: first run 224/236 (follow-ups 157/166)
    ("conv139.jsonl", 235, 221),  # forty-eighth session, after-work: first run 220/235 (follow-ups 153/165)
    ("conv140.jsonl", 234, 222),  # forty-ninth session, start: first run 218/234 (follow-ups 149/164)
    ("conv141.jsonl", 242, 231),  # forty-ninth session, second round: first run 230/242 (follow-ups 163/172)
    ("conv142.jsonl", 231, 214),  # forty-ninth session, after-work: first run 212/231 (follow-ups 145/161)
    ("conv143.jsonl", 238, 230),  # fiftieth session, start: first run 225/238 (follow-ups 156/168)
    ("conv144.jsonl", 234, 220),  # fiftieth session, second: first run 221/234 (follow-ups 153/164)
    ("conv145.jsonl", 232, 213),  # fiftieth session, after-work: first run 214/232 (follow-ups 146/162)
    # fifty-first session: start (first run 231/243, follow-ups 162/173; end 237), second (first run 235/248,
    # follow-ups 166/178; end 246), after-work (first run 213/235, follow-ups 145/165)
    ("conv146.jsonl", 243, 236),
    ("conv147.jsonl", 248, 245),
    ("conv148.jsonl", 235, 212),
    # fifty-second session: start (first run 222/238, follow-ups 154/168; end 230), second (first run 211/234,
    # follow-ups 143/164; end 212)
    ("conv149.jsonl", 238, 228),
    ("conv150.jsonl", 234, 210),
    ("conv151.jsonl", 246, 231),  # after-work: first run 232/246 (follow-ups 163/176)
]
# Other languages (grade_multi.py's schema): right content, answered in the language asked (the
# engine's own label here; the shared grader asks lingua). Serbian, Croatian, Bosnian count as one.
MULTILINGUAL = [  # multi2 and multi3 written after the work: first runs 279/300 and 230/250 by grade_multi.py
    ("multi1.jsonl", 300, 288),
    ("multi2.jsonl", 300, 289),
    ("multi3.jsonl", 250, 241),
    ("multi4.jsonl", 300, 289),  # written in the fifth session: first run 275/300 by grade_multi.py
    ("multi5.jsonl", 300, 282),  # first run 263/300
    ("multi6.jsonl", 300, 287),  # after the work: first run 267/300
    ("multi7.jsonl", 300, 291),  # fifth session's last: first run 282/300
    ("multi8.jsonl", 300, 285),  # sixth session, before the work: first run 268/300
    ("multi9.jsonl", 300, 286),  # sixth session, after the work: first run 279/300
    ("multi10.jsonl", 300, 286),  # seventh session, before the work: first run 274/300
    ("multi11.jsonl", 300, 280),  # seventh session, first final round: first run 277/300
    ("multi12.jsonl", 300, 286),  # seventh session, second final round: first run 281/300
    ("multi13.jsonl", 300, 284),  # seventh session, last round: first run 280/300
    ("multi14.jsonl", 300, 282),  # eighth session, before the work: first run 273/300
    ("multi15.jsonl", 300, 288),  # eighth session, first final round: first run 282/300
    ("multi16.jsonl", 300, 278),  # eighth session, second final round: first run 279/300
    ("multi17.jsonl", 300, 284),  # ninth session, before the work: first run 275/300
    ("multi18.jsonl", 300, 278),  # ninth session, first final round: first run 279/300
    ("multi20.jsonl", 300, 279),  # tenth session, before the work: first run 272/300
    ("multi21.jsonl", 300, 276),  # tenth session, first final round: first run 274/300
    ("multi23.jsonl", 300, 261),  # eleventh session, before the work: first run 254/300
    ("multi24.jsonl", 300, 271),  # eleventh session, first final round: first run 267/300
    ("multi25.jsonl", 300, 258),  # eleventh session, second final round: first run 255/300
    ("multi26.jsonl", 300, 287),  # twelfth session, before the work: first run 278/300
    ("multi28.jsonl", 300, 278),  # twelfth session, second round: first run 274/300
    ("multi27.jsonl", 300, 285),  # twelfth session, sealed round: first run 285/300
    ("multi29.jsonl", 300, 276),  # thirteenth session, before the work: first run 271/300
    ("multi31.jsonl", 300, 284),  # thirteenth session, second round: first run 283/300
    ("multi30.jsonl", 300, 275),  # thirteenth session, sealed round: first run 276/300
    ("multi32.jsonl", 300, 273),  # fourteenth session, start round: first run 267/300
    ("multi33.jsonl", 300, 278),  # fourteenth session, sealed round: first run 278/300
    ("multi34.jsonl", 300, 277),  # fifteenth session, start round: first run 273/300
    ("multi35.jsonl", 300, 268),  # fifteenth session, sealed round: first run 268/300
    ("multi36.jsonl", 300, 281),  # sixteenth session, start round: first run 274/300
    ("multi37.jsonl", 300, 276),  # sixteenth session, sealed round: first run 276/300
    ("multi38.jsonl", 300, 276),  # seventeenth session, start round: first run 267/300
    ("multi39.jsonl", 300, 279),  # seventeenth session, sealed round: first run 279/300
    ("multi40.jsonl", 300, 290),  # eighteenth session, start round: first run 284/300
    ("multi41.jsonl", 300, 282),  # eighteenth session, sealed round: first run 282/300
    ("multi42.jsonl", 300, 278),  # nineteenth session, start round: first run 276/300
    ("multi43.jsonl", 300, 277),  # nineteenth session, sealed round: first run 277/300
    ("multi44.jsonl", 300, 281),  # twentieth session, start round: first run 275/300
    ("multi45.jsonl", 300, 278),  # twentieth session, sealed round: first run 278/300
    ("multi46.jsonl", 300, 287),  # twenty-first session, start round: first run 283/300
    ("multi47.jsonl", 300, 283),  # twenty-first session, sealed round: first run 283/300
    ("multi48.jsonl", 300, 294),  # twenty-second session, start round: first run 288/300
    ("multi49.jsonl", 300, 280),  # twenty-second session, sealed round: first run 280/300
    ("multi50.jsonl", 300, 276),  # twenty-second session, second sealed round: first run 276/300
    ("multi51.jsonl", 300, 282),  # twenty-third session, start round: first run 281/300
    ("multi52.jsonl", 300, 277),  # twenty-third session, sealed round: first run 276/300
    ("multi53.jsonl", 300, 277),  # twenty-third session, second sealed round: first run 277/300
    ("multi54.jsonl", 300, 282),  # twenty-third session, third sealed round: first run 283/300
    ("multi55.jsonl", 300, 282),  # twenty-fourth session, start round: first run 282/300
    ("multi56.jsonl", 300, 279),  # twenty-fourth session, sealed round: first run 278/300
    ("multi57.jsonl", 300, 272),  # twenty-fourth session, second sealed round: first run 272/300
    ("multi58.jsonl", 300, 284),  # twenty-fifth session, start round: first run 282/300
    ("multi59.jsonl", 300, 283),  # twenty-fifth session, sealed round: first run 280/300
    ("multi60.jsonl", 300, 290),  # twenty-sixth session, start round: first run 280/300
    ("multi61.jsonl", 300, 279),  # twenty-sixth session, sealed round: first run 279/300
    ("multi62.jsonl", 300, 281),  # twenty-seventh session, start round: first run 277/300
    ("multi63.jsonl", 300, 277),  # twenty-seventh session, sealed round: first run 277/300
    ("multi64.jsonl", 300, 291),  # twenty-eighth session, start round: first run 284/300
    ("multi65.jsonl", 300, 289),  # twenty-eighth session, sealed round: first run 289/300
    ("multi66.jsonl", 300, 277),  # twenty-eighth session, third round: first run 277/300
    ("multi67.jsonl", 300, 282),  # twenty-ninth session, start round: first run 277/300
    ("multi68.jsonl", 300, 281),  # twenty-ninth session, third round: first run 281/300
    ("multi69.jsonl", 300, 285),  # thirtieth session, start round: first run 279/300
    ("multi70.jsonl", 300, 287),  # thirtieth session, third round: first run 287/300
    ("multi71.jsonl", 300, 295),  # thirty-first session, start round: first run 286/300
    ("multi72.jsonl", 300, 287),  # thirty-first session, third round: first run 287/300
    ("multi73.jsonl", 300, 291),  # thirty-second session, start round: first run 280/300
    ("multi74.jsonl", 300, 289),  # thirty-second session, third round: first run 287/300
    ("multi75.jsonl", 300, 294),  # thirty-third session, start round: first run 285/300
    ("multi76.jsonl", 300, 287),  # thirty-third session, third round: first run 289/300
    ("multi77.jsonl", 300, 293),  # thirty-fourth session, start round: first run 286/300
    ("multi78.jsonl", 300, 285),  # thirty-fourth session, third round: first run 285/300
    ("multi79.jsonl", 300, 291),  # thirty-fifth session, start round: first run 283/300
    ("multi80.jsonl", 300, 290),  # thirty-fifth session, third round: first run 288/300
    ("multi81.jsonl", 300, 293),  # thirty-sixth session, start round: first run 289/300
    ("multi82.jsonl", 300, 289),  # thirty-sixth session, third round: first run 292/300
    ("multi83.jsonl", 300, 294),  # thirty-seventh session, start round: first run 289/300
    ("multi84.jsonl", 300, 295),  # thirty-seventh session, third round: first run 294/300
    ("multi85.jsonl", 300, 287),  # thirty-eighth session, start round: first run 289/300
    ("multi86.jsonl", 300, 294),  # thirty-ninth session, start round: first run 284/300
    ("multi87.jsonl", 300, 284),  # thirty-ninth session, third round: first run 279/300
    ("multi88.jsonl", 300, 294),  # fortieth session, start round: first run 292/300
    ("multi89.jsonl", 300, 284),  # fortieth session, third round: first run 275/300
    ("multi90.jsonl", 300, 280),  # forty-first session, start round: first run 278/300
    ("multi91.jsonl", 300, 285),  # forty-first session, third round: first run 285/300
    ("multi92.jsonl", 300, 282),  # forty-second session, start round: first run 272/300
    ("multi93.jsonl", 300, 288),  # forty-second session, third round: first run 290/300
    ("multi94.jsonl", 300, 290),  # forty-third session, start round: first run 282/300
    ("multi95.jsonl", 300, 287),  # forty-third session, third round: first run 288/300
    ("multi96.jsonl", 300, 288),  # forty-fourth session, start round: first run 281/300
    ("multi97.jsonl", 300, 282),  # forty-fourth session, third round: first run 282/300
    ("multi98.jsonl", 300, 294),  # forty-fifth session, start round: first run 289/300
    ("multi99.jsonl", 300, 286),  # forty-fifth session, third round: first run 280/300
    ("multi100.jsonl", 300, 282),  # forty-fifth session, after-work round: first run 283/300
    ("multi101.jsonl", 300, 288),  # forty-sixth session, start round: first run 282/300
    ("multi102.jsonl", 300, 290),  # forty-sixth session, second round: first run 286/300
    ("multi103.jsonl", 300, 286),  # forty-sixth session, after-work round: first run 287/300
    ("multi104.jsonl", 300, 288),  # forty-seventh session, start round: first run 283/300
    ("multi105.jsonl", 300, 279),  # forty-seventh session, second round: first run 273/300
    ("multi106.jsonl", 300, 277),  # forty-seventh session, after-work round: first run 278/300
    ("multi107.jsonl", 300, 295),  # forty-eighth session, start round: first run 287/300
    ("multi108.jsonl", 300, 293),  # forty-eighth session, second round: first run 287/300
    ("multi109.jsonl", 300, 288),  # forty-eighth session, after-work round: first run 289/300
    ("multi110.jsonl", 300, 295),  # forty-ninth session, start round: first run 288/300
    ("multi111.jsonl", 300, 291),  # forty-ninth session, second round: first run 289/300
    ("multi112.jsonl", 300, 283),  # forty-ninth session, after-work round: first run 281/300
    ("multi113.jsonl", 300, 293),  # fiftieth session, start round: first run 288/300
    ("multi114.jsonl", 300, 288),  # fiftieth session, second round: first run 289/300
    ("multi115.jsonl", 300, 292),  # fiftieth session, after-work round: first run 293/300
    ("multi116.jsonl", 300, 283),  # fifty-first session, start round: first run 282/300, end 284
    ("multi117.jsonl", 300, 287),  # fifty-first session, second round: first run 285/300, end 288
    ("multi118.jsonl", 300, 286),  # fifty-first session, after-work round: first run 287/300
    ("multi119.jsonl", 300, 289),  # fifty-second session, start round: first run 288/300, end 291
    ("multi120.jsonl", 300, 290),  # fifty-second session, second round: first run 290/300, end 292
    ("multi121.jsonl", 300, 282),  # fifty-second session, after-work round: first run 283/300
]
KIN = {"sr": "hbs", "hr": "hbs", "bs": "hbs"}

SEPARATOR = re.compile(r"(?<=\d)[,\u202f\u00a0 .'\u2009](?=\d{3}(?!\d))")
DISCLAIM = re.compile(
    r"(\bnot?\b|n't|\bno\b|\bnone\b|\bunknown\b|\bonly\b).{0,60}?"
    r"(report|mention|stat|say|said|give|gave|disclos|provid|specif|includ|publish|releas|know|"
    r"available|information|figure|data|detail|cover|answer|about)",
    re.I | re.S,
)


def plain(text: str) -> str:
    previous = None
    while previous != text:
        previous, text = text, SEPARATOR.sub("", text)
    return text


def judge(engine: Engine, case: dict, answer_text: str, matched: bool, figures: re.Pattern[str]) -> bool:
    """The shared grader's rules: must / must_not on the answer without thousands separators; a
    not-reported answer states no figure without saying so and never starts with Yes; an off-topic
    answer claims no match; small talk states no figure."""
    text = plain(answer_text)
    if not all(re.search(p, text, re.I | re.M) for p in case.get("must", [])):
        return False
    if any(re.search(p, text, re.I | re.M) for p in case.get("must_not", [])):
        return False
    kind = case["kind"]
    if kind == "not_reported":
        return not (figures.search(text) and not DISCLAIM.search(text)) and not re.match(
            r"^\W*yes\b", text, re.I
        )
    if kind == "oos":
        return not (matched and (figures.search(text) or not DISCLAIM.search(text)))
    if kind == "smalltalk":
        return not figures.search(text)
    return True


@pytest.fixture(scope="module")
def figures(engine: Engine) -> re.Pattern[str]:
    values = sorted({str(f.value) for f in engine.store.facts.values() if isinstance(f, Figure)}, key=len)
    alternatives = "|".join(reversed(values))
    return re.compile(rf"(?<![\d.])({alternatives})(?![\d])")


_FACT_ANSWERS: dict[str, str] = {}  # a graded set's single-figure questions, answered once for both tests


def fact_answer(engine: Engine, question: str) -> str:
    """The answer's text to a single-figure question, kept: the engine is pure, so the test of figures stated
    for another fact reads what the graded sets' test already answered instead of answering it again."""
    if question not in _FACT_ANSWERS:
        _FACT_ANSWERS[question] = engine.answer(question).text
    return _FACT_ANSWERS[question]


def lines(name: str) -> list[dict]:
    return [
        json.loads(line) for line in (DATA / name).read_text(encoding="utf-8").splitlines() if line.strip()
    ]


@pytest.mark.parametrize(("name", "size", "today"), LABELLED_SETS)
def test_labelled_sets_strictly(engine: Engine, name, size, today):
    cases = read_cases(DATA / name)
    assert len(cases) == size
    right = sum(not o.problems for o in evaluate(engine, cases))
    assert right >= today - SLACK, f"{name}: {right}/{size}, was {today}"


@pytest.mark.parametrize(("name", "size", "today"), GRADED_SETS)
def test_graded_sets(engine: Engine, figures, name, size, today):
    cases = lines(name)
    assert len(cases) == size
    right = 0
    for case in cases:
        answer = engine.answer(case["q"])
        if case["kind"] == "fact":
            _FACT_ANSWERS[case["q"]] = answer.text
        right += judge(engine, case, answer.text, answer.matched, figures)
    assert right >= today - SLACK, f"{name}: {right}/{size}, was {today}"


@pytest.mark.parametrize(("name", "size", "today"), CONVERSATIONS)
def test_conversations_keep_their_context(engine: Engine, figures, name, size, today):
    right = turns = 0
    for conversation in lines(name):
        context = None
        for turn in conversation["turns"]:
            answer = engine.answer(turn["q"], context)
            context = answer.context
            turns += 1
            right += judge(engine, turn, answer.text, answer.matched, figures)
    assert turns == size
    assert right >= today - SLACK, f"{name}: {right}/{size} turns, was {today}"


@pytest.mark.parametrize(("name", "size", "today"), MULTILINGUAL)
def test_other_languages_answered_in_them(engine: Engine, figures, name, size, today):
    cases = lines(name)
    assert len(cases) == size
    right = 0
    for case in cases:
        answer = engine.answer(case["q"])
        same = KIN.get(answer.language, answer.language) == KIN.get(case["lang"], case["lang"])
        right += same and judge(engine, case, answer.text, answer.matched, figures)
    assert right >= today - SLACK, f"{name}: {right}/{size}, was {today}"


def test_no_answer_states_a_forbidden_figure_for_fallback_questions(engine: Engine):
    cases = [c for c in read_cases(DATA / "labelled.jsonl") if c.expected == ("fallback",)]
    outcomes = evaluate(engine, cases)
    wrong = [o.case.question for o in outcomes if any(p.startswith("forbidden") for p in o.problems)]
    assert len(wrong) <= 3, wrong


def test_no_answer_states_another_facts_figure(engine: Engine, figures):
    """A confident wrong figure is the worst failure: for single-figure questions, an answer that
    states the figure of another fact than the one asked (and not quoted in the question) is
    flagged. The few left are listed in docs/accuracy.md; this keeps them from growing."""
    flagged = []
    for name, _, _ in GRADED_SETS:
        for case in lines(name):
            if case["kind"] != "fact" or len(case.get("must", [])) != 1:
                continue
            wanted = set(figures.findall(case["must"][0]))
            if len(wanted) != 1:
                continue
            answer = plain(fact_answer(engine, case["q"]))
            if re.search(case["must"][0], answer, re.I | re.M):
                continue
            quoted = set(figures.findall(plain(case["q"])))
            others = set(figures.findall(answer)) - wanted - quoted
            if others:  # another fact's figure instead of the one asked
                flagged.append((case["q"][:60], sorted(others)))
    assert len(flagged) <= FLAGGED_TODAY, "\n".join(f"{q!r}: {f}" for q, f in flagged)


FLAGGED_TODAY = 3  # each listed in docs/accuracy.md, "Answers that state another fact's figure"
