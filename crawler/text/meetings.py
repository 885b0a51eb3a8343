"""Room: crawler/text — meeting reports: is an article one, and which meeting, when, who.

A report says near its start that a meeting was held: "市委季度工作会议今天下午(10月9日)举行",
"市政府召开第100次常务会议", "李强主持召开市委常委会会议", "…会议在市政府召开". Only the title and
the first paragraphs are searched for that, so an article that mentions a meeting in passing
("上月召开的…会议", "会议精神", "将于下周召开") is not a report; nor is the text of a speech given at
one ("同志们:"), a meeting dated after the page, or an older one recalled as the scene of a
remark ("在2月3日召开的…会议上,他…"). Matching runs on the Simplified,
NFKC form of the text, so one rule covers 会议/會議 and 召开/召開, and every derived value (name,
people) is Simplified: one filter value finds the report whichever script the page used.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache

from crawler.text.meeting_dates import (
    DATE_PHRASE,
    DATE_WORDS,
    DAY_ALONE,
    NTH_TIME,
    QUESTIONING,
    TIME_OF_DAY,
    WEEKDAY_WORDS,
    dated_with_year,
    meeting_date,
    numeric_date,
    page_day,
    republic_year_in,
    year_in_digits,
)
from crawler.text.meeting_evidence import weighed_statement
from crawler.text.meeting_minutes import (
    field_lines,
    is_roll_field,
    is_transcript,
    minutes_day,
    minutes_roles,
    without_read_minutes,
)
from crawler.text.meeting_people import (
    ATTENDEE,
    CHAIR,
    SITTING_WORDS,
    SPEAKER,
    Block,
    PersonRole,
    chairs_by_title,
    chairs_described,
    names_with_role,
    people_roles,
    unique,
    with_full_names,
    without_dictionary_words,
    without_words_run_into_names,
)
from crawler.text.meeting_report_model import SHIPPED_CLASSIFIER, ReportClassifier
from crawler.text.meeting_tagger import SHIPPED_TAGGER, PeopleTagger, with_tagged
from crawler.text.script import normalize_text

LEAD_PARAGRAPHS = 2  # a report says what was held in its first two paragraphs or its title
_LEAD_SENTENCE = 12  # characters: a shorter line is chrome or a caption, not the lead's

_HAN = r"\u3400-\u4dbf\u4e00-\u9fff"
_NAME_CHAR = rf"[{_HAN}0-9A-Za-z·“”《》「」、]"
# Spaces typeset inside a name, in its numbers ("宜蘭縣議會第 18 屆第 7 次大會", "第 1 6 次局務會議")
# or before a law's title ("修訂 《逃犯條例》法案委員會會議"): they belong to the name, and
# are taken out of it before anything else is (_full_name, _named_first: a space also parts a
# headline's phrases, see _NAME_LEAD_IN).
_SPACE_IN_NAME = re.compile(rf"(?<=[第\d])\s(?=\d)|(?<=\d)\s(?=[\d次届])|(?<=[{_HAN}])\s(?=《)")
# A name unit: a character, or a short bracketed qualifier ("市政府党组(扩大)会议"), or the
# year bracketed ("市政府(2015)第14次常务会议").
_NAME_UNIT = (
    rf"(?:{_NAME_CHAR}|\([{_HAN}]{{1,4}}\)|\((?:19|20)\d{{2}}年?\)|「[^「」。]{{1,60}}」|“[^“”。]{{1,60}}”"
    rf"|{_SPACE_IN_NAME.pattern}"
    # a financial year: "審議2018/19財政預算案…的特別會議"
    r"|(?<=\d)/(?=\d)"
    # a document's whole title, its years bracketed: "舉辦《…規劃（2026-2030年）》…交流會"
    r"|《[^《》。]{1,60}》)"
)
# What makes "会报" a report or a newspaper rather than a meeting: "委员会报告", "…会报道".
_NOT_MEETING_AFTER_BAO = "告|道|导|名|到|送|请|销|批|表|案|纸|刊|社|称|说|料|价|警|复"
_SUFFIX = (
    # (not 會議事 across words: "立法會議事規則委員會" is the 立法會's rules committee)
    r"(?:会议(?!事)|大会|全会|座谈会|推进会|部署会|动员会|调度会|协调会|办公会|常务会|现场会|联席会"
    r"|专题会|例会|报告会|研讨会|工作会|交流会|汇报会|听证会|公听会|分析会|恳谈会|学习会|务虚会|院会"
    r"|研讨班|开班式|闭幕会|开幕会|圆桌会|碰头会|通报会|定期会|临时会|答问会|联谊会|咨询会|总质询"
    # a press conference (记者见面会) is no sitting
    # (a talk of the whole house, or officials called in for a talk: "全院委員談話會", "集体谈话会")
    r"|谈话会|讨论会|茶话会|(?<!记者)见面会|评审会|论证会|协商会|对接会|总结会|评议会|预备会|对话会|谘询会"
    # a government meeting entrepreneurs over breakfast: "我市举行2024年第九场政企早餐会"
    r"|早餐会|论坛|峰会"
    # a council's regular sitting: "統計諮詢委員會第五十次常會", a party's "中常會" (not "經常會",
    # often will)
    r"|(?<![经通正非日平反照寻])常会(?![员费长务])"
    # a society's annual conference: "澳門研究年會" (a youth association is a body: "青年會")
    r"|(?<![青少])年会"
    # Taiwan's legislature settles business between its party caucuses: "…主持朝野協商"
    r"|(?<=党团|朝野|政党)协商"
    # a symposium written short, ending its clause: "…到田中鎮公所舉行社造及地方意見反映座談。"
    r"|(?<![行办开,。\s])座谈(?=[,。;]|$)"  # (not bare: "…等實體代表舉行座談")
    # launching, training, showing and reviewing work: "…資源普查工作啟動會", "業務培訓會"
    r"|启动会|培训会|观摩会|表彰会|讲评会|点评会|督办会|交办会|述职会|约谈会|评估会"
    # held by video link: "…工作视频会"
    r"|视频会"
    # a policy or a rule explained, a product shown, views shared or a situation weighed:
    # "…講解會", "人才政策宣讲会", "…推介會", "…交流分享会", "防汛抗旱工作研判会", "专题讲座"
    # (not a chair professor's title, 讲座教授)
    # (a flood season's outlook weighed by the offices concerned: "…洪旱趋势会商会")
    r"|讲解会|宣讲会|推介会|介绍会|解释会|分享会|研判会|会商会|联组会|集思会|讲座(?!教授)"
    # an office's own business meeting: "省局召开2018年第一次局务会", "院务会", "校务会"
    r"|(?<=[局厅部院校所处站馆委署])务会"
    # officials brief councillors, the government hears the public on a land grant:
    # "主持地區行政簡介會", "舉行第五次土地批給公開旁聽會"
    r"|简介会|旁听会"
    # a CPPCC's deliberation on a topic: "…专题议政会"
    r"|议政会"
    # the head of government answering the legislature's questions: "林鄭月娥今早出席立法會質詢會",
    # "…出席立法會質詢環節時指"
    r"|质询会|(?:质询|答问|提问)环节"
    # a works or plan explained to those it touches: "台電…召開施工說明會" (not to the press)
    r"|(?<!记者)说明会"
    # a county's heads of offices meet weekly or monthly: "第11次主管週報", "主管月報"
    r"|(?<=主管)[周月]报"
    # Taiwan's offices meet as a 會報 ("主管會報", "治安會報"); "委员会报告" is a report
    rf"|会报(?!{_NOT_MEETING_AFTER_BAO}))(?!议|会议|室|厅|场|馆|址|堂|晤|报(?!{_NOT_MEETING_AFTER_BAO}))"
)
# A body convened as a meeting, its noun ending the clause: "主持召开市委常委会,", "今日召开程序委员会。"
_BODY_AS_MEETING = r"(?:常委|常务|委员)(?:\([^()]{1,4}\))?会(?=[,。;:]|$)"
# "开会时间由…决定" is when to meet, not a meeting held.
# Taiwan's papers open a meeting on stage: "「…巡察行政院會議」今日登場".
_HELD_VERB = r"(?:举行|召开|(?<!承)主办(?!方|单位|权|城市|国)|正在?进行|进行(?=[^,。]{0,4}总质询|[^,。]{0,24}?答问(?:大)?会)|开幕(?!式|会|仪式)|闭幕(?!式|会)|闭会(?!期间|式)|落幕|开班(?!式)|举办|开会(?!时间|日期|地点|法定|人数)|登场)"
# A Taiwan council's general interpellation: a sitting whose kind is its whole name.
_INTERPELLATION = "总质询"
# What follows a held verb when the meeting is only a point in time for something else.
# "后" is judged apart: "今日召开…会议后, 投票决定" still reports today's meeting.
# (nor the occasion of a letter or a greeting: "值此…大会召开之际")
_NOT_AFTER_WORDS = ("前", "以来", "之后", "之前", "之际", "精神", "期间", "时", "的", "频率")
_NOT_AFTER = rf"(?!{'|'.join(_NOT_AFTER_WORDS)})"
# …but one attended while something was said there was held: "出席立法會答問大會時,拒絕…".
_NOT_AFTER_ATTENDED = rf"(?!{'|'.join(word for word in _NOT_AFTER_WORDS if word != '时')})"
# Two meetings held as one: "第87次主管會報暨第64次縣務會議".
_JOINED = rf"(?:暨(?:(?!举行|召开){_NAME_UNIT}){{0,30}}?{_SUFFIX})?"
# A clock time may follow the day: "…定期大会今(25)日上午10时开幕".
_FILLER = (
    # "…会议在完成各项议程后,9月29日下午在长春闭幕": a closing after its agenda
    r"(?:在(?:圆满)?完成[^,。]{0,8}?议程后,?)?"
    rf"(?:{DATE_PHRASE}|\({DATE_PHRASE}\)|\d{{1,2}}时(?:\d{{1,2}}分)?许?|于|再|又|也|闭门|分别|先后|首次|\s"
    # (a clock time in numerals as Macao's papers write it: "…全體會議9日下午三時半在…舉行")
    r"|[一二三四五六七八九十]{1,3}时(?:半|[一二三四五六七八九十]{1,3}分)?许?"
    r"|日前|近日|已经?)*"
    # a place after 在 or 于 ("…于社会工作局新宝大厦会议室举行"), not a time after 于
    # (Taiwan and Hong Kong write 假 for it: "…於今(26)日假縣府第3會議室召開")
    r"(?:(?:在|假|于(?![\d一二三四五六七八九十今昨明本下上这近日月年]))[^,。;]{1,24}?)?"
    r"(?:隆重|正式|顺利|圆满|照常|如常|如期)?"
)

# "市委季度工作会议今天下午(10月9日)举行", "…会议在市政府召开": the name heads its clause,
# or follows the dateline ("新华社北京6月28日电 十四届全国人大常委会第三次会议28日下午…闭幕").
# A name holds no held verb: "議會於昨日舉行第二屆…大會開幕儀式" is the 舉行 clause's own.
_NAME_THEN_HELD = re.compile(
    # a dateline's place may end at a slash ("2025年10月21日苗栗縣/…座談會21日…舉行"); the name
    # may stand in quotes ("「…巡察行政院會議」今日登場")
    rf"(?:^|(?<=[,:\s】〕/「“『]))(?:{DATE_PHRASE}|\d{{1,2}}时(?:\d{{1,2}}分)?许?)*"
    rf"(?P<name>(?:(?!举行|召开){_NAME_UNIT}){{0,40}}?{_SUFFIX}{_JOINED})[」”』]?"
    r"(?:暨[^,。]{1,30}?(?:典礼|仪式))?"
    # "…第五十次委員長會議,昨日上午在北京人民大會堂舉行": a comma may part the name from its day
    rf"(?:,(?=(?:{DATE_PHRASE}|日前|近日)))?{_FILLER}{_HELD_VERB}{_NOT_AFTER}"
)
# "市政府召开第100次常务会议", "李强主持召开市委常委会会议", "政治局…召开会议".
# Chairing a named meeting says it was held: "…并共同主持中新双边合作联委会第二十一次会议".
_HELD_THEN_NAME = re.compile(
    # (a page may leave a space before a quoted name: "舉辦 「…座談會」")
    # a community or a unit holding one as its activity: "锦霞社区开展党建联席会"
    # a head convening it: "立法院長游錫堃今天下午召集朝野協商" (not a convener, 召集人)
    # (to hold it well is a purpose: "为…召开好区十五届政协四次会议做好充分准备")
    rf"(?:{_HELD_VERB}|主持(?!召开|举行|下)|开展|(?:召集|邀集)(?!人|委员|书|和|与|及|、))了?(?:\s(?=[「“『]))?(?!的|时间|日期|地点|事宜|好)"
    # (convened and chaired: "行政長官岑浩輝今(14)日召開並主持…第四次會議")
    r"(?:并主持)?"
    rf"(?P<name>(?:(?!举行|召开){_NAME_UNIT}){{0,40}}?(?:{_SUFFIX}{_JOINED}|{_BODY_AS_MEETING})){_NOT_AFTER}"
)
# Attending a named meeting says it was held: "区领导…出席区政府全体会议。" An unnamed one
# ("出席会议并讲话") says nothing of which meeting, so only a name counts (see held_statement).
# The name ends its clause or the list of what was attended ("出席…会议开幕式并致辞"); one
# that goes on ("会见出席…会议外方代表", "出席…大会第一次会议的代表") qualifies somebody.
_ATTENDED_NAMED = re.compile(
    # (sitting in on a day: "行政法務司司長陳麗敏今(二十七)日列席立法會全體會議,…"; an agenda's
    # item or a condition, "(四)列席…會議", "願意列席本會大會時", is none)
    rf"(?:出席|现身|(?<=[日天])列席)(?:了|咗)?(?P<name>{_NAME_UNIT}{{0,40}}?{_SUFFIX}){_NOT_AFTER_ATTENDED}"
    # (or what was done at it: "李家超出席立法會答問會上表示,…")
    r"(?=$|[,。;:、!?(]|并|和|与|暨|及|开幕式|闭幕式|开幕|闭幕|后|上(?!午|海|周|月|年|次|届)"
    # (or while attending: "林鄭月娥今日出席立法會答問大會時,拒絕…", "…出席立法會資訊科技及
    # 廣播事務委員會會議時澄清,…")
    r"|时(?=[,表指称说]|澄清|回应|解释|强调|透露|承认|重申|坦言|直言|回答|宣布|提出|承诺))"
)
# Going to attend, hoped to, or the trip around it rather than the meeting: "离京赴韩国出席…",
# "期待…出席…", "抵达雅加达出席…", "结束出访回到北京", "来华出席…的议长"; or attending as what
# someone said, a briefing's topic, a trip's summary or a programme's title ("李强表示,此次出席…",
# "外交部就…出席…举行吹风会", "在澳门期间,习近平出席了…", "专题片《…出席…》").
_ON_THE_WAY = re.compile(
    r"赴|前往|启程|出发|动身|期待|期盼|邀请|抵达|离京|结束|来华|访华|会见|会谈"
    r"|(?<!成)就|期间|《[^》]*$"
)
# Attending at a host's invitation ("应俄罗斯联邦总理米舒斯京邀请,…出席…会议") is a report; only
# an invitation sent is ahead of the meeting.
_INVITED_BY = re.compile(r"应[^,。]{1,40}?邀请")
# …or what someone said: a verb of saying in the attending clause, or ending the clause before
# it ("李强表示,此次出席…"); one further back belongs to another statement ("…昨日还一再强调
# 香港的自由没有受到磨损,包括采访自由,但今早她…出席…座谈会").
_SAID_SO = re.compile(r"(?:表示|指出|强调|认为)(?:[^,:]*$|[,:][^,:]*$)")
# A kind of meeting alone ("出席全会") names none.
_KIND_ONLY = re.compile(rf"{_SUFFIX}")
# A numbered sitting of a committee of the session just named: "召開本屆第6次臨時會第1次程序
# 委員會" held the committee's meeting, not the session.
_SITTING_OF_SESSION = re.compile(
    rf"第[\d一二三四五六七八九十百零]+次{_NAME_UNIT}{{0,12}}?(?:{_SUFFIX}|委员会)(?=[,。;:]|$)"
)
# A meeting of those a session gathers, named right after it: "召开了市政协十五届三次会议组长会议",
# "…六届四次会议各讨论组组长会议", "…人大三次会议代表团召集人会议".
_MEETING_OF_SESSION = re.compile(
    rf"(?:各|全体)?[{_HAN}]{{0,6}}?(?:组长|召集人|代表团团长|秘书长|主席团|代表团|党组)"
    rf"[{_HAN}]{{0,4}}?{_SUFFIX}(?=[,。;:]|$)"
)
_WITHIN = re.compile(rf"(?P<name>{_NAME_UNIT}{{0,20}}?{_SUFFIX})(?=[,。;:]|$)")
# "在昨天召开的市人大常委会第二十六次会议上, …表决通过": a dated meeting as the scene.
# The day may come before 在 and a place after it: "習近平周二在北京舉行的慶祝…大會上發表講話"
# (a weekday alone dates a sitting held, as the verb's 的 says, in this week).
# (the meeting "…召开的…会议", "…舉行的…大會", as both patterns below name it)
_HELD_THE_NAMED = rf"(?:{_HELD_VERB})的(?P<name>{_NAME_UNIT}{{0,40}}?{_SUFFIX})"
_HELD_AT = re.compile(
    rf"(?:在(?:{DATE_PHRASE})+|(?:{DATE_PHRASE}|{WEEKDAY_WORDS})在[^,。的]{{1,12}}?)"
    rf"{_HELD_THE_NAMED}上"
)
# Or as the subject of what it did, as Hong Kong's papers open: "今日(25日)舉行的元朗區區議會
# 大會,原訂討論…".
_HELD_SUBJECT = re.compile(rf"(?:^|(?<=[,:\s】〕]))(?:{DATE_PHRASE})+{_HELD_THE_NAMED},")
# What a member does in an interpellation, the act written straight after it: "…今總質詢時
# 強烈質疑…", "他在縣長總質詢時作了…", "議員李文俊6日上午總質詢再次提出…建議案".
# Its acts of asking, which also follow a member's questioning on a day (_MEMBER_QUESTIONS), and
# those of saying, which follow it only as a scene (_SCENE).
_QUESTIONING_ACTS = "提出|要求|指出|关心|关切|询问|质疑|建议|追问|批评|呼吁"
_ASKED_THERE = rf"(?:[再又亦也并还]|再次|再度)?(?:{_QUESTIONING_ACTS})"
_ACTED_IN_QUESTIONING = rf"(?:[亦也又再并还]|再次|再度|强烈|当场|更)?(?:{_QUESTIONING_ACTS}|表示|强调|说|抨击|痛批|作[了出])"
# "在立法會房屋事務委員會政策簡報會議上,多名議員關注…": a named meeting as the scene of what
# its members did, at the head of the lead. Not a speech's heading ("在…会上的讲话"), not a
# kind alone ("在会议上"); dated, it is weighed as a scene (see _recalled).
# What a reporter learnt at a meeting, named as the scene: "…会议上了解到".
_LEARNT = ("获悉", "了解到", "得知", "获知")
_SCENE = re.compile(
    rf"(?:^|(?<=[,:\s】〕]))(?:[^,。在于]{{0,16}}?(?:{DATE_PHRASE})?)?(?:{DATE_PHRASE})*"
    # Taiwan's papers write 於: "黃健庭7日於縣府六月份縣務會議暨主管會報中,特別感謝…"
    # (the day may come after 在: "警方卻在周二(16日)公開會議上,質疑…")
    # (or learnt at it: "记者从市防汛抗旱指挥部召开的…工作会议上了解到")
    rf"(?:在|从|(?<=日)于)(?:[^,。]{{0,24}}?(?:举行|召开)的|(?:{DATE_PHRASE})+的?)?"
    # (a general interpellation needs no more name: "議員…二十一日在總質詢中,…")
    # (or a sitting's question time: "許智峯在立法會特首質詢環節上,質疑…")
    rf"(?P<name>(?:(?!举行|召开){_NAME_UNIT}){{2,40}}?(?:{_SUFFIX}|(?:质询|答问|提问)环节)"
    # (or a committee, at its sitting: "鄭若驊今午在立法會司法及法律事務委員會上,…", "李家超
    # 在今天的立法會保安事務委員會上,…")
    rf"|(?:(?!举行|召开){_NAME_UNIT}){{2,40}}?(?:委员会|委会)(?=上,)"
    rf"|{_INTERPELLATION})"
    # or answering a member there: "曾國衞在立法會會議回答議員梁美芬的提問時說", "特首…今早在
    # 施政報告答問會回應說"
    rf"(?:上(?=,|{'|'.join(_LEARNT)})|中(?=,|表示|指出|指示|强调|说|进行|作|发表|提出)|(?:上|中[亦也])?(?=回答|答复|回应)"
    # (an interpellation's time: "羅貴星今天在議會總質詢時,詢問鍾東錦…", "他在縣長總質詢時作了…
    # 擘析", "議員在總質詢中抨擊…")
    rf"|(?<=质询)[时中](?=,|{_ACTED_IN_QUESTIONING}))"
)
# A dated sitting as the scene: "今(19)日市政總質詢中,議員肯定…", "今早立法會財委會特別會議上,…",
# "…議員鄭安秝因索資不順,今總質詢時強烈質疑…".
_DATED_SCENE = re.compile(
    # (today written 今 alone before an interpellation, as Taiwan's papers do)
    rf"(?:^|(?<=[,:\s】〕]))(?:(?:{DATE_PHRASE})+|{DAY_ALONE}(?=[^,。]{{0,8}}?质询))"
    rf"(?P<name>{_NAME_UNIT}{{2,30}}?{_SUFFIX}|{_NAME_UNIT}{{0,4}}?{_INTERPELLATION})"
    rf"(?:[中上](?=,)|(?<=质询)[时中](?={_ACTED_IN_QUESTIONING}))"
)
# "日前召开的政协…第十二次主席会议,审议通过了…": a meeting held lately, subject of its acts.
_LATELY_HELD = re.compile(
    rf"(?:^|(?<=[,:]))(?:日前|近日|前不久|不久前)(?:{_HELD_VERB})的"
    rf"(?P<name>{_NAME_UNIT}{{0,40}}?{_SUFFIX})(?=,|审议|听取|研究|决定|强调|指出|要求|通过)"
)
# A body sitting on a day: "立法會內務委員會今日討論…", "立法院會今天上午開始處理…".
# A council's session sits too: "縣議會定期會於昨日繼續縣政總質詢", "立法會早上9時許復會",
# "…定期會縣政總質詢議程昨（五）日正式結束" (its agenda item ended yesterday, the 5th);
# "定期會24日起市政總質詢" is a schedule from a day on, not a sitting.
_BODY = (
    r"(?:委员会|院会|立法会|大会|常委会|议会|区议会|政治局|党组|常务会|行政会议?|市政会议|常务会议"
    r"|定期会|临时会|委会|程序会"  # 委会: a committee's short name ("財委會", "社委會")
    # a township's or a city's representative council: "花蓮市民代表會今日(11日)開議", "鄉代會"
    r"|代表会|(?<=[乡镇市])代会"
    # Taiwan's legislature, as mainland papers name it too, and a council's interpellation
    # sittings: "台立法机构今天下午继续处理…", "台北市議會總質詢今天結束"
    r"|立法院|立法机构|总质询|全体会议"
    # LegCo's House Committee by its short name: "立法會內會今日…"
    r"|(?<=立法会)内委?会"
    # a legislature's session as a whole: "立法院第10屆第7會期今天(31日)結束"
    r"|届第[\d一二三四五六七八九十]+会期)"
)
_CLOCK = r"(?:\d{1,2}时(?:\d{1,2}分)?许?)"
# The day written again in brackets: "立法會今日(10月21日)以39票贊成…通過".
_DAY_AGAIN = r"(?:\([^()]{1,12}\))?"
# A numbered sitting acts on its day as a body does: "…常委會第十六次會議24日下午表決通過了…".
# A special or closed sitting too: "行政會議特別會議今日下午通過…".
_NUMBERED = r"(?:第[\d一二三四五六七八九十百零]+次(?:全体)?会议|(?:特别|紧急|闭门)会议)"
# A sitting on the day, a first or an extra one: "區議會昨日首次開會", "校董會今日加開特別會議".
# (a council opening its session that day: "彰化縣議會今天開定期會")
_SAT = r"(?:首次)?开会|加开[^,。]{0,10}?会议|开(?:定期|临时)大?会"
# The day of a sitting that runs over several ("第二日"), standing for its day.
# (of its extension, then its date: "…定期會延長會期第四日,於昨(30)日進行專案報告")
_DAY_OF_SITTING = r"(?:延长会期)?第[二三四五六七八九十]日(?:,[于在]?(?=[今昨前\d]))?"
_BOARD_MET = rf"(?<=[{_HAN}]{{2}})会(?=(?:{DATE_PHRASE})+(?:{_SAT}))"
_BODY_SITS = re.compile(
    # (or any board by its short name, when it met that day: "城規會昨日開會")
    rf"(?:^|(?<=[,:\s】〕)]))(?P<name>{_NAME_UNIT}{{0,30}}?(?:{_BODY}|{_NUMBERED}|{_BOARD_MET}))"
    # (a name in quotes, as mainland papers quote Taiwan's bodies: "“立法院外交及國防委員會”26日邀…")
    r"[”」]?(?:[^,。]{0,8}?议程)?"
    # what it did before, up to the day: "立法會經過三個星期會期辯論後,今日下午以38票贊成…"
    r"(?:[^,。]{1,30}?后,)?"
    # "立法院司法委員會,今(6)日一早排審": a comma may part the body from its day; "行政會日前
    # 完成討論…" dates it only lately
    # (or the day of a sitting that runs over several: "立法會大會第二日辯論《…》"; 在 before
    # the day: "…第一常設委員會在今(6)日完成…審議")
    rf",?[于在]?(?:{DATE_PHRASE}|日前|近日|{WEEKDAY_WORDS}|{_DAY_OF_SITTING})+{_CLOCK}?(?!起)"
    # (the first day of several: "立法會今日首日開始辯論…")
    r"(?:首日)?"
    rf"{_DAY_AGAIN}"
    # (as scheduled or as usual: "立法會周三上午11時如期舉行會議")
    rf"(?:[亦也还又]|继续|开始|完成对?(?:《[^》]{{1,60}}》)?[^,。]{{0,12}}?|再|再次|闭门|一早|一大早"
    r"|如期|照常|如常|准时)?(?:就[^,。]{1,40}?)?"
    # (who chaired it may come first: "內政委員會今(7)日由民進黨籍召委王美惠排審…")
    # (or who gave the report it heard: "台中市議會11日由市長盧秀燕進行市長施政總報告")
    r"(?:由[^,。]{2,20}?(?=排审|审查|审议|讨论|处理|表决|质询|进行))?"
    # (what a body holds for the press is no sitting: "財委會昨日舉行年結匯報")
    # (nor a ceremony: "台東縣議會今舉行新任秘書長布達典禮"; nor a reception or an event:
    # "立法會昨舉行傳媒春茗")
    # (Macao's legislature discusses a bill in general, then article by article: "立法會全體會議
    # 今(19日)細則性討論並通過…")
    r"(?:(?:一般性|细则性)?(?:审查|审议|讨论)|处理|表决|听取|展开|进行"
    r"|举行(?![^,。]{0,8}?(?:汇报|记者会|发布会|简报|记招|典礼|仪式"
    r"|春茗|酒会|晚宴|宴会|联欢|团拜|活动|开放日|展览|颁奖))"
    rf"|{_SAT}|复会|[^,。]{{0,4}}?质询|(?:正式)?结束"
    # Taiwan's councils question the government department by department: "…定期大會21日社會處、
    # 教育處、警察局、衛生局等四個單位質詢"
    r"|[^,。]{0,40}?(?:单位|局处)质询"
    # or who presided is all it says: "…定期大會21日由副議長陳宏宗主持"
    r"|由[^,。]{2,20}?(?:代为)?主持(?!人|词)"
    # a reading or a vote passed, a bill scheduled: "…臨時會今(20)日三讀通過", "程序委員會今天通過"
    r"|[首二三]读|通过|排审|续审|续议"
    # a seat filled or a chairman chosen: "立法會內會今日補選UGL專責委員會空缺議席"
    r"|补选|选出"
    # a meeting convened that day: "…小組委員會周三早上召開會議"
    r"|召开了?(?=(?:特别|紧急|闭门|首次|全体)?会议)"
    # a committee signing its opinion on a bill: "第二常設委員會今(11)日下午簽署…的法案意見書"
    r"|签署(?=[^,。]{1,60}?意见书)"
    # a debate, or one resumed on a bill: "澳門立法會今日經過辯論後…", "立法會今日恢復《…》二讀"
    r"|(?:经过?)?辩论|恢复(?:《[^》]{1,80}》)?[^,。]{0,30}?(?:辩论|审议|[二三]读)"
    # a vote's tally, then what it passed or defeated: "…今日以39票贊成,1票反對,通過…"
    # (or by a large majority: "學校教務議會今日以大比數通過…")
    r"|以(?:[\d一二三四五六七八九十]+票|大比数|大多数票?)[^。]{0,60}?(?:通过|否决)"
    # or its members voting by groups: "立法會今午分組點票否決…"
    r"|(?:分组)?点票(?:通过|否决)"
    # a committee hearing someone that day: "司法法制委員會今(15)日邀請監察院…業務報告"
    r"|邀请?[^,。]{1,60}?(?:报告|列席|备询|说明)"
    # two committees sitting together: "立法院交通、司法委員會今天聯席會議"
    r"|联席会议)"
)
# A body's notice that it finished a bill, undated: "行政會完成討論《…》行政法規草案。" (Macao's
# Executive Council announces each sitting so).
_BODY_CONCLUDED = re.compile(
    rf"^(?P<name>{_NAME_UNIT}{{0,30}}?{_BODY})完成(?:讨论|审议|审查)(?=\s?[《“〈]|[^,。]{{0,30}}?(?:草案|法案))"
)
# A member acting at a body on a day: "田北辰今日於立法會內務委員會提出動議" (the body sat).
# So does an official speaking or questioned there: "局長羅致光今日在福利事務委員會會議指…",
# "局長黃偉綸今日到立法會發展事務委員會接受議員質詢".
_ACTED_AT_BODY = re.compile(
    # (the one acting may come between, after 由: "…今日由保安局局長李家超在立法會正式宣布撤回")
    # (or leading a team there: "代理市長邱臣遠31日率市府團隊至市議會提出施政報告")
    rf"(?:{DATE_PHRASE})+{_DAY_AGAIN}(?:由[^,。在于到向]{{2,16}})?{NTH_TIME}?"
    r"(?:率(?:领|同)?[^,。在于到至]{1,12}?)?(?:在|于|到|至)"
    rf"(?P<name>(?:{_NAME_UNIT}{{1,30}}?{_BODY}|立法会|立法院|议会)(?:会议)?)[上中]?(?:正式)?"
    r"(?=提出|动议|发言|质询|质疑|追问|提问|辩论|表决|否决|讨论|答询|接受[^,。]{0,6}?(?:质询|提问)"
    r"|指(?![导挥定标数南引令示出明])|表示|称(?!为)|说(?![明服法])|回应|解释|承认|强调|透露|宣布|解说|引介"
    # (answering its members: "行政長官林鄭月娥今日上午到立法會回答議員質詢")
    r"|回答[^,。]{0,6}?(?:质询|提问)"
    # the head of government delivering an address there: "特首梁振英今早到立法會公布…《施政報告》",
    # "行政長官賀一誠今日(16日)於立法會發表2021年度施政報告"
    r"|公布|宣读|发表[^,。]{0,20}?施政"
    # or giving the government's report there: "縣長…22日在縣議會進行本屆第4次定期會施政總報告",
    # "市長高虹安24日在市議會定期會作施政報告", "秘書處昨二度到議會民政委員會進行專案報告"
    r"|(?:进行|作|提出)[^,。]{0,20}?(?:施政(?:总)?|专案|业务)报告)"
)
# An official briefing a body on a day: "運輸工務司司長羅立文昨午向立法會引介施政方針".
_TOLD_THE_BODY = re.compile(
    # (invited to: "澎湖縣長王乾發於昨日應邀向議會施政報告")
    rf"(?:{DATE_PHRASE})+(?:应邀)?向(?P<name>{_NAME_UNIT}{{0,30}}?(?:立法会|议会|委员会|委会|常委会|大会)"
    # (a report of its kind names the sitting: "…向議會施政報告" is the council's policy report)
    r"(?:(?:施政总?|专案|业务)报告)?)(?:(?<=报告)|"
    # or putting a bill to its readings: "政府今日向立法會提交《…條例草案》首讀及二讀"
    r"(?=引介|介绍|解说|汇报|报告|交代|讲解|说明|提交[^,。]{1,80}?[首二三]读))"
)
# …or a Legislative Council's committee, the day unsaid (the page's): "運輸及房屋局長陳帆向立法會
# 房屋事務委員會匯報,…" (not what it will be told, or was once: "將向…", "曾向…").
_TOLD_THE_PANEL = re.compile(
    rf"(?<![曾将已])向(?P<name>立法会{_NAME_UNIT}{{0,20}}?(?:委员会|委会))"
    r"(?=汇报|报告|交代|讲解|说明|介绍|解说|引介)"
)
# A council's questioning of the executive on a day, as Taiwan's papers set a report in it:
# "14日花蓮縣議會質詢中,…議員…質疑" (the council sat that day). Going there to answer
# ("今天再赴議會備詢") is as often a morning paper's preview as a report.
_COUNCIL_QUESTIONS = re.compile(
    rf"(?:{DATE_PHRASE})+(?:[^,。]{{0,4}}?(?:在|于))?"
    rf"(?P<name>(?:[{_HAN}]{{1,6}}?[县市镇乡区])?议会(?:质询|备询))(?=中|时|[,。]|$)"
)
# A member questioning the executive on a day, as Taiwan's papers report an interpellation
# sitting by who questioned: "民進黨縣議員張美慧今總質詢時要求縣長…", "新竹縣議員張珈源、吳傳地、
# 何建樺十七日聯合質詢", "…9名市議員今(14)天以聯合質詢方式…". (What one will ask tomorrow
# is a preview: the day decides, as for any statement.)
# A council's interpellation heading the sentence, its members acting in it, the day unsaid
# (the page's): "台中市議會市政總質詢,國民黨市議員張瀞分、…對四大公投案再度表達立場".
_QUESTIONING_HEADS = re.compile(
    rf"^(?P<name>[{_HAN}]{{0,6}}?议会(?:[县市]政)?总质询)[,:](?=[^。]{{0,30}}?(?:议员|代表))"
)
_MEMBER_QUESTIONS = re.compile(
    rf"议员[^,。]{{0,40}}?(?:{DATE_PHRASE})+(?:[亦也又再]|以)?"
    # (on a matter, put as a question: "縣議員鄭乾龍…昨天針對吉安洄瀾灣開發提出質詢")
    r"(?:(?:针对|就)[^,。]{1,40}?提出)?"
    rf"(?P<name>{QUESTIONING})(?=时|中|方式|[,。]|$|{_ASKED_THERE})"
)
# A dated numbered sitting doing its business: "2月27日,广州市第十五届人民代表大会常务委员会
# 第三十四次会议决定:…".
_DATED_SITTING_ACTS = re.compile(
    rf"(?:^|(?<=[,:\s】〕)]))(?:{DATE_PHRASE})+,?(?P<name>{_NAME_CHAR}{{0,40}}?(?:{_NUMBERED}|{_BODY}))"
    r"(?:决定|通过|审议|听取|表决|讨论|[二三]读)"
)
# Meeting a group for talks, on a day: "岑浩輝8月21日在政府總部與澳區全國人大代表座談" (a forum).
_TALKED_WITH = re.compile(
    # the hosts, and those talked with, may be lists of titled people parted by commas
    rf"(?:{DATE_PHRASE})(?:[^,。]{{0,24}}?|[^。;]{{0,60}}?在[^,。]{{1,12}})(?:与|同|和)"
    rf"(?:[^,。]{{2,30}}?|[^。;]{{2,240}}?(?:代表|等))(?:举行|进行)?(?P<name>座谈)(?![会纪])"
)
# Officials meeting, on a day: "政务司司长张建宗下午到深水埗区议会,与区议员闭门会面约一小时",
# "…昨日與立法會議員會晤" (not a meeting to come, nor one after which something was said).
_MET_WITH = re.compile(
    rf"(?:{DATE_PHRASE})[^。;]{{0,60}}?(?:与|同|和)[^,。;]{{2,40}}?(?:举行|进行)?"
    r"(?P<name>(?:闭门)?(?:会面|会晤))(?![后前时的中])"
)
# The day as the sitting: "今天是立法院第11屆第3會期最後一次院會", "昨天是…最後一次的院會".
_DAY_IS_SITTING = re.compile(
    rf"(?:^|(?<=[,:\s】〕]))(?:今天|今日|昨天|昨日)(?:就)?是(?P<name>[^,。;是]{{0,40}}?(?:{_SUFFIX}|{_BODY}))"
    r"(?=[,。;]|$)"
)
# A body going back into session, or opening one: "立法會財委會復會,審批…", "…議會今日開議".
_BODY_RESUMES = re.compile(
    rf"(?:^|(?<=[,:\s】〕]))(?P<name>{_NAME_CHAR}{{0,30}}?{_BODY})(?:{DATE_PHRASE})*{_CLOCK}?"
    r"(?:复会|续会|开议)(?!前|时|的|期间)"
)
# Not a clause of time: "立法會討論…時" is when something else happened.
_NOT_WHILE = r"(?![^,。]*时(?:[,。]|$))"
# A legislature or its committee at work, as a Hong Kong lead opens, the day unsaid (the page's):
# "立法會政制事務委員會討論選舉事務處電腦失竊事件,…", "立法會大會繼續辯論修改《議事規則》".
# Only a sentence's head, and not a clause of time.
# (a sentence may follow a timestamp and a masthead: "18:48 【Now新聞台】立法會房屋事務委員會討論…")
_LEGISLATURE_AT_WORK = re.compile(
    rf"(?:^|(?<=[\s】〕]))(?P<name>(?:立法会|立法院){_NAME_CHAR}{{0,16}}?(?:委员会|委会|大会|内会|院会))"
    rf"(?:继续|正)?(?:讨论|辩论|审议|审查){_NOT_WHILE}"
)
# …or the house itself debating a motion: "立法會辯論由專業議政李國麟提出「…」議案".
_HOUSE_DEBATES = re.compile(
    r"(?:^|(?<=[\s】〕]))(?P<name>立法会|立法院)(?:继续)?辩论(?=[^,。]{2,60}?(?:议案|动议|草案))"
    rf"{_NOT_WHILE}"
)
# …or the house passing a bill or a motion: "立法會三讀通過《電影檢查條例》修訂草案" (it sat;
# not a bill "passed" that is the subject: "立法會通過的草案…").
_HOUSE_PASSES = re.compile(
    rf"(?:^|(?<=[\s】〕]))(?P<name>立法会|立法院)(?:{DATE_PHRASE})*(?:院会)?(?:[二三]读)?通过(?!的)"
    rf"(?=《|[^,。]{{0,30}}?(?:草案|议案|动议|法案)){_NOT_WHILE}"
)
# …or the legislature itself in the middle of a debate: "立法會正就…的草案二讀辯論".
_LEGISLATURE_DEBATING = re.compile(
    rf"(?:^|(?<=[,:\s】〕]))(?P<name>立法会|立法院)正就[^,。]{{1,40}}?(?:辩论|审议){_NOT_WHILE}"
)
# A meeting named, then who chaired it: "連江縣政府114年第11次主管週報,縣長王忠銘主持,…"; or a
# body presided over: "上午縣議會由潘一全副議長主持,排定議程由…作總質詢" (it sat). Not the rule
# of who convenes and chairs it ("…常务会议由省长召集和主持,原则上每两周召开1次").
_NAME_THEN_CHAIRED = re.compile(
    rf"(?:^|(?<=[,:\s】〕]))(?:{DATE_PHRASE})*"
    rf"(?P<name>(?:(?!举行|召开|了|主办|承办){_NAME_UNIT}){{2,40}}?(?:{_SUFFIX}(?=,)|{_BODY}(?=由)))"
    rf",?由?(?:(?!召集|一般|通常|负责|轮流)[^,。]){{2,20}}?主持(?=[,。;]|$)"
)
# A sitting's chairman suspending, opening or closing it: "立法會主席梁君彥其後宣布會議暫停".
_PRESIDED = re.compile(
    rf"(?:^|(?<=[,:\s]))(?P<name>{_NAME_CHAR}{{0,20}}?(?:立法会|议会|委员会|委会|院会|大会|常委会))"
    r"(?:主席|议长|院长)[^,。]{2,8}?宣布(?:会议)?(?:暂停|休会|散会|复会|开会|开议|结束|开始)"
)
# Minutes under their own heading: "立法院第10屆第7會期第1次會議紀錄" (the body's name first),
# or its resolutions: "行政院第3595次院會決議".
# The heading may carry the day it met: "臺南市政府第524次市政會議紀錄111/01/04" (Republic year).
# Hong Kong's committees keep 紀要 ("《區議會條例草案》委員會 會議紀要"), Taiwan's councils a
# 議事錄 ("第21屆第5、6次臨時大會議事錄").
_MINUTES = re.compile(
    rf"(?P<name>{_NAME_UNIT}{{2,40}}?(?:{_SUFFIX}|委员会\s会议|(?:大会|会议)(?=议事录)))(?:纪录|记录|决议|纪要|议事录)"
    r"(?:\s*\(?\d{2,4}[/.-]\d{1,2}[/.-]\d{1,2}\)?)?"
)
# Minutes set out as a table of fields under the meeting's name ("臺北市政府第2015次市政會議",
# then "開會日期", "開會地點", "主席", "出席"): the name alone heads them when the lead holds
# both a field of when or where and the chair's field.
_MEETING_LINE = re.compile(rf"(?P<name>{_NAME_UNIT}{{2,40}}?{_SUFFIX})")
_WHEN_FIELD = re.compile(r"^(?:开会|会议)?(?:日期|时间|地点)\s?(?::|$)")
_CHAIR_FIELD = re.compile(r"^主席\s?(?::|$)")
# A record page may give the agenda instead of the chair: "議程 | 討論時間 |".
_AGENDA_FIELD = re.compile(r"^(?:会议)?议程\s?(?:[:|]|$)")
# A meeting named only by what kind it is belongs to the body that held it:
# "中共中央政治局2月28日召开会议", "元朗區議會今日召開首次會議", "…委員會…第二次會議".
_GENERIC = re.compile(rf"^{SITTING_WORDS}(?:会议|大会)$")
# A numbered sitting is the body's: "区政协召开十届二十次常委会议", "臺北市政府今日召開第2122次市政會議".
_ORDINAL_FIRST = re.compile(
    r"^(?:第[\d一二三四五六七八九十百零]+(?:次|届)|[一二三四五六七八九十百]+届[一二三四五六七八九十百零]+次)"
)
# An edition of a conference named in quotes is named whole, its host no part of it: "金管局
# 日前主辦第十五屆“葡語國家中央銀行統計會議”".
_QUOTED_EDITION = re.compile(r"^第[\d一二三四五六七八九十百零]+届[“「]")
# A sitting named by pointing at it: "該次會議", "今次會議", Hong Kong's "本立法年度最後一次會議"
# (whose body, when the clause names it, heads its name as with an ordinal). Macao's
# committees name theirs by the year ("本年度第二次全體會議"), and readers name it so.
_DEICTIC_FIRST = re.compile(r"^(?:(?:该|今|这|此|是)次|(?:本|今)届?(?:立法年度|会期))")
_DURATION = re.compile(
    r"[\d一二三四五六七八九十两]+个多?(?:小时|钟头)的?"
    r"|(?:为期|一连)[\d一二三四五六七八九十两半]+(?:个多?)?(?:天|日|周|个月)的"
)
_BODY_END = re.compile(r"(?:局|会|组|院|委|部|厅|府|办|团|处|室|署|党组|政协|人大)$")
_QUOTES = re.compile(r"[「」『』]")
# What the body is called from here on, after its full name: "“…工作組”(下稱“工作組”)".
_CALLED_HEREAFTER = re.compile(r"\((?:下称|简称|以下简称)[^()]{1,20}\)")
# Which of a series it is counts no part of the name: "舉行首場「香港議題公聽會」".
# (or an office-holder's place in a series: "進行任內最後一次《施政報告》答問會")
_SERIES_HEAD = re.compile(
    r"^(?:首|第[\d一二三四五六七八九十]+)场|^任内(?:最后一次|首次)?的?"
    # which day of a sitting over several: "召開最後一日特別會議"
    r"|^(?:最后一|第[二三四五六七八九十])[日天](?=.{2})"
)
_BRACKET_TAIL = re.compile(r"^[^()【】〔〕]*[)】〕]")
# (or chaired it: "由協和澳門醫學中心劉正印院長主持的2026年上半年工作匯報會")
_ORGANISED_BY = re.compile(
    r"^(?:[^,。]*?(?:主办|承办|协办|举办|组织|召开|举行)|由[^,。]{1,30}?主持)的(?=.{4})"
)
# A theme before the meeting's name, its quoted title holding its own commas ("以“创新驱动、
# 合作共赢”为主题的…"), and a day before it ("周五…委员会会议", "本週市務會議"): no part of
# the name.
# "One of" a body's committees, as a story leaves unsaid which: the body's committee.
_ONE_OF_ITS = re.compile(r"(?<=[会院])一个(?=[^,。]{0,10}?(?:委员会|小组))")
# What the meeting is to the public, not its name: "备受全省人民关注的…第四次会议", "举世瞩目的…".
_ACCLAIMED = re.compile(r"^(?:(?:备受|倍受|广受)[^,。的]{0,16}?|(?:举世|万众))(?:关注|瞩目|期待)的")
_THEMED = re.compile(r"^(?:以[^。]{1,80}?为主题|主题为[^。]{1,80}?)的(?=.{4})")
# "周二的…"; a time and where: "10時09分在立法會" (a bill read there then)
_DAY_HEAD = re.compile(rf"^(?:{WEEKDAY_WORDS}|{DATE_PHRASE}|本周|本月|{_CLOCK})+(?:的|在|于)?")
# A sentence's word run into the name before it: a summing up, a contrast, a copula ("以上是…",
# "但…", "为…"), before a body's name.
_WORD_BEFORE_NAME = re.compile(
    r"^(?:以上(?:是|为)|但是?|而|并|为|即)(?=[^,。]{0,6}?(?:议会|委员会|立法|政府|人大|政协|代表会))"
)
_SITTING_ENDS = ("会议", "院会", "临时会", "定期会", "大会", "会期")
# A legislature or a council named alone meets as "…會議" ("灣仔區議會週四開會").
_COUNCIL_END = re.compile(r"(?:立法院|立法机构|立法会|议会)$")
# So do Hong Kong's and Macao's committees and boards ("立法會內務委員會" -> "…委員會會議",
# "港大校委會" -> "港大校委會會議"). Taiwan's papers name a committee's sitting by the committee
# ("立法院交通委員會"), and so do their readers.
_HONG_KONG_BODY = re.compile(r"^(?:香港)?立法会.*(?:委员会|委会|内会)$|区议会$|(?:校董会|校委会)$")
# Taiwan's city and county councils (not Hong Kong's district councils) are named by the
# sitting's kind when the clause says it ("苗栗縣議會昨日進行臨時會" -> "…議會臨時會",
# "雲林縣議會昨(3)日總質詢"), else by the council alone ("台南市議會開議").
_TAIWAN_COUNCIL_END = r"(?<!区)议会"
_TAIWAN_COUNCIL = re.compile(rf"{_TAIWAN_COUNCIL_END}$")
_SITTING_KINDS = r"(?:临时|定期)大?会|总质询|(?<!党团)质询"
_SITTING_KIND = re.compile(
    rf"[^,。;]{{0,16}}?((?:本届)?(?:第[\d一二三四五六七八九十]+[届次])*(?:{_SITTING_KINDS}))"
)
_TAIWAN_COUNCIL_SITTING = re.compile(rf"(?P<council>.*{_TAIWAN_COUNCIL_END})(?:{_SITTING_KINDS})$")
# A body that met on its day ("…委員會周三(3日)開會", "…委員會昨日開會後,建議…").
_MET = re.compile(rf",?(?:{DATE_PHRASE}|{WEEKDAY_WORDS}|\({DATE_PHRASE}\))+(?:首次)?开会")
# A meeting named in a sentence, for weighing evidence when no phrasing matched: from the
# start of a clause (after a date, a dateline's bracket or a quote) to its kind.
_MEETING_NOUN = re.compile(
    rf"(?:^|(?<=[,:\s)】〕]))(?:{DATE_PHRASE})*(?P<name>{_NAME_UNIT}{{1,40}}?{_SUFFIX})(?!员)"
)
# A record's masthead: the body, after the term it belongs to ("第三届立法会").
_MASTHEAD_BODY = re.compile(
    r"^[\s\d]*(?:第[\d一二三四五六七八九十]+届)?(?P<body>[\u4e00-\u9fff]{0,8}?(?:立法会|议会|委员会|常委会))"
)
_QUOTE_MARKS = re.compile(r"[“”「」『』]")
_QUOTED = re.compile(r"「[^「」]*」|“[^“”]*”|『[^『』]*』")
# What a report puts in brackets before its first words: a byline ("【記者鍾陽正桃園報導】",
# "〔記者劉宛琳/台北報導〕"), a source or a rubric ("(两会受权发布)"); never the meeting's body.
_BRACKETED_HEAD = re.compile(r"^(?:【[^】]*】|〔[^〕]*〕|\([^()]*\)|\[[^\]]*\])+")
_NOT_HELD = re.compile(
    # (Taiwan's and Hong Kong's headlines write tomorrow as 明 alone: "北京明舉行…大會")
    # (a plan named is no plan to meet: "康復服務十年行動計劃跨部門協調小組日前舉行了…會議")
    # (a preparatory body is no preparation: "扶貧委員會籌備小組昨早舉行首次會議")
    r"将|拟|(?<![动展作年设施])计划|准备|筹备(?!小组|委员会|组)|[定订]于|明天|明日|(?<![说表声证阐透查标注指申讲写载言光文清])明(?=举行|召开|开幕|开会|起)|后天|下周|下月|下星期|明年|没有|没|(?<!来)未(?!来)|不会|不再|不能"
    r"|并未|无法|取消|延期|推迟|暂缓|曾经|曾于|曾(?=召开|举行|开会|在)|此前|早前|先前|去年|上月|上周|上次|前年|当年"
    r"|以来"  # "十八大以来,…举行了": over a span of years
    # a habit, not a sitting: "一次大会通常举行多少次全会", "市政府每月召开一次常务会议"
    r"|通常|往往|一般都?|每(?:年|届|月|周|季度|星期)"
    # the modal "will": "梁君彥:會按《議事規則》主持會議", "会继续召开"
    # ("自己會按照…主持會議"); not a body's 会 ("大会按照议程…")
    r"|(?<![议大全年例总社开机协学工理董商委政院])会(?=按照?|依照?|依据|继续|尽快|尽力|再次?|如常|照常)"
    # a schedule or a condition, not a sitting: "原定每周二举行,改为按需要举行会议",
    # "自4月26日起,均于市府内举行市政会议", "如果行会前举行见传媒的环节"
    r"|原定|原订|改为|改在|按需要|视乎|如果|假如|倘若|自[^,]{0,12}起"
    # asked for or decided on, not held: "去信…委员会,要求召开特别会议", "决定6月4日至6日在北京
    # 召开…常委会第七次会议"
    r"|要求|建议|提议|申请|促请|争取|决定(?=[^,。]{0,30}?(?:召开|举行))"
    # a span of days ahead: "27日起召開臨時會", "自二十七日到三十一日召開"
    r"|[日号今明]起|\d{1,2}/\d{1,2}起|自[^,]{0,12}(?:到|至)"
    # a notice's heading: "关于召开…第二次会议的通知"
    r"|关于(?=召开|举行)"
)
# A purpose, not a sitting ("为确保大会顺利召开,特作如下通告"), or an explainer's rule
# ("市长办公会议根据工作需要不定期召开,…可随时召开"); the name may have swallowed the words.
# (or a notice's provision: "主辦單位或主持人得視情況中止會議")
_PURPOSE_OR_RULE = re.compile(r"确保|保障|迎接|不定期|(?<![第次届])定期(?=召开|举行)|随时|得视")
# A proposal inside what was taken for a name ("会议建议政协九届二次会议三月三日举行"), unless
# the name is a committee's on proposals ("立法會資深司法任命建議小組委員會").
_PROPOSED_IN_NAME = re.compile(r"(?:建议|提议|决定)(?![^,。]{0,4}?(?:小组|委员会))")
# Read before the clause that holds a meeting: a date ahead anywhere in the sentence ("…將於1月
# 下午3時,與…,在…舉辦…座談會"), or a proposal ending the clause just before ("行政長官提出,").
_AHEAD = re.compile(r"将于|将在|拟于|定于")
_PROPOSED_BEFORE = re.compile(r"(?:提出|建议)$")
_FROM_DATE = re.compile(r"自[^,。]{1,12}起$")
# "内会一共举行了二十七次会议", "本会期共举行卅七次全体会议": a count of meetings (no 第) is a
# tally, not a report; "財委會在本立法年度已召開83小時會議": hours or sittings so far.
# "习近平总书记3次主持召开中央政治局常委会会议": so many times, the count before the verb.
_TALLY = re.compile(
    r"(?:已经?|共|累计|合共|一共)(?:召开|举行|开)了?[\d一二三四五六七八九十百廿卅两几多]+(?:个多?)?"
    r"(?:小时|钟头|次|场)"
    r"|(?<![第\d一二三四五六七八九十])[\d一二三四五六七八九十两几]+次(?:主持)?(?:召开|举行)"
)
# "召開大型會議僅16場": the count after the meeting, a tally too.
_TALLY_AFTER = re.compile(
    r"(?:仅|只|共|约|达)?[\d一二三四五六七八九十百廿卅两几多]+(?:场|次)(?!会)"
)
# "十八大以来,中央举行了不少“特别”的会议": meetings counted over a span, not one reported.
_SOME_MEETINGS = re.compile(
    r"[“”「」]?(?:不少|许多|很多|多次|多场|一系列|一些|若干|数次|几次|多个|多少|哪些|哪几)"
)
_COUNT_OF_MEETINGS = re.compile(
    r"^[\d一二三四五六七八九十百廿卅两几多]+次(?:全体|委员会|常务|例行)?(?:会议|大会|会)$"
    # or more than one of any name, counted in words: "出席咗兩次短問短答嘅特首答問環節" (one,
    # 一次, is "a"; digits may be an ordinal without its 第: "召开108次常委会会议")
    r"|^[二三四五六七八九十两几多数][一二三四五六七八九十百]*次"
)
# "组织召开3场座谈会": so many of a kind were held, named by their kind (a headline may name
# them more fully).
_SO_MANY = re.compile(r"^[\d一二三四五六七八九十两几多]+场")
_DAY_WORD = re.compile(DATE_WORDS)
_WEEKDAY = re.compile(WEEKDAY_WORDS)
# "Have already held", said without a day.
_ALREADY_HELD = re.compile(r"已经?(?:先后|相继|陆续)?(?:举办|举行|召开)")
_CLAUSE_IN_PREFIX = re.compile(r"[\s并的]|主持|召开|举行|出席")
_DATELINE = re.compile(r"(?:\d{1,2}月)?\d{1,2}日电")
# A dateline written without a space before the name ("据新华社北京2月15日电十三届…会议").
_DATELINE_HEAD = re.compile(
    r"^[^,。]{0,16}?(?:\d{1,2}月)?\d{1,2}日电\s*"
    # or a paper's credit with the reporter's name ("天山网-新疆日报讯(记者王兴瑞报道)自治区…")
    r"|^[^,。()]{0,20}?[报网社台]讯\s*(?:\([^()]{1,30}\))?\s*"
)
# A time of day with no day: "立法会早上9时许复会" (no 今早/昨晚: those name a day themselves).
_ONLY_TIME_OF_DAY = re.compile(rf"^(?!.*(?:{DATE_WORDS})).*{TIME_OF_DAY}")
# A speech addresses its audience before it says what meeting this is ("同志们:",
# "各位代表:", "尊敬的…:"): the text of a speech given at a meeting, not a report of it.
_SALUTATION = re.compile(
    r"^(?:(?:同志们|朋友们|女士们|先生们|各位[\u4e00-\u9fff]{1,4}?|尊敬的[^:。]{1,40}?)[,、!]?)+:$"
)
_SALUTATION_WITHIN = re.compile(
    r"(?:上的|上)(?:讲话|致辞|报告|发言)\s*(?:(?:同志们|朋友们|女士们|先生们|各位[\u4e00-\u9fff]{1,4}?)[,、!]?)+:"
)
# A report or explanation given to a body opens by addressing it and saying on whose behalf
# or about what it speaks: "全国人民代表大会常务委员会:受委员长会议委托,现对…作说明",
# "市人大常委会:现将…报告如下". What follows are its words, not a report of a meeting.
_ADDRESSED = re.compile(
    r"^[^,。:]{2,30}(?:委员会|代表大会|人民政府|议会):\s*(?:受[^,。]{1,20}委托|现[就对将把])"
)
# Taiwan's Legislative Yuan president opens a speech to the house so: "【…閉會詞全文】 報告院會,
# 今天是…最後的一次院會日".
_ADDRESSES_THE_HOUSE = re.compile(r"(?:^|[\s】])报告院会,")
# An announcement: the meeting's leaders are still to attend ("国务院领导同志将出席会议并讲话").
# Or what someone will do at it: "…今日上午11時…舉行首次會議,在會議上,行政長官李家超將…".
_ANNOUNCED = re.compile(
    r"将(?:要)?(?:出席|参加|主持|列席)(?:此次|本次|这次)?(?:会议|大会)"
    r"|在(?:此次|本次|这次)?(?:会议|大会)上,[^,。]{0,16}?将(?!近|军|来)"
)
# A report follows its meeting: a meeting dated after the page is scheduled
# ("第二十七次会议于3月29日…举行" on 23 March). A day of slack for pages dated a day early.
_SCHEDULE_SLACK = timedelta(days=1)
# A meeting as the scene of what someone did ("在昨天召开的…会议上,…表决通过") is reported
# when it is recent; a feature recalls older ones ("在2月3日召开的…会议上,他专门阐述…").
_SCENE_RECENT = timedelta(days=7)
# A notice convening a meeting ("关于召开政协第十四届芜湖市委员会第四次会议的通知"): what it
# holds (the days, the preparatory meetings) is all to come.
_NOTICE_TITLE = re.compile(r"关于(?:召开|举行|举办)[^,。]{2,60}的(?:通知|公告|通告)$")
_GREETING_TITLE = re.compile(r"热烈祝贺|祝贺[^,。]{0,30}(?:开幕|召开|闭幕|胜利)")
# A headline about a letter sent to a meeting ("习近平向第二十次中越两党理论研讨会致贺信"): the
# page reports the letter; the meeting is its addressee.
_LETTER_TITLE = re.compile(r"向[^,。\s]{2,40}(?:致|发)(?:贺信|贺电|信)$")
# (not a chair welcoming those present: "我們非常歡迎並感謝各位專家學者…參加今天的公聽會")
_GREETING_FIRST_PERSON = re.compile(r"我们[^。!]{0,20}(?:祝贺|致以|欢迎(?![^。!]{0,8}各位))")
_SENTENCES = re.compile(r"[^。!?;\n]+")
_SENTENCE_END = re.compile(r"[。!?！？]")  # on the text as written, before NFKC
_SENTENCE_END_NORM = re.compile(r"[。?]")  # normalized: "!" may end a headline


# What a "meeting held" statement says of the page (see find_held).
REPORTED, SCHEDULED, RECALLED = "reported", "scheduled", "recalled"


@dataclass(frozen=True)
class MeetingInfo:
    """What a meeting report says about its meeting; names Simplified, date YYYY-MM-DD.

    ``people_roles`` holds who did what with the title written before the name; it is left
    out of comparisons, which are about the fields a report is filtered by.
    """

    name: str
    date: str | None
    chairs: list[str] = field(default_factory=list)
    speakers: list[str] = field(default_factory=list)
    attendees: list[str] = field(default_factory=list)
    people_roles: list[PersonRole] = field(default_factory=list, compare=False)

    @property
    def people(self) -> list[str]:
        """Everyone the report names, chairs first, each once."""
        return unique([*self.chairs, *self.speakers, *self.attendees])


@dataclass(frozen=True)
class _Held:
    name: str  # "" when the text says only "召开会议"
    statement: str  # the sentence up to the verb: its date words are the meeting's
    sentence: str
    block: str
    weighed: bool = False  # found by weighing evidence, not by a phrasing (see _weighed_held)
    transcript: bool = False  # the page is the sitting's transcript, of its page's day


def detect_meeting(
    title: str,
    paragraphs: Sequence[str],
    published_at: str | None,
    people_model: PeopleTagger | None = SHIPPED_TAGGER,
    page_month: str | None = None,
    report_model: ReportClassifier | None = SHIPPED_CLASSIFIER,
) -> MeetingInfo | None:
    """The meeting ``title`` and ``paragraphs`` report, or ``None`` if they are no report.

    Dates without a year or relative to the page resolve against ``published_at`` (ISO 8601),
    or on a page without one, a month-day against ``page_month`` (its URL's "2026-03" or "2020").
    ``people_model``: the tagger that adds people the phrasing rules miss (None: rules only).
    ``report_model``: the classifier that takes a page the rules refuse for a report when it
    is all but sure (None: the rules alone decide).
    """
    # Text kept in Markdown (news archives on GitHub) marks a lead or a heading in bold: the
    # marks would stand between a sentence's start and its first word ("**立法會今日…").
    # (and a note pointing to the photo may stand inside a sentence: see _PHOTO_NOTE)
    title = _without_emphasis(title)
    paragraphs = [
        _letters_closed_up(_without_photo_notes(_without_emphasis(text))) for text in paragraphs
    ]
    # Only the title and the lead are normalized until they show a report: most articles
    # are none, and normalizing is most of the cost.
    lead_count = len(lead_paragraphs(paragraphs))
    title_norm, *lead = normalize_texts([title, *paragraphs[:lead_count]])
    first_lead, first_count = lead, lead_count  # what the classifier reads

    dates: dict[_Held, str | None] = {}  # each statement's day, worked out once

    def day_of(held: _Held) -> str | None:
        if held not in dates:
            dates[held] = _date_of(held, lead, published_at, page_month)
        return dates[held]

    judged: set[str] = set()  # what the statements found were judged to say

    def verdict(held: _Held) -> str:
        judged.add(judgement := judge(held))
        return judgement

    def judge(held: _Held) -> str:
        if _scheduled(held, published_at):
            return SCHEDULED
        if _long_ago(held, published_at):
            return RECALLED
        held_on = day_of(held)
        if (
            _recalled(held, held_on, published_at)
            or _not_recent(held, held_on, published_at)
            or _years_before(held, held_on, published_at)
        ):
            return RECALLED
        return REPORTED

    held = find_held([*lead, title_norm], verdict)
    start = None if held is not None else _story_start(paragraphs, lead_count)
    if start is not None:
        # chrome and a deck came first ("会议气氛热烈…", a forum's thread header): the
        # story's lead is the paragraphs from its dateline on
        story_count = start + len(lead_paragraphs(paragraphs[start:]))
        lead = [*lead, *normalize_texts(paragraphs[lead_count:story_count])]
        lead_count = story_count
        dates.clear()  # a longer lead may date a statement its first lines did not
        held = find_held([*lead, title_norm], verdict)
    if held is None:
        # a later paragraph says it was held, as Hong Kong's and Taiwan's papers write: after
        # a lead telling what was done at the meeting ("會上被多人稱呼…", then "…會議昨午2時
        # 舉行"), or after one on what was said or decided there, in a sentence of its own day
        # ("港燈及中電今日出席立法會經濟發展事務委員會特別會議", "立法院內政委員會今天邀…列席")
        story_count = lead_count + len(
            lead_paragraphs(paragraphs[lead_count:], after=paragraphs[:lead_count])
        )
        longer = [*lead, *normalize_texts(paragraphs[lead_count:story_count])]
        lead_recalled = RECALLED in judged

        def later_verdict(statement: _Held) -> str:
            # a meeting of days before, told below the lead, is what led to the one reported
            # ("蘇貞昌9月28日到立法院進行施政報告…", then "立法院今天舉行院會")
            judgement = verdict(statement)
            age = _age(day_of(statement), published_at)
            if judgement == REPORTED and age is not None and age > _LATER_HELD_WITHIN:
                return RECALLED
            return judgement

        # (background only below a lead that was no recollection itself)
        held = find_held([*longer, title_norm], later_verdict, past_is_background=not lead_recalled)
        if held is not None and _reported_below_lead(held, day_of(held), lead, published_at):
            lead, lead_count = longer, story_count
        else:
            held = None  # a commentary recalling some meeting of its own choosing
    if held is None:
        held = _transcript_of(title_norm, paragraphs)
    if held is None:
        # no statement at all, but a motion decided on a day: the sitting that decided it
        motion = _motion_sitting(lead)
        held = motion if motion is not None and verdict(motion) == REPORTED else None
    if held is None and judged <= {REPORTED}:
        # no statement of a meeting held, nor one judged to come or long past: a report in
        # words no rule foresaw, if the classifier is all but sure; the meeting it names first,
        # or the sitting of the body it names
        if report_model is None:
            return None
        named = _named_first([*first_lead, title_norm])
        if named is None or not report_model.is_report(title_norm, first_lead):
            return None
        lead, lead_count, held = first_lead, first_count, named
        dates.clear()
    if (
        held is None
        or _is_greeting(title_norm, held)
        or _is_speech(lead, held.block)
        or _NOTICE_TITLE.search(title_norm)
    ):
        return None
    if held.block == title_norm and _announced_in(lead, held.name):
        return None
    if any(_ANNOUNCED.search(block) for block in [title_norm, *lead]):
        return None
    held_on = day_of(held)
    if held_on is None and held.transcript and page_day(published_at) is not None:
        held_on = meeting_date("今天", published_at)  # a transcript is released on its day
    body_norm = [*lead, *normalize_texts(paragraphs[lead_count:])]
    blocks = without_read_minutes(
        [Block(norm, original) for norm, original in zip(body_norm, paragraphs, strict=True)]
    )
    closed = "闭门" in held.sentence  # "今日再召开闭门会议": members speak of it outside
    roles = people_roles(
        blocks, headline=Block(title_norm, title), closed=closed, meeting_name=held.name
    )
    roles = _with_presiding_chairs(roles, chairs_by_title(blocks, held.name))
    roles = _with_presiding_chairs(roles, chairs_described(blocks))
    roles = _with_presiding_chairs(roles, minutes_roles(blocks))
    roles = without_words_run_into_names(roles, " ".join([title_norm, *body_norm]))
    if people_model is not None:
        roles = with_tagged(roles, blocks, people_model)  # headline names: the rules split them
        roles = with_full_names(roles)
    roles = without_dictionary_words(roles)
    return MeetingInfo(
        name=_session_in_full(_CLAUSE_BEFORE_NAME.sub("", held.name), [title_norm, *body_norm]),
        date=held_on,
        chairs=names_with_role(roles, CHAIR),
        speakers=names_with_role(roles, SPEAKER),
        attendees=names_with_role(roles, ATTENDEE),
        people_roles=roles,
    )


# A council's session named by its kind ("縣議會定期大會昨天審查…"), which the report names in
# full elsewhere ("連江縣議會第7屆第3次定期大會18日繼續…").
_SESSION_BY_KIND = re.compile(
    rf"(?P<council>[{_HAN}]{{0,6}}?(?:议会|代表会|代会))(?P<kind>(?:定期|临时)大?会)"
)
_NUMBERED_SESSION = r"第[\d一二三四五六七八九十]+届第[\d一二三四五六七八九十]+次"


def _session_in_full(name: str, texts: Sequence[str]) -> str:
    """``name``, or the full name of the same council's session that ``texts`` give."""
    short = _SESSION_BY_KIND.fullmatch(name)
    if short is None:
        return name
    council, kind = short["council"], short["kind"]
    # a council named without its place takes the place's two characters ("連江", "彰化")
    place = f"[{_HAN}]{{2}}" if council[:1] in "县市乡镇" else ""
    full = re.compile(rf"{place}{re.escape(council)}{_NUMBERED_SESSION}{re.escape(kind)}")
    for text in texts:
        match = full.search(text)
        if match is not None:
            return match.group()
    return name


_EMPHASIS = re.compile(r"\*\*|__(?=\S)|(?<=\S)__")


def _without_emphasis(text: str) -> str:
    return _EMPHASIS.sub("", text) if "**" in text or "__" in text else text


# A note pointing to the photo, set after a name: "縣議員鄭乾龍(見圖;何國豐/攝)昨天…提出質詢".
# It stands between the subject and its verb, and its semicolon would end the sentence there.
# (Only within a sentence: a caption's credit at its end, "…說話。(圖/記者鄧至傑攝)", marks the
# line as a caption, not the story.)
_PHOTO_NOTE = re.compile(
    r"(?:[(（](?:見圖|见图|圖|图|照片)[^()（）]{0,30}[)）]|[(（][^()（）]{0,30}(?:攝|摄)[)）])"
    r"(?=[\u4e00-\u9fff])"
)


def _without_photo_notes(text: str) -> str:
    return _PHOTO_NOTE.sub("", text)


# A clause's words read into a meeting's name before it, whichever statement named it:
# going there ("…1日率市府團隊至桃園市議會…定期會"), sending a bill to it ("送嘉義縣議會定期會
# 審議"), holding it ("…在縣議會進行本屆第4次定期會…"), or joining it to what came before
# ("…,以及…科學委員會今日開會", "到最後立法院會…").
_CLAUSE_BEFORE_NAME = re.compile(
    r"^(?:[^,。]*?(?:率[^,。]{1,12}?(?:至|到|赴)|送(?:交|请)?|进行)|到最后|本来是|以及"
    # or a bare 的 ("的壽豐鄉地方建設座談會") or a paper's column tag ("快訊丨銀川市…") before it
    r"|的|[^,。]{1,4}丨)"
    r"(?=.{3})"
)


# Words placing something done at the meeting the story is about.
_AT_THE_MEETING = re.compile(r"会上|会议上|席上|在会议中")
# …and the held statement there must date it this close to the page.
_LATER_HELD_WITHIN = timedelta(days=2)
# Words that make a statement someone's account or a plan, not the report's own: "她指,…事前有
# 27位議員承諾會出席今日會議", "根據…程序第39條", "上述會議原於昨日審議" (then put off).
_ACCOUNT_OR_PLAN = re.compile(
    r"(?:指|说|表示|称|认为|透露|问到|根据|按照|依照)[^。]*[,:]|原(?:定|订|本|于|来)"
)


def _reported_below_lead(
    held: _Held, held_on: str | None, lead: Sequence[str], published_at: str | None
) -> bool:
    """``held``, found below the lead, is the story's own meeting: of the page's day or the day
    before, with the lead placing the story at a meeting or the statement dating it in its own
    words; or, with no day of its own, in the body the lead sets the story in."""
    age = _age(held_on, published_at)
    if age is None:
        return _lead_at_its_body(lead, held)
    if not timedelta(0) <= age <= _LATER_HELD_WITHIN:
        return False
    return bool(_AT_THE_MEETING.search(" ".join(lead))) or _says_held_that_day(held, published_at)


# A lead that sets its story in a legislature or a council: "警務處處長鄧炳強在立法會,回應…".
_AT_A_BODY = re.compile(rf"在(?P<body>立法会|立法院|[{_HAN}]{{1,4}}?议会)(?=[,。上中]|$)")


def _lead_at_its_body(lead: Sequence[str], held: _Held) -> bool:
    """The lead sets the story in the body whose meeting ``held``, below it, names with no day
    of its own ("鄧炳強出席立法會保安事務委員會會議,交代…"): the story's own sitting."""
    if _DAY_WORD.search(held.statement):
        return False
    return any(
        held.name.startswith(match["body"])
        for block in lead
        for match in _AT_A_BODY.finditer(block)
    )


def _says_held_that_day(held: _Held, published_at: str | None) -> bool:
    """``held``, found below the lead with nothing in the lead placing the story at a meeting,
    is the report's own statement and dates the meeting in its own words."""
    statement = held.statement
    return (
        not _ACCOUNT_OR_PLAN.search(statement) and meeting_date(statement, published_at) is not None
    )


# How far down a page the story's own first line may come after chrome and a deck.
_STORY_START_WITHIN = 20
# A story's first line: an agency's dateline, or a paper's byline in brackets or 本报讯.
_STORY_HEAD = re.compile(
    r"^\s*(?:[^,。]{0,16}?(?:\d{1,2}月)?\d{1,2}日电|本报讯"
    # (a broadcaster's or agency's tag too: "【Now新聞台】", "【大紀元新聞】")
    r"|【[^】]{0,30}(?:记者|报导|报道|讯|新闻)[^】]{0,10}】|〔[^〕]{0,30}(?:记者|报导|报道)[^〕]{0,10}〕"
    # or a byline on a line of its own, the story below it: "記者王兆麟/台東報導", after the
    # time it was posted ("2025/12/03 16:59 記者王榮祥/高雄報導")
    r"|(?:\d{4}[/-]\d{1,2}[/-]\d{1,2}\s*(?:\d{1,2}:\d{2}\s*)?)?记者[^,。/]{1,12}/[^,。/]{1,8}报[导道]\s*$)"
)


# What _STORY_HEAD needs, as written before normalizing (日電/日电, 記者, 報導, 訊 …), and how
# far into a paragraph it can stand.
_STORY_MARK = re.compile(r"日[电電]|[记記]者|[报報][导導道]|[讯訊]|新[闻聞]")
_STORY_HEAD_SPAN = 64


def _story_start(paragraphs: Sequence[str], after: int) -> int | None:
    """The index of the first paragraph after the lead that opens with a dateline or byline,
    within the first _STORY_START_WITHIN paragraphs, else ``None``."""
    for index in range(after, min(len(paragraphs), _STORY_START_WITHIN)):
        head = paragraphs[index][:_STORY_HEAD_SPAN]
        # most articles are no report and reach here: normalize only a paragraph whose head
        # holds a dateline's or byline's word in either script
        if _STORY_MARK.search(head) and _STORY_HEAD.match(normalize_text(paragraphs[index])):
            return index
    return None


# A character, a space, a character: a line typeset with a space after every character, as
# old pages set headings and minutes ("臨 時 立 法 會 內 務 委 員 會", "會 議 紀 要").
_SPACED_LETTER = re.compile(rf"(?<=[{_HAN}])[ \u3000](?=[{_HAN}])")
_CLOSED_LETTERS = re.compile(rf"[{_HAN}]{{2}}")
_SPACED_LETTERS_MIN = 3
# …and in such a line, the spaces that part its characters and numbers ("1997 年 8 月 22 日").
_SPACE_IN_SPACED_LINE = re.compile(rf"(?<=[\d{_HAN}])[ \u3000](?=[\d{_HAN}])")


def _letters_closed_up(paragraph: str) -> str:
    """``paragraph`` without the spaces between its characters when every character stands
    apart (no two written together): its words read as words again."""
    if _CLOSED_LETTERS.search(paragraph):
        return paragraph
    if len(_SPACED_LETTER.findall(paragraph)) < _SPACED_LETTERS_MIN:
        return paragraph
    return _SPACE_IN_SPACED_LINE.sub("", paragraph)


def _is_greeting(title: str, held: _Held) -> bool:
    """An editorial greeting the meeting ("热烈祝贺市政协五届一次会议开幕", "我们对大会的召开表示
    热烈祝贺"), or a letter congratulating it ("习近平致信祝贺…大会召开"): it comments on the
    opening rather than reporting what was done there."""
    return bool(
        _GREETING_TITLE.search(title)
        or _LETTER_TITLE.search(title.strip())
        or _GREETING_TITLE.search(held.statement)
        or _GREETING_FIRST_PERSON.search(held.block)
    )


# A meeting to be held on a day ("將於21日在…舉行…校長會議"), its name's last words after it.
_TO_BE_HELD = re.compile(
    # (the place may stand in a clause of its own: "將於九月九日(星期三)晚上八時,在…禮堂舉行…")
    rf"(?:{_AHEAD.pattern})[^,。]{{1,40}}?(?:,[^,。]{{1,30}}?)?(?:举行|召开|举办)(?P<meeting>[^,。]{{2,60}})"
)


# …or names it first, then when it will be: "第12屆第17次的臨時會,將於11日起召開", "縣議會第六屆
# 第三次臨時會將從今(三)日起一連五天召開".
_NAMED_TO_BE_HELD = re.compile(
    r"(?P<meeting>[^,。]{2,40}?),?(?:将于|将从|将在|拟于|定于)[^,。]{1,30}?(?:举行|召开|举办)"
)


def _announced_in(lead: Sequence[str], name: str) -> bool:
    """The lead says the meeting a headline names is still to be held: "苗栗國中小學校長會議21日
    舉辦" over "教育局今天表示,將於21日…舉行…國民中小學校長會議" (a day after the page, within
    the slack _scheduled leaves for pages dated a day early)."""
    # (a short name matches as a whole, if it is a kind of meeting: "臨時會")
    tail = name[-4:] if len(name) >= 4 else name if _KIND_ONLY.fullmatch(name) else ""
    return bool(tail) and any(
        tail in match["meeting"]
        for block in lead
        for pattern in (_TO_BE_HELD, _NAMED_TO_BE_HELD)
        for match in pattern.finditer(block)
    )


def _is_speech(lead: Sequence[str], held_block: str) -> bool:
    """The text of a speech: a salutation line comes before the sentence saying the meeting
    is held ("同志们:" then "今天,市委召开常委扩大会"), or a report opens by addressing the
    body it is given to ("…常务委员会:受…委托,现对…作说明")."""
    for block in lead:
        if _ADDRESSED.match(block.strip()):
            return True
        if _ADDRESSES_THE_HOUSE.search(block):
            return True
        if block == held_block:
            # a page that runs the heading and the speech into one paragraph ("市长在…会议上
            # 的讲话同志们:在春节后…我们就召开这次…会议")
            return bool(_SALUTATION_WITHIN.search(block))
        if _SALUTATION.match(block.strip()):
            return True
    return False


def _scheduled(held: _Held, published_at: str | None) -> bool:
    """A meeting its own statement dates after the page."""
    page = page_day(published_at)
    if page is None:
        return False
    stated = meeting_date(_DATELINE.sub("", held.statement), published_at)
    return stated is not None and _after_page(stated, page)


# A statement dated with its year this long before the page recalls the meeting: Xinhua's
# reports of a central forum come out a month or so after it, a memoir decades after.
_LONG_AGO = timedelta(days=90)


def _long_ago(held: _Held, published_at: str | None) -> bool:
    """The statement dates its meeting, year and all, well before the page ("1962年1月11日至
    2月7日,党中央在北京召开了扩大的中央工作会" on a page of 2015)."""
    page = page_day(published_at)
    stated = dated_with_year(_DATELINE.sub("", held.statement))
    return page is not None and stated is not None and page - date.fromisoformat(stated) > _LONG_AGO


# A meeting dated this long before its page, by whatever sentence gave the year, is recalled:
# an anniversary feature on a plenum of 1978. A report may come out a month or two late, a
# sitting's printed record some months late, never a year.
_YEARS_BEFORE = timedelta(days=366)


def _age(day: str | None, published_at: str | None) -> timedelta | None:
    """How long before the page's day ``day`` (ISO) is, or ``None`` when either is unknown."""
    page = page_day(published_at)
    if page is None or day is None:
        return None
    return page - date.fromisoformat(day)


def _years_before(held: _Held, held_on: str | None, published_at: str | None) -> bool:
    age = _age(held_on, published_at)
    return age is not None and not held.transcript and age > _YEARS_BEFORE


def _recalled(held: _Held, held_on: str | None, published_at: str | None) -> bool:
    """An older meeting named only as the scene of what someone did there."""
    age = _age(held_on, published_at)
    return age is not None and _as_scene(held.statement) and age > _SCENE_RECENT


def _not_recent(held: _Held, held_on: str | None, published_at: str | None) -> bool:
    """Evidence without a phrasing reports a meeting only if it is of the page's week: a dated
    page's story that names an older meeting or none of its day ("今年4月24日在…委员会会议上")
    recalls it."""
    if not held.weighed or page_day(published_at) is None:
        return False
    age = _age(held_on, published_at)
    return age is None or age > _SCENE_RECENT


def _after_page(day: str, page: date) -> bool:
    return date.fromisoformat(day) > page + _SCHEDULE_SLACK


def _as_scene(statement: str) -> bool:
    """The statement names the meeting as a scene: "在…召开的…会议上", "在…会议上"."""
    return any(
        match.end() == len(statement)
        for pattern in (_HELD_AT, _HELD_SUBJECT, _SCENE, _DATED_SCENE)
        for match in pattern.finditer(statement)
    )


# A photo's caption ends by crediting its photographer or source: "…作工作报告。向明超 摄",
# "(记者 张三 摄)", "…逗笑。圖／取自議會直播畫面".
_PHOTO_CREDIT = re.compile(
    r"(?:^|[。\s(])[^。\s()]{0,12}\s?[摄攝](?:影)?\)?\s*$|[。\s(][图圖]\s?[／/:：](?!文)[^。]{1,20}$"
)
# What a lead's sentence ends with: its mark, or a closing quote or bracket after it.
_SENTENCE_CLOSE = '。!?！？」』”")）…'
# What marks a photo's caption ahead of its words.
_CAPTION_MARKS = "▲△▼■□●◆★ \u3000"


def lead_paragraphs(paragraphs: Sequence[str], after: Sequence[str] = ()) -> list[str]:
    """The first LEAD_PARAGRAPHS paragraphs that are sentences, with the headline-like lines
    (no sentence end: sub-titles, "李强主持 赵乐际…出席") that come before them; ``after``: the
    paragraphs read before them, whose repetition (a photo's caption) counts for no sentence."""
    lead: list[str] = []
    sentences = 0
    for paragraph in paragraphs:
        if sentences == LEAD_PARAGRAPHS:
            break
        # a line said twice (a photo's caption repeating the deck, "▲…") is one of the lead's
        said = paragraph.lstrip(_CAPTION_MARKS)
        repeated = bool(said) and any(said in earlier for earlier in [*after, *lead])
        lead.append(paragraph)
        # a page's chrome may end with a full stop ("按此,跳至主要內容。"): too short for a lead
        sentence = len(paragraph) >= _LEAD_SENTENCE and bool(_SENTENCE_END.search(paragraph))
        # (a headline asks or exclaims inside and ends bare: "小內閣變動? 侯友宜:會讓新北…")
        sentence = sentence and paragraph.rstrip()[-1] in _SENTENCE_CLOSE
        # (nor does a photo's caption, its photographer credited at its end: "…开幕现场。向明超 摄")
        sentences += sentence and not repeated and not _PHOTO_CREDIT.search(paragraph)
    return lead


def normalize_texts(texts: Sequence[str]) -> list[str]:
    """``[normalize_text(text) for text in texts]``, in one NFKC and one t2s pass.

    The texts are joined with newlines: neither step lets anything cross a newline, and
    neither produces one (see keys._JOIN), so the result splits back into the texts' own.
    Most of the cost of normalizing a title or a short paragraph is the calls themselves.
    """
    joined = "\n".join(texts)
    if len(texts) < 2 or joined.count("\n") != len(texts) - 1:
        return [normalize_text(text) for text in texts]  # a text holds a newline itself
    return normalize_text(joined).split("\n")


def find_held(
    blocks: Sequence[str],
    verdict: Callable[[_Held], str] = lambda held: REPORTED,
    *,
    past_is_background: bool = False,
) -> _Held | None:
    """The first "meeting held" statement of ``blocks`` (normalized), preferring a named one,
    and a later statement naming the same meeting more fully: a sub-headline's "黄莉新主持
    主任会议" is the "第四十二次主任会议" the first sentence says was held yesterday.

    ``verdict`` judges each statement: one SCHEDULED is passed over for the next (a headline
    may announce the session, "2/8起召開臨時會", whose preparatory meeting the first sentence
    reports); one RECALLED makes the text a recollection, no report, unless
    ``past_is_background``: below a lead that told of no meeting, a sitting of days ago is what
    led to the one reported ("蘇貞昌9月28日到立法院進行施政報告…", then "立法院今天舉行院會")."""
    unnamed: _Held | None = None
    first: _Held | None = None
    tabled = _minutes_table(blocks)
    previous = ""
    for block in blocks:
        body, previous = previous, block
        for sentence in _SENTENCES.findall(block):
            found = (
                held_statement(sentence)
                or _minutes_heading(block, tabled=tabled)
                or _minutes_under_body(body, block)
            )
            if found is None:
                continue
            name, end = found
            held = _Held(name, sentence[:end], sentence, block)
            judged = verdict(held)
            if judged == RECALLED and not past_is_background:
                return None
            if judged in (SCHEDULED, RECALLED):
                continue
            if not name:
                unnamed = unnamed or held
            elif first is None:
                first = held
            elif _names_more_fully(name, first.name):
                return held
            elif tabled and _numbers_the_series(held, first):
                first = held  # "局務會報" (the page's section) then "第317次主管會報"
            elif (_headline_only(first) or _in_general(first)) and _DAY_WORD.search(held.statement):
                # "最後一次主持院會!…" then "立法院臨時會今(20)日三讀通過"; "各區陸續召開首次
                # 會議" then "中西區區議會昨日首次開會": the dated statement is the story's
                first = held
    if first or unnamed:
        return first or unnamed
    for find in (_weighed_held, _record_of_body):
        candidate = find(blocks)
        if candidate is not None:
            return candidate if verdict(candidate) == REPORTED else None
    return None


# How far down a page a transcript's turns are looked for, and a cheap look before normalizing.
_TRANSCRIPT_WITHIN = 12
_RAW_TURN = re.compile(r"^\s*[^:：,，。\s]{2,16}[:：]")


def _transcript_of(title: str, paragraphs: Sequence[str]) -> _Held | None:
    """A sitting's transcript ("行政長官答問會答問全文", then "何啟明議員:…", "立法會主席…:…"):
    the meeting its title names, when the page's first paragraphs are turns on the floor."""
    head = paragraphs[:_TRANSCRIPT_WITHIN]
    if sum(bool(_RAW_TURN.match(paragraph)) for paragraph in head) < 3:
        return None  # most pages: nothing to normalize
    if not is_transcript(normalize_texts(head)):
        return None
    named = _MEETING_LINE.search(title)
    if named is None:
        return None
    name = named.group("name")
    return _Held(name, title, title, title, transcript=True)


def _record_of_body(blocks: Sequence[str]) -> _Held | None:
    """A record laid out as fields (when it met, who chaired), flattened or not, under a
    masthead naming only its body ("第三屆立法會 第四立法會期 … 日期 : … 主席 : …"): the
    body's meeting, its term left out as the body's name leaves it ("立法會會議")."""
    for block in blocks:
        lines = field_lines([block])
        if len(lines) < 2 or not _minutes_table(lines):
            continue
        masthead = _MASTHEAD_BODY.search(lines[0])
        if masthead is not None:
            return _Held(masthead.group("body") + "会议", block, block, block)
    return None


# A motion or bill decided or debated on a day, as Hong Kong's papers report a sitting of the
# Legislative Council by its business: "…提出彈劾特首梁振英的議案,今日在分組點票下被否決",
# "議案今早在分組點票下,…被否決", "議案今天下午2時半開始辯論", "議案最終在今午…通過".
_MOTION_DECIDED = re.compile(
    rf"(?:议案|动议|修正案|条例草案)》?,?(?:最终|最后)?在?(?:{DATE_PHRASE})+{_CLOCK}?半?{_DAY_AGAIN}"
    r"(?:在分组点票下|经[^,。]{1,12}?后)?,?(?:[^。]{0,60}?(?:被否决|获?通过|[二三]读)|开始辩论|恢复辩论)"
)
# The legislature the page names before the motion, whose sitting decided it ("立法會大會"
# keeps its sitting word).
_LEGISLATURE_NAMED = re.compile(r"立法会(?:大会)?|[\u4e00-\u9fff]{2,4}?区议会")


def _motion_sitting(blocks: Sequence[str]) -> _Held | None:
    """The sitting that decided or debated a motion on a day, when no statement names it:
    the sitting of the legislature the page names before it ("立法會會議")."""
    before = ""
    for block in blocks:
        for sentence in _SENTENCES.findall(block):
            motion = _MOTION_DECIDED.search(sentence)
            if motion is not None:
                bodies = _LEGISLATURE_NAMED.findall(before + sentence[: motion.start()])
                if bodies:
                    body = bodies[-1]
                    return _Held(_sitting_of(body), sentence[: motion.end()], sentence, block)
            before += sentence + "。"
    return None


def _weighed_held(blocks: Sequence[str]) -> _Held | None:
    """The first sentence that weighs as a report though no phrasing matched it (see
    meeting_evidence): a meeting, an act of it and a day, not denied."""
    for block in blocks:
        for sentence in _SENTENCES.findall(block):
            found = weighed_statement(sentence, _MEETING_NOUN, _NOT_HELD)
            if found is not None:
                name = _bare_name(found[0])
                return _Held(name, sentence[: found[1]], sentence, block, weighed=True)
    return None


def _named_first(blocks: Sequence[str]) -> _Held | None:
    """The first meeting ``blocks`` name more than by its kind, whatever is said of it (the
    classifier found the page a report); else the first named by its kind alone ("会议");
    else ``None``."""
    kind_only: _Held | None = None
    for block in blocks:
        for sentence in _SENTENCES.findall(block):
            for match in _MEETING_NOUN.finditer(sentence):
                spaced = _SPACE_IN_NAME.sub("", match.group("name"))
                name = _DAY_WITHIN.sub("", _bare_name(_NAME_LEAD_IN.sub("", spaced)))
                if _ANOTHER_SITTING.search(name):
                    continue  # "…委員會冀下次會議…": a sitting to come or gone, not this one
                held = _Held(name, sentence[: match.end()], sentence, block, weighed=True)
                if not (
                    _GENERIC.fullmatch(name)
                    or _KIND_ONLY.fullmatch(name)
                    or _DEICTIC_FIRST.match(name)
                ):
                    return held
                kind_only = kind_only or held  # (or "今次會議": this one, whichever it was)
    return _body_named_first(blocks) or kind_only


# A sitting body, in a lead that names no meeting: a legislature, a council or a committee
# ("律政司司長…出席立法會司法及法律事務委員會,討論…", "立法會辯論由…提出的議案"). Not its
# members, officers or staff ("立法會議員", "委員會主席", "立法會秘書處"). A legislature's
# committee is named with it: "立法會司法及法律事務委員會", not "立法會".
_SITTING_BODY = re.compile(
    rf"(?:^|(?<=[,:\s)】〕]))(?P<name>{_NAME_UNIT}{{0,30}}?"
    rf"(?:(?:立法会|立法院|议会)(?:{_NAME_UNIT}{{0,20}}?(?:委员会|委会|内会))?"
    r"|委员会|委会|常委会|校董会|院会))"
    r"(?!议员|委员|议长|主席|秘书|成员|代表|员|党团|大楼|网站|选举|会议|大会)"
)
# What lies outside a body is no sitting of it: "在現行醫務委員會外另立…".
_OUTSIDE = re.compile(r"[以之]?外")
# Where the body sat, as the clause says: going there or being at it ("出席立法會…委員會",
# "於立法會衞生事務委員會後"), or the legislature itself.
_AT_THE_BODY = re.compile(r"(?:出席|列席|到|赴|在|于)[^,:]+$|^(?:立法[会院]|议会)")


def _body_named_first(blocks: Sequence[str]) -> _Held | None:
    """The meeting of the body ``blocks`` name sitting (see _SITTING_BODY): the first one
    they place someone at (_AT_THE_BODY), else the first one; or ``None``."""
    first: _Held | None = None
    for block in blocks:
        for sentence in _SENTENCES.findall(block):
            for match in _SITTING_BODY.finditer(sentence):
                at_the_body = _AT_THE_BODY.search(match.group("name"))
                body = _bare_name(_NAME_LEAD_IN.sub("", match.group("name")))
                if len(body) < 3 or _OUTSIDE.match(sentence, match.end()):
                    continue
                held = _Held(
                    _sitting_of(body), sentence[: match.end()], sentence, block, weighed=True
                )
                if at_the_body is not None:
                    return held
                first = first or held
    return first


# The day a body met, between its name and its sitting's kind: "彰化縣議會今天開定期會",
# "立法會UGL專責委員會今天會議進度" (the body's 定期會, its 會議).
_DAY_WITHIN = re.compile(
    rf"(?<=.)(?:今|昨|前)[天日]{_DAY_AGAIN}(?:上午|下午|晚上|早上)?(?:开|召开|举行|的)?"
    rf"(?=(?:{_NAME_UNIT}){{0,12}}?{_SUFFIX}$)"
)


# A sitting other than the one reported: "下次會議", "上一次會議", "下届大会".
_ANOTHER_SITTING = re.compile(r"下一?次|下届|上一?次")


def _bare_name(name: str) -> str:
    """A meeting noun's match without a dateline, a bracketed byline or quotation marks.

    Unlike a held statement's name (_full_name keeps a quoted part's marks), a name the
    classifier rescues drops them all: mainland papers quote Taiwan's bodies ("“行政院”院会"),
    and the sitting is named as the body's."""
    name = _QUOTE_MARKS.sub("", _BRACKETED_HEAD.sub("", _DATELINE_HEAD.sub("", name)))
    return _WORD_BEFORE_NAME.sub("", name)


def _without_stray_quotes(name: str) -> str:
    """``name`` without the quotation marks that close nothing they open: a match may begin
    inside a quotation ("前廳交流會」") or end before its close ("“內地與澳門…統計會議")."""
    kept: set[int] = set()
    for pair in _QUOTED.finditer(name):
        kept.update((pair.start(), pair.end() - 1))
    return "".join(
        char for i, char in enumerate(name) if i in kept or not _QUOTE_MARKS.fullmatch(char)
    )


# What a clause says before the meeting it names: "…首次出席区议会会议", "合共两小时的地区谘询会".
_NAME_LEAD_IN = re.compile(
    r".*(?:[\s的在由对向被把将就于到赴]|出席|列席|参加|主持|召开|举行|旁听|取消|终止|决定|再开|今续)"
)


def _numbers_the_series(held: _Held, first: _Held) -> bool:
    """Two heading lines over a record's fields, the later one numbering its sitting: the
    first is the series or the page's section, the later the meeting."""
    headings = held.sentence == held.block.strip() and first.sentence == first.block.strip()
    return headings and bool(_ORDINAL.search(held.name)) and not _ORDINAL.search(first.name)


def _in_general(held: _Held) -> bool:
    """Meetings spoken of in general in a sentence of no day: named only by their kind ("各區
    陸續召開首次會議") or held as a habit ("從100年度起市府即到各地舉辦區里座談"), whereas a
    later dated statement names the one the story is about. So are the meetings of several
    bodies, whatever their day ("多個區議會昨日舉行首次會議", then "元朗區議會昨日舉行…")."""
    if _SEVERAL.match(held.name):
        return True
    return (
        bool(_GENERIC.match(held.name) or _HABIT.search(held.statement))
        and not _DAY_WORD.search(held.sentence)
        and held.sentence + "。" in held.block  # a headline's kind is the story's
    )


# A name opening with several bodies at once: "多個區議會首次會議", "部分区县…会议" (not
# one body's "立法会18个事务委员会首次会议", whose sitting the story may be about).
_SEVERAL = re.compile(r"(?:多个|多间|一些|部分|不少|若干|数个|几个|[\d一二三四五六七八九十两]+个)")
# Doing something as a habit, since some time or at every interval.
_HABIT = re.compile(r"(?:从|自)[^,。]{1,12}?起|每(?:年|月|周|季|季度)")


def _headline_only(held: _Held) -> bool:
    """A statement of a headline-like line (no sentence end, no day): the lead's first dated
    sentence names the meeting as the report means it."""
    return not _SENTENCE_END_NORM.search(held.block) and not _DAY_WORD.search(held.statement)


def _names_more_fully(name: str, shorter: str) -> bool:
    """ "第四十二次主任会议" names "主任会议" more fully: a prefix of ordinals and bodies, not a
    clause ("会谈并共同主持…", "为期5天的…", a headline's words before a space). A body named
    alone ("桃園市議會開議") is named more fully by its numbered sitting
    ("桃園市議會第二屆第八次定期大會")."""
    if name == shorter:
        return False
    if _ORDINAL.sub("", name) == shorter:
        return True  # "国务院第二次全体会议" is the "国务院全体会议" a headline names
    body = shorter.removesuffix("会议")
    council = _TAIWAN_COUNCIL_SITTING.match(shorter)
    if council is not None:
        body = council.group("council")  # "苗栗縣議會臨時會": "苗栗縣議會第二十屆第十九次臨時會議"
    if re.search(rf"{_BODY}$", body) and name.startswith(body):
        return not _CLAUSE_IN_PREFIX.search(name[len(body) :])
    if not name.endswith(shorter):
        return False
    return not _CLAUSE_IN_PREFIX.search(name[: -len(shorter)])


# The field of when it met, right after a minutes' heading on the same line.
_FIELD_AFTER_HEADING = re.compile(r"\s+(?:时\s*间|日\s*期|开会时间)\s*:?\s*(?:中华民国|民国)?\d")


# Minutes headed on two lines, the body's name, then the record's kind: "臨時立法會內務委員會",
# "會議紀要" (Hong Kong's committees).
_BODY_LINE = re.compile(rf"{_NAME_CHAR}{{2,40}}?(?:委员会|立法会|议会|小组)")
_RECORD_LINE = re.compile(r"会议(?:纪要|纪录|记录)")


def _minutes_under_body(body: str, block: str) -> tuple[str, int] | None:
    """The meeting of ``body`` when ``block`` below it is only the record's kind, else None."""
    if not _RECORD_LINE.fullmatch(block.strip()) or not _BODY_LINE.fullmatch(body.strip()):
        return None
    return body.strip().replace(" ", "") + "会议", len(block)


# An agenda's item confirming an earlier meeting's minutes, numbered or not: "I. 通過1997年8月
# 15日第15次會議的紀要", "通過九月八日第五次委員會會議記錄".
_CONFIRMING_MINUTES = re.compile(
    r"(?:(?:[\dIVXivx]+|[一二三四五六七八九十]+)[.、)]\s*)?(?:通过|确认|审阅|省览)"
)


def _minutes_heading(block: str, *, tabled: bool = False) -> tuple[str, int] | None:
    """A line that is only "<meeting>纪录" heads that meeting's minutes; inside a sentence
    ("请查阅会议纪录。") the same words report nothing. ``tabled``: the lead sets out minutes'
    fields, so a line that is only a meeting's name heads them."""
    if _CONFIRMING_MINUTES.match(block.strip()):
        return None  # an item of the agenda: the minutes of an earlier meeting confirmed
    match = _MINUTES.fullmatch(block.strip())
    if match is None and tabled:
        match = _MEETING_LINE.fullmatch(block.strip())
    if match is None:
        # a record flattened into one line, its heading then its fields: "…第5次全體委員會議
        # 紀錄 時  間 中華民國109年3月11日…"
        match = _MINUTES.match(block.strip())
        if match is not None and not _FIELD_AFTER_HEADING.match(block.strip(), match.end()):
            match = None
    return (_full_name(block, match).replace(" ", ""), len(block)) if match else None


def _minutes_table(blocks: Sequence[str]) -> bool:
    """The lead lays out minutes as fields: when or where it met, and who chaired."""
    lines = [block.strip() for block in blocks]
    # a record may give who attended instead of when it met ("第317次主管會報", "主席:…", "出席:…")
    return any(_WHEN_FIELD.match(line) or is_roll_field(line) for line in lines) and any(
        _CHAIR_FIELD.match(line) or _AGENDA_FIELD.match(line) for line in lines
    )


def held_meeting_name(sentence: str) -> str | None:
    """The name of the meeting ``sentence`` says was held ("" if unnamed), else ``None``."""
    found = held_statement(sentence)
    return found[0] if found is not None else None


# The "meeting held" patterns in order, each with words it cannot match without, looked for
# first: the scene and the talks patterns try a date or a clause at every position, and most
# sentences are neither.
_STATEMENTS: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = (
    (_NAME_THEN_HELD, ()),
    (_HELD_THEN_NAME, ()),
    (_HELD_AT, ()),
    (_HELD_SUBJECT, ("的",)),
    (_LATELY_HELD, ()),
    (_BODY_SITS, ()),
    (_BODY_CONCLUDED, ("完成",)),
    (_DATED_SITTING_ACTS, ()),
    (_BODY_RESUMES, ()),
    (_LEGISLATURE_AT_WORK, ("立法",)),
    (_HOUSE_DEBATES, ("辩论",)),
    (_HOUSE_PASSES, ("通过",)),
    (_LEGISLATURE_DEBATING, ("正就",)),
    (_ACTED_AT_BODY, ("在", "于", "到", "至")),
    (_TOLD_THE_BODY, ("向",)),
    (_TOLD_THE_PANEL, ("向立法",)),
    (_COUNCIL_QUESTIONS, ("质询", "备询")),
    (_MEMBER_QUESTIONS, ("质询",)),
    (_QUESTIONING_HEADS, ("总质询",)),
    (_PRESIDED, ()),
    (_ATTENDED_NAMED, ()),
    (
        _SCENE,
        ("上,", "中", "回答", "答复", "回应", "质询时", *(f"上{word}" for word in _LEARNT)),
    ),
    (_DATED_SCENE, ("中,", "上,", "质询时", "质询中")),
    (_TALKED_WITH, ("座谈",)),
    (_MET_WITH, ("会面", "会晤")),
    (_DAY_IS_SITTING, ("是",)),
    (_NAME_THEN_CHAIRED, ("主持",)),
)


_CREDIT_AFTER_DATELINE = re.compile(r"(?:^|(?<=日电))\s*\([^()]{1,24}\)")


@lru_cache(maxsize=4096)
def held_statement(sentence: str) -> tuple[str, int] | None:
    """(name, end of the statement) of the meeting ``sentence`` says was held, else ``None``;
    a statement naming it ("…委員會周三早上召開會議") before one that leaves it unnamed or says
    "that meeting" ("召開會議", "主持該次會議").

    Cached: a lead's sentences are read again for the statements that restate one."""
    # a reporters' credit after the dateline ("人民网北京3月3日电(人民网前方报道组)全国政协…")
    # stands as a space, so the name starts after it (same length: offsets hold)
    sentence = _CREDIT_AFTER_DATELINE.sub(lambda match: " " * len(match.group()), sentence)
    fallback: tuple[str, int] | None = None  # an unnamed or "this meeting" statement
    for pattern, needs in _STATEMENTS:
        if needs and not any(words in sentence for words in needs):
            continue
        for match in pattern.finditer(sentence):
            if not _not_held(sentence, match):
                name = _full_name(sentence, match)
                if pattern is _ATTENDED_NAMED and (
                    _not_attending(sentence, match) or _REMARKS_AFTER.match(sentence, match.end())
                ):
                    continue
                if pattern is _TALKED_WITH:
                    return "座谈会", match.end()
                if _SO_MANY.match(name):
                    return _SO_MANY.sub("", name), match.end()
                if pattern is _NAME_THEN_HELD:
                    name = _unquoted(name) + _held_within(sentence[match.end() :])
                elif pattern is _HELD_THEN_NAME:
                    sitting = _SITTING_OF_SESSION.match(sentence, match.end())
                    if sitting is not None:
                        return name + sitting.group(), sitting.end()
                    meeting_of = _MEETING_OF_SESSION.match(sentence, match.end())
                    if meeting_of is not None and name:
                        return name + meeting_of.group(), meeting_of.end()
                if not name or _DEICTIC_FIRST.match(name):
                    # "…召開會議", "…主持該次會議": the meeting another pattern of the sentence
                    # names, if one does ("…委員會周三早上召開會議")
                    fallback = fallback or (name, match.end())
                    break
                return name, match.end()
    return fallback


def _not_attending(sentence: str, match: re.Match[str]) -> bool:
    """An attendance that names no meeting held: a kind alone, a trip or invitation ahead of
    it, or what someone said about it (see _ON_THE_WAY, _SAID_SO)."""
    name = match.group("name")
    if _GENERIC.fullmatch(name) or _KIND_ONLY.fullmatch(name):
        return True
    before = _headline_phrase(sentence[: match.start()])
    return bool(_ON_THE_WAY.search(_INVITED_BY.sub("", before)) or _SAID_SO.search(before))


def _unquoted(name: str) -> str:
    """A name whose quotation the closing mark after it ended ("「…會議」今日登場") without its
    opening mark; one that quotes a part of itself ("“时代楷模”…报告会") stays whole."""
    if name[:1] in "“「『" and not any(mark in name for mark in "”」』"):
        return name[1:]
    return name


def _headline_phrase(text: str) -> str:
    """The end of ``text`` after its last space: a headline's phrases stand apart ("…作出重要
    指示强调 李强出席…会议" is the second phrase's own statement)."""
    return re.split(r"\s", text)[-1]


def _held_within(rest: str) -> str:
    """The meeting a session holds within it, named right after the verb: "区人大五次会议举行
    主席团第三次会议" is the presidium's meeting of that session."""
    match = _WITHIN.match(rest)
    name = match.group("name") if match is not None else ""
    # (a session's sitting of its kind is its own: "…人大二次会议在大剧院召开预备会"; a bare
    # 会议 or 大会 is the session itself, and so is its plenary, which its reports name it by:
    # "…常委会第三十四次会议举行第一次全体会议")
    if name in ("", "会议", "大会") or (_GENERIC.fullmatch(name) and "全体" in name):
        return ""
    if name.endswith(_INTERPELLATION):
        return ""  # "縣議會定期會昨進行縣政總質詢": the session's business that day, not a meeting
    return name


# What one who attended said after it, the story rather than the meeting: "保安局局長今日出席立法會
# 財委會特別會議後重申…", "警務處處長出席灣仔區議會會議,會後被問到…".
_REMARKS_AFTER = re.compile(
    r"(?:后|,会后)[^,。]{0,4}?(?:表示|重申|说|指|称|回应|被问|见记者|见传媒|接受|向记者|向传媒|强调)"
)
# A press conference after the meeting named: "…舉行委員諮議會議後記者會".
_PRESS_AFTER = re.compile(r"后的?(?:记者会|记招|记者招待会|发布会|新闻发布会|联合记者会)")


def _not_held(sentence: str, match: re.Match[str]) -> bool:
    """A future, negated or past statement ("将于…开幕", "没有开会", "曾召开"), or one after
    which something else is the news ("会议召开后, 各区…") with no day of its own."""
    clause_start = max(sentence.rfind(",", 0, match.start()), sentence.rfind(":", 0, match.start()))
    clause = sentence[clause_start + 1 : match.end()]
    if sentence.count("《", 0, match.start()) > sentence.count("》", 0, match.start()):
        return True  # "发布了《关于延迟召开…会议的决定》": a document's title
    if _FROM_DATE.search(sentence[: max(clause_start, 0)]):
        return True  # "自4月26日起,均于市府内举行市政会议": from then on, a schedule
    if _NOT_HELD.search(clause.replace(match.group("name"), "", 1)):
        return True
    if _PURPOSE_OR_RULE.search(clause):
        return True
    if _ALREADY_HELD.search(clause) and not _DAY_WORD.search(clause):
        return True  # "电台已举办选举论坛": have held some, a tally rather than a sitting
    if clause_start > 0 and not _DAY_WORD.search(clause):
        # the sentence before says when it will be, or the clause before proposes it: "宣布,將於
        # 2月2日至4日,一連三天召開第17次臨時會", "行政長官提出,舉行…答問會"
        before = sentence[:clause_start]
        if _AHEAD.search(before) or _PROPOSED_BEFORE.search(before.rsplit(",", 1)[-1]):
            return True
    if _NOT_HELD.match(match.group("name")) or _PROPOSED_IN_NAME.search(match.group("name")):
        # "…,建议全国政协十四届二次会议于3月4日召开": a proposal heads the clause, or stands
        # inside what was taken for the name ("会议建议政协九届二次会议三月三日举行")
        return True
    if _COUNT_OF_MEETINGS.match(match.group("name")) or _TALLY.search(clause):
        return True
    if _TALLY_AFTER.match(sentence, match.end()):
        return True
    if _SOME_MEETINGS.match(match.group("name")):
        return True
    if _PRESS_AFTER.match(sentence, match.end()):
        return True  # "NCC今天舉行委員諮議會議後記者會": what was held is the press conference
    # (a weekday dates it too: "港大校委會周二晚開會後公布,…")
    after = sentence[match.end() : match.end() + 1] == "后"
    return after and not (_DAY_WORD.search(clause) or _WEEKDAY.search(clause))


def _full_name(sentence: str, match: re.Match[str]) -> str:
    name = _SPACE_IN_NAME.sub("", match.group("name").strip())
    name = _without_stray_quotes(_DURATION.sub("", name))
    name = _SERIES_HEAD.sub("", name)
    name = _BRACKETED_HEAD.sub("", _DATELINE_HEAD.sub("", name))
    name = _BRACKET_TAIL.sub("", name)  # "(记者苏万明 刘明洋)香港特区…会议": the credit's end
    name = _ONE_OF_ITS.sub("", name)  # "立法會一個法案委員會": the body's committee
    name = _ORGANISED_BY.sub("", name)  # "由…共同主办的第一届…会议"
    name = _THEMED.sub("", name)  # "以“创新驱动、合作共赢”为主题的…联席会议"
    name = _ACCLAIMED.sub("", name)
    # "在周五立法會財經事務委員會會議上", "主持今早前廳交流會", "召開本週市務會議": its day,
    # not its name
    name = _DAY_HEAD.sub("", name)
    name = _WORD_BEFORE_NAME.sub("", name)  # "以上是臺東縣議會…定期會", "但苗栗縣議會"
    # (an interpellation sitting keeps its own name: 總質詢)
    if (
        re.fullmatch(_BODY, name) or _COUNCIL_END.search(name) or _HONG_KONG_BODY.search(name)
    ) and name != _INTERPELLATION:
        # "委员会今日开会": the committee's meeting; "市政会议纪录" is one already;
        # "台立法机构今天…继续处理": the legislature's sitting; a sitting is named as it is
        # ("院會", "臨時會", "定期會", "大會")
        if _TAIWAN_COUNCIL.search(name):
            kind = _sitting_kind(sentence, match.end("name"))
            # a council unnamed ("在縣議會進行本屆第4次定期會…") is the session's own name
            return kind if kind and name in {"县议会", "市议会", "议会"} else name + kind
        return _sitting_of(name)
    if _MET.match(sentence, match.end("name")) and name.endswith(("委员会", "委会")):
        return name + "会议"  # "…科學委員會今日開會": the committee's meeting
    # an ordinal sitting is its body's ("市政府召开第100次常务会议"), an edition in quotes is not
    numbered_by_its_body = _ORDINAL_FIRST.match(name) and not _QUOTED_EDITION.match(
        match.group("name").strip()
    )
    if not _GENERIC.fullmatch(name) and not numbered_by_its_body and not _DEICTIC_FIRST.match(name):
        return name
    body = _body_before(sentence, match.start())
    return body + name if body else ("" if name == "会议" else name)


def _sitting_of(body: str) -> str:
    """A body's sitting as it is named: "立法會" -> "立法會會議"; a sitting is named as it is
    ("立法會大會", "院會", "臨時會")."""
    return body if body.endswith(_SITTING_ENDS) else body + "会议"


def _sitting_kind(sentence: str, after: int) -> str:
    """The kind of sitting a council's clause says it held right after naming it, or ""."""
    kind = _SITTING_KIND.match(sentence, after)
    return kind.group(1) if kind is not None else ""


# Going to or attending, before the body whose meeting it was (see _body_before).
_ATTENDING_HEAD = re.compile(r"^(?:出席|列席|参加|前往|到)")


# Bodies holding a meeting together.
_JOINTLY = re.compile(r"会同|联合(?!国|会)|共同(?!体)")  # (联合国, 联合会: bodies)


_DAY_ALONE_AT_END = re.compile(f"{DAY_ALONE}$")


def _body_before(sentence: str, position: int) -> str:
    """The body a clause names before its verb ("中共中央政治局2月28日召开" -> 中共中央政治局)."""
    clause = re.split(r"[,:]", sentence[:position])[-1]
    clause = _DATELINE_HEAD.sub("", clause)  # "新华社北京1月30日电中共中央政治局1月30日召开"
    clause = re.sub(rf"(?:{_FILLER})$", "", clause)
    # today or yesterday alone, the act cut off after it ("財委會昨|舉行")
    clause = _DAY_ALONE_AT_END.sub("", _CALLED_HEREAFTER.sub("", clause))
    clause = clause.split()[-1] if clause.split() else ""  # a headline's words before a space
    clause = re.sub(rf"^(?:{DATE_PHRASE})+", "", _BRACKETED_HEAD.sub("", clause))
    clause = _BRACKET_TAIL.sub("", clause)
    clause = _QUOTES.sub("", clause)
    clause = _ATTENDING_HEAD.sub("", clause)  # "今日出席立法會舉行特別會議": the body is 立法會
    # (a body in double quotes keeps them: "“協調小組”首次會議")
    body_end = _BODY_END.search(clause.rstrip("”"))
    if not clause or len(clause) > 30 or not body_end or "主持" in clause:
        return ""
    if _JOINTLY.search(clause):
        return ""  # "国家发展改革委会同有关部门…召开会议": organisers, not one body's meeting
    return clause


def _with_presiding_chairs(
    roles: list[PersonRole], presiding: list[PersonRole]
) -> list[PersonRole]:
    known = {(person.name, person.role) for person in roles}
    extra: dict[tuple[str, str], PersonRole] = {}
    for person in presiding:  # each once: minutes repeat a turn's label
        if (person.name, person.role) not in known:
            extra.setdefault((person.name, person.role), person)
    return [*extra.values(), *roles] if extra else roles


def person_key(name: str) -> str:
    """A person's name as the ``people`` field stores it (Simplified, NFKC, no spaces), so a
    name typed in either script ("李強", "李强") finds the same reports. Spaces go, but one is
    kept between words in Latin letters ("André Duarte Xavier Sales Ritchie")."""
    return _SPACE_OUTSIDE_LATIN.sub("", " ".join(normalize_text(name).split()))


_SPACE_OUTSIDE_LATIN = re.compile(r"(?<![A-Za-zÀ-ÿ]) | (?![A-Za-zÀ-ÿ])")


def _last_clause(text: str) -> str:
    return re.split(r"[,:;]", text)[-1]


# An unnamed recent day, said of the meeting itself: its day is unknown.
# (unless the day follows in brackets: "博彩監察協調局日前(14日)與…舉行工作會議")
_SOME_DAYS_AGO = re.compile(r"(?:日前|近日|近期|前些天|早前|前不久)(?!\((?:\d{1,2}月)?\d{1,2}日\))")
_NAMED_YEAR = re.compile(
    r"(?<![\d〇零一二三四五六七八九○])((?:19|20)\d{2}|[一二][〇零一二三四五六七八九○]{3})年"
    r"(?!\d{1,2}月\d{1,2}日)"
)


def _date_of(
    held: _Held, lead: list[str], published_at: str | None, page_month: str | None = None
) -> str | None:
    statements, sentences = _restatements(held, lead)
    texts = (held.statement, held.sentence, held.block, *statements, *sentences, *lead[:1])
    # "新华社北京11月1日电 9月25日,中共中央…召开": the dateline dates the report, the day after
    # it the meeting; the dateline alone is the last resort (_datelines).
    texts = tuple(_DATELINE.sub("", text) for text in texts)
    restated = tuple(_DATELINE.sub("", text) for text in statements)
    page = page_day(published_at)
    reference = _dateline_day(lead, published_at) or published_at
    if page is None and page_month is None:
        # a page of no date: a year in the meeting's name ("2011年三秋…动员会", "9月21日上午")
        # is the year of its day
        named_year = _NAMED_YEAR.search(held.name)
        page_month = (
            year_in_digits(named_year.group(1)) if named_year else republic_year_in(held.name)
        )
    if _SOME_DAYS_AGO.search(_last_clause(texts[0])):
        # "…日前召開特別會議": no day, whatever the page shows, unless the meeting is named
        # again with its day ("會議於四月十日在民政總署舉行")
        texts = restated
    some_days_ago = False
    # the day in the clause of the verb is the meeting's, whatever day another clause gives
    # first: "選舉將於9月19日舉行,…委員會今舉行會議", "…昨日發表《施政報告》後,今早出席…答問大會"
    last = _last_clause(texts[0]) if texts and texts != restated else ""
    if last and last != texts[0]:
        texts = (last, *texts)
    for text in (*texts, *_datelines(lead)):
        if some_days_ago and text not in restated:
            continue
        found = meeting_date(text, reference, page_month)
        if found is not None and page is not None and _after_page(found, page):
            continue  # "日前召开的…会议,…建议…于2024年3月4日召开": a later event's day
        if found is not None:
            return _in_the_named_year(found, text, held.name)
        if text in restated and _SOME_DAYS_AGO.search(_last_clause(text)):
            # "跨範疇工作會議於日前舉行": no day, whatever the page shows, unless the meeting
            # is restated with its day ("會議於8月24日下午在…舉行")
            some_days_ago = True
    if some_days_ago:
        return None
    if held.sentence == held.block.strip():
        # a heading ("…第1次会议纪录"): the lines under it give the day with its year
        # ("时间 中华民国112年2月17日"), the field of when it met first; the heading may
        # carry it itself ("…市政會議紀錄111/01/04")
        found = numeric_date(held.block) or minutes_day(lead)
        if found is not None:
            return found
        for block in lead:
            found = dated_with_year(block)
            if found is not None and not (page is not None and _after_page(found, page)):
                return found
    if _ONLY_TIME_OF_DAY.search(held.statement) and published_at:
        return meeting_date("今天", published_at)  # "立法会早上9时许复会": the page's day
    return None


# A sitting numbered within its year ("政府党组2022年第二次会议", "2012年度第2次…联席会议"):
# it is held in that year.
_SITTING_OF_A_YEAR = re.compile(r"((?:19|20)\d{2})年度?第[\d一二三四五六七八九十]+次")
_WRITTEN_YEAR = re.compile(r"(?:19|20)\d{2}年\d{1,2}月")


def _in_the_named_year(day: str, text: str, name: str) -> str:
    """``day``, read from a month and day without a year, in the year the meeting's name
    numbers it in, when the page's year is earlier: the page's date line is wrong ("2月20日,…
    主持召开政府党组2022年第二次会议" on a page dated 2021). (A later year is a repost's, and
    the meeting long past: see _long_ago.)"""
    named = _SITTING_OF_A_YEAR.search(name)
    if named is None or day[:4] >= named.group(1) or _WRITTEN_YEAR.search(text):
        return day
    return meeting_date(text, None, named.group(1)) or day


def _restatements(held: _Held, lead: list[str]) -> tuple[list[str], list[str]]:
    """Other statements of the lead that the same meeting was held, and their sentences: a
    page whose heading line ("市政协…第九次会议召开") comes first gives the day in its first
    sentence ("28日,市政协…第九次会议召开"), or further on in the sentence that restates it
    ("…主持召开省政府常务会议…记者 胡彦殊8月21日,…主持召开省政府第53次常务会议")."""
    statements: list[str] = []
    sentences: list[str] = []
    for block in lead:
        for sentence in _SENTENCES.findall(block):
            statement = held_statement(sentence)
            if statement is None or sentence == held.sentence:
                continue
            if (
                statement[0] == held.name
                or _names_more_fully(held.name, statement[0])
                or _same_sitting(held.name, statement[0])
                or _same_session(held.name, statement[0])
                # "…召開特別會議,…。會議於四月十日在民政總署舉行": the meeting, named again
                or (statement[0] == "会议" and sentence.lstrip().startswith("会议"))
            ):
                statements.append(sentence[: statement[1]])
                sentences.append(sentence)
    return statements, sentences


_ORDINAL = re.compile(r"第[\d一二三四五六七八九十百零]+次")
_ORDINAL_SITTING = re.compile(r"第[\d一二三四五六七八九十百零]+次.+$")


def _same_sitting(name: str, other: str) -> bool:
    """Two names of one numbered sitting, its body written short once ("市人大第14次主任会议",
    "市人大常委会第14次主任会议"): the sitting from its number on is the same."""
    tail, other_tail = _ORDINAL_SITTING.search(name), _ORDINAL_SITTING.search(other)
    return tail is not None and other_tail is not None and tail.group() == other_tail.group()


# A congress's or a CPPCC's session, its term and number written short or long: "河南省政协
# 第十一届一次会议" is "中国人民政治协商会议第十一届河南省委员会第一次会议", "省十三届人大一次
# 会议" is "…省第十三届人民代表大会第一次会议".
_SESSION = re.compile(
    r"第?(?P<term>[\d一二三四五六七八九十]+)届[^第次届,。]{0,20}?第?(?P<number>[\d一二三四五六七八九十]+)次会议"
)
_SESSION_BODIES = (("政协", "政治协商"), ("人大", "人民代表大会"))


def _same_session(name: str, other: str) -> bool:
    """Two names of one congress's or CPPCC's session, written short and long."""
    session, other_session = _SESSION.search(name), _SESSION.search(other)
    if session is None or other_session is None:
        return False
    if session.group("term", "number") != other_session.group("term", "number"):
        return False
    return any(
        any(word in name for word in body) and any(word in other for word in body)
        for body in _SESSION_BODIES
    )


def _dateline_day(lead: list[str], published_at: str | None) -> str | None:
    """The day a dateline with its month gives ("据新华社北京2月24日电"), which a story's "24日"
    and "今天" count from when a later page reposts it; ``None`` without one."""
    page = page_day(published_at)
    for dateline in _datelines(lead):
        if "月" not in dateline:
            continue
        found = meeting_date(dateline, published_at)
        if found is not None and page is not None and not _after_page(found, page):
            return found
    return None


def _datelines(lead: list[str]) -> list[str]:
    """The day of a news agency's dateline ("新华社北京3月20日电"): when nothing else in the
    lead dates the meeting, the report is of that day's."""
    return [match.group() for block in lead for match in _DATELINE.finditer(block)]
