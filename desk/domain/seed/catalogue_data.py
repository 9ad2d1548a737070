"""The demo hall's 事项库 data: thirteen items of a 街道便民服务中心 (see demo_catalogue).

The texts follow the public 服务指南 of street offices: legal basis, conditions,
materials, procedure, time limits and fees. Each entry names the post keywords it is
placed by, in order of preference.
"""

from __future__ import annotations

from desk.domain.catalogue.views import ItemContent, MaterialSpec, RefusalReasonSpec
from desk.domain.common.codes import MaterialForm, MatterKind

ORIG, C, B = MaterialForm.ORIGINAL, MaterialForm.COPY, MaterialForm.BOTH
HOURS = "工作日 上午8:30—12:00，下午14:30—17:30（法定节假日除外）"
FREE = "不收费"


def M(name: str, form: MaterialForm = C, copies: int = 1, note: str = "") -> MaterialSpec:  # noqa: N802
    """A required material."""
    return MaterialSpec(name=name, form=form, copies=copies, required=True, note=note)


def W(name: str, form: MaterialForm = C, copies: int = 1, note: str = "") -> MaterialSpec:  # noqa: N802
    """A material needed only in the situation the note names (视情况)."""
    return MaterialSpec(name=name, form=form, copies=copies, required=False, note=note)


def R(reason: str, basis: str) -> RefusalReasonSpec:  # noqa: N802
    return RefusalReasonSpec(reason=reason, basis=basis)


ID_CARD = "申请人居民身份证"
HUKOU = "居民户口簿"

# (post keywords in order of preference, content without department/post)
DEMO_ITEMS: list[tuple[tuple[str, ...], ItemContent]] = [
    (
        ("民政", "救助"),
        ItemContent(
            code="MZ001",
            name="最低生活保障申请",
            aliases="低保申请；申请低保",
            kind=MatterKind.PROMISED,
            promised_days=30,
            legal_basis="《社会救助暂行办法》（国务院令第649号）第九条至第十三条；\n"
            "《最低生活保障审核确认办法》（民发〔2021〕57号）第二章、第三章。",
            conditions="1. 申请人具有本街道常住户籍；\n"
            "2. 共同生活的家庭成员人均月收入低于当地最低生活保障标准；\n"
            "3. 家庭财产状况符合当地有关规定（无高档车辆、无多套住房、存款不超过规定限额）。",
            procedure="1. 申请：由一名共同生活的家庭成员向户籍所在地街道提出书面申请；\n"
            "2. 受理：窗口当场审查材料，齐全的予以受理，不齐全的一次性告知需补正的材料；\n"
            "3. 核查：街道会同社区入户调查，并通过居民家庭经济状况核对系统核对；\n"
            "4. 公示：调查结果在社区公示7天；\n"
            "5. 审核确认：街道自受理之日起30个工作日内作出审核确认决定，不符合条件的书面告知理由。",
            fees=FREE,
            prerequisites="无",
            consult_phone="0571-88880001",
            complaint_phone="12345",
            materials=(
                M("最低生活保障申请书", ORIG, 1, "由申请人本人签字"),
                M(HUKOU, B, 1, "户主页及全部家庭成员页"),
                M("共同生活家庭成员居民身份证", B, 1),
                M("家庭经济状况核对授权书", ORIG, 1, "全部成年家庭成员签字"),
                M("家庭收入及财产状况申报表", ORIG, 1),
                W("残疾人证或重大疾病诊断证明", C, 1, "家庭成员有重残、重病的提供"),
                W("离婚证及离婚协议书或法院判决书", C, 1, "离异的提供"),
                W("在校学生学籍证明", ORIG, 1, "有在读学生的提供"),
            ),
            refusal_reasons=(
                R(
                    "申请人户籍不在本街道",
                    "《最低生活保障审核确认办法》第八条：申请最低生活保障应当"
                    "向户籍所在地的乡镇人民政府（街道办事处）提出。",
                ),
                R("家庭人均收入高于当地最低生活保障标准", "《社会救助暂行办法》第九条。"),
                R("申请人拒绝配合家庭经济状况调查核对", "《最低生活保障审核确认办法》第十九条。"),
            ),
        ),
    ),
    (
        ("民政", "救助"),
        ItemContent(
            code="MZ002",
            name="临时救助申请",
            aliases="临时救助",
            kind=MatterKind.PROMISED,
            promised_days=10,
            legal_basis="《社会救助暂行办法》（国务院令第649号）第四十七条至第五十一条；\n"
            "《国务院关于全面建立临时救助制度的通知》（国发〔2014〕47号）。",
            conditions="因火灾、交通事故等意外事件，家庭成员突发重大疾病等原因，导致基本生活暂时"
            "出现严重困难的家庭或个人；情况紧急的，可先行救助、后补手续。",
            procedure="1. 申请：向户籍所在地或经常居住地街道提出申请；\n"
            "2. 受理审核：窗口受理，社区入户核实；\n"
            "3. 审批：街道在10个工作日内作出审批决定；\n"
            "4. 发放：救助金通过社会化方式发放到申请人账户。",
            fees=FREE,
            prerequisites="无",
            consult_phone="0571-88880001",
            complaint_phone="12345",
            materials=(
                M("临时救助申请书", ORIG, 1, "写明遭遇困难的原因和经过"),
                M(ID_CARD, B, 1),
                M(HUKOU, C, 1),
                M("家庭经济状况核对授权书", ORIG, 1),
                W("医疗费用发票及出院小结", C, 1, "因病申请的提供"),
                W("火灾、交通事故等事故证明", C, 1, "因意外事件申请的提供"),
                W("居住证", B, 1, "在经常居住地申请的非本地户籍人员提供"),
            ),
            refusal_reasons=(
                R("困难已由其他社会救助或保险完全解决", "《社会救助暂行办法》第四十七条。"),
                R("申请人隐瞒家庭收入、财产状况", "《社会救助暂行办法》第六十八条。"),
            ),
        ),
    ),
    (
        ("医疗", "医保", "社保"),
        ItemContent(
            code="YB001",
            name="城乡居民基本医疗保险参保登记",
            aliases="居民医保参保；医保登记",
            kind=MatterKind.INSTANT,
            promised_days=0,
            legal_basis="《中华人民共和国社会保险法》第二十五条；\n"
            "《国务院关于整合城乡居民基本医疗保险制度的意见》（国发〔2016〕3号）。",
            conditions="未参加职工基本医疗保险的本地户籍居民、持有本地居住证的非本地户籍人员"
            "及在校学生、新生儿。",
            procedure="1. 申请：本人或家属持材料到窗口申请；\n"
            "2. 审核登记：窗口核对身份信息后录入医保信息系统；\n"
            "3. 缴费：按年度缴费标准通过税务渠道缴纳；\n"
            "4. 办结：当场办结，次月起享受待遇（新生儿出生90日内参保的自出生之日起享受）。",
            fees="不收取办理费用；医疗保险费按当年度个人缴费标准缴纳。",
            prerequisites="无",
            consult_phone="0571-88880002",
            complaint_phone="12345",
            materials=(
                M("居民身份证或居民户口簿", ORIG, 1),
                M("城乡居民基本医疗保险参保登记表", ORIG, 1),
                W("出生医学证明", B, 1, "新生儿参保提供"),
                W("居住证", B, 1, "非本地户籍人员提供"),
                W("低保、特困、重度残疾等身份证明", C, 1, "申请财政资助参保的提供"),
            ),
            refusal_reasons=(
                R(
                    "已参加职工基本医疗保险，不得重复参保",
                    "《国务院关于整合城乡居民基本医疗保险制度的意见》（国发〔2016〕3号）。",
                ),
            ),
        ),
    ),
    (
        ("劳动", "社保", "就业"),
        ItemContent(
            code="LD001",
            name="灵活就业人员社会保险登记",
            aliases="灵活就业社保；个体社保登记",
            kind=MatterKind.INSTANT,
            promised_days=0,
            legal_basis="《中华人民共和国社会保险法》第十条、第二十三条、第五十八条；\n"
            "《社会保险费征缴暂行条例》（国务院令第259号）。",
            conditions="年满16周岁、未达到法定退休年龄，无雇工的个体工商户、未在用人单位参加"
            "社会保险的非全日制从业人员以及其他灵活就业人员。",
            procedure="1. 申请：本人持材料到窗口申请；\n"
            "2. 登记：窗口审核后办理基本养老、基本医疗保险参保登记；\n"
            "3. 缴费：按选定的缴费基数档次自行缴费；\n"
            "4. 办结：当场办结。",
            fees="不收取办理费用；社会保险费按选定档次缴纳。",
            prerequisites="无",
            consult_phone="0571-88880003",
            complaint_phone="12345",
            materials=(
                M(ID_CARD, B, 1),
                M("灵活就业人员参保登记表", ORIG, 1),
                W("营业执照", C, 1, "个体工商户提供"),
                W("与原单位解除劳动关系证明", C, 1, "原在单位参保的提供"),
            ),
            refusal_reasons=(
                R("已在用人单位参加职工基本养老保险", "《中华人民共和国社会保险法》第十条。"),
                R("已达到法定退休年龄", "《国务院关于工人退休、退职的暂行办法》。"),
            ),
        ),
    ),
    (
        ("劳动", "就业", "社保"),
        ItemContent(
            code="LD002",
            name="就业失业登记",
            aliases="失业登记；就业创业证申领",
            kind=MatterKind.INSTANT,
            promised_days=0,
            legal_basis="《就业服务与就业管理规定》（劳动和社会保障部令第28号）第六章；\n"
            "《人力资源社会保障部关于进一步完善就业失业登记管理办法的通知》（人社部发〔2014〕97号）。",
            conditions="在法定劳动年龄内，有劳动能力和就业要求，处于无业状态的城乡劳动者。",
            procedure="1. 申请：本人持材料到常住地窗口申请；\n"
            "2. 登记：窗口核实就业状态并登记；\n"
            "3. 发证：当场发放或记载《就业创业证》。",
            fees=FREE,
            prerequisites="无",
            consult_phone="0571-88880003",
            complaint_phone="12345",
            materials=(
                M(ID_CARD, B, 1),
                M("就业失业登记表", ORIG, 1),
                M("一寸免冠彩色照片", ORIG, 2),
                W("与原单位解除或终止劳动关系证明", ORIG, 1, "原有工作单位的提供"),
                W("居住证", B, 1, "在常住地登记的非本地户籍人员提供"),
            ),
            refusal_reasons=(
                R("已在用人单位就业或从事个体经营", "《就业服务与就业管理规定》第六十三条。"),
            ),
        ),
    ),
    (
        ("民政", "残", "救助"),
        ItemContent(
            code="MZ003",
            name="残疾人证申领",
            aliases="办残疾证；残疾证",
            kind=MatterKind.REPORTED,
            promised_days=20,
            legal_basis="《中华人民共和国残疾人保障法》第二条；\n"
            "《中华人民共和国残疾人证管理办法》（残联发〔2017〕35号）第八条至第十二条。",
            conditions="符合《残疾人残疾分类和分级》国家标准的视力、听力、言语、肢体、智力、精神"
            "及多重残疾人，具有本地户籍。",
            procedure="1. 申请：本人或监护人向户籍所在地街道残联提出申请；\n"
            "2. 评定：持《残疾人证申请表》到指定医院进行残疾评定；\n"
            "3. 审核：街道初审后报区残联审核；\n"
            "4. 发证：审核通过的由区残联制证，街道通知领取。",
            fees="不收取办证费用；残疾评定费用按当地规定执行（低保家庭可减免）。",
            prerequisites="指定医疗机构出具的残疾评定结论",
            consult_phone="0571-88880001",
            complaint_phone="12345",
            materials=(
                M("残疾人证申请表", ORIG, 1),
                M(ID_CARD, B, 1, "未成年人可提供户口簿"),
                M(HUKOU, C, 1),
                M("近期二寸免冠白底彩色照片", ORIG, 3),
                W("监护人身份证及监护关系证明", C, 1, "智力、精神残疾或未成年人由监护人代办的提供"),
                W("既往病历及检查报告", C, 1, "有的提供"),
            ),
            refusal_reasons=(
                R("残疾评定结论不符合残疾标准", "《中华人民共和国残疾人证管理办法》第十二条。"),
                R("申请人户籍不在本街道", "《中华人民共和国残疾人证管理办法》第八条。"),
            ),
        ),
    ),
    (
        ("人口", "计生", "卫健"),
        ItemContent(
            code="JS001",
            name="独生子女父母光荣证申领",
            aliases="独生子女证；光荣证",
            kind=MatterKind.PROMISED,
            promised_days=5,
            legal_basis="《中华人民共和国人口与计划生育法》（2021年修正）第二十五条；\n"
            "《浙江省人口与计划生育条例》有关条款。",
            conditions="2016年1月1日前只生育一个子女、且今后不再生育的夫妻。",
            procedure="1. 申请：夫妻一方向户籍所在地街道提出申请；\n"
            "2. 审核：窗口审核材料，社区核实生育情况；\n"
            "3. 发证：5个工作日内办结并发证。",
            fees=FREE,
            prerequisites="无",
            consult_phone="0571-88880004",
            complaint_phone="12345",
            materials=(
                M("独生子女父母光荣证申请表", ORIG, 1),
                M("夫妻双方居民身份证", B, 1),
                M(HUKOU, B, 1),
                M("结婚证", B, 1),
                M("子女出生医学证明", C, 1),
                M("夫妻双方一寸合影照片", ORIG, 1),
                W("离婚证及子女抚养协议", C, 1, "离异的提供"),
            ),
            refusal_reasons=(
                R("夫妻已生育两个及以上子女", "《中华人民共和国人口与计划生育法》第二十五条。"),
            ),
        ),
    ),
    (
        ("人口", "计生", "卫健"),
        ItemContent(
            code="JS002",
            name="生育登记",
            aliases="生育服务登记；准生证",
            kind=MatterKind.INSTANT,
            promised_days=0,
            legal_basis="《中华人民共和国人口与计划生育法》（2021年修正）第十八条、第十九条；\n"
            "《国家卫生健康委关于做好生育登记服务工作的通知》。",
            conditions="夫妻生育子女的（一孩、二孩、三孩），一方户籍在本街道或在本街道居住。",
            procedure="1. 申请：夫妻一方持材料到窗口或网上申请；\n"
            "2. 登记：窗口核对信息后当场登记；\n"
            "3. 办结：当场出具生育登记服务单。",
            fees=FREE,
            prerequisites="无",
            consult_phone="0571-88880004",
            complaint_phone="12345",
            materials=(
                M("夫妻双方居民身份证", ORIG, 1),
                M(HUKOU, ORIG, 1, "夫妻一方户籍在本街道的提供"),
                W("结婚证", ORIG, 1, "已婚的提供"),
                W("居住证", ORIG, 1, "在居住地登记的提供"),
            ),
            refusal_reasons=(),
        ),
    ),
    (
        ("退役", "民政", "救助"),
        ItemContent(
            code="TY001",
            name="退役军人优待证申领",
            aliases="优待证；退役军人优待证",
            kind=MatterKind.REPORTED,
            promised_days=30,
            legal_basis="《中华人民共和国退役军人保障法》第六十二条；\n"
            "《退役军人、其他优抚对象优待证管理办法（试行）》（退役军人部发〔2020〕43号）。",
            conditions="户籍在本街道的退役军人和其他优抚对象。",
            procedure="1. 申请：本人持材料到街道退役军人服务站申请；\n"
            "2. 初审：服务站核对信息并采集照片；\n"
            "3. 审核制证：逐级报区、市退役军人事务局审核，由省级制证；\n"
            "4. 发证：制成后通知本人领取。",
            fees=FREE,
            prerequisites="退役军人信息采集",
            consult_phone="0571-88880005",
            complaint_phone="12345",
            materials=(
                M("优待证申领表", ORIG, 1),
                M(ID_CARD, B, 1),
                M("退伍证或转业证等退役证件", B, 1),
                M("近期免冠彩色电子照片", ORIG, 1, "可现场采集"),
                W("伤残人员证或烈士证明书", B, 1, "其他优抚对象提供"),
            ),
            refusal_reasons=(
                R(
                    "申请人户籍不在本街道",
                    "《退役军人、其他优抚对象优待证管理办法（试行）》第九条。",
                ),
            ),
        ),
    ),
    (
        ("土规", "农", "规划", "综"),
        ItemContent(
            code="TG001",
            name="农村宅基地和建房（规划许可）申请",
            aliases="宅基地审批；建房申请",
            kind=MatterKind.JOINT,
            promised_days=20,
            legal_basis="《中华人民共和国土地管理法》第六十二条；\n"
            "《中华人民共和国城乡规划法》第四十一条；\n"
            "《农业农村部 自然资源部关于规范农村宅基地审批管理的通知》（农经发〔2019〕6号）。",
            conditions="1. 本村集体经济组织成员，以户为单位申请；\n"
            "2. 一户只能拥有一处宅基地，面积不超过省规定标准；\n"
            "3. 符合国土空间规划和村庄规划，不占用永久基本农田。",
            procedure="1. 农户申请：向村民小组提出书面申请；\n"
            "2. 村级审查：村民小组会议讨论并公示，村委会审查后报街道；\n"
            "3. 联审：街道农业农村、自然资源等部门联合审查，必要时实地踏勘；\n"
            "4. 审批：街道在20个工作日内作出审批决定，核发《乡村建设规划许可证》；\n"
            "5. 开工验收：建房前实地丈量批放、竣工后验收。",
            fees=FREE,
            prerequisites="村民小组会议同意；涉及占用农用地的须先办理农用地转用审批",
            consult_phone="0571-88880006",
            complaint_phone="12345",
            materials=(
                M("农村宅基地和建房（规划许可）申请表", ORIG, 1),
                M("农村宅基地使用承诺书", ORIG, 1),
                M(HUKOU, B, 1),
                M("家庭成员居民身份证", C, 1),
                M("村民小组会议记录及公示材料", ORIG, 1),
                M("建房设计图或选用的通用设计图", ORIG, 1),
                W("原宅基地使用证明及退出承诺书", ORIG, 1, "拆旧建新的提供"),
                W("分户证明", ORIG, 1, "因分户申请的提供"),
            ),
            refusal_reasons=(
                R(
                    "申请人一户已拥有一处宅基地（一户多宅）",
                    "《中华人民共和国土地管理法》第六十二条第一款。",
                ),
                R(
                    "申请人出卖、出租、赠与住宅后再申请宅基地",
                    "《中华人民共和国土地管理法》第六十二条第五款。",
                ),
                R("拟建房屋占用永久基本农田", "《中华人民共和国土地管理法》第三十五条。"),
            ),
        ),
    ),
    (
        ("综合", "人口", "民政"),
        ItemContent(
            code="ZH001",
            name="居住证明开具",
            aliases="居住证明；开居住证明",
            kind=MatterKind.INSTANT,
            promised_days=0,
            legal_basis="《居住证暂行条例》（国务院令第663号）第九条；\n"
            "《浙江省流动人口居住登记条例》有关条款。",
            conditions="在本街道辖区内实际居住的人员。",
            procedure="1. 申请：本人持材料到窗口申请；\n"
            "2. 核实：窗口查询居住登记信息，必要时由社区核实；\n"
            "3. 出具：信息一致的当场出具居住证明。",
            fees=FREE,
            prerequisites="已办理居住登记",
            consult_phone="0571-88880007",
            complaint_phone="12345",
            materials=(
                M(ID_CARD, ORIG, 1),
                M("房屋产权证明或房屋租赁合同", C, 1),
                W("房东身份证复印件", C, 1, "租住的提供"),
                W("委托书及受托人身份证", ORIG, 1, "委托他人代办的提供"),
            ),
            refusal_reasons=(R("经核实申请人未在本辖区居住", "《居住证暂行条例》第九条。"),),
        ),
    ),
    (
        ("民政", "老龄", "救助"),
        ItemContent(
            code="MZ004",
            name="老年人优待证办理",
            aliases="老年证；敬老卡",
            kind=MatterKind.INSTANT,
            promised_days=0,
            legal_basis="《中华人民共和国老年人权益保障法》第五章“社会优待”；\n"
            "《浙江省老年人优待规定》。",
            conditions="年满60周岁的本地户籍老年人及在本地居住的外地老年人。",
            procedure="1. 申请：本人或家属持材料到窗口申请；\n"
            "2. 审核：窗口核对年龄信息并采集照片；\n"
            "3. 发证：当场制发老年人优待证。",
            fees=FREE,
            prerequisites="无",
            consult_phone="0571-88880001",
            complaint_phone="12345",
            materials=(
                M("老年人居民身份证", B, 1),
                M("一寸免冠彩色照片", ORIG, 1, "可现场采集"),
                W("代办人身份证", ORIG, 1, "家属代办的提供"),
            ),
            refusal_reasons=(R("申请人未满60周岁", "《中华人民共和国老年人权益保障法》第二条。"),),
        ),
    ),
    (
        ("劳动", "社保", "就业"),
        ItemContent(
            code="LD003",
            name="城乡居民基本养老保险参保登记",
            aliases="居民养老保险；城乡居保",
            kind=MatterKind.INSTANT,
            promised_days=0,
            legal_basis="《中华人民共和国社会保险法》第二十条至第二十二条；\n"
            "《国务院关于建立统一的城乡居民基本养老保险制度的意见》（国发〔2014〕8号）。",
            conditions="年满16周岁（不含在校学生），非国家机关和事业单位工作人员及不属于职工基本"
            "养老保险制度覆盖范围的本地户籍城乡居民。",
            procedure="1. 申请：本人持材料到户籍所在地窗口申请；\n"
            "2. 登记：窗口审核后录入信息系统；\n"
            "3. 缴费：选择缴费档次，按年缴费；\n"
            "4. 办结：当场办结。",
            fees="不收取办理费用；养老保险费按选定档次缴纳。",
            prerequisites="无",
            consult_phone="0571-88880003",
            complaint_phone="12345",
            materials=(
                M(ID_CARD, B, 1),
                M(HUKOU, C, 1),
                M("城乡居民基本养老保险参保登记表", ORIG, 1),
                W("残疾人证或低保证明", C, 1, "申请政府代缴的困难群体提供"),
            ),
            refusal_reasons=(
                R(
                    "已参加职工基本养老保险",
                    "《国务院关于建立统一的城乡居民基本养老保险制度的意见》。",
                ),
            ),
        ),
    ),
]
