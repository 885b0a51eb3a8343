"""Room: crawler/text — who chaired, spoke at and attended a meeting, from its report.

Official Chinese names a person by a chain of offices, then the name, right before what they
did: "中共中央政治局常委、国务院总理李强主持召开…", "郑栅洁、陈吉宁、信长星先后发言",
"中共中央政治局常委赵乐际、王沪宁，国家副主席韩正出席", "赵乐际委员长主持会议". So each verb of a
role (主持; 讲话/发言/作…汇报/致辞/指出; 出席/参加/列席) is read with the words before it in its
sentence: connectors ("等", "在会上", "就…", "围绕…", "代表…") come off its end, then the
comma-separated parts before the verb are parsed, right to left, as lists of titled names; the
first part that is not such a list ends the subject. A title heads a list and belongs to every
name in it. Precision comes first: "会议指出", "全市上下要求", "应当说" yield nobody.

Matching runs on the Simplified, NFKC form, so the names come back Simplified (one filter value
finds a person in either script); each person's title is cut from the text as written.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from crawler.text.meeting_dates import DATE_PHRASE
from crawler.text.names import (
    has_surname,
    is_dictionary_word,
    is_dotted_name,
    is_short_body_name,
    surname_length,
)

CHAIR, SPEAKER, ATTENDEE = "chair", "speaker", "attendee"
_OFF = "off-meeting"  # spoke to the press before or after: what they say is not at the meeting

_HAN = r"\u3400-\u4dbf\u4e00-\u9fff"
# The offices of a council's or a legislature's members, who question the executive.
MEMBER_OFFICES = r"(?:议员|代表|委员|立委)"
_SENTENCE = re.compile(r"[^。!?;\n]+")

# Offices, longest first so "副市长" wins over "市长" and "委员长" over "委员".
_TITLE_WORDS = (
    *("书记", "总书记", "市长", "副市长", "省长", "区长", "县长", "镇长", "乡长", "州长"),
    *("主任", "主席", "部长", "局长", "厅长", "处长", "院长", "校长", "秘书长", "检察长"),
    *("行长", "社长", "总理", "副总理", "常委", "委员", "代表", "领导", "领导人", "负责人"),
    *("总经理", "司令员", "政委", "专员", "巡视员", "调研员", "参事", "会长", "理事长", "发言人"),
    "指挥长",  # a headquarters' commander: "县森林防火指挥部副指挥长、县林业局局长曹勤道"
    *("委员长", "主任委员", "常务主席", "议长", "议员", "区议员", "立委", "召委", "司长", "董事长"),
    *("署长", "处长", "总监", "董事总经理", "大律师", "律师", "法律顾问", "主委", "首长"),
    *("副主席", "副委员长", "国务委员", "组长", "副组长", "团长", "主委", "所长", "主管"),
    *("成员", "团员", "嘉宾", "总统", "副总统", "长官", "行政长官", "理事", "常务理事"),
    *("召集人", "副召集人", "召集委员", "馆长", "副馆长", "教授", "监事长", "监事"),
    # experts at a symposium: "四川省社会科学院研究员盛毅", "中国工程院院士林东昕"
    *("研究员", "院士", "大师"),  # and the honoured: "國醫大師王琦"
    *("导师", "讲师", "主持人"),  # a lecturer invited: "法学院教授、博士生导师周叶中应邀作…报告"
    # those outside the party at a united-front symposium: "无党派人士张生朝", "知名人士…"
    *("人士",),
    # Taiwan's party caucuses: "國民黨團書記長陳偉傑", "民進黨團總召張維倩", "…幹事長吳思瑤";
    # Hong Kong's camp leader, "建制派「班長」廖長江"
    *("书记长", "总召", "副总召", "干事长", "班长"),
    # a party's leader: "公民黨黨魁楊岳橋表示"
    "党魁",
    # a township's representative, short: "鄉代曹以標也要求…" (a look-ahead, as the list is a
    # pattern: in 鄉代表 the office is 代表, and 鄉代會 is the body)
    *("乡代(?!表|会)", "镇代(?!表|会)"),
    # the offices of a township's or a county's staff, as rolls list them: "民政課長蔡向榮"
    *("秘书", "主任秘书", "课长", "科长", "股长", "队长", "园长", "经理"),
    # a village's or a ward's chief, who chairs its assembly: "由村長王鈿俤主持"
    *("村长", "里长"),
    # enterprises' officers at a forum: "同程集团联合创始人、同程艺龙CEO马和平"
    *("总裁", "副总裁", "创始人", "联合创始人", "董事", "执行董事", "CEO", "首席执行官"),
    *("首席运营官", "首席财务官", "总工程师", "厂长"),
    *("工程师", "设计师", "总设计师"),  # "中国载人航天工程总设计师周建平应邀作…讲座"
    # Macao's committees and departments: "…專責小組協調員王英偉", "高級技術員崔貞貞"
    *("协调员", "统筹员", "技术员", "高级技术员"),
    # customs and health officers: "海關副關長李煜輝", "衛生局顧問醫生林果", "…顧問獸醫林雅詩"
    *("关长", "医生", "医师", "兽医"),
    "次长",  # Taiwan's vice-ministers: "交通部政務次長王國材"
)
# (an office's word that opens a body's name is no office: 委員會, 代表會, "市政署管理委員會關施敏
# 委員" names 關施敏 alone)
_TITLES = re.compile("(?:" + "|".join(sorted(set(_TITLE_WORDS), key=len, reverse=True)) + ")(?!会)")
# Words before an office that make it acting, or a deputy's ("代主席", "代理市長", "署理局長",
# "副局長").
_ACTING = ("代理", "代", "署理")
_DEPUTY_OR_ACTING = ("副", *_ACTING)
# Characters a person's name almost never holds but a clause head often does.
_NOT_IN_NAMES = frozenset(
    "会议市委府省县局厅部处组我你他她们这那该各其要在对就将把被了的是等当应须可也还都央份不面"
)
# (Taiwan writes an Indigenous name's dot as ‧: "鎮代秀吉‧撒夫洛質詢時指出")
_NAME = re.compile(rf"[{_HAN}]{{2,4}}|[{_HAN}]{{1,8}}(?:[·・‧][{_HAN}]{{1,8}})+")
# A connector joins two items, so one right before a separator ends a name ("罗富和、何厚铧").
# (偕: one office-holder together with another, "縣長許淑華偕副縣長王瑞德率…列席")
_LIST_SPLIT = re.compile(r"、|(?:以及|及|和|与|偕同?)(?![、,:]|$)|同(?!志|时|比|期|样|意|[、,:]|$)")
_PARTS = re.compile(r"[,:]")

# 要求 said by someone, not the noun of a directive ("落实…有关部署要求,", "工作要求").
_DEMAND = r"(?<!批示)(?<!指示)(?<!工作)(?<!部署)(?<!有关)(?<!相关)要求"
# Verbs of saying, whose words follow (_SAYS_THAT), and which a next speaker uses (_SAYING).
_SAYING_WORDS = r"指出|强调|表示|认为|说|称"
# …with those of asking and answering back: what a speaker's name is followed by.
_SAYING_OR_ASKING = rf"{_SAYING_WORDS}|追问|质问|反问|回应|反驳|回答|质疑|批评"
# Asked, on its own: not the end of a word (学问, 提问, 询问, 访问, 疑问, 请问).
_ASKED = r"(?<![学提询访疑请])问"
# Role verbs. A verb inside a topic is followed by a noun ("列席人员名单", "重要讲话精神"),
# which the look-aheads refuse; "主持人" is a host, "说明"/"说服" are not speech.
# Presiding is said by its acts too: "主席梁君彦约半小时后恢复会议", "院长宣布散会".
# Taiwan's councils open a session by declaring it: "議長邱奕勝正式宣布開議"; HK's President
# suspends a sitting: "梁君彥宣布會議暫停".
# What a chair calls together (召集), by its kind: "召集朝野黨團協商" (see _calls_another).
_CALLED_KINDS = "协商|会议|座谈"
# A sitting named between the chair's verb and its act.
_SITTING_WORDS = r"(?:会议|院会|大会|本会|临时会|定期会)"
_CHAIR_VERB = (
    r"(?:(?:代为)?主持(?!人|词)|恢复会议"  # standing in: "由副主席張文龍代為主持"
    # the sitting may be named between the verb and the act ("宣布院會休息", "宣布臨時會正式
    # 開議"), and must be to end it ("宣布會議結束"); Taiwan's chairs 宣告 as well as 宣布
    rf"|宣[布告]{_SITTING_WORDS}?(?:正式)?(?:开会|散会|休会|复会|开始|开议|暂停|休息|开幕|闭幕|闭会)"
    rf"|宣[布告]{_SITTING_WORDS}(?:正式)?结束|宣布暂停会议"
    # taking the chair: "由邱莉莉議長擔任主席,舉行…協商會議", a committee's convener of the
    # week ("本周由吳宗憲擔任輪值召委")
    # (or as its host: "會議由林大輝擔任主持")
    r"|(?:担任|出任)(?:会议)?(?:主席(?![团会])|主持(?!人))|(?:担任|出任)轮值召委"
    # standing in for the president: "當時由民建聯李慧琼暫代主席,她決定暫停會議…"
    r"|暂代(?:会议)?主席(?![团会])"
    # calling the parties together: "立法院長游錫堃今天繼續召集朝野黨團協商" (only that
    # meeting's chair: see _calls_another)
    rf"|(?:召集|邀集)(?!人)(?=[^,。]{{0,12}}?(?:{_CALLED_KINDS}))"
    # Taiwan's presiding officers strike the gavel: "院長蘇嘉全也敲下任內最後一次的議事槌"
    r"|敲下?[^,。]{0,12}?议事[槌锤鎚]|敲[槌锤鎚]"
    # ruling on the floor, as only the one presiding may: "議長童子瑋裁示記名表決", "江啟臣裁示,
    # 贊成者少數" (not a ruling's record: "裁示事項")
    r"|(?<![的之])裁示(?!事项|及|和|与)"
    # or deciding a point of order, declaring a vote's result: "議長蔣根煌最後裁定增加15分鐘",
    # "會議主席…蔡其昌宣告決議通過" (a court's ruling has no name of the sitting's before it)
    r"|(?<![的之])(?<!法官|法院|法庭)裁定(?!书)|宣告(?=[,:]|决议|表决|进行表决|通过)"
    # the head of a body convening its meeting presides it: "國務院總理李強昨(12)日召開國務院
    # 常務會議"; a press conference called after it is no sitting of the body
    r"|(?<!关于)召开(?![的前后时])(?=[^,。]{0,30}?(?:会议|常务会|办公会|座谈会|常委会|全会))"
    r"(?![^,。]{0,30}?(?:记者|新闻|发布|说明会|吹风))"
    r")"
)
# Leaving one's seat during the sitting ("在默哀期間離席") says one was in it.
_ATTEND_VERB = (
    # (a video conference followed at a branch venue: "市领导…在我市分会场收听收看会议内容")
    r"(?:出席|参加|参会|列席|到会(?!议)|与会|离席|就座|就坐|收听收看)(?!人员|名单|者|人数|率|证|资格)"
)
_SPEAK_VERB = (
    rf"(?:讲了?话|发言(?!时间|权|稿|人|台|席|机会|次数|顺序|内容|由)|致(?:开幕|闭幕|欢迎|答谢)?(?:辞|词)|指出|强调|表示|说(?![明服法])|{_DEMAND}|(?<!安排)(?<!研究)(?<!统筹)部署|总结|承认|质疑|解释|(?<!质)询问|提倡"
    r"|认为|问道|回应|形容|宣读|点评|提出(?!的|之)|证实|披露|透露|称(?!为|号|赞)|指(?=[,:;]|$)"
    # asking someone named: "民建聯立法會議員葛珮帆問曾俊華,有關…"; a motion moved: "如青年
    # 委員蔡其曄提案,按原本規定…"
    # (not a session of questions, "答問大會後稱"; nor a motion of someone's, "主席蔡乃靖之提案",
    # or put jointly, "請議長…共同提案")
    r"|(?<=[\u4e00-\u9fff])(?<![学提询访疑请顾答])问(?![题卷责候政世答])(?=[\u4e00-\u9fff]{2,8}[,:])"
    r"|(?<=[\u4e00-\u9fff])(?<![的之该此项个和与及])(?<!共同)提案(?=[,:])"
    # Hong Kong's papers: a name, then 指 and what was said ("民建聯李慧琼指投票制度應…")
    r"|(?<=[\u4e00-\u9fff])指(?![导挥定标数南引令示出明向控责派望教点针环称日])(?=[\u4e00-\u9fff「“])"
    # what was announced, moved or reported from the floor: "主席…宣布,將會一切照舊",
    # "議員林崑山臨時提案建議…", "市長黃偉哲在首日進行施政總報告"
    r"|宣布(?=[,:])|临时提案|临时动议|提出动议"
    # moving a motion, replying: "…議員黃偉賢、…和杜嘉倫動議,要求成立…", "主計處長楊姿宜回覆…"
    # (not a motion's kind, "…的書面動議"; nor a reply to the press, "回覆查詢時說")
    r"|(?<=[\u4e00-\u9fff])(?<![的该此项个和与及面正头])动议(?=[,:]|要求|谴责|促请|成立)"
    r"|回复(?!函|信|查询|记者|传媒|本报|本台|媒体)"
    # (or answered the members, explained a schedule: "鄉長謝春欗…依權責答覆各代表", "處長陳偉志
    # 也說明辦理期程"; not a written reply, nor a briefing or a leaflet, 說明會, 說明書)
    r"|(?<![书面的])答复(?!函|信|书|记者|传媒|查询|时)|(?<![,。:;\s])说明(?!会|书|稿|材料|文件|了?一下|的|[,。])"
    # (attending to explain: "…主計處長王崑龍…及相關科長等列席說明。")
    r"|(?<=列席)说明"
    # concern or thanks expressed: "陳貴忠議員則對…表達了他個人的嚴重關切"
    r"|表达了?[^,。]{0,20}?(?:关切|关注|意见|看法|感谢|谢意|立场|不满|支持)"
    r"|进行[^,。]{0,12}?(?:报告|说明|总结|介绍|解读|部署|动员|培训|讲解|辅导|宣讲|简报)(?!会|班)"
    # conveying a directive, making public: "紀委書記張環傳達了…要求", "秘書長王美清公佈…"
    r"|传达(?!室|学习)|(?<![并和及、])公布(?!栏)"
    # introducing a paper, as Macao's officials do: "統計暨普查局李慧冰廳長引介《…》的內容"
    r"|引介|简述|简报(?=了)"
    # a report given, its subject after it: "…協調員王英偉報告關於人力資源…", "報告了…"
    r"|(?<!的)(?<!工作)(?<!听取)(?<!总)报告(?=关于|了|称|指|“|《|:)"
    # or made to the sitting: "王榮向大會報告工作", "縣長陳光復依慣例向議會施政報告" (not one
    # made elsewhere, studied here: "…向大会所作的报告")
    r"|向(?:大会|议会|会议|全会|院会|常委会)(?:作|做|进行)?[^,。所的]{0,6}?报告"
    # or what the report says: "…協調員呂耀東的報告指委員們關注…"
    r"|(?<=[\u4e00-\u9fff])的(?:报告|发言|讲话)(?=指|称|提到|表示)"
    # leading the study of a text, giving views: "市委常委钱进领学了《条例》", "就…谈了意见",
    # "作出安排"
    r"|领学|[谈讲]了?[^,。]{0,8}?(?:意见|体会|看法|感受|认识|想法|打算)|作出了?[^,。]{0,4}?安排"
    r"|(?:(?<=先后)|(?<=分别)|(?<=[则又亦也均]))指(?![导挥定标数南引令示出])"
    # briefings and exchanges at a sitting: "市领导董国平通报…", "陈施维在会上介绍了…",
    # "蒋丽芸首先提问", "陆颂雄批评…", "葛珮帆更言:「…」"
    # "…委员会主任周伯华…分别汇报了本委员会工作情况"; heard, not given: "听取…的汇报"
    r"|(?<!听取)(?<!的)汇报(?!会|材料|稿|提纲)"
    r"|通报|介绍(?!信|人)|简介|提问|发问|批评(?!意见|教育|和自我)|言(?=[:「“])"
    # said with a laugh: "副主席司馬文笑言:「…」" (笑 is no part of the name)
    r"|笑(?:言|指|称|说|谓)"
    # questions put from the floor: "何君堯則問到,…", "田北辰追問:", "盧婉婷問梁錦威…是否…";
    # and what someone brought up or explained: "馬時亨提到,…", "陳志敏提到有國家…", "…講解方案"
    r"|追问|反问|诘问|质问|续问|再问|问(?=到|及)|提到(?![的过])|讲解(?!员)"
    # (suggesting or opposing, not after another verb of saying: "方一重申反對加價")
    r"|(?<![的及和与、之《票见])(?<!重申)(?<!表示)(?<!强调)(?<!指出)建议(?![的书稿案名人员》]|召开|举行)"
    r"|(?<![的及和与、票])(?<!重申)(?<!表示)(?<!强调)(?<!指出)(?<!坚决)反对(?![的票派党声及])"
    # a rebuke, an interjection, a point made again or added, an answer ("黃偉賢斥責…",
    # "蔣麗芸三度插嘴", "黃樂宜副局長也提及…"); not one ready to answer ("列席並備答詢")
    r"|斥责|插嘴|插话|提及|重申|坦言|直言|澄清|(?<!备)答询|回答|驳斥|谴责|补充(?=[,:说指表]|[^,。]{0,6}?(?:意见|说明|报告))"
    # an attack or a gibe from the floor: "黃守達直指…", "民建聯馬淑燕則狠批…", "公民黨楊岳橋
    # 挖苦…" (直指 taken whole: "黃守達直" is no name)
    r"|(?:直|痛|狠|怒|力)(?:指|批|斥)(?![示准出])|炮轰|讽刺|挖苦|揶揄|嘲讽"
    # agreeing or not, praise from the chair ("陳帆附和", "縣長劉增應特別肯定交通局團隊"),
    # an interest declared before a vote, an interruption; not agreement after a verb of saying
    # ("張表示贊同": 張 is no name written alone)
    r"|附和|(?<![的是])肯定(?=[^,。]{0,12}?(?:团队|表现|成果|努力|辛劳|成绩|用心))"
    # (agreeing with a bill's version is a vote: "李彥秀…等七人,贊同行政院提出的再修正版本")
    r"|(?<![示出调为])(?:不)?(?:认同|赞同)(?![^,。]{0,20}?版本)|申报|打断|插咀|插口"
    # a question, a worry or discontent voiced ("陸頌雄問,…", "議員張秀華盯問:", "譚文豪擔心…",
    # "許智峯不滿,質疑…")
    rf"|(?:盯|逼)问|{_ASKED}(?=[,:])|担心|担忧|忧虑|忧心|不满(?=[,:])"
    # asking an official whether ("郭家麒問陳肇始,會否…"), or giving one's views ("…發表意見")
    rf"|{_ASKED}(?=[^,。]{{2,12}}?,(?:会否|是否|有否|能否|可否|为何))|发表了?(?:意见|看法)"
    # a name, a colon and the quote, as TV news writes a floor's exchange ("民進黨立委林俊憲:
    # 「…」"); not after a verb of saying, nor after a rule or slogan quoted ("引用規則:「")
    r"|(?<=[\u4e00-\u9fff)])(?<![说道指称问言呼喊叫骂答则例题语号句词])(?<!表示)(?<!重申)(?<!强调)(?<!指出):(?=[「“])"
    # quoting a source, thanking, sharing, arguing for a cut (Hong Kong's, Macao's and Taiwan's
    # councils): "容海恩引用《檢控條例》指…", "韓衛局長感謝各位委員…", "王忠銘也分享…心得",
    # "詹琬蓁主張刪減…"
    # (thanks to the members or the meeting: thanks to others may be a statement after it)
    r"|引述|引用(?=[《「“])|分享(?!会|平台)"
    r"|(?<![表示致])感谢(?=[^,。]{0,12}?(?:委员|议员|代表|各|大家|与会|同仁|同事|支持|成员|团队|[里村]长))"
    # praising what was done, before thanking or saying: "龔志明局長肯定並感謝各校…,指出…"
    r"|(?<![的予以到])肯定(?=并|了|[^,。]{0,8}?(?:工作|成绩|成效|努力|贡献))"
    r"|(?<![的此该其])(?<!这一)主张(?=[^,。]{0,4}(?:删|减|冻结|增|应|不|维持|暂|先))"
    rf"|{_ASKED}(?=[\u4e00-\u9fff]{{1,4}}(?:是否|会否|有没有|有否|能否|为何|何时|如何))"
    # a head's oral instructions at the sitting, as Taiwan's county meetings report them: "縣長
    # 李炷烽指示,…", "縣長另指示各局處…"; not an instruction issued in writing elsewhere ("作出
    # 重要指示", "批示")
    r"|(?<![作做]出)(?<!重要)(?<!批)指示(?=[,:]|各|相关|所属|全体)"
    # a council's interpellation: "…等八位議員聯合質詢壓軸"
    # (or at the time of questioning: "市議員張顥瀚今天質詢時,質疑…")
    r"|(?:联合)?(?<!总)质询(?=[,;]|$|压轴|时"  # 施政總質詢 is the sitting, not a name's act
    # (or what was said in it: "議員周君綾也質詢指出,…")
    r"|指出|表示|说|称|提到|要求|询问|关心|批评|质疑|建议|追问|强调|问(?=[,:])"
    # (or the question itself: "曹丞君質詢有沒有相關防制措施")
    r"|有没有|是否|能否|如何|为何|为什么"
    # (or questioning an office or its head: "代表李賢準質詢鎮公所…", "…質詢縣長…")
    r"|[^,。]{0,6}?(?:公所|县府|市府|政府|府方|[县市镇乡]长|局长|处长|部长|院长|主任|所长))"
    # (or answering one: "高雄市長陳其邁1日在市議會接受質詢時")
    rf"|接受{MEMBER_OFFICES}?质询"
    # (or conducting the general one, a member's turn at it: "縣議員蕭詠萱、周玉滿24日進行總質詢";
    # not the magistrate who comes to the council to answer it: "縣長林姿妙上午到議會進行總質詢")
    r"|(?:(?<=进行)|(?<=展开)|(?<=上台))(?<!议会进行)(?:[县市乡镇]政)?总质询"
    # a keynote or a talk given: "…國醫大師王琦、孫光榮等權威專家開展主旨演講" (not a speaker
    # invited, named by the role: "…作為學術主題演講嘉賓")
    r"|(?:主旨|主题|专题)?演讲(?!会|比赛|稿|厅|台|者|嘉宾|人)"
    # a legislature's floor: points of order, letters read out, rebuttals from the seats
    r"|提(?=规程问题|质询|动议|修正案)|读(?=信|出)|反驳|叫嚣"
    # 作 the verb, not the end of a word (工作, 合作, 创作…: "来澳门主持选举工作的副委员长王晨")
    # a council member's motion or concern, a head's reply: "張永江倡議…", "林貽祥關切…",
    # "陳建光建議…", "…請命", "縣長…都做了詳細答覆"
    # advice offered at a symposium: "…4位专家立足省情实际,…建言献策"
    r"|建言献策|献计献策|建言(?!书|栏|箱)"
    r"|讨论热烈|热烈讨论|倡议|关切(?![,。;、])|呼吁|(?:为[^,、]{1,16})?请命"
    # proposed: what follows the comma ("邵家輝建議,…"), what should be done ("陳建光建議…應"),
    # what the government should ("吳永嘉建議當局多…"); 建議 alone is as often the noun, a
    # proposal counted, voted on or named ("提出三點建議,", "…委員會建議表決", "周浩鼎建議的撤銷…")
    r"|(?<![点条项些的性出与和及、之其此该意])建议(?=[,:]|[^,。]{0,2}[可将应要把请]"
    r"|当局|政府|局方|市府|县府|府方|特区政府"
    # (or what to do: "委員陳家良建議引入…", "陳昆第建議對不良的營造公司,應予記點")
    r"|[^,。]{0,6}?(?:考虑|研究|尽快|增加|设立|延长|放宽|引入|加强|改善|检讨|推动|增设)|对)"
    # a member's concern and wishes put to the sitting: "陳玉發希望此政策也能考量離島",
    # "周瑞國爭取擴充北竿醫療資源", "曹以標反映…", "吕子昌提议让…", "人民力量陳志全關注…"
    # (the name right before them: "成員年事已高,希望…" is no one's)
    # ("林宇滔則期望當局交待…", "簡慧敏則提醒,…", "毛寧司長…深入解讀…")
    r"|(?<![的所,:\s])(?:希望|期望|期盼|关心|关注(?![度点])|反映|争取|提议|提醒)(?![的者值])"
    r"|解读(?![为成])"
    r"|做了?[^,。]{0,6}?(?:答复|回应|说明|安排部署|部署|总结|讲话|报告)"
    # (nor a name's: "致公黨中央主席蔣作君…先後發言"; what 作 makes holds no list)
    r"|(?<![工合协创操写运制])作(?!为|风|品)(?:了|的)?(?:(?!先后|分别|依次)[^。、]){0,120}?"
    r"(?:报告|汇报|说明|讲话|发言|分享|工作布置|工作部署|部署|总结|辅导|宣讲|授课))"
    r"(?!精神|稿|和指示|要求)"
)
_VERBS = re.compile(
    rf"(?P<chair>{_CHAIR_VERB})|(?P<attendee>{_ATTEND_VERB})|(?P<speaker>{_SPEAK_VERB})"
)
# Words that may stand between a subject and its verb, taken off the end of the subject.
# Adverbs of taking turns, between a list of names and its act ("…先後發言", "…逐一發言").
_IN_TURN = "先后|分别|依次|逐一"
_TRAILING = re.compile(
    # (a count after the list's last name: "…陳喜威等共57名社會服務機構代表")
    r"(?:等(?:共|合共|约|逾|近|多达)?[\d一二三四五六七八九十百两几多]+(?:名|位|个|人)[^,、]*|"
    rf"{DATE_PHRASE}|等人|等|同志|在[^,、]{{0,24}}?(?:上|时|中|期间)|在(?!职|任|编|岗)[^,、的]{{1,12}}|于(?:{DATE_PHRASE}|会上|会议上|会中|(?:会议)?开幕(?:式|礼)?上?)"
    # (Taiwan's papers write 於 for 在: "代理縣長林茂盛於座談中表示")
    r"|于[^,、\d]{0,24}?(?:座谈|论坛|会议|会)中"
    r"|就[^,]*|围绕[^,]*|结合[^,]*|关于[^,]*|针对[^,]*|(?:立足|聚焦)[^,]*|对[^,]*"
    rf"|{_IN_TURN}|也|还|均|一同|一道|一起|共同"
    r"|(?:均|都|亦|也)有"  # "陳沛然和楊岳橋議員均有問…"
    # a photo's caption places the speaker: "議長李文斌(中)表示", "縣長鍾東錦(左二)表示"
    r"|\((?:左|右|中|前|后)[一二三四五六七八九]?\)"
    # in whose stead: "內會主席陳振英亦代替立法會主席李慧琼主持" (she was away)
    r"|(?:代替|接替|替代|取代)[^,]*"
    # with whom they came: "…任向華分別聯同三地相關政府部門代表團出席"
    r"|(?:联同|连同)[^,]*"
    # to whom, after an adverb (a name may hold 向: "田向利"): "縣長劉立群也向每位議員表示感謝"
    r"|(?<=[也还又则都并亦再])向[^,、]{1,16}"
    # or to the meeting or its members: "…向大会作工作报告", "向与会人员介绍"
    r"|向(?=大会|会议|全会|与会|各位|全体|委员|议员|代表|常委会|大家)[^,、]{1,16}"
    # for whom: "…院长薛刚凌为与会人员作了…专题辅导讲座"
    r"|为(?=大会|与会|参会|全体|大家)[^,、]{1,16}"
    r"|代表[^,]{0,30}?(?:委员会|中央|政府|党组|党委|[省市县区州旗]委|国务院|妇联|工商联|总工会|界|团体|方|单位|小组|派|阵营"
    r"|全体[^,]{0,6})"
    r"|(?:作了?)?(?:大会)?(?:发言|讲话|致辞|致词)"
    r"|(?:主持召开|主持|出席|参加|提交|提请|通报|宣读)(?:(?!主持)[^,])*?并"
    r"|首先|随后|最后|再次|特别|特地|又|则|并|只|仅|亲自|随即|继续|续|立即|当即|迅速|及时|其后|纷纷|一致|亦|再|都|会前|会后|事后"
    r"|遂"  # thereupon: "民主黨林卓廷遂以規程問題要求…"
    r"|列席"  # attending to explain (see 说明 above)
    # the first to take the floor: "陳素月首位發言指出"
    r"|首位|第一位"
    # how: "…總監劉浩然…深入淺出地介紹其基本原理"
    r"|(?:深入浅出|详细|认真|简要|生动)地"
    r"|临尾|临完"  # at the end, in Hong Kong's papers: "主席羅健熙臨尾發言時說"
    r"|请"  # the chair giving the floor: "歐陽議員儀雄請發言"
    r"|(?:致词|致辞|讲话|发言|报告)[时后]"  # "劉增應致詞時表示", "許國政致詞後敲下議事鎚"
    # putting one's name down to speak: "…鄭碧玉、陳碧華都登記發言"
    r"|登记|报名"
    # the gavel struck before the ruling: "議長張峻敲槌裁定"
    r"|敲槌"
    # how much: "李金梅高度關切…"
    r"|高度|十分|非常|相当|尤其"
    # (OpenCC leaves 著 as written: "立委吳秉叡接著發言")
    r"|这时|此时|接续|接[着著]|[一二两三四五六七八九十\d]度|多次|再度|更|联合|上场|轮流|进行|另|同样|同时|今|昨|接棒"
    r"|轮番(?:上台|上阵)?"  # "代表輪番上台質詢": how they took the floor
    # how many they were: "由張顧礫、黃芳椿及曾美露三人質詢"
    r"|(?:[两三四五六七八九]|十[一二三四五六七八九]?|\d{1,2})(?:人|位)"
    # "…王海波所作的分享" (heard here, see _HEARD_HERE); how one spoke: "详细介绍了…"
    r"|所|详细|简要|具体|重点|系统|全面|深入"
    # manner and time: "均踴躍出席", "突然向院會說明", "既已經應邀列席", "開始主持會議"
    r"|踊跃|突然|已经|已|既|开始|正式|[\d一二三四五六七八九十两几]+次|首次|首度|仍然|仍"
    # opening the sitting, then speaking: "議長陳毓仁開議致詞"
    r"|开议|开幕"
    # as custom has it: "縣長陳光復依慣例向議會施政報告"
    r"|(?:依|按|照|循)(?:照)?(?:惯?例|权责|职权|职责)"
    # or as the rules have it, a duty shared out: "副議長邱芳欽依議會規則裁示…", "江啟臣分工主持院會"
    r"|(?:依|按|根据|依据)(?:照)?[^,、]{0,8}?(?:规则|规定|程序)|分工"
    # where and when they went to do it: "林鄭月娥上午11時到立法會宣讀《施政報告》"
    r"|(?:前往|来到|到|赴)[^,、的]{1,12}|于?\d{1,2}时(?:\d{1,2}分|半)?(?:许|左右)?"
    r"|约?半?[\d一二三四五六七八九十两]*个?(?:小时|分钟)(?:后|前)"
    # the manner or company of what they did: "张鹏飞以“…”作主题分享", "黄国荣率各局处首长与会"
    # (a name may hold 以: "曹以雄關心…"; an act's 予以, 加以 before its verb: "…主席令予以公布")
    # (nor a given name's 以 before an adverb: "代表曹以標也要求…")
    r"|以(?!及|上|下|来|后|前)(?![^,]?[也亦还则并又都再]$)[^,]{2,}|[予加]以|特?率(?:领)?[^,]*"
    r"|应邀|受邀|特邀|(?<=[^,])受[^,]{1,16}?委托"
    r"|受访|向记者|对记者|见记者|见传媒时?|接受[^,]{0,8}采访|主持(?:会议|召开)?|出席(?:会议)?|参加(?:会议)?|发表了?(?:重要)?|开展"
    r"|会议上|会上|作|了|的|将)$"
)
_LEADING = re.compile(
    rf"^(?:{DATE_PHRASE}|[一二三四五六七八九十]{{1,3}}日|由"
    rf"|\S{{0,16}}?\d{{1,2}}月\d{{1,2}}日电|\s+|[」』”]|会议上|会上|会前|会后|随后|最后|同时|此外|[期其]间|包括|其中"
    r"|(?:之后|接[着著]|然后|其后)是|(?:在席|在场|出席)的"
    # another one, or a description ending in 的, before the name: "另一名區議員楊永杰表示",
    # "代表金融界的陳振英建議", "任教於中大新聞與傳播學院的陳志敏提到"
    r"|另(?:一|外一?)?(?:名|位|个)?|(?:代表|来自|任教于|任职于|身兼|身为|担任)[^,、:的]{2,20}的"
    r"|以及|还有"  # the last part of a list: "…赵慕兰,以及尹卫东、…参加"
    # the chair giving the floor: "議長洪允典請議會法制室主任吳鎔銘補充…"
    r"|[^,、:]{0,12}?(?:主席|议长|召委|院长|主持人)[\u4e00-\u9fff]{2,4}?(?<!邀)请(?!求|示|辞|假|愿)"
    # or its word alone, in a record: "主席…。請邱委員文彥質詢"
    r"|请(?=[\u4e00-\u9fff]{1,2}(?:委员|代表|议员|部长|院长|局长|市长|县长|乡长|镇长)[\u4e00-\u9fff]{1,2}$)"
    # how many there were, before the list: "計有林參天、古志成…等議員進行質詢"
    r"|(?:共|计|共计|总计)有"
    # those who heard it ("会议听取了", "与会嘉宾还聆听了") before who gave it
    r"|(?:会议|与会[^,、]{0,4}?|[^,、:]{0,8}?(?:委员会|会议|大会))?(?:还|也|亦)?(?:听取|聆听)了?"
    r"|会议(?:首先|随后|接[着著]|最后|还|也)?由|推派|推举|推选"
    # the body, sitting or side whose it was, then who did it: "程序委員會由召集人郭信良議長
    # 主持", "开幕会由王志宏主持", "市府方面由許育典副市長…列席", "委員會本周由吳宗憲擔任輪值召委"
    # (or a forum: "兩場分論壇由朱滸與…李進峰分別主持")
    rf"|[^,、:由]{{0,16}}?(?:会|会议|方面|政府|市府|县府|论坛)(?:{DATE_PHRASE}|本周)*"
    r"(?:分别|则|也|还)?由"
    # the host inviting the one who attends: "立法院會今邀卓榮泰率同…列席" (not 應邀, 受邀; nor
    # an invitation asked for, refused or promised: "要求邀請鄭若驊出席", "指會邀請…出席")
    r"|(?:(?!要求|建议|提议|拒绝|不|拟|将|[指称说]会)[^,、]){0,20}?(?<![应受])(?:邀请|邀)(?!请)了?)+"
)
# What someone said before or after the meeting, or to reporters, is not speaking at it.
_OFF_MEETING = re.compile(
    r"(?<![散闭休])会前|会后|事后|受访|见记者|会见记者|答记者|接受[^,]{0,8}采访|会见时|会谈时"
)
# "出席会议的还有A、B", "包括A、B在内的…出席", "…出席作供,包括A、B等".
_LISTED_AFTER = re.compile(
    # (or taking part, and a list with no 的 before it: "參與會議的還包括…", "參加是次會議包括:…")
    rf"(?:{_ATTEND_VERB}|参与)(?:(?:是|本|这|该|此)次)?(?:会议)?(?:投票|表决)?"
    rf"(?:的[^,、:。]{{0,8}}?(?:还)?(?:有|包括)|(?:的人员|人员)?(?:还)?包括):?(?P<list>[^:()。]+)$"
    rf"|包括(?P<list2>[^,]+?)在内的[^,]*?{_ATTEND_VERB}"
)
# The members of a group that took the floor: "由第二质询小组上场质询,成员包括有议长A、议员B等人",
# "期間共有29位議員發言,當中11位是民主派議員,包括:民主黨胡志偉、林卓廷;…".
_SPEAKERS_INCLUDING = re.compile(
    r"(?:质询|发言|提问)[^,。]*,(?:(?:当中|其中)[^,。]{0,16},)?(?:成员|名单)?包括有?:?"
    r"(?P<list>[^,。]+?)(?=,|$)"
)
# Those who took the floor, listed after it: "發言的委員有葉榮發、簡萬寧…和白文浩等", "首個向林鄭
# 發問的議員是民建聯陳克勤", "第二位發問議員是…", "發言次序為經民聯林健鋒、工聯會何啟明…",
# "今日提出問題探討的議員,依序有:林東滿、章正輝…等人".
_SPEAKERS_LISTED = re.compile(
    r"(?:发言|讲话|致辞|提问|发问|(?<!总)质询|提出问题[^,、:。]{0,4}?)的?[^,、:。]{0,8}?"
    r"(?:,?(?:依序|依次))?(?:还)?(?:有|包括|是|(?:次序|顺序)为):?(?P<list>[^,。:]+?)(?:等人?)?(?=,|$)"
)
_ROLL = re.compile(
    r"^[*\s]*(?:出席|列席)(?:非?委员|非?议员|人员|者)?[*\s]*:[*\s]*(?P<list>[^:。]+?)[*\s]*$"
)
_BRACKETED = re.compile(r"\([^()]{1,8}\)")
_INCLUDING = re.compile(rf"{_ATTEND_VERB}[^,。]*,包括(?P<list>[^,。]+?)等?(?=,|$)")
# "梁美芬及何君尧曾要求…": something done before, not at this meeting.
# "内会原本由民建联李慧琼主持": who did it originally, not at this meeting.
# "王晨早前說明…": said earlier, not at this meeting.
_PAST_HEAD = re.compile(
    r"曾经?$|早前$|(?:原本|原先|本来|原来)[^,]{0,16}$"
    # an example from a year gone by: "例如2017年梁君彥批准建制派班長廖長江提出修訂…"
    r"|(?:^|[,:])\s*(?:例如|比如|譬如)[^,。]{0,4}?\d{4}年[^,。]*$"
)
# An act that did not happen: "林鄭未有回應…", "主席並沒有發言".
_NEGATED_HEAD = re.compile(r"(?:未有|没有|并未|从未|未曾|尚未|未|没)$")
# What a meeting resolved or scheduled someone to do later is not done at it:
# "會中決議10月3日至12月11日召開定期會,10月4日由市長盧秀燕進行施政總報告".
_PLANNED_HEAD = re.compile(r"决议|预定|预计|议程安排|将由|拟由")
# Asked or demanded to attend is not attending: "民主派又要求保安局長李家超…,出席…會議",
# "動議要求立法會秘書長陳維安出席內會會議".
_DEMANDED_HEAD = re.compile(r"(?:要求|促请|敦促|呼吁|请求|传召)[^。]{0,30}$")
# Remarks to the press ("民建联会后见记者,被问到…?副主席陈克勤表示"), or where members went
# once it ended ("多名…議員在會議結束後到場發言。…毛孟靜表示,…"): the paragraph goes on
# quoting what was said there, sentence after sentence.
_PRESS_SCENE = re.compile(
    r"见记者|见传媒|答记者|受访|接受[^,]{0,8}采访|会见时|会谈时|(?:会议结束|散会)后[^,。]{0,6}?到场"
)
_AT_MEETING_SAID = re.compile(r"会上|会议上|席上|在会|会议中")
# Another's words set against those just quoted: "葉劉淑儀事後解釋,…。容海恩則表示,…" (both
# after the sitting).
_IN_CONTRAST = re.compile(rf"^\s*[^,。]{{2,16}}?则(?:{_SAYING_OR_ASKING}|指)")
# A sentence that places what is said in it at the meeting: said there, or said in the
# sentence reporting the meeting held ("深水埗區議會今早舉行會議,副主席伍月蘭提出…").
_SAID_THERE = re.compile(
    rf"{_AT_MEETING_SAID.pattern}|(?:举行|召开)[^,。]{{0,12}}?(?:会议|大会|会)(?![前后])"
)
# ...and one that places it at the sitting even amid remarks to the press: a list of speakers
# taking turns ("袁國強、陳帆等先後發言"), words said while in the chamber ("在立法會回應議案時
# 表示"; not while seen there, "出現在立法院", or outside it, "在立法會大樓外…時").
_AT_THE_SITTING = re.compile(
    # (or questioning in turn: "楊岳橋、議會陣線毛孟靜、…郭榮鏗,先後就人權保障提問")
    rf"(?:{_IN_TURN}|相继|轮流)(?:就[^,。]{{1,20}}?)?(?:发言|提问|质询)"
    r"|(?<!出现)在(?:立法会|立法院|议会|区议会|市议会|县议会|院会)(?![外门前后大])[^,。]{0,12}?时"
)
# (or sat: "內會昨日下午2時半就選舉主席開第16次會")
_AT_MEETING = re.compile(r"会上|会议|在会|主持|大会|会前|会后|开(?:[^,。]{0,8}?次)?会(?![前后见])")
# A group of office holders named by office only ("市法院、市检察院负责人", "四方税务官员"):
# it stands in a list of people without naming one.
# Deputies and leaders named as a group ("部分区人大代表", "等党和国家领导人") are one too;
# "主要负责同志" reads "主要负责" once 同志 is taken off as a trailing word.
_GROUP_NOUN = r"(?:负责人|负责同志|负责|有关领导|领导同志|官员|工作人员|人员|干部|代表|领导人|领导)"
# A plural of members names no one: "議員們", "同事們" (but "向他们" is no subject at all).
_MEMBERS = re.compile(r"(?:议员|委员|常委|同事|同仁|嘉宾|同志)们$")
_GROUP = re.compile(rf"{_GROUP_NOUN}$|{_MEMBERS.pattern}")
# "李克强、汪洋等党和国家领导人出席", "…等八位议员联合质询": the names, then the group; or
# the names closed by their count alone ("…、高利军11位企业家参加").
_ETC_GROUP = re.compile(
    rf"(?:等(?:[^,、]{{0,12}}?{_GROUP_NOUN}|[\d一二三四五六七八九十两几多]+(?:位|名)[^,、]{{0,6}}"
    # "王兆波、…许颖等市人大代表、市政协委员": what those named are, a list of offices
    # (not a count: "…等数十个成员代表100多个成员发言" names no one)
    # (or who they are: "…周玉明等企业家先后发言", "等专家学者")
    rf"|[^,\d数几多十百]{{0,30}}?(?:企业家|专家|学者|人士|{_TITLES.pattern})(?:们)?)"
    rf"|(?<=[{_HAN}])\d+(?:位|名)[^,、\d]{{0,6}})$"
)
# "…吴国建以及委员共28人出席": a head count closing a list of names.
_HEAD_COUNT = re.compile(r"共(?:\d+|[一二三四五六七八九十百两几多]+)(?:人|名)$")
_GIVEN_NAME_REFERENCE = re.compile(rf"(?:^|[,:])\s*([{_HAN}]{{2}})同志(?:也|还|又|并|再|则|随后)?$")
_SHORT_REFERENCE = re.compile(rf"(?:^|[,:])\s*([{_HAN}](?:{_TITLES.pattern}))$")
_CONTINUES_OBJECT = re.compile(r"(?:以及|及|和|与)(?!会)")
# "至少15名议员轮候发言", "13位常委": a number of office holders, not a named one.
_COUNTED = re.compile(r"(?:\d+|[一二三四五六七八九十百两几多数]+)(?:名|位|个)$")
# "民主党胡志伟", "建制派谢伟俊": a party or camp written before a name stands as its title.
# Party names are short; a longer run is a clause ("李慧琼驱逐民主党林卓廷"), not a party.
_PARTY = (
    # (and a party's own member, a party mate: "新民主同盟范國威", "專業議政莫乃光", "黨友林卓廷")
    rf"(?P<org>(?:[{_HAN}]{{1,4}}?(?:党|联|连|派|阵线|力量|圆桌|联会|工会|公民|同盟|联盟|议政|本土|前进)|党友"
    # (Hong Kong's parties written short that end otherwise: "社民連梁國雄", "民協譚國僑",
    # "街工梁耀忠", "熱普城鄭松泰")
    r"|民协|街工|热普城|乡议局"
    # a functional constituency may be longer: "批發及零售界邵家輝", "地產及建造界石禮謙"
    rf"|[{_HAN}]{{1,6}}?界)的?)"
)
_AFFILIATION = re.compile(rf"^{_PARTY}(?P<name>[{_HAN}]{{2,3}})$")
# Or a married name of four characters: "新民黨葉劉淑儀" (tried second: "工聯會陸頌雄" is no
# "工聯" and "會陸頌雄").
_AFFILIATION_MARRIED = re.compile(rf"^{_PARTY}(?P<name>[{_HAN}]{{4}})$")
# "X所作的报告" names a report as a thing; it was given at this meeting when the meeting heard
# or reviewed it ("会议听取了…张庆黎就有关草案所作的说明").
_MADE_ELSEWHERE = re.compile(r"所$")
# The last item of a list, described by what that one did ("…陳志全,以及提出議案的鄭松泰"):
# the act is no verb of the names listed before.
_LIST_END = re.compile(r"(?:以及|还有)$")
_DESCRIBES = re.compile(r"[^,。:;的]{0,12}的")
_HEARD_HERE = re.compile(r"听取|聆听|审议")
_MODAL_SAY = re.compile(r"(?:应当|应该|可以|就是|比如|换句话|来)$")  # "应当说", "简单来说"


@dataclass(frozen=True)
class PersonRole:
    """One person in one role at a meeting: the name Simplified, the title as written."""

    name: str
    role: str  # chair | speaker | attendee
    title: str = ""


@dataclass(frozen=True)
class Block:
    """A paragraph (or the title) in its matching form and as written."""

    norm: str
    original: str

    def written(self, start: int, end: int) -> str:
        # NFKC and t2s keep the length of nearly every text, so the offsets of the matching
        # form point into the original; when they do not, the matching form is all there is.
        source = self.original if len(self.original) == len(self.norm) else self.norm
        return source[start:end]


@dataclass(frozen=True)
class _Person:
    name: str
    title_span: tuple[int, int]  # offsets of the title in the block (equal when none)


def people_roles(
    blocks: Sequence[Block],
    headline: Block | None = None,
    *,
    closed: bool = False,
    meeting_name: str = "",
) -> list[PersonRole]:
    """Everyone ``blocks`` say chaired, spoke at or attended the meeting, in order, each
    (name, role) once. ``headline``: a title whose run-together names ("李强蔡奇出席") are split
    using the names the body gives. ``closed``: a meeting behind closed doors, whose report
    quotes what members say outside it; only words placed at the meeting ("会上") count.
    ``meeting_name``: the meeting reported; a paragraph set at another body's meeting ("13日,
    北區區議會大會上,…") names nobody of this one."""
    found: list[PersonRole] = []
    aliases = surname_and_title_aliases(blocks)
    at_press = False
    opener: str | None = None  # the person the previous sentence opened with
    titled: set[str] = set()  # names found with an office so far (see _named_before)
    spoke_there: set[str] = set()  # speakers placed at the meeting by their own sentence
    in_scene: set[int] = set()  # indices in found of speakers in a paragraph set at it
    for block in blocks:
        # a scene away from the meeting goes on into a paragraph that replies in it
        # ("会见时,丁薛祥表示…" / "颜金勇表示…") unless that paragraph returns to the meeting
        # (or to members taking turns there: "…會後見記者時…。" / "楊岳橋、…先後就…提問")
        at_press = at_press and not (
            _AT_MEETING.search(block.norm[:40]) or _AT_THE_SITTING.search(block.norm[:60])
        )
        if _at_another_meeting(block.norm, meeting_name):
            continue
        spoke_off = False  # the sentence before quoted someone off the meeting
        for start, sentence in _sentences(block.norm):
            roles = _roles_in_sentence(block, start, sentence, aliases, titled, meeting_name)
            pronoun = _PRONOUN_SAYS.match(sentence) is not None
            if pronoun and opener is not None:
                roles.append(PersonRole(opener, SPEAKER))
            known = {person.name for person in [*found, *roles]} | set(aliases.values())
            # or the one person it names, as the chair: "1月16日,省长梁惠玲主持召开…。她强调"
            named = {person.name for person in roles}
            chaired = any(person.role == CHAIR for person in roles)
            only = next(iter(named)) if len(named) == 1 and chaired else None
            opener = _opener(sentence, known) or only or (opener if pronoun else None)
            at_sitting = _AT_THE_SITTING.search(sentence) is not None
            if (
                (at_press and not at_sitting)
                or (closed and not _AT_MEETING_SAID.search(sentence))
                or (spoke_off and _IN_CONTRAST.match(sentence))
            ):
                roles = [PersonRole(p.name, _OFF) if p.role == SPEAKER else p for p in roles]
            spoke_off = any(person.role == _OFF for person in roles)
            if _AT_MEETING_SAID.search(block.norm):
                in_scene.update(range(len(found), len(found) + len(roles)))
            found += roles
            titled.update(person.name for person in roles if person.title)
            if at_sitting or _SAID_THERE.search(sentence):
                spoke_there.update(p.name for p in roles if p.role == SPEAKER)
            at_press = at_press or bool(_PRESS_SCENE.search(sentence))
    if headline is not None:
        known = {person.name for person in found}
        found = found + _headline_roles(headline, known)
    found = _short_forms_resolved(found)
    return _first_each(_without_off_meeting(_titles_filled(found), spoke_there, in_scene))


# What follows a name written alone: a mark or a letter, or a word of saying or doing
# ("林卓廷表示", "林卓廷:", "林卓廷質疑").
_AFTER_A_NAME = re.compile(
    rf"[^{_HAN}]|{_SAYING_OR_ASKING}|指|问|提出|其后|随即|则|亦|也|又|再|在|于|对|向|与|和|及|、"
)


def without_words_run_into_names(found: list[PersonRole], text: str) -> list[PersonRole]:
    """``found`` with each name read together with the word after it ("林卓廷遂", "黃定光正",
    "陳凱欣喺", "林鄭說") under the name it starts with, when ``text`` writes that one alone
    elsewhere, and more often than the longer: a person's whole name recurs whole."""
    resolved: dict[str, str] = {}
    for name in {person.name for person in found}:
        if len(name) == 4 and _two_surnames(name):
            continue  # a married name ("林鄭月娥") is whole, though its short form recurs
        for cut in (1, 2):
            short = name[:-cut]
            if _plausible_short(short) and _written_alone(short, name, text):
                resolved[name] = short
                break
    if not resolved:
        return found
    return _first_each([dataclasses.replace(p, name=resolved.get(p.name, p.name)) for p in found])


def _plausible_short(short: str) -> bool:
    return (
        len(short) >= 2
        and has_surname(short)
        and not is_short_body_name(short)
        and not is_dictionary_word(short)
    )


def _written_alone(short: str, name: str, text: str) -> bool:
    if text.count(short) <= text.count(name):
        return False
    return any(
        _AFTER_A_NAME.match(text, match.end()) or match.end() == len(text)
        for match in re.finditer(re.escape(short), text)
    )


def with_full_names(found: list[PersonRole]) -> list[PersonRole]:
    """``found`` with each short form under its full name (see _short_forms_resolved), each
    (name, role) once: for people added after the rules read the report (the tagger's)."""
    return _first_each(_short_forms_resolved(found))


def _short_forms_resolved(found: list[PersonRole]) -> list[PersonRole]:
    """Each person under the full name the report gives them elsewhere: a name read with the
    word after it ("環境局局長黃錦星剛發言", "梁君彥以…為由") is the name it starts with, and Hong
    Kong's papers call a married name by its two surnames ("林鄭", "葉劉") or as Mrs ("葉太")."""
    full = {person.name for person in found if len(person.name) >= 3}
    # the married names the report gives an office ("行政長官林鄭月娥") stand for the short
    # forms before those it only runs into a word ("林鄭後來在回應…時表示")
    titled = {person.name for person in found if person.title}
    married = [name for name in full if len(name) == 4 and _two_surnames(name)]
    resolved: dict[str, str] = {}
    for name in {person.name for person in found}:
        longest = max((k for k in full if k != name and name.startswith(k)), key=len, default="")
        if len(longest) >= 3 and not _two_surnames(name):
            resolved[name] = longest
            continue
        if name in titled:
            continue
        wife = [k for k in married if name != k and name[:2] == k[:2]]
        if not wife and len(name) == 2 and name[1] == "太":
            wife = [k for k in married if k[0] == name[0]]
        # (among several, or for a four-character name, only one given an office will do)
        if len(wife) > 1 or len(name) == 4:
            wife = [k for k in wife if k in titled]
        if len(wife) == 1 and wife[0] not in resolved:
            resolved[name] = wife[0]
    if not resolved:
        return found
    return [dataclasses.replace(p, name=resolved.get(p.name, p.name)) for p in found]


# A paragraph opening at a body's meeting: "6.12金鐘佔領翌日、13日,北區區議會大會上,…".
_SCENE_OPENING = re.compile(
    r"^[^。]{0,40}?(?:^|[,、:\s])(?:在)?(?P<scene>[^,、:。\s在]{2,24}?)(?:会议|大会|会)上"
)
_BODY_WORD = re.compile(r"议会|委员会|常委会|立法会|政协|人大|政府|院会")
_MEETING_ENDS = re.compile(r"(?:会议|大会)$")


def _at_another_meeting(text: str, meeting_name: str) -> bool:
    """``text`` opens at the meeting of a body other than ``meeting_name``'s."""
    scene = _SCENE_OPENING.match(text)
    if not meeting_name or scene is None or not _BODY_WORD.search(scene["scene"]):
        return False
    here, there = _MEETING_ENDS.sub("", meeting_name), _MEETING_ENDS.sub("", scene["scene"])
    return not (_in_order(there, here) or _in_order(here, there))


def _in_order(short: str, long: str) -> bool:
    """Every character of ``short`` stands in ``long`` in the same order ("內會" in
    "立法會內務委員會")."""
    remaining = iter(long)
    return all(char in remaining for char in short)


# "周铁根边听边记,…。他说,…": a sentence of speech opened by a pronoun is said by the person
# the sentence before it opened with.
_PRONOUN_SAYS = re.compile(
    rf"^\s*[他她](?:还|也|又|并|则|最后|随后|同时|接[着著])?(?:{_SPEAK_VERB})"
)


# A clause that is only a pronoun and adverbs, before its verb, inside a sentence.
_PRONOUN_CLAUSE = re.compile(r"[,:]\s*[他她](?:还|也|又|并|则|随后|接[着著])?$")


def _opener(sentence: str, known: set[str]) -> str | None:
    """The person named ``known`` that ``sentence`` opens with, if any."""
    stripped = sentence.lstrip()
    return next(
        (name for name in sorted(known, key=len, reverse=True) if stripped.startswith(name)), None
    )


def _titles_filled(found: list[PersonRole]) -> list[PersonRole]:
    """A role found without a title takes the title the report gives the person elsewhere
    ("包括主席李慧琼在内…出席", then "李慧琼宣布…"): the title used at the time, whichever
    sentence carries it (the first one written)."""
    titles: dict[str, str] = {}
    for person in found:
        if person.title:
            titles.setdefault(person.name, person.title)
    return [
        person if person.title else dataclasses.replace(person, title=titles.get(person.name, ""))
        for person in found
    ]


def _without_off_meeting(
    found: list[PersonRole], spoke_there: set[str], in_scene: set[int]
) -> list[PersonRole]:
    """Reports go on quoting someone they met outside the meeting ("会后表示…", then "他说"):
    once a person spoke off the meeting, their words are not counted as speaking at it, unless
    a sentence placed them at it (``spoke_there``: "…今早舉行會議,副主席伍月蘭提出關注…", then
    "伍月蘭會後對《獨媒》表示"), or words of theirs came before, in a paragraph set at the
    sitting (``in_scene``: "多名議員席上鼓噪。…公民黨陳淑莊質疑,…", then "陳淑莊會後批評…").
    A lead's words before the press scene, in no such paragraph, are often what was said to
    the press ("田北辰其後表示:「…」", the same quote "會後向記者表示")."""
    first_off: dict[str, int] = {}
    for index, person in enumerate(found):
        if person.role == _OFF:
            first_off.setdefault(person.name, index)
    return [
        person
        for index, person in enumerate(found)
        if person.role != _OFF
        and not (
            person.role == SPEAKER
            and person.name in first_off
            and person.name not in spoke_there
            and not (index < first_off[person.name] and index in in_scene)
        )
    ]


def without_dictionary_words(roles: Iterable[PersonRole]) -> list[PersonRole]:
    """``roles`` without the chairs and speakers whose name is a common word ("党团表示",
    "商务及經濟發展局…": a clause's head read as a name). Attendees stay: they are read from
    lists and rolls, where a given name that is also a word ("高原") is a name."""
    return [
        person for person in roles if person.role == ATTENDEE or not _reads_as_words(person.name)
    ]


def _reads_as_words(name: str) -> bool:
    """A common word, or words with no surname in front ("民生表态", "有权利", "相继去世"): what a
    clause holds where a name was looked for. A name with no surname (a transliteration,
    "曼图罗夫"; a rare surname, "訾振军") rarely starts with a word."""
    if is_dictionary_word(name):
        return True
    return not has_surname(name) and is_dictionary_word(name[:2])


def names_with_role(roles: Iterable[PersonRole], role: str) -> list[str]:
    return unique(person.name for person in roles if person.role == role)


def chairs_by_title(blocks: Sequence[Block], meeting_name: str) -> list[PersonRole]:
    """The meeting body's chairman ("会议主席、立委尤美女", "专责委员会主席谢伟俊"): a title ending
    in 主席 whose organisation is empty, the meeting itself, or the body holding it."""
    found: list[PersonRole] = []
    for block in blocks:
        for match in _CHAIRMAN.finditer(block.norm):
            org = _LEADING.sub("", re.split(r"[,、:。]", block.norm[: match.start()])[-1])
            org = _ORG_NOISE.sub("", org).rsplit("的", 1)[-1]  # "…提出更改議程的主席": a clause
            # the acting chairman, who may be the agent of a passive: "遭代主席李慧琼質疑離題"
            acting = _ACTING_END.search(org)
            org = _PASSIVE_ALONE.sub("", org[: acting.start()] if acting else org)
            office_start = match.start() - (len(acting.group()) if acting else 0)
            if not _presides(org, meeting_name):
                continue
            party = _PARTY_AHEAD.match(block.norm, match.end())
            start = party.end() if party else match.end()
            # a gazette's turn: "主席周副議長子傑:" (surname, office, given name)
            gazette = titled_name(re.split(r"[,、:。;\s]", block.norm[start:], maxsplit=1)[0])
            name = gazette[0] if gazette else name_at(block.norm, start)
            if name:
                title = block.written(
                    office_start - len(org), party.end() if party else match.end()
                )
                found.append(PersonRole(name, CHAIR, title))
    return found


# One described as chairing before the name: "主持會議的國民黨立委羅智強", "主持討論的何厚鏵",
# "擔任主持人的…會長湯文龍", "當時正擔任代主席的民建聯李慧琼" (not a host's title, 主持人X).
_DESCRIBED_AS_CHAIR = re.compile(
    r"(?:(?:负责|代为)?主持(?:会议|讨论|议事|本次会议|该次会议)?"
    r"|(?:担任|出任)(?:会议)?(?:代|代理)?(?:主席|主持人?))(?:的|嘅)"
)
# How far into the clause after 的 the offices before the name are looked for, and the party
# that may stand first ("民建聯李慧琼", whatever follows the name: _PARTY, as in a list's items).
_DESCRIBED_OFFICES = 20
_PARTY_FIRST = re.compile(rf"{_PARTY}(?=[{_HAN}]{{2,3}})")


def chairs_described(blocks: Sequence[Block]) -> list[PersonRole]:
    """Those a clause describes as chairing the meeting, before their name and whatever they
    then did ("…要求主持會議的水資處代理處長黃俊峰道歉")."""
    found: list[PersonRole] = []
    for block in blocks:
        for match in _DESCRIBED_AS_CHAIR.finditer(block.norm):
            clause = re.split(r"[,、:。;!?]", block.norm[match.end() :], maxsplit=1)[0]
            described = _described_name(clause)
            if described is not None:
                name, office_end = described
                title = block.written(match.end(), match.end() + office_end)
                found.append(PersonRole(name, CHAIR, title))
    return found


def _described_name(clause: str) -> tuple[str, int] | None:
    """(name, where it starts) of the person ``clause`` opens with, after any offices and a
    party: the name is what follows the last office within the clause's first characters."""
    starts = [0, *(m.end() for m in _TITLES.finditer(clause[:_DESCRIBED_OFFICES]))]
    party = _PARTY_FIRST.match(clause)
    if party is not None:
        starts.append(party.end())
    for start in sorted(set(starts), reverse=True):
        head = clause[:start]
        if start and not (ends_in_office(head) or (party is not None and start == party.end())):
            continue
        name = name_at(clause, start) or _three_character_name(clause[start : start + 3])
        if name:
            return name, start
    return None


def _three_character_name(text: str) -> str | None:
    """``text`` as a three-character name whatever follows it ("羅智強相當不滿"): a chair's
    description has delimited where it starts."""
    if len(text) != 3 or text[-1] in _ENDS_A_CLAUSE_HEAD or not has_surname(text):
        return None
    if is_dictionary_word(text[:2]):
        return None  # "主持會議的權力來自…": the chair's power, a word
    return _name_or_none(text, titled=True)


_ACTING_END = re.compile(f"(?:{'|'.join(_ACTING)})$")
_PASSIVE_ALONE = re.compile(r"^(?:遭|被|经)$")
# "主席经民联梁美芬": the chairman's party may stand between the office and the name.
_PARTY_AHEAD = re.compile(
    rf"[{_HAN}]{{1,4}}?(?:党|联|派|阵线|力量|联会|工会|界)(?=[{_HAN}]{{2,3}}(?:[^{_HAN}]|先后|主持|宣布|决定|表示|则|在|于|让|以))"
)
# "主席", then any further offices of the same person ("主席、民进党立委").
# ("會議主席議長張建榮": an office may follow with no mark between)
_CHAIRMAN = re.compile(
    rf"(?<![副团])主席(?![团会])(?:、[^,、:。]{{0,12}}?(?:{_TITLES.pattern})|(?:{_TITLES.pattern}))*"
)
_ORG_NOISE = re.compile(r"^(?:包括|由|而|并由|新任|时任|今届|本届)")
_BODY_NOUN = re.compile(
    r"(?:委员会|立法会|立法院|区议会|议会|常委会|政治局|党组|主席团|院会|大会)$"
)
# What says which sitting of a body a meeting is, before its kind: "第二次", "首次", "特别".
SITTING_WORDS = (
    r"(?:第[\d一二三四五六七八九十百零]+(?:次|节|届)|首次|闭门|加长|特别|全体|紧急|例行|定期|临时)*"
)
_MEETING_NOUN = re.compile(
    # "香港立法會大會" is the 立法會's sitting; "財務委員會", "常委會" are bodies
    rf"{SITTING_WORDS}(?:会议|大会|(?<![员议法委协])会)$"
)


# Hong Kong's papers shorten the Legislative Council's committees: "內會主席李慧琼",
# "財委會主席陳健波" chair the 內務委員會 and the 財務委員會.
# (only as a name's start or after 立法會: "国内会议" holds no 內會)
_SHORT_COMMITTEES = re.compile(r"(?:^|(?<=立法会))(?:内委?会|财委会)|^立会")
_COMMITTEES_IN_FULL = {
    "内会": "内务委员会",
    "内委会": "内务委员会",
    "财委会": "财务委员会",
    "立会": "立法会",
}


def _in_full(name: str) -> str:
    return _SHORT_COMMITTEES.sub(lambda m: _COMMITTEES_IN_FULL[m[0]], name)


def _presides(org: str, meeting_name: str) -> bool:
    if org in ("", "会议"):
        return True
    org = _in_full(org)
    body = _MEETING_NOUN.sub("", re.sub(r"[「」『』“”]", "", _in_full(meeting_name)))
    org_noun, body_noun = _BODY_NOUN.search(org), _BODY_NOUN.search(body)
    if org in ("委员会", "该委员会") and body_noun is None and meeting_name.endswith("会议"):
        # a meeting named by its sitting alone ("特別會議", "第四次會議"): the committee whose
        # chairman the report names is the one sitting ("委員會主席葉劉淑儀表示"; not one
        # that holds an exchange session or a forum, whose chairman attends it)
        return True
    if org_noun is None or body_noun is None or org_noun.group() != body_noun.group():
        return False
    return _in_order(org, body)  # "专责委员会" in "立法会UGL专责调查委员会"


def name_at(text: str, start: int) -> str | None:
    """The name that starts at ``start`` of ``text`` (after a title), judged by what follows
    it: a verb, a connector, punctuation, a date or another title."""
    for length in (3, 2, 4):
        name = text[start : start + length]
        rest = text[start + length :]
        if len(name) < length or not _name_or_none(name) or not has_surname(name):
            continue
        if length == 3 and name[-1] in _ENDS_A_CLAUSE_HEAD:
            continue
        if not rest or _CONTINUATION.match(rest):
            return name
    return None


# (副, 代 or 署理 opens an office written after the name: "黃樂宜副局長", "李詩靈代局長")
_ENDS_A_CLAUSE_HEAD = frozenset("在于等和与及就对的说也还亦又会则并曾将先今昨副")
_CONTINUATION = re.compile(
    rf"[,、:。;!?()\s\d]|{_CHAIR_VERB}|{_ATTEND_VERB}|{_SPEAK_VERB}"
    rf"|(?:{'|'.join(_DEPUTY_OR_ACTING)})?(?:{_TITLES.pattern})"
    rf"|{_IN_TURN}|均|一同|共同|也|还|在|于|就|对|等|同志|和|与|及|会后|会前|会上|首先|则|又|随即"
    r"|上午|下午|今|昨|代表|围绕|发表|受访|引用|认为|邀请|证实|回应|称|指|宣布|决定|提出|透露|率|带领"
    r"|步入|走进|进入|来到|登上"  # "主席梁君彥步入會議廳": the chairman coming in
    # how, when: "會議主席議長張建榮突然要秘書長…", "委員會主席田北辰早前指" (今, 昨 above)
    r"|突然|随后|其后|当即|立即|再|更|早前|稍早"
    # what the chair does to the sitting: "主席梁君彥暫停會議", "代主席李慧琼…提醒議員"
    r"|暂停|中止|终止|裁定|裁决|裁示|提醒|要求|拒绝|批准|驳回|一度|多次|两度|三度|屡次"
)


def person_in(lead: str, *, listed: bool = False) -> str | None:
    """The person a clause head names ("市委副书记、市长龚正" -> 龚正), or ``None``.

    ``listed``: the head is one item of a list ("于绍良" in "A、B、C出席"), where the list's
    separators already delimit it, so a surname from the list is not required.
    """
    lead = _clean_lead(lead).rsplit("、", 1)[-1] if listed else _clean_lead(lead)
    people = _parse_part(lead, 0, untitled="any" if listed else "surname")
    return people[-1].name if people else None


def titled_name(text: str) -> tuple[str, str] | None:
    """(name, office) of a table's cell naming one person: "市长 黄敏惠" (the office, a space,
    the name) or a gazette's "游院长锡堃" (surname, office, given name); else ``None``."""
    words = text.split()
    if len(words) == 2 and ends_in_office(words[0]):
        name = _name_or_none(words[1])
        return (name, words[0]) if name and has_surname(name) else None
    split = _SPLIT_BY_OFFICE.fullmatch(text)
    if split is None or _VERBS.match(split["given"]):
        return None  # "王局長表示" is no 王表示
    if surname_length(split["surname"] + split["given"]) != len(split["surname"]):
        return None  # a compound surname ("歐陽議員儀雄") or a single one, whole
    return split.group("surname") + split.group("given"), split.group("office")


def ends_in_office(text: str) -> bool:
    """``text`` ends with an office ("民政局局长", "副市长")."""
    return before_office(text) is not None


def before_office(text: str) -> str | None:
    """What ``text`` holds before the office it ends with ("何秀兰" of "何秀兰议员", "" of
    "司长"), or ``None`` when it ends with none."""
    offices = list(_TITLES.finditer(text))
    if not offices or offices[-1].end() != len(text):
        return None
    return text[: offices[-1].start()]


_SPLIT_BY_OFFICE = re.compile(
    rf"(?P<surname>[{_HAN}]{{1,2}}?)(?P<office>副?(?:{_TITLES.pattern}))(?P<given>[{_HAN}]{{1,2}})"
)


def unique(names: Iterable[str]) -> list[str]:
    """Names in first-seen order, without repeats or blanks."""
    return [name for name in dict.fromkeys(names) if name]


# --- sentences and roles ---------------------------------------------------------------------


def _sentences(text: str) -> Iterator[tuple[int, str]]:
    for match in _SENTENCE.finditer(text):
        yield match.start(), match.group(0)


def _roles_in_sentence(
    block: Block,
    offset: int,
    sentence: str,
    aliases: dict[str, str] | None = None,
    titled: set[str] | None = None,
    meeting_name: str = "",
) -> list[PersonRole]:
    """The roles ``sentence`` gives; ``aliases`` (see surname_and_title_aliases) and the names
    ``titled`` before (see _named_before) stand for people named earlier; ``meeting_name``: the
    meeting reported (see _calls_another)."""
    # "李希近日出席…会并讲话": the recent day is the meeting's; blanked (same length, so the
    # offsets hold) where it stands before attending or chairing. Elsewhere ("骆惠宁日前批评…")
    # it dates words said before the meeting, and stays.
    sentence = _LATELY_BEFORE_ACT.sub(lambda m: " " * len(m.group(1)) + m.group(2), sentence)
    # the topics those taking turns spoke on, a list that may hold commas ("…及溫能漢分別就科學
    # 施政、…,以及青年就業等議題表達意見"): blanked, so the names stand right before the verb
    sentence = _TOPICS_IN_TURN.sub(lambda m: " " * len(m.group()), sentence)
    found: list[PersonRole] = []
    said = _words_said(sentence, 0)
    last_end = 0
    for match in _VERBS.finditer(sentence):
        role = match.lastgroup or ""
        head = sentence[: match.start()]
        # parallel acts, each with its subject: "理事長高開賢作了會務報告、財務部長吳漢疇作了
        # 財務報告": the second subject starts after the first act
        cut = last_end + 1 if last_end and sentence[last_end : last_end + 1] == "、" else 0
        last_end = match.end()
        if role == CHAIR and _calls_another(sentence, match, meeting_name):
            continue
        if said is not None and match.start() >= said.end():
            if not _SAYING.match(match.group(0)) or not _next_speaker(
                sentence, said.end(), match.start()
            ):
                continue  # what someone said: "丁薛祥指出,…习近平总书记在…大会上发表重要讲话"
            said = _words_said(sentence, match.end())  # the next speaker's words follow
        if _PAST_HEAD.search(head) or _PLANNED_HEAD.search(head) or _NEGATED_HEAD.search(head):
            continue
        if role == ATTENDEE and _DEMANDED_HEAD.search(head):
            continue
        if head.endswith("、"):
            continue  # "談想法、說舉措": the second of parallel verb phrases, no subject of its own
        if role == SPEAKER and _OFF_MEETING.search(head):
            found += [PersonRole(p.name, _OFF) for p in _subject(head)]
            continue
        if role == SPEAKER and match.group(0).startswith("说") and _MODAL_SAY.search(head):
            continue
        if role == SPEAKER and _MADE_ELSEWHERE.search(head) and not _HEARD_HERE.search(head):
            continue  # "省长郭树清所作的政府工作报告,总结…": a report named as a thing
        if role == SPEAKER and _LIST_END.search(head) and _DESCRIBES.match(sentence, match.end()):
            continue  # "A、B,以及提出議案的C": a list's last item described by its act
        under = _UNDER_THE_CHAIR.search(head) if role == CHAIR else None
        if under is not None and sentence.startswith(("下", "后"), match.end()):
            # "在主席蔡春生(的)主持下,代表輪番質詢": the chair is who it was held under; or
            # after whose act it went on: "在代表會主席胡中南宣布臨時會正式開議後,…"
            head, cut = head[: under.end("who")], under.start("who")
        subject = _convener(head) if match.group(0).startswith("召开") else _subject_from(head, cut)
        found += [
            PersonRole(person.name, role, block.written(*_shift(person.title_span, offset)))
            for person in subject
        ]
        if not subject and role == SPEAKER and found and _PRONOUN_CLAUSE.search(head):
            # "今臨時會由議長張建榮主持,他說,…": the pronoun is the person just named
            found.append(PersonRole(found[-1].name, SPEAKER))
            continue
        if not subject and aliases:
            found += _referred(head, role, aliases)
        if not subject and titled:
            found += _named_before(head, role, titled)
    found += _listed_after(block, offset, sentence)
    found += _speakers_including(block, offset, sentence)
    found += _listed_in(_EXPELLED, ATTENDEE, block, offset, sentence)
    found += _listed_in(_WHILE_SPEAKING, SPEAKER, block, offset, sentence)
    found += _listed_in(_QUESTIONED_BY, SPEAKER, block, offset, sentence)
    found += _heard_from(block, offset, sentence)
    found += _roll(block, offset, sentence)
    found += [PersonRole(name, _OFF) for name in _observers(sentence)]
    return found


# What the chair called together: "召集朝野黨團協商" -> 协商.
_CALLED = re.compile(rf"(?:召集|邀集)[^,。]{{0,12}}?(?P<kind>{_CALLED_KINDS})")


def _calls_another(sentence: str, verb: re.Match[str], meeting_name: str) -> bool:
    """``verb`` calls together a meeting of another kind than the one reported: "立法院長蘇嘉全
    昨天召集朝野協商" in a report of the sitting that followed it chaired the consultation."""
    called = _CALLED.match(sentence, verb.start())
    if called is None or not meeting_name:
        return False
    # a "會議" called is a sitting of a body ("召委陳雪生召集交通司法聯席會議", reported as
    # "立法院交通、司法委員會"): another kind only beside a consultation or a forum
    kinds = {"协商", "座谈"}
    if called["kind"] in kinds:
        return called["kind"] not in meeting_name
    return any(kind in meeting_name for kind in kinds)


def _words_said(sentence: str, start: int) -> re.Match[str] | None:
    """The first verb from ``start`` that introduces words said (see _SAYS_THAT), not one
    after a requirement or a topic (_AS_REQUIRED)."""
    return next(
        (
            m
            for m in _SAYS_THAT.finditer(sentence, start)
            if not _AS_REQUIRED.search(sentence[: m.start()])
        ),
        None,
    )


# Verbs of saying or asking proper: a new speaker's, after words said. (Other speaking verbs,
# 提出 and the like, are what the words report: "…,习近平主席郑重提出全球治理倡议".)
_SAYING = re.compile(_SAYING_OR_ASKING)

# How long a clause that is only its subject may be: a party or an office, then a name
# ("人民力量陈志全", "民建联议员陈克勤").
_SUBJECT_CLAUSE_MAX = 16


def _next_speaker(sentence: str, said_end: int, verb_start: int) -> bool:
    """After words said, a clause of its own whose head is only a person, then a verb of
    saying, is the next speaker ("郑若骅表示,「…」,人民力量陈志全追问", "…,陈克勤表示会向局方
    反映"), unless a quotation is still open around it."""
    words = sentence[said_end:verb_start]
    if words.count("「") > words.count("」") or words.count("“") > words.count("”"):
        return False
    comma = words.rfind(",")
    clause = words[comma + 1 :]
    if comma < 0 or not 2 <= len(clause) <= _SUBJECT_CLAUSE_MAX:
        return False
    people = _subject(clause)
    return bool(people) and clause.endswith(people[-1].name)


# The chair a sitting was held under, from 在 to the verb: "在主席蔡春生(的)主持下".
_UNDER_THE_CHAIR = re.compile(r"在(?P<who>[^,。在]{2,30}?)的?$")


def _subject_from(head: str, cut: int) -> list[_Person]:
    """The subject of ``head`` read from ``cut`` on (offsets still in ``head``)."""
    if not cut:
        return _subject(head)
    return [_Person(person.name, _shift(person.title_span, cut)) for person in _subject(head[cut:])]


def _convener(head: str) -> list[_Person]:
    """Who convened, in the clause of 召开 itself, and only a titled person: a body convenes
    too ("区政协召开…"), and a name in an earlier clause did something else ("…转达习近平总书记
    关心牵挂,随后在现场指挥部召开会议"; "…在致辭中指出,召開第二次聯席會議")."""
    cut = max(head.rfind(","), head.rfind(":")) + 1
    return [
        person for person in _subject_from(head, cut) if person.title_span[0] < person.title_span[1]
    ]


def surname_and_title_aliases(blocks: Sequence[Block]) -> dict[str, str]:
    """How a report refers back to a person it named with an office: "市长林佳龙" is then
    "林市长", "议长林士昌" is "林议长"; a party report calls "区领导谢坚钢" "坚钢同志", by his
    given name. Keys are surname + office, or the given name of a three-character name; one
    that would stand for two people (two 林 局长) is dropped."""
    aliases: dict[str, str] = {}
    ambiguous: set[str] = set()
    for block in blocks:
        for match in _TITLES.finditer(block.norm):
            name = name_at(block.norm, match.end()) or _name_ending_at(block.norm, match.start())
            if name is None or len(name) < 2:
                continue
            keys = [name[0] + match.group()]
            if len(name) == 3:
                keys.append(name[1:])
            for key in keys:
                if aliases.get(key, name) != name:
                    ambiguous.add(key)
                aliases[key] = name
    return {key: name for key, name in aliases.items() if key not in ambiguous}


def _name_ending_at(text: str, end: int) -> str | None:
    """A full name written before its office ("肯定楊文科縣長上任以來"): three characters from a
    common surname, the form reports use for a person they go on to call 楊縣長."""
    name = text[max(end - 3, 0) : end]
    if len(name) == 3 and has_surname(name) and _name_or_none(name, titled=True):
        return name
    return None


def _referred(head: str, role: str, aliases: dict[str, str]) -> list[PersonRole]:
    """ "林市长也表示": a surname and an office standing for a person named before;
    "坚钢同志指出": a given name and 同志."""
    given = _GIVEN_NAME_REFERENCE.search(head)
    if given is not None and given.group(1) in aliases:
        return [PersonRole(aliases[given.group(1)], role)]
    match = _SHORT_REFERENCE.search(_clean_lead(head, keep_start=True))
    if match is None or match.group(1) not in aliases:
        return []
    return [PersonRole(aliases[match.group(1)], role, match.group(1)[1:])]


def _named_before(head: str, role: str, titled: set[str]) -> list[PersonRole]:
    """ "陳其邁表示,…": the full name of a person the report gave an office before, alone ahead
    of the verb, though it holds a character names seldom do (其, 会, 可)."""
    clause = re.split(r"[,:\s]", _clean_lead(head, keep_start=True))[-1]
    return [PersonRole(clause, role)] if clause in titled else []


def _observers(sentence: str) -> list[str]:
    """ "旁听会议的苏嘉豪": someone in the public gallery, who does not speak at the meeting."""
    names = (name_at(sentence, m.end()) for m in re.finditer(r"旁听(?:会议)?的", sentence))
    return [name for name in names if name]


def _roll(block: Block, offset: int, sentence: str) -> list[PersonRole]:
    """An attendance roll ("列席委员:梁美芬(主席)、郭荣铿(副主席)、涂谨申"): every name on it
    attended. Offices in brackets after a name are the roll's notes and are dropped."""
    match = _ROLL.search(sentence)
    if match is None:
        return []
    names = _BRACKETED.sub("", match.group("list"))
    people = _parse_part(names, 0, untitled="any") or []
    return [PersonRole(person.name, ATTENDEE) for person in people]


def _listed_after(block: Block, offset: int, sentence: str) -> list[PersonRole]:
    found: list[PersonRole] = []
    matches = [m for m in _LISTED_AFTER.finditer(sentence)] + list(_INCLUDING.finditer(sentence))
    for match in matches:
        group = "list2" if "list2" in match.groupdict() and match.group("list2") else "list"
        for person in _listed_people(match.group(group), offset + match.start(group)):
            found.append(PersonRole(person.name, ATTENDEE, block.written(*person.title_span)))
    return found


def _listed_people(text: str, start: int) -> list[_Person]:
    """The people of a list that may run over commas, each part a title and a name ("出席会议的
    领导有市委常委、统战部部长沙海林,市经信委主任李耀新,…"), up to the first part naming nobody."""
    people: list[_Person] = []
    for part_start, part in _split_parts(text):
        parsed = (
            _parse_part(_clean_lead(part), start + part_start)
            or _mostly_titled(part, start + part_start)
            or _mostly_titled(_clean_lead(part), start + part_start, untitled="surname")
        )
        if not parsed:
            break
        people += parsed
    return people


# A long list of officials, each item an office and a name ("文化局馮天雲廳長、…"): a few items
# no rule reads ("治安警察局張艷嬋警司", a trailing "…代表等") cost the list only themselves when
# at least this many items are titled names, and this share of them.
_MOSTLY_ITEMS = 4
_MOSTLY_SHARE = 0.75


def _mostly_titled(part: str, offset: int, untitled: str = "none") -> list[_Person]:
    """The titled names of ``part`` read one item at a time, when most of its items are
    titled names (see _MOSTLY_ITEMS); [] otherwise. ``untitled`` "surname": a list of
    attendance, where a name alone with a common surname is a name too ("參加是次會議包括:潘志明、
    …、鄧應南、陳喜威等", 應 a character names seldom hold)."""
    people: list[_Person] = []
    items = _pieces(part, joined=False)
    for start, item in items:
        parsed = _parse_part(item, offset + start, untitled=untitled)
        if parsed is not None and len(parsed) == 1:
            people += parsed
    enough = len(people) >= _MOSTLY_ITEMS and len(people) >= _MOSTLY_SHARE * len(items)
    return people if enough else []


def _speakers_including(block: Block, offset: int, sentence: str) -> list[PersonRole]:
    found: list[PersonRole] = []
    matches = [*_SPEAKERS_INCLUDING.finditer(sentence), *_SPEAKERS_LISTED.finditer(sentence)]
    for match in matches:
        people = _parse_part(_clean_lead(match.group("list")), offset + match.start("list"))
        if people and match.end("list") == len(sentence):
            people += _list_goes_on(block.norm, offset + len(sentence))
        for person in people or []:
            found.append(PersonRole(person.name, SPEAKER, block.written(*person.title_span)))
    return found


# A list's next group, after a semicolon: "包括:民主黨胡志偉、林卓廷;公民黨楊岳橋、郭家麒;…".
_NEXT_GROUP = re.compile(r";(?P<list>[^;。!?\n,]+)")


def _list_goes_on(text: str, end: int) -> list[_Person]:
    """The people of the groups that go on with a list ending at ``end`` of ``text``, each
    after a semicolon and only names (its last item is a name), up to the first that is not."""
    people: list[_Person] = []
    while group := _NEXT_GROUP.match(text, end):
        written = group["list"]
        names = _ETC_GROUP.sub("", written.strip()).removesuffix("等")
        start = group.start("list") + len(written) - len(written.lstrip())
        parsed = _parse_part(names, start)
        if not parsed or not names.endswith(parsed[-1].name):
            break
        people += parsed
        end = group.end()
    return people


# The chair sends members out of the chamber: "並將議員陳淑莊及陳志全趕離會議廳". They were
# in the sitting until then.
_EXPELLED = re.compile(
    r"(?:将|把)(?P<list>[^,。将把]{2,40}?)(?:赶离|逐离|逐出|赶出|请离|驱逐离开|驱逐出)"
    r"(?:会议厅|会场|议事厅|议场)"
)


def _listed_in(
    pattern: re.Pattern[str], role: str, block: Block, offset: int, sentence: str
) -> list[PersonRole]:
    """The people of each match's ``list`` group, in ``role``."""
    found: list[PersonRole] = []
    for match in pattern.finditer(sentence):
        start = offset + match.start("list")
        for person in _parse_part(match.group("list"), start) or []:
            found.append(PersonRole(person.name, role, block.written(*person.title_span)))
    return found


# Those an interpellation was made by: "…定期大會今(5)日由市議員謝龍介、吳通龍、劉正昌進行市政
# 總質詢" (who was questioned goes to it: "縣長林姿妙上午到議會進行總質詢").
_QUESTIONED_BY = re.compile(r"由(?P<list>[^,。由]{2,40}?)(?:进行|展开|上台)[^,。]{0,4}?总质询")
# Someone's speech as the time of another's act: "毛孟靜在鄺俊宇發言期間,提出點算法定人數".
_WHILE_SPEAKING = re.compile(
    r"在(?P<list>[^,。在]{2,30}?)(?:发言|讲话|致辞|致词|质询|提问)(?:期间|之际|时)"
)


# A sitting hearing named people's reports: "会议听取了…秘书长刘春良关于…的汇报", "先后听取了
# A关于…的说明;B副秘书长关于…的说明", "…省长尹力向省人大常委会提出的任免案的说明". Each
# report's giver stands between the verb (or the report before) and its 关于 (or 向).
_HEARD_FROM = re.compile(r"(?:听取|聆听)(?:和审议|并审议)?了?")
_ABOUT_A_REPORT = re.compile(
    r"(?:关于|向[^,。;]{1,20}?(?:提出|提交|提请)的)[^。;]{1,100}?的(?:汇报|报告|说明|情况介绍)"
)
_GIVER_START = re.compile(r"[;,:]|以及|(?<![主副])和|还有")


def _heard_from(block: Block, offset: int, sentence: str) -> list[PersonRole]:
    heard = _HEARD_FROM.search(sentence)
    if heard is not None:
        start = heard.end()
    elif _HEARD_FROM.search(_sentence_so_far(block.norm, offset)):
        start = 0  # the list of reports goes on after a semicolon
    else:
        return []
    found: list[PersonRole] = []
    for report in _ABOUT_A_REPORT.finditer(sentence, start):
        giver = sentence[start : report.start()]
        starts = [match.end() for match in _GIVER_START.finditer(giver)]
        part_start = starts[-1] if starts else 0
        for person in _subject(giver[part_start:]):
            title = block.written(*_shift(person.title_span, offset + start + part_start))
            found.append(PersonRole(person.name, SPEAKER, title))
        start = report.end()
    return found


def _sentence_so_far(text: str, offset: int) -> str:
    """What ``text`` says before ``offset`` since its last full stop; the parts of one
    sentence that semicolons divide are read apart (see _SENTENCE)."""
    return (
        text[text.rfind("。", 0, offset) + 1 : offset] if text[offset - 1 : offset] == ";" else ""
    )


def _shift(span: tuple[int, int], offset: int) -> tuple[int, int]:
    return span[0] + offset, span[1] + offset


# Two holders of office acting together where they met: "国务院总理李强在杭州同俄罗斯总理
# 米舒斯京共同主持…", "丁薛祥1日在北京同…曼图罗夫共同主持": the place (and day) stand between
# the first and 同/与 the second.
_SCENE_BEFORE_PARTNER = re.compile(rf"(?:{DATE_PHRASE})?在[^,、的同与和]{{1,12}}?(?:同|与|和)")


def _partners_met_somewhere(head: str) -> list[_Person]:
    """The two partners of ``head``'s last part, when it names them so (else [])."""
    start = max(head.rfind(","), head.rfind(":")) + 1
    for scene in _SCENE_BEFORE_PARTNER.finditer(head, start):
        first = _parse_part(_clean_lead(head[start : scene.start()], keep_start=True), start)
        partner_start = scene.end()
        partner = _parse_part(_clean_lead(head[partner_start:], keep_start=True), partner_start)
        if (
            first
            and partner
            and all(person.title_span[0] < person.title_span[1] for person in (*first, *partner))
        ):
            return first + partner
    return []


def _after_relative_clause(text: str, start: int) -> list[_Person]:
    """A person described by a clause before 的, then named with an office or a party:
    "曾批評何君堯言論愚蠢的新民黨葉劉淑儀" is 葉劉淑儀 (the clause is no part of the name)."""
    cut = text.rfind("的") + 1
    if not cut or _OBJECT_CLAUSE.search(text[:cut]):
        return []
    people = _parse_part(text[cut:], start + cut) or []
    if len(people) == 1 and people[0].name == text[cut:] and _ONE_OF_THEM.search(text[:cut]):
        # "也是經濟委員會召委之一的黃昭順": the clause is the office
        return [_Person(people[0].name, (start, start + cut))]
    if len(people) != 1 or not start + cut == people[0].title_span[0] < people[0].title_span[1]:
        return []  # one person, an office or a party right after 的
    if people[0].name[-1] in _ADVERB_CHARS:
        return []  # "…的公民黨楊岳橋即回應": 即 is no part of the name
    return people


_ADVERB_CHARS = frozenset("即亦也则再又先便就才都均还随")
# One of the holders of an office, the clause before a name: "…召委之一的", "…委員之一的".
_ONE_OF_THEM = re.compile(rf"(?:{_TITLES.pattern})之一的$")


# A clause holding a preposition or a verb's object marker: the person after it is its object
# ("縣長特別向即將退休的黃杰男處長…表達感謝"), not the subject of the verb that follows.
_OBJECT_CLAUSE = re.compile(r"[向对为给在于与和跟同替把被让将]")


# A group, then its members: "建制派議員包括…", "民主派議員包括:…".
_GROUP_INCLUDING = re.compile(r"^[^,、:]{1,12}?(?:派|党|阵营|议员|委员|代表|成员)包括:?(?=.{2})")


def _subject(head: str) -> list[_Person]:
    """The people a verb's preceding words name, or [] when they name nobody."""
    partners = _partners_met_somewhere(head)
    if partners:
        return partners
    end = len(_clean_lead(head, keep_start=True))
    parts = _split_parts(head[:end])
    people: list[_Person] = []
    skipped = False  # a part naming a group or offices stood nearer the verb
    adverbial = False  # a part saying on whose behalf or about what stood nearer the verb
    for index, (start, part) in enumerate(reversed(parts)):
        text_start, text = _trimmed(part, start)
        text = _ETC_GROUP.sub("", _without_groups_after_etc(text))
        members = _GROUP_INCLUDING.match(text)
        if members is not None:
            # "建制派議員包括民建聯陳克勤、經民聯林健鋒…,均批評": the members are the subject
            text, text_start = text[members.end() :], text_start + members.end()
            part = part.replace(members.group(), "", 1)  # (the list is the part as it stands)
        if not text and index == 0:
            continue  # "A, 在会上质疑": the subject is in the part before
        if (_ON_BEHALF.fullmatch(text) or _ADVERBIAL_PART.match(part.strip())) and not people:
            # "邓颖超、…杨静仁,受中共中央委托,参加了座谈会", "王兆波、…许颖等市人大代表,
            # 围绕…等话题,踊跃发言": the subject is before
            adverbial = True
            continue
        if _CONTINUES_OBJECT.match(part.lstrip()) and not _names_before(parts, index):
            break  # "会议拒绝…范围,及工联会黄国健提出…": he is in what was refused
        # the agent after 由 is delimited by it and the verb: "由劉增應主持" (應 stands in names)
        by = part.lstrip().startswith("由") and len(text) <= _BY_NAME_MAX
        parsed = (
            _parse_part(text, text_start, delimited=by)
            or _mostly_titled(text, text_start)
            or _after_relative_clause(text, text_start)
        )
        if not parsed and not people and _SURNAME_AND_OFFICE.fullmatch(text) and has_surname(text):
            break  # "…的施政,劉縣長表示": a person named before (see _referred), not an office
        if not parsed and not people and (_GROUP.search(text) or _GROUP.search(part.strip())):
            skipped = True  # "谢双成、汪小玫,市法院负责人列席": the names are in the part before
            continue
        if not parsed and not people and _only_offices(text):
            skipped = True  # "…主席黄楚平,省委常委,…参加会议": every holder of an office, unnamed
            continue
        if not parsed or (people and not _distant_part_ok(parsed, text, part)):
            break
        listed = len(parsed) > 1  # 、 delimits each item: "成丽娟" starts with a surname
        if (
            adverbial
            and not people
            and not all(has_surname(p.name, delimited=listed) for p in parsed)
        ):
            break  # past a topic, only names: "…,谈想法、说举措,围绕…" are acts
        if skipped and not people and _VERBS.search(part):
            break  # "副区长王喜宾主持会议,区政府领导班子成员…参加": he did something else
        people = parsed + people
    return people


# A verb that introduces what was said, the words after it being its content.
_SAYS_THAT = re.compile(rf"(?:{_SAYING_WORDS}|{_DEMAND})[,:]")
# "按照…批示要求,组长张成中主持会议", "针对特朗普称,…一事,发言人…称": a requirement followed
# or a topic, not words said at the meeting.
_AS_REQUIRED = re.compile(r"(?:^|[,:])\s*(?:按照|根据|依照|遵照|遵循|针对|对于|关于)[^,:]*$")
# A clause between the subject and its verb saying on whose behalf or invitation it acted.
# How long the agent after 由 may be and still be read as delimited (one name, or a short list).
_BY_NAME_MAX = 12
_ON_BEHALF = re.compile(r"(?:受|应|经)[^,、]{1,20}?(?:委托|邀请|之邀|指派|委派)")
# A part that only says about what or on what ground: "围绕…等话题", "结合分管工作".
_ADVERBIAL_PART = re.compile(r"(?:围绕|结合|针对|聚焦|立足|就|对照|按照|根据)[^,]{2,}$")
# An organisation heading a person's offices, the first of a list of them; or government
# departments whose heads follow ("市教育局、市卫健委负责人高远、林静分别汇报").
_ORGANISATION = re.compile(
    rf"[{_HAN}]{{2,}}(?:联会|协会|基金会|商会|学会|委员会|公司|集团|大学|学院|中心|研究院"
    r"|局|厅|委|办|署)$"
)


def _heads_offices(
    piece: str, people: list[_Person], pending: tuple[int, int] | None, *, last: bool
) -> bool:
    """The first items of a list are organisations whose office follows in the next item."""
    if people or last:
        return False
    return bool(_ORGANISATION.search(piece)) and _name_or_none(piece) is None


_SURNAME_AND_OFFICE = re.compile(rf"[{_HAN}](?:{_TITLES.pattern})")


def _names_before(parts: list[tuple[int, str]], index: int) -> bool:
    """The part before the ``index``-th from the end names people: a connector after it goes
    on with the list ("…委员赵慕兰,以及尹卫东、严望佳…参加"), not with an object."""
    position = len(parts) - 2 - index
    if position < 0:
        return False
    start, part = parts[position]
    text_start, text = _trimmed(part, start)
    # (a group's members count: "建制派議員包括…郭偉強,以及何君堯等,均批評")
    if members := _GROUP_INCLUDING.match(text):
        text, text_start = text[members.end() :], text_start + members.end()
    return bool(_parse_part(text, text_start))


_AGENT_LEAD = re.compile(r"^[^,、:由]{0,16}?由")


def _distant_part_ok(parsed: list[_Person], text: str, part: str) -> bool:
    """A part further from the verb than the first needs stronger evidence: it is a list as
    it stands (no connector taken off) and every name in it starts with a known surname, or
    it is one office and one name, or a titled list of three or more ("副主任胡秀芳、赵昊、刘金曙、花震亚") where one name
    at most starts with a surname the list does not know."""
    if text not in (part.strip(), _AGENT_LEAD.sub("", part.strip(), count=1)):
        return False  # (the agent after 由 is delimited: "會議由廳長李麗萍、主席唐伊韻,以及…")
    unknown = sum(not _surely_a_name(person.name) for person in parsed)
    titled = parsed[0].title_span[0] != parsed[0].title_span[1]
    name = parsed[0].name
    if len(parsed) == 1 and titled and not (_WHEN_OR_WHERE_END.search(name) or _VERBS.search(name)):
        return True  # "县委副书记成宾,": an office then a name is the whole part
    return unknown == 0 or (titled and len(parsed) >= 3 and unknown == 1)


# "完成正副主席选举后,": a clause of time or place after an office, not a name; nor is a verb
# ("若立法会议员认为,").
_WHEN_OR_WHERE_END = re.compile(r"[后前时间中上下外内里]$")


def _surely_a_name(name: str) -> bool:
    """A common surname starts it, or it is a transliterated or minority name written with a
    middle dot ("雪克来提·扎克尔"), which nothing but a name is."""
    return has_surname(name) or is_dotted_name(name)


def _trimmed(part: str, start: int) -> tuple[int, str]:
    """A comma-separated part without its leading and trailing connectors, and its offset."""
    stripped = part.lstrip()
    start += len(part) - len(stripped)
    leading = _LEADING.match(stripped)
    if leading:
        start += leading.end()
        stripped = stripped[leading.end() :]
    return start, _clean_lead(stripped, keep_start=True)


def _split_parts(text: str) -> list[tuple[int, str]]:
    parts: list[tuple[int, str]] = []
    start = 0
    for match in _PARTS.finditer(text):
        parts.append((start, text[start : match.start()]))
        start = match.end()
    parts.append((start, text[start:]))
    return parts


def _clean_lead(lead: str, keep_start: bool = False) -> str:
    previous = None
    while previous != lead:
        previous = lead
        lead = _TRAILING.sub("", lead.rstrip())
    return lead if keep_start else _LEADING.sub("", lead.strip())


def _parse_part(
    text: str, offset: int, *, untitled: str = "surname", delimited: bool = False
) -> list[_Person] | None:
    """``text`` as a list of titled names, or ``None`` (see _parse_pieces). A 和/及/与 that
    splits it into no list may join words of a body instead ("香港大学社会工作及社会行政学系
    教授叶兆辉"): it is read again split at 、 only. ``delimited``: words before and after
    bound the text, so a name in it is read as one after an office would be."""
    if not text or len(text) > 600:
        return None
    pieces = _pieces(text)
    people = _parse_pieces(text, pieces, offset, untitled=untitled, delimited=delimited)
    if people is None and len(pieces) > len(unsplit := _pieces(text, joined=False)):
        people = _parse_pieces(text, unsplit, offset, untitled=untitled, delimited=delimited)
    return people


_NOTE_AFTER_NAME = re.compile(rf"(?<=[{_HAN}])\([^()]{{2,40}}\)$")


def _parse_pieces(
    text: str,
    pieces: list[tuple[int, str]],
    offset: int,
    *,
    untitled: str,
    delimited: bool = False,
) -> list[_Person] | None:
    """``text`` as a list of titled names ("中共中央政治局常委赵乐际、王沪宁"), or ``None``.

    Items are split at 、 (and at 和/及/与 after a name); an item that is only a title
    ("中共中央政治局常委") heads the next; an item after a titled name takes the same title.
    ``untitled``: what an untitled lone name needs — "surname" (a common surname), "any" (it was
    already delimited as a list item), "none" (untitled names are refused).
    """
    people: list[_Person] = []
    pending_title: tuple[int, int] | None = None
    shared: tuple[int, int] | None = None
    bodies_only = False  # the list so far names organisations only
    for start, piece in pieces:
        # who a person is besides, in brackets after the name: "合作區協作聯網主席唐伊韻
        # (橫琴澳門新街坊家庭社區服務中心主任)"
        piece = _NOTE_AFTER_NAME.sub("", piece)
        if people and _HEAD_COUNT.search(piece):
            continue  # "党组成员吴国建以及委员共28人": the count includes those named
        if people and _MEMBERS.search(piece):
            continue  # "副議長李曉鐘與議員們均踴躍出席": the members go unnamed
        titles = list(_TITLES.finditer(piece))
        affiliated = _affiliation(piece)
        if titles and affiliated and affiliated.end("org") >= titles[-1].end():
            titles = []  # an office's word inside a party's name: "議員陣線朱凱迪"
        if titles and titles[-1].end() == len(piece):
            trailing = _trailing_title_name(piece, titles)
            if trailing is not None:
                name, span = trailing[0], _shift(trailing[1], offset + start)
                if pending_title is not None:  # "委員會代主席、社會工作局黃艷梅局長": both hers
                    span, pending_title = (pending_title[0], span[1]), None
                people.append(_Person(name, span))
                continue
            head = pending_title[0] if pending_title else offset + start
            pending_title = (head, offset + start + len(piece))
            continue
        if titles and len(pieces) == 1 and (gazette := _gazette_name(piece)) is not None:
            # a gazette's form, the office between surname and given name: "請邱委員文彥質詢"
            # is 邱文彥's turn, not one 文彥's
            people.append(_Person(gazette, (offset + start, offset + start + len(piece))))
            continue
        if titles:
            office_end = titles[-1].end()
            if piece.startswith((")", "」"), office_end):
                # the office's other name in brackets: "副校长(副院长)谢春涛"; an office in
                # quotes, a camp's name for it: "建制派「班長」廖長江"
                office_end += 1
            elif constituency := _BRACKETED.match(piece, office_end):
                office_end = constituency.end()  # "立法會議員(飲食界)梁進": part of the office
            titled = _name_or_none(piece[office_end:].removeprefix("的"), titled=True)
            if titled is not None and len(pieces) == 1 and not _plausible_after_office(titled):
                titled = None  # alone; in a list ("副主席咸辉、王东峰…") the list delimits it
            if titled is None or _COUNTED.search(piece[: titles[-1].start()]):
                return None
            head = pending_title[0] if pending_title else offset + start
            shared, pending_title = (head, offset + start + office_end), None
            people.append(_Person(titled, shared))
            continue
        if people and _GROUP.search(piece):
            continue  # "何燕梅及四方税务官员": the list goes on with people it does not name
        if affiliated and _affiliated_name(affiliated["name"]):
            head = pending_title[0] if pending_title else offset + start
            span, pending_title = (head, offset + start + affiliated.end("org")), None
            shared = span
            people.append(_Person(affiliated["name"], span))
            continue
        if _heads_offices(piece, people, pending_title, last=start + len(piece) >= len(text)):
            head = pending_title[0] if pending_title else offset + start
            pending_title = (head, offset + start + len(piece))
            bodies_only = True  # until an office follows them
            continue  # "四川民盟新聯會、澜之…基金会驻上海办事处负责人周煜棠": both his
        courtesy = _name_before_office(piece)
        if courtesy is not None:  # "林翠倩女士"
            people.append(_Person(courtesy[0], _shift(courtesy[1], offset + start)))
            continue
        if len(pieces) > 1 and _LATIN_NAME.fullmatch(piece):
            people.append(_Person(piece, shared or (offset + start, offset + start)))
            continue  # "…、André Duarte Xavier Sales Ritchie、…": Macao's Portuguese names
        # an item after a titled name shares its office, which delimits it as well
        bare = _name_or_none(piece, titled=shared is not None or delimited)
        if bare is None or (
            len(bare) == 4 and len(pieces) == 1 and untitled != "any" and not _two_surnames(bare)
        ):
            return None  # a lone four characters are a word ("胡塞武装"), not a name
        if bodies_only and not people:
            return None  # "区监委、区法院", "各办局、直属单位": bodies, no office named after them
        if pending_title is not None:
            shared, pending_title = pending_title, None
        people.append(_Person(bare, shared or (offset + start, offset + start)))
    if pending_title is not None and not (
        people and _ends_in_holders(pieces, pending_title, people)
    ):
        return None  # a list ending in a title names nobody after it, unless a group of people
    if not people:
        return None
    return people if _bare_allowed(people, untitled) else None


# What follows an office in a gazette's name is its given name, not a word of place or agent
# ("邱議長於…表示": at, no given name).
_NOT_A_GIVEN_NAME = re.compile(r"[于在从为与和及向以对将把被由]")


def _gazette_name(piece: str) -> str | None:
    """The name of a list's item written in a gazette's form, the office inside it ("陳副議長
    宏宗"), else ``None`` (not a table's cell, "市长 黄敏惠", which a list's item is not)."""
    gazette = None if re.search(r"\s", piece) else titled_name(piece)
    if gazette is None or _NOT_A_GIVEN_NAME.match(gazette[0], 1):
        return None
    return gazette[0] if _name_or_none(gazette[0], titled=True) else None


def _ends_in_holders(
    pieces: list[tuple[int, str]], pending: tuple[int, int], people: list[_Person]
) -> bool:
    """The list's last item names a group ("…等有关负责人") or, as an item of its own after
    titled names, the holders of an office ("市委副书记刘中会和市委常委出席": the standing
    committee members; "英国、巴西…等数十个成员" are no titled people)."""
    last = pieces[-1][1]
    if _GROUP.search(last):
        return True
    own_item = pending[1] - pending[0] == len(last)
    titled = any(person.title_span[0] != person.title_span[1] for person in people)
    return own_item and titled and len(pieces) > 1 and _only_offices(last)


def _bare_allowed(people: list[_Person], untitled: str) -> bool:
    if any(person.title_span[0] != person.title_span[1] for person in people):
        return True
    if untitled == "none":
        return False
    if untitled != "any" and len(people) > 1:
        # a list of words, not of names: "来自建筑、工业、农业、旅游、医药等行业的…代表"
        return 2 * sum(_surely_a_name(person.name) for person in people) > len(people)
    return untitled == "any" or has_surname(people[0].name)


def _pieces(text: str, *, joined: bool = True) -> list[tuple[int, str]]:
    """Items of a list: split at 、; at 和/及/与/同 only after a name ("李强和蔡奇",
    "丁薛祥同颜金勇"), since those words also join offices ("中央和国家机关工委书记").
    ``joined=False``: split at 、 only."""
    pieces: list[tuple[int, str]] = []
    start = 0
    for match in _LIST_SPLIT.finditer(text):
        left = text[start : match.start()]
        if not _starts_an_item(text, left, match, joined=joined):
            continue
        if left:
            pieces.append((start, left))
        start = match.end()
    if start < len(text):
        pieces.append((start, text[start:]))
    return pieces


def _starts_an_item(text: str, left: str, joiner: re.Match[str], *, joined: bool) -> bool:
    """The list's separator ``joiner`` after ``left`` starts its next item (see _pieces)."""
    if joiner.group(0) == "、":
        return True
    if not joined or not _is_name_item(left):
        return False
    # (after an office and its holder, 及 starts the next: "…局長黎永亮及民航局局長潘華健")
    if joiner.group(0) == "及" and not _TITLES.search(left) and _joins_a_body(text, joiner.end()):
        return False
    # a common word before it is a body's first words: "商務及經濟發展局局長邱騰華"
    next_item = text[joiner.end() :].split("、", 1)[0]
    return not (is_dictionary_word(left) and _TITLES.search(next_item))


def _joins_a_body(text: str, end: int) -> bool:
    """A few words after 及 end a body's name before an office ("勞工及福利局局長", Hong
    Kong's bureaux): 及 joins the body's words, whatever the word before it looks like. (A
    whole body of its own after it, "…及中央办公厅主任王三", is longer.)"""
    item = text[end:].split("、", 1)[0]
    title = _TITLES.search(item)
    return title is not None and bool(_BODY_TAIL.fullmatch(item[: title.start()]))


_BODY_TAIL = re.compile(rf"[{_HAN}]{{1,3}}[局署部厅委办处司]")


def _is_name_item(item: str) -> bool:
    titles = list(_TITLES.finditer(item))
    rest = item[titles[-1].end() :] if titles else item
    named = _name_or_none(rest, titled=bool(titles)) is not None
    if named and (bool(titles) or has_surname(rest)):
        return True
    affiliated = _affiliation(item)  # "民建聯的賴嘉汶和…"
    return bool(affiliated and _affiliated_name(affiliated["name"])) or bool(
        _name_before_office(item)
    )


# Macao's press releases write the office after the name, the body before it:
# "社工局區志強副局長", "澳門仁慈堂盧茜儀秘書長", "林翠倩女士", "社委會黃艷梅代主席".
_OFFICE_AFTER = re.compile(
    rf"(?:代|署理|常务|副|总|首席|高级|中央|执行|名誉)*(?:{_TITLES.pattern}|理事|干事|顾问)"
)


def _name_before_office(piece: str) -> tuple[str, tuple[int, int]] | None:
    """(name, span of its title) of an item written body, name, office: 2-3 characters with a
    common surname after a body's name and before an office ("社工局區志強副局長"), or a name
    and a courtesy title ("林翠倩女士"). The title is the body before the name, else the
    courtesy title."""
    courtesy = _COURTESY.fullmatch(piece)
    if courtesy is not None and has_surname(piece) and _name_or_none(courtesy["name"]):
        return courtesy["name"], (courtesy.end("name"), len(piece))
    described = _DESCRIBED_COURTESY.fullmatch(piece)
    if (
        described is not None
        and has_surname(described["name"])
        and _name_or_none(described["name"])
    ):
        # what one is, then the name and a courtesy title: "本縣藝術家吳飛達先生"
        return described["name"], (0, described.start("name"))
    for start in range(1, len(piece) - 2):
        if piece[start - 1] not in _BODY_ENDS:
            continue
        for length in (3, 2):
            name, rest = piece[start : start + length], piece[start + length :]
            if not rest or not _OFFICE_AFTER.match(rest) or _BODY_WORD_CHARS.intersection(name):
                continue
            if has_surname(name) and _name_or_none(name):
                return name, (0, start)
    return None


# A name in Latin letters, two to six capitalised words, as a list item.
_LATIN_NAME = re.compile(r"[A-Z][a-zà-ÿ'-]+(?: (?:[A-Z][a-zà-ÿ'-]+|da|de|do|dos|das|e)){1,5}")
_COURTESY = re.compile(rf"(?P<name>[{_HAN}]{{2,3}})(?:女士|先生)")
_DESCRIBED_COURTESY = re.compile(
    rf"[{_HAN}]{{0,8}}?(?:家|员|师|{_TITLES.pattern})(?P<name>[{_HAN}]{{2,3}})(?:女士|先生|博士)"
)
# The last character of a body's name ("社工局", "澳門仁慈堂", "母親會", "社會保障基金", "澳門明愛").
_BODY_ENDS = frozenset("局会院署处金部厅所堂团办司组室心府协校行社爱")
# Characters of bodies and offices rather than of names ("市政府党组成员": 党组 is no name).
_BODY_WORD_CHARS = frozenset("组团员委会党界副总局部处厅署务")


def _trailing_title_name(
    piece: str, titles: list[re.Match[str]]
) -> tuple[str, tuple[int, int]] | None:
    """ "赵乐际委员长" -> (赵乐际, span of 委员长): a name followed by its title. The name starts
    the item: between two offices ("区政府领导班子成员") stands a word, not a name."""
    if len(titles) > 1:
        return _name_between_offices(piece, titles) or _name_before_office(piece)
    last = titles[-1]
    office_start = last.start()
    acting = next((word for word in _DEPUTY_OR_ACTING if piece[:office_start].endswith(word)), "")
    office_start -= len(acting)  # a deputy, or acting: "黃樂宜副局長", "李詩靈代局長"
    # (the office after it delimits the name as one before it does, "劉玉應代表", unless what
    # stands before the office is a body's: "母親會代表", "支聯會代表")
    before = piece[:office_start]
    name = _name_or_none(before, titled=not _BODY_WORD_CHARS.intersection(before))
    if name is None or not has_surname(name) or len(name) > 3:
        return _name_before_office(piece)
    return name, (office_start, last.end())


def _name_between_offices(
    piece: str, titles: list[re.Match[str]]
) -> tuple[str, tuple[int, int]] | None:
    """ "召集人郭信良議長" -> (郭信良, span of 召集人): offices only, then a name, then its office
    again, as Taiwan's councils write a convener who is also the speaker. A body may head the
    first office when a member's title closes the name ("立法會主席梁君彥議員")."""
    before, last = titles[-2], titles[-1]
    member = last.group() in _MEMBER_TITLES and last.end() == len(piece)
    if not (_ONLY_OFFICES.fullmatch(piece[: before.end()]) or member):
        return None
    name = _name_or_none(piece[before.end() : last.start()])
    if name is None or not has_surname(name) or len(name) > 3:
        return None
    return name, (0, before.end())


_ONLY_OFFICES = re.compile(rf"(?:{_OFFICE_AFTER.pattern})+")
# Titles that close a name after a body's office ("立法會主席梁君彥議員"), a member's or an
# academic's: "創新科技及工業局局長孫東教授" (孫東, not the double surname 長孫).
_MEMBER_TITLES = frozenset({"议员", "立委", "委员", "议长", "代表", "教授"})


def turn_speaker(label: str) -> PersonRole | None:
    """Who a transcript's turn label names ("何啟明議員", "立法會主席梁君彥議員"), as a speaker,
    or as the chair when the label gives the chairman's office; ``None`` for an office alone
    ("行政長官") or no name."""
    split = titled_name(label)  # a gazette's "陳議員明建": surname, office, given name
    if split is not None:
        return PersonRole(split[0], CHAIR if _CHAIRMAN.search(label) else SPEAKER, split[1])
    people = _parse_part(label, 0, untitled="none")
    if people is None or len(people) != 1:
        return None
    person = people[0]
    title = label[person.title_span[0] : person.title_span[1]]
    return PersonRole(person.name, CHAIR if _CHAIRMAN.search(label) else SPEAKER, title)


def _name_or_none(text: str, *, titled: bool = False) -> str | None:
    """``text`` if it can be a person's name. ``titled``: it follows an office, which
    delimits it, so a character that is mostly a function word may stand where names hold
    it (see _function_chars_ok)."""
    if not _NAME.fullmatch(text) or text in _NEVER_NAMES or _ENDS_IN_A_DAY.search(text):
        return None
    if _ORDINAL.match(text):
        return None  # "議員第二輪發言": a turn, not a name
    if _OFFICE_OR_UNIT.search(text) or is_short_body_name(text):  # "高新区", "区政协"
        return None  # "…分管领导、联络员", "成员单位": a post or a unit, not a name
    if _ROLE_WORD.search(text):
        return None  # "社会人士列席与发言": the act of those with the office, not a name
    if before_office(text) == "":
        return None  # an office alone ("社會文化司司長代表": 司 stands for a surname too)
    if _TRAILING.match(text[:2]):
        return None  # an adverb and a verb after an office: "建制派議員紛紛起哄", "…一度站立"
    # (a transliterated name written with its middle dot is one whatever it holds:
    # "阿不来提·阿不都热西提")
    if (
        _NOT_IN_NAMES.intersection(text)
        and not is_dotted_name(text)
        and not (titled and _function_chars_ok(text))
    ):
        return None
    return text


_TOPICS_IN_TURN = re.compile(
    "(?:" + "|".join(f"(?<={word})" for word in _IN_TURN.split("|")) + ")"
    r"就[^。;]{1,200}?等?(?:议题|问题|方面|事项|话题|领域)"
    r"(?=[^,。]{0,4}?(?:表达|提出|发表|发言|作|谈))"
)
_LATELY_BEFORE_ACT = re.compile(r"(近日|日前|近期)(出席|主持|参加)")
# A role's own words, which no name holds; nor a word of saying or asking (of two characters:
# 说, 称 stand in names), which a surname standing for someone named before runs into ("田質疑",
# "王答詢時表示": 田, 王 are no names of their own).
_ROLE_WORD = re.compile(
    "|".join(
        [
            *("出席", "列席", "主持", "参加", "发言", "讲话", "致辞", "答询", "补充"),
            "记者",  # those who asked outside: "李家超…今日被議員及記者追問時"
            *("聆听", "倾听"),  # listening: "謝司長及相關部門代表仔細聆聽並逐一回應"
            "报告",  # the report, not its giver: "…定期會下午舉行市長施政報告"
            *(word for word in _SAYING_OR_ASKING.split("|") if len(word) > 1),
        ]
    )
)
_ORDINAL = re.compile(r"第[一二三四五六七八九十百两\d]")
# Words that follow an office the way a name does ("有关领导同志以及…委员出席").
# (and Taiwan's camps, by their colours: "藍營籲延至8月2日", 藍 and 白 being surnames too)
_NEVER_NAMES = frozenset({"同志", "先生", "女士", "小姐", "蓝营", "绿营", "白营", "橘营"})
# Posts, units and places that end like a name would: "联络员", "成员单位", "高新区", "路政署".
# (or a court or procuratorate: "副區長陳育群及區法院、檢察院主要負責人列席")
_OFFICE_OR_UNIT = re.compile(r"[^成]员$|单位$|[区县署局]$|(?:法|检察)院$")
# "美国副总统万斯近日在…发言": a day word after a short name is no part of it.
_ENDS_IN_A_DAY = re.compile(r"(?:近日|日前|近期|今日|昨日)$")
# A surname that is also a word ("省委书记应勇主持" but "书记应当带头"): the name unless the next
# character makes the word.
_SURNAME_WORDS = {"应": frozenset("当该邀对急用有予在按以将把及是为从届")}
# Characters of many given names that are function words elsewhere ("秘书长李会昌出席",
# "区长顾其斌主持", "局长王可欣", "縣長劉增應主持").
_GIVEN_NAME_CHARS = frozenset("会其可应")


def _affiliation(piece: str) -> re.Match[str] | None:
    """A party or camp, then a name (see _AFFILIATION)."""
    affiliated = _AFFILIATION.match(piece)
    if affiliated is None and (married := _AFFILIATION_MARRIED.match(piece)):
        return married if _two_surnames(married["name"]) else None
    return affiliated


def _affiliated_name(name: str) -> bool:
    return has_surname(name) and _name_or_none(name) is not None


def _two_surnames(name: str) -> bool:
    """Hong Kong's married names put the husband's surname before one's own: "林郑月娥",
    "叶刘淑仪". Four characters whose first two are both surnames read as such a name."""
    return has_surname(name[0]) and has_surname(name[1])


def _plausible_after_office(name: str) -> bool:
    """A two-character name after an office starts with a surname ("議員接掣發言" is the act of
    pressing the button, two characters that make a word); longer ones are often
    transliterations ("主任卡塞亚表示") and are let through, unless they end as a clause of time
    does ("經議員討論後,": after the members' discussion) or start as an adverb or a modal
    does ("民主派議員均積極發言", "委員或黨團提出", "有議員蓄意拉布"), or a numeral does: a
    bill's reading, not a name ("多名民主派議員二讀辯論發言"), or a word does."""
    if has_surname(name, delimited=True):
        return True
    if len(name) == 2 or name[0] in _ADVERB_OR_MODAL or name[0] in _NUMERALS:
        return False
    if not has_surname(name) and is_dictionary_word(name[:2]):
        return False  # a clause's words, not sounds: "國民黨議員群起拱侯"
    return has_surname(name) or not _WHEN_OR_WHERE_END.search(name)


# What starts a clause after its subject, and no transliterated name.
_ADVERB_OR_MODAL = frozenset("均未或蓄有都皆仍已曾亦也必须需能将要可")
_NUMERALS = frozenset("一二三四五六七八九十两首")


def _function_chars_ok(name: str) -> bool:
    """A titled name holding a character of _NOT_IN_NAMES: a surname that is also a word, not
    followed by what makes the word, or a given name's character after a common surname."""
    surname, given = name[0], name[1:]
    if surname in _SURNAME_WORDS:
        if len(name) > 3 or given[0] in _SURNAME_WORDS[surname]:
            return False
    elif _NOT_IN_NAMES.intersection(surname) or not has_surname(name) or len(name) != 3:
        return False
    return not (_NOT_IN_NAMES.intersection(given) - _GIVEN_NAME_CHARS)


def _without_groups_after_etc(text: str) -> str:
    """``text`` without the groups that follow the one its names close with ("张希、…郑名扬等
    26位专家学者、省政府参事结合…": the experts are named, the advisers are not): only the
    names' own group, which _ETC_GROUP takes off, is left."""
    for etc in re.finditer("等", text):
        first, *rest = text[etc.start() :].split("、")
        if (
            rest
            and _ETC_GROUP.fullmatch(first)
            and all(_only_offices(item) or _GROUP.search(item) for item in rest)
        ):
            return text[: etc.start()] + first
    return text


def _only_offices(text: str) -> bool:
    """A part naming offices and no one ("省委常委", "省人大常委会副主任"): it ends in an office
    and parses as no list of names."""
    titles = list(_TITLES.finditer(text))
    return bool(titles) and titles[-1].end() == len(text) and _parse_part(text, 0) is None


def _headline_roles(headline: Block, known: set[str]) -> list[PersonRole]:
    """Roles from a title, where names may run together ("李强蔡奇出席"): a subject that is
    not a list of names is split into names the body gives."""
    found: list[PersonRole] = []
    for part in re.split(r"[\s,]+", headline.norm):
        for match in _VERBS.finditer(part):
            role = match.lastgroup or ""
            head = part[: match.start()]
            run_together = _split_known(_clean_lead(head), known)
            if len(run_together) > 1:
                found += [PersonRole(name, role) for name in run_together]
            else:
                found += [PersonRole(p.name, role) for p in _subject(head)]
            break
    return found


def _split_known(text: str, known: set[str]) -> list[str]:
    """``text`` as a run of ``known`` names ("赵乐际王沪宁" -> [赵乐际, 王沪宁]), else []."""
    if not text:
        return []
    for name in sorted(known, key=len, reverse=True):
        if text.startswith(name):
            rest = _split_known(text[len(name) :], known)
            if rest or len(name) == len(text):
                return [name, *rest]
    return []


# An office is written within one sentence, after any headline or dateline before it:
# "…审议通过《…条例(草案)》新华社北京11月27日电 国务院总理" is "国务院总理".
_BEFORE_THE_OFFICE = re.compile(r"[。!?！？\s]|\d{1,2}日[电電]|[电電]》")
_OPENING_MARKS = ")）】」』,，、:："


def _office_alone_written(title: str) -> str:
    return _BEFORE_THE_OFFICE.split(title)[-1].lstrip(_OPENING_MARKS)


def _first_each(found: list[PersonRole]) -> list[PersonRole]:
    seen: dict[tuple[str, str], PersonRole] = {}
    for person in found:
        person = dataclasses.replace(person, title=_office_alone_written(person.title))
        key = (person.name, person.role)
        if key not in seen or (not seen[key].title and person.title):
            seen[key] = person if key not in seen else PersonRole(*key, person.title)
    return list(seen.values())
