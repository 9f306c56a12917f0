"""The officer's own stake in a case, as a story tells it: what was done to them, what they own in it.

Read by :mod:`.relations`, which weighs these beside the ties to a party: the user struck, crashed into or robbed
("我昨天下班路上被一个骑电瓶车的撞了", "推了我一把"); the user's own home or things damaged ("把我的门和电视都砸
了"); a share in the place of the case ("这KTV我跟朋友合伙投了钱", "我占两成股份…查的正好是这家"); a business
kept with a partner whose money is the case; a relative's business harmed there (:func:`business_harmed`).

>>> [w for _, w in suffered("我下班骑电瓶车在苍梧路跟一辆汽车蹭了", [])]
['我下班骑电瓶车在苍梧路跟一辆汽车蹭了']
>>> business_harmed("在涪陵开茶馆，昨晚有人在馆子里打起来了")
True
"""

from __future__ import annotations

import re
from functools import lru_cache

from .. import phrases
from .lexicon import vocabulary, words

# the officer told as the one harmed ("我昨天下班路上被一个骑电瓶车的撞了") — not what the officer saw
_HARMS = (r"(撞伤|撞了|打伤|打了|打断|打骨折|打破|打成|砸伤|骗了|偷了|抢了|咬伤|推倒|划伤|刺伤|刮了|刮伤|蹭了|碰了|推了一跤|推了一把|推了个跟头|"
          r"撞到地上|撞倒|撞翻|摔烂|摔坏|砸坏|砸烂|弄坏|踢伤|划了|划花|刮花|别倒|挤倒|刮倒|碰倒|挂倒|挂了|撞飞)")
# (…the harm told in the next clause, with no subject of its own: "我在饭店跟人起冲突，被一个叫老刘的打断了鼻梁骨")
# (…not "被打那个说手机也被抢了": the one beaten, named by it, after the user's own clause)
_VICTIM = re.compile(r"我([^，。,；;我：:]{0,18})(?:[，,](?:后来|结果|然后|又|还)?)?被(?![^，。,；;]{1,2}(?:那个|那位|那人|的那|的人|的))"
                     r"[^，。,；;]{0,12}?" + _HARMS)
# "下了班在陇海步行街被一个喝多的推了一跤": the message opens on the user's own harm, its 我 left out
# (…or right after the user says who they are: "我在大渡口当辅警，下班骑车被个面包车别倒了")
# (…or after the post alone: "赣榆区辅警，前天晚上巡逻时被一个喝醉的男的打了一拳")
_VICTIM_UNSAID = re.compile(r"(?:^|^(?:我|俺)?[^，。,；;我他她]{0,16}(?:辅警|协警)[，,])"
                            r"(?:(?:下了班|下班|昨天|前天|昨晚|今天|今早|上周|那天|周末|晚上|早上|今年|去年|前年|上个月|前几天|前些天|前段时间|年初)[^，。,；;我他她]{0,6}?)?"
                            r"(?:(?:在|去|回)[^，。,；;我他她的]{1,12}?|骑车|骑电动车|骑电瓶车|骑摩托|开车|走路|回家路上|路上|"
                            r"(?:巡逻|执勤|值班|出警|上班|站岗)(?:时|的时候))被[^，。,；;]{0,10}?" + _HARMS +
                            r"(?![^，。,；;？！]{0,4}的)")   # "在超市被偷了东西的人报警": someone else
# "到了小区发现被盗的正是我自己停在楼下的那辆电动车": the thing harmed named as the user's own
_VICTIM_THING_NAMED = re.compile(r"被(盗|偷|抢|砸|撞|刮|划|蹭|烧)(了)?的[^，。？！]{0,4}?(正|就|刚好|恰好|居然)?是我(自己|本人)?(?P<whose>[^，。？！我家]{0,10}?)的"
                                 r"(那|这)?(辆|台|部|个)?(车|电动车|电瓶车|摩托车|私家车|小车|轿车|自行车|手机)")
# "上周六我轮休，在花果山玩的时候手机被人偷了": the user's own thing, told in the clause that goes on from 我
_VICTIM_GOES_ON = re.compile(r"我[^，。,；;我]{0,8}[，,](在|去)?[^，。,；;我他她]{0,14}?(的时候|时)[，,]?(我的)?(手机|钱包|电动车|电瓶车|包|钱)"
                             r"(被|让|遭)[^，。,；;]{0,8}?(偷了|抢了|偷走|抢走|骗了|划了)")
_MONEY_IN_CASE = re.compile(r"(钱|款)(也)?(算在|列在|记在|在)(这个)?(案子|案件)(里|里头|里面)|(钱|款)[^，。？]{0,4}(是|算)?涉案|"
                            # "我去所里报的案说他骗钱": the loan is what the user's own report is about
                            r"(我|俺)[^，。？！]{0,6}报(的|了)?(案|警)[^，。？！]{0,4}说(他|她)[^，。？！]{0,2}(骗|欠|借|赖)")
# "…他涉嫌非法吸收公众存款被立案了，我那5万也在里头": the user's own money among the case's
_OWN_MONEY_IN = re.compile(r"(我|俺)(的|那|家|自己)?[^，。？！我他她]{0,6}?(钱|款|万|块)[^，。？！]{0,2}?(也|都|也都)?(在|算在|压在|套在|投在|卷在)"
                           r"(这个)?(案子|案件)?(里头|里面|里边|里|其中)")
# "我去年在一个搞养老理财的公司投了十几万，现在老板跑路了": the user's money put in, the case the business failing
_OWN_MONEY_LOST = re.compile(r"(?:我|俺)(?![弟哥姐妹爸妈儿女爷奶舅姨叔婶姑老媳家们])[^，。？！他她]{0,16}?(?:投了|投进去|投进|存了|存进去|放了|借出去|买了)[^，。？！]{0,4}(?:万|块|钱)"
                             r"[^？！]{0,40}?(?:跑路|爆雷|暴雷|卷款|卷钱|血本无归|非法集资|集资诈骗|被骗|骗了|拿不回来|要不回来|取不出来)")
_SHARE_OF_THE_PLACE = re.compile(r"(这|那)(家|个)?(KTV|店|饭店|超市|网吧|酒吧|火锅店|馆子|茶楼|公司|厂|作坊)(我|俺)(也)?(跟|和)[^。？！]{0,8}合伙")
# (…not a relative of the user's who drove: "我弟开车跟人追尾")
_OWN_CRASH = re.compile(r"我(?![弟哥姐妹爸妈儿女爷奶舅姨叔婶姑老媳家们])[^，。？！我]{0,4}?(下班|上班|开车|骑车|骑电瓶车|骑电动车|骑摩托|自己)[^，。？！]{0,12}(跟|和|与)[^，。？！]{1,8}(蹭了|撞了|刮了|追尾|剐蹭|撞上|挂到了|挂到|刮到了|刮到|碰到了|挂了)")
# "我下班开自己的车…遭一辆出租车追尾了": the user's own crash, told in the passive
_OWN_CRASH_SUFFERED = re.compile(r"我(?![弟哥姐妹爸妈儿女爷奶舅姨叔婶姑老媳家们])[^，。？！我]{0,6}?(下班|上班|开车|开自己的车|骑车|骑电动车|骑电瓶车)[^，。？！]{0,14}"
                                 r"(遭|被)[^，。？！]{1,8}(追尾|撞了|刮了|蹭了|撞上|撞到)")
# "我在大学城买的房，跟物业因为车位的事吵起来了还报了警": the user's own quarrel, a party to it (not the officer
# the user goes with: "我跟民警去处理吵架的"; nor a kin of the user's: "我妈跟邻居吵起来"); the user's household
# too ("我们家跟邻居因为占车位闹矛盾")
_OWN_QUARREL = re.compile(r"(?:我|俺)(?:们家|家)?(?=在|自己|本人|昨|今天|前天|前两天|前几天|刚|上午|上周|上个月|下午|下班|也|就|还|那天|当时|跟|和|与)"
                          r"(?:[^，。？！跟和与]{0,10}?|[^。？！跟和与]{0,14}?[，,])(?:跟|和|与)(?!着|民警|师傅|同事|领导|所长|警察|辅警|带班)"
                          r"[^，。？！]{1,16}?(吵起来|吵了起来|吵架|吵了一架|打起来|打了起来|打了一架|起了冲突|发生了?冲突|发生了?纠纷|"
                          r"闹矛盾|闹起来|起争执|发生口角|闹纠纷)(?!的)")
# "我去他店里要钱吵起来了": the user went to the other and quarrelled — not what the user found there ("我到的时候
# 他们已经打起来了")
_OWN_QUARREL_WENT = re.compile(r"(?:我|俺)(?:昨天|今天|前天|昨晚|前两天|前几天|上周|那天|当时|就|又|还)*(?:去|到|跑到|找到|跑去|上门去?)"
                               r"(?:(?!时候|的时|们|已经|正在|看到|看见|发现|现场|一看|两个|几个|有人|一群|一帮|出警|处理)[^，。？！]){1,12}?"
                               r"(吵起来|吵了起来|吵了一架|打起来|打了起来|打了一架|起了冲突|发生了?冲突|闹起来|动起手)")
# "推了俺一把把俺推倒了" (俺 is read as 我 by read_relation): the party struck the user
_STRUCK = re.compile(r"(推|打|踢|撞|咬|砍|捅)了?我(一把|一下|一拳|一脚|几下|一刀)|把我(推倒|打伤|撞倒|打了|踢伤|咬伤)")
# "我占两成股份", "俺在…有个KTV的小股份": the user's own share in a business…
_OWN_SHARE = re.compile(r"我[^，。？！我]{0,14}?(占|占了|入了|入股了)[^，。？！]{0,6}(股份|股|成)|我(也)?有[^，。？！]{0,3}(股份|股)|"
                        r"我[^，。？！]{0,12}有(个|家|一点|点)[^，。？！]{0,8}股份|"
                        # "我在三峡广场一家奶茶店有股份", "我出了三成的本钱"
                        r"我[^，。？！我]{0,14}?有股份|我出了[^，。？！]{0,4}(本钱|本金)|"
                        # "有家网吧我跟朋友合伙投了点钱": money put in with a partner
                        r"我[^，。？！我]{0,8}合伙投了[^，。？！]{0,4}钱")
# …that the case is about ("跟店里扯起来报了警", "查的正好是这家")
_SHARE_IN_CASE = re.compile(r"查的[^，。？！]{0,4}(正好|就|刚好)?是(这|那)家|(排到|轮到|查到|检查到)(了)?(这|那)(一)?家|(店里|店家|馆子里)[^，。？！]{0,6}(扯|吵|打|闹)|"
                            # "队里在查一家…公司，我翻股东名单", "有人举报我们档口卖假货"
                            r"在查(一|这|那)家|股东名单|被人举报|被举报|准备去查|要去查|"
                            # "楼上住户投诉火锅店油烟大": the business itself complained of
                            r"(投诉|举报|告)[^，。？！]{0,4}(火锅店|饭店|馆子|超市|网吧|酒吧|KTV|茶楼|店里|这家店|那家店)|"
                            r"(举报|投诉|查)(我们|俺们)(的)?(档口|店|摊|铺子|公司|厂)|"
                            # "这周要查KTV，其中有一家…", "去那家做治安检查"
                            r"查[^，。？！]{0,4}(KTV|网吧|酒吧|歌厅|宾馆|旅馆|洗浴|足浴|棋牌室|麻将馆)|(那|这)家[^，。？！]{0,4}(治安检查|检查|查)|"
                            r"名单里[^，。？！]{0,4}有(我们|我|俺们|俺)|"
                            # "昨晚两桌客人喝多了打架，把桌椅砸了一地": the business's customers and things in the case
                            r"(客人|顾客|食客|客户)[^，。？！]{0,8}(打架|打起来|吵起来|闹事|动手)|(把|将)(桌椅|桌子|椅子|凳子|玻璃|门面|招牌|店)[^，。？！]{0,4}(砸|打烂|掀|弄坏)|"
                            r"(跟|和)(店里|店家|老板)[^，。？！]{0,4}(扯|吵|打|闹)|"
                            # "民宿跟住店客人为了退押金扯皮": the business itself a party
                            r"(民宿|店|饭店|餐馆|宾馆|酒店|茶楼|农家乐)(跟|和|与)[^，。？！]{0,12}(扯|吵|打|闹|纠纷)|"
                            # "昨晚KTV里面客人打架", "客人嫌菜钱收多了…跟我合伙人吵起来": the case at the business itself
                            r"(KTV|店|馆子|农家乐|饭店|超市|网吧|酒吧|茶楼|宾馆)(里|里面|里头|头)[^，。？！]{0,8}(打架|打起来|砸|偷|抢|闹事|扯皮|吵)|"
                            r"(跟|和)(我)?(的)?(合伙人|股东|服务员|收银员)[^，。？！]{0,4}(扯|吵|打|闹)|"
                            r"(客人|顾客|食客)[^，。？！]{0,12}(不肯结账|不给钱|不付钱|逃单|赖账)|"
                            r"(店|超市|馆子|饭店|KTV|网吧|酒吧|铺子)(昨天|昨晚|今天|前天)?(被人|被|遭人|遭)(砸|偷|抢|撬)")
# …with when it happened after it ("我自己停在楼下的电瓶车昨晚被偷了")
_OWN_THING = re.compile(r"的(车|电动车|电瓶车|摩托车|小车|私家车|轿车|汽车|自行车|手机|店|铺子|房子|东西|钱包|包)"
                        r"(昨晚|昨天|今天|前天|前晚|今早|昨天晚上|前天晚上|晚上|半夜|上周|刚才|刚刚)?(又|也)?$")
_SEEN = re.compile(r"看到|看见|发现|听说|听到|有人|有一家|有一户|有户|那家|这家|未婚妻|未婚夫|女朋友|男朋友|他|她|别人|群众|的|民警|师傅|同事|朋友|家人|闺女|女儿|儿子|孩子|娃|老婆|老公|爸|妈|哥|姐|弟|妹|爷|奶|外公|外婆|表|堂|"
                   r"对象|女友|男友|媳妇|爱人|丈夫|妻子|舅|姑|姨|叔|伯|侄|甥|孙|亲戚|邻居|同学|室友|舍友|战友|老乡|发小|闺蜜|兄弟|"
                   r"徒弟|客户|房东|租客|领导|老板|老师|学生")


def _own_thing(words_: str, tie_words: list[str]) -> bool:
    """"停在所门口的电动车": the user's own thing — not "前妻开的店", a thing another person is named with."""
    m = _OWN_THING.search(words_)
    rest = words_[:m.start()] if m else ""
    return bool(m) and not _SEEN.search(rest) and not phrases.any_in(rest, tie_words)
_PARTNERS_MONEY = re.compile(r"(?:我(?:在[^，。？我]{0,8}|下班后|下班以后|业余|平时|私下|去年|前年|之前|以前)?(?:也|自己)?(?:跟|和|与|同)[^，。？]{0,10}|我(?:也|自己)?|(?:另外|还)?自己(?:跟|和|与|同)[^，。？]{0,10}|"
                             # "南岸区辅警，私下跟人合伙搞了个洗车店": the clause's subject the user, left unsaid
                             r"(?:(?<=[，。！\s])|^)(?:私下|业余|下班后|平时|另外|还|也)*(?:跟|和|与|同)[^，。？]{0,10})合伙[^？]{0,60}?((因为|为了|为)[^，。？]{0,8}(钱|款|费|账|债)|砸[^，。？]{0,3}(店里|店|馆子|摊)|(要|让)(店里|店家|老板|我们)?赔|"
                             # "…今天店里有个客户说车子被刮花了，两边扯皮报了警": the business in a dispute of its own
                             r"(店里|店上|店头|摊上|铺子里|铺子上|铺里|馆子里|厂里|公司)[^？]{0,20}(扯皮|纠纷|报了警|吵起来|闹起来|索赔)|"
                             r"(KTV|网吧|酒吧|超市|饭店|茶楼|店|馆)里[^，。？]{0,12}(砸|打起来|偷|抢)|"
                             r"(摊子|店|摊|馆子)[^，。？]{0,3}砸|"
                             # "合伙包了几十亩龙虾塘…前两天夜里有人来偷龙虾": the joint business robbed
                             r"有人(来|去|跑来)?(偷|抢|砸|撬|盗)|(被|遭|叫|让)人?(偷|抢|砸|撬|盗)|"
                             # "…网店，我占三成股。现在有人报警说店里卖假货": the business itself reported
                             r"(报警|举报|投诉|报案)(说)?[^，。？]{0,4}(店里|店|网店|摊子|公司|厂里|厂)[^，。？]{0,6}(卖假|假货|违法|诈骗|骗|售假|无证)|"
                             r"(被|遭)[^，。？]{0,8}(掀|砸|偷|抢|撬|烧|毁|盗)|(店里|店头|摊子上|摊上|馆子里|馆子头|铺子里|楼里|馆里|店里面|里面|里头)[^，。？]{0,12}(砸了|砸烂|砸坏|砸桌子|砸东西|砸店|砸玻璃|掀了|偷了|抢了|烧了|打起来|顺走|拿走|偷走|闹事))")
# "把我房子里的家电砸了", "我自己那辆电动车也烧了"
_OWN_THINGS_HARMED = re.compile(r"(把|将)?我(家)?(自己)?(的|那辆|那台|那部|的那辆|家那辆)?(?:(?:拉货|送货|新买|刚买|自家|停着)的)?"
                                r"(房子|屋|天花板|屋顶|墙|地板|家电|家具|门窗|防盗门|大门|玻璃|冰箱|空调|电脑|门|窗户|电视|电动车|电瓶车|电动三轮|三轮车|三轮|摩托车|小车|私家车|面包车|货车|车|店|手机|渔船|船)"
                                r"(里|里面)?的?[^，。？]{0,6}(砸|弄坏|损坏|烧|毁|撬|偷|划|刮|蹭|撞坏|撞烂|撞了|挂了|挂坏|泡烂|泡坏|泡了|淹了|淹坏)|"
                                # "我在公交车上手机被人摸了", "…搜出好几部手机，里头就有我那部": the user's own thing taken
                                r"我(?:的|(?:在|坐|逛|去)[^，。？！他她的把给帮]{1,8}?)?(手机|钱包|包|电动车|电瓶车|自行车|摩托车|车)(被|遭|让|着|叫)(人|小偷|贼)?(偷|摸|抢|扒|顺)|"
                                r"(里头|里面|其中|当中)(就|也|正好|刚好)?有我(的|那部|那个|那台|那辆|那只|丢的)|"
                                # "车是登记在我名下的", "我上周把车借给朋友开…撞了": the user's own thing in the case
                                r"(车|车子|房子|店|门面)[^。？！]{0,3}(登记在|挂在|落在|写在)我(自己|本人)?的?名下|"
                                r"我[^，。？！他她]{0,4}把(自己的|我的)?(车|车子|小车|私家车|电动车|电瓶车|摩托车)借给[^，。？！]{1,6}(开|骑|用)|"
                                # "砸了我店里好几张桌子": the verb before the user's thing
                                r"(?<![没不])(砸了|砸坏了?|弄坏了?|损坏了?|烧了|烧坏了?|撬了|偷了)我(家|们家)?(自己)?的?(房子|屋|店|车|电动车|电瓶车|摩托车|门窗|门|窗户)|"
                                # "一辆货车倒车把我停在路边的私家车给刮了": the user's thing told by where it stood
                                # "我自己停在小区楼下的电动车电瓶叫人偷了": …or said without 把, a part of it harmed
                                r"(把|将)?我(自己)?(停|放|锁)在[^，。？我他她]{1,8}的(车|私家车|小车|轿车|电动车|电瓶车|摩托车|自行车)"
                                r"[^，。？]{0,3}(砸|弄坏|刮|蹭|撞|划|偷|烧)|"
                                r"我(自己)?(停|放|锁)在[^，。？我他她]{1,8}的(车|私家车|小车|轿车|电动车|电瓶车|摩托车|自行车)"
                                r"[^，。？被叫让遭]{0,3}(被|叫|让|遭|着)(人|贼|小偷)?[^，。？]{0,3}(砸|弄坏|刮|蹭|撞|划|偷|烧)|"
                                # "那个小超市是我开的，营业执照上是我的名字，昨晚被人撬门偷了": the user's own business, harmed after
                                r"(店|馆|超市|小卖部|铺子|门面|网吧|摊子|摊位|厂)(就|其实|正好|刚好)?是我(自己|本人)?(开|经营|承包)的"
                                r"[^？！]{0,30}?(被|让|叫|遭)[^，。？！]{0,6}(撬|偷|砸|抢|烧|盗)|"
                                # "自己有套房子租出去了，租客…充电起火，房子烧了一大半": the user's own house harmed, though let
                                r"(我|自己)(家)?(自己)?有(套|间|栋|个|一套|一间|一栋|一个)?(房子|门面|铺面|店面|仓库|厂房)[^？！]{0,50}?"
                                r"(烧了|烧毁|烧掉|烧没|被烧|烧得|烧坏|淹了|泡了|被砸|砸了|砸烂|塌了)|"
                                # "我私家车停在…路边，被一辆外卖电瓶车刮了": the user's thing, then harmed in the passive
                                r"我(自己)?(的|家的|家)?(私家车|小车|轿车|电动车|电瓶车|摩托车)(停|放|锁)在[^。？！我他她]{1,14}?[，,]?"
                                r"(被|遭|让)[^，。？！]{1,10}(刮|蹭|撞|划|砸|偷)|"
                                # "车登记在我名下，平时他开。今天他开这辆车…跟人撞了": a vehicle the user owns in law, in the crash
                                r"(登记在|挂在|落在|在)我(的)?名下[^？！]{0,40}?(撞了|刮了|蹭了|追尾|出了事故|出事故|撞上)|"
                                # "(我)名下有辆面包车借给朋友…撞了人跑了，车作为涉案车辆扣在所里": owned in law, in the case
                                r"(?:^|[，,。；]|我|俺)(?:自己|本人)?名下(?:有|的)(?:一)?(?:辆|台|部|个)?[^，。？！]{0,3}?(?:私家车|面包车|小车|轿车|货车|车子|车|电动车|电瓶车|摩托车)"
                                r"[^？！]{0,40}?(撞了|刮了|蹭了|追尾|出了事故|出事故|撞上|涉案|被扣|扣押|扣在)|"
                                # "把自己的车借给朋友开，他在路上追尾了别人": the user's car lent, then in a crash
                                r"(我|自己)(家)?的(私家车|小车|轿车|车|电动车|电瓶车|摩托车)(借给|给|让)[^。？！]{1,10}(开|骑|用)[^。？！]{0,24}?"
                                r"(撞了|刮了|蹭了|追尾|出了事故|出事故|出了交通事故|出交通事故|出了车祸|出车祸|撞上|撞到)|"
                                # "砸坏的桌椅就是俺自家烧烤店的": the things harmed, then said to be the user's (or household's) own
                                r"(砸坏|砸烂|砸了|打烂|弄坏|损坏|烧坏|烧了|撬坏|掀翻|掀了|被砸|被烧|被撬|被掀)的[^，。？！]{0,8}?"
                                r"(正|就|刚好|恰好|居然|竟然)?(全|都)?是我(自己|自家|们家|家)?"
                                r"(?:(?!爸|妈|老汉|哥|姐|弟|妹|儿|女|老婆|老公|媳妇|堂客|亲戚|朋友|同学|表|堂|邻居|同事|舅|姨|叔|姑|伯|婶|爷|奶|外公|外婆|侄|甥|孙|老丈人|丈母娘|公公|婆婆)[^，。？！我他她]){0,8}的(?![^，。？！]{0,2}(人|朋友|亲戚))")
_NOT_THE_BUSINESS = re.compile(r"(跟|和|与)(我们|俺们|咱们)?(店|生意|公司|作坊|厂|摊子|摊|超市|饭店)(没|无)(关系|关)|是他(个人|自己)的")


# what 开 drives rather than keeps ("开警车", "开货车")
_VEHICLE_DRIVEN = re.compile(r"(车|船)$")
# "在涪陵开茶馆", "开了个小卖部": the relative keeps a business, the story then tells harm or a fight there
# …or has one ("我家在北碚一个菜市场有个水果摊，今天被人砸了")
_KEEPS = re.compile(r"^(?:家)?[^，。？！]{0,12}?(?:开|摆|有|承包|包)(?:了|着)?(?:个|一个|一家|家|间|的)?")
# "我堂客在江北嘴一家小贷公司有股份": a share in a business, the story then tells harm to it
_SHARE = re.compile(r"^(?:在)?(?:[^，。？！]{0,14}?(?:公司|店|厂|馆|酒吧|网吧|超市|茶楼|棋牌室|KTV|农家乐|宾馆|饭店|档口)(?:里)?|里头|里面)(?:也)?"
                    # "…棋牌室投了十万块钱入股": money put in for a share
                    r"(?:有股份|有股|入了股|占了?[^，。？！]{1,3}股|(?:投|投了|出了|拿了)[^，。？！]{0,8}(?:入股|入了股|当股东|参股))")   # "…渔具店，俺老婆在里头也占了三成股份"
_HARM_THERE = re.compile(r"(店|馆|馆子|铺子|超市|摊|摊子|摊位|厂|网吧|酒吧|宾馆|饭店|茶楼)(里|上|门口|头)[^。？！]{0,20}?(砸|打起来|打架|偷|盗|抢|烧|扯皮|闹事|吵起来|推倒|顺走|拿走|掀)|"
                         r"在[^，。？！]{0,8}(?:店|馆|馆子|铺子|超市|网吧|酒吧|宾馆|饭店|茶楼)(?:闹事|打架|打起来|砸东西|偷东西|抢东西)|"
                         r"(里面|里头|这家|那家)[^。？！]{0,20}?(砸|打起来|打架|偷|盗|抢|烧|扯皮|闹事|吵起来)|"
                         r"(砸烂|砸坏|砸了|被偷|被盗|被抢|被砸|被烧|撞坏|撞烂|撞翻|撞沉|投了?毒|投了?药|下了?毒|下了药|毒死|推倒|撬门|撬了|偷了|顺走|偷走|抢走|被骗|骗了|假钱|假币|假钞|掀了|掀翻|掀桌子|掀烂|打烂|砸得稀烂|"
                         # extortion of the business ("连着给差评，说不给五千块就一直刷下去")
                         r"敲诈|勒索|刷差评|恶意差评|不给[^，。？！]{0,8}就一直|"
                         # the business itself the case: reported, inspected ("被人举报里面有人吸毒，区局要组织去查")
                         r"被人举报|被举报|被查|查处|组织去查|要去查|停业整顿)|"
                         # the business blamed for the harm ("车主一口咬定是修理厂的问题"): its money is at stake
                         r"(厂|店|铺|馆|馆子|厂家|店家)(里)?的(问题|责任)|找(修理厂|厂里|店里|他们)(赔|算账)")
# "那个店是", "这家馆子就是": the business just told, its owner named next
_OWNED_BEFORE = re.compile(r"(店|馆|馆子|铺子|超市|厂|摊|摊子|网吧|酒吧|宾馆|饭店|茶楼|公司|档口|KTV)(就|其实|正好|刚好)?是$|"
                           # "有人在火锅店闹事，跑拢一看是我老汉儿开的店": the place of the call, found to be the kin's
                           r"(一看|原来|结果|竟然|才发现|发现)(就|竟然|居然)?是$")


# the relative's vehicle lent to someone, then in a crash ("把他的车借给朋友开，朋友喝了点酒…撞了护栏")
_LENT_AND_CRASHED = re.compile(r"^(也|就)?(把|将)?(他|她)?(自己)?(家)?的?(私家车|小车|轿车|车|电动车|电瓶车|摩托车|货车|面包车)"
                               r"(借给|给|让)[^。？！]{1,10}(开|骑|用)[^。？！]{0,30}?(撞了|刮了|蹭了|追尾|出了事故|出事故|撞上|撞到|撞翻)")


# the relative's own thing harmed ("我爸那个面包车停在菜市场边上，被人…划了一大圈"): the relative is the victim
_THING_HARMED = re.compile(r"^(的|那个|那辆|那台|那部|家的|家那辆)?(私家车|面包车|小车|轿车|车子|车|电动车|电瓶车|摩托车|货车|三轮车|房子|门面|手机|钱包)"
                           r"[^。？！]{0,24}?(被|让|遭|给)[^。？！]{0,14}?(划|砸|偷|撬|撞|刮|蹭|烧|抢|扎|拆)")


@lru_cache(maxsize=1)
def _acquaintances() -> list[str]:
    """Words for someone known outside the family (relations.yaml ties): a classmate, a friend, a colleague, a neighbour."""
    ties = vocabulary("relations")["ties"]
    return [w for k in ("classmate", "friend", "colleague", "neighbour", "acquaintance") for w in ties.get(k, ())]


def business_harmed(rest: str, before: str = "") -> bool:
    """What follows a relative names a business of theirs — one they keep ("在涪陵开茶馆") or a share in one
    ("在一家小贷公司有股份") — and then harm or blame to it."""
    known = re.match(r"^(她|他)(的)?", rest)
    if known and phrases.first(rest[known.end():known.end() + 4], _acquaintances()) is not None:
        return False   # "我妈她同学开了个小超市": the business of someone the relative knows
    if _LENT_AND_CRASHED.match(rest):
        return True   # "我弟把他的车借给朋友开，朋友…撞了护栏": the relative's car, in the crash
    if _THING_HARMED.match(rest):
        return True   # "我爸那个面包车…被人故意拿东西划了": the relative's own thing, harmed
    share = _SHARE.match(rest)
    if share and re.search(r"(没|无|不)有?[^，。？！]{0,2}股", share.group()):
        share = None   # "我堂客没得股份": no share
    if share:
        # the business of the share, or, said as 里头, the one named just before the relative ("…开了个渔具店，俺老婆在里头…")
        business = phrases.first(share.group(), words("relations", "stake_things")) or \
            phrases.last(before[-30:], words("relations", "stake_things"))
        if _harmed_there(rest[share.end():], business.phrase if business else ""):
            return True
    if re.match(r"^儿?((开|摆|经营|承包)?的|[，,])", rest) and _OWNED_BEFORE.search(before) and _HARM_THERE.search(before[-80:]):
        return True   # "一家烟酒店被人撬了…那个店是我老婆开的": the business harmed, then whose it is
    if re.match(r"^(跟|和|同)[^，。？！]{1,4}?(一起|合伙|一块|一块儿)?(开|经营|办|承包)的(这个|那个|这家|那家)", rest) and \
            _HARM_THERE.search(before[-80:]):
        return True   # "一家超市被盗了…我亲姐跟他一起开的这个店": the business harmed, run jointly by the relative
    m = _KEEPS.match(rest)
    if not m:
        return False
    # "开了个卖海鲜干货的小店": what is sold may come before the business
    thing = phrases.first(rest[m.end():m.end() + 14], words("relations", "stake_things"))
    if thing is not None and m.group().endswith("开") and _VEHICLE_DRIVEN.search(thing.phrase) and \
            not re.search(r"[的个家间辆台]", rest[m.end():m.end() + thing.start]):
        return False   # "我开警车拉着民警…被查到要出事": the car the user drives is no business kept
    return thing is not None and (thing.start <= 3 or "的" in rest[m.end():m.end() + thing.start]) and \
        _harmed_there(rest[m.end():], thing.phrase)


def _harmed_there(after: str, business: str = "") -> bool:
    """Harm told at the business: at a place named (店里…砸) in what follows, or a bare harm word (被偷, 砸了) in
    the same sentence or one that names the business again — not one of a later sentence about something else
    ("…报警的是我妈，抢包的跟被抢的我都不认识")."""
    m = _HARM_THERE.search(after)
    if m is None:
        return False
    if m.group(6) is None:
        return True
    end = re.search(r"[。？！?!]", after)
    if end is None or m.start() < end.start():
        return True
    # the very next sentence, its subject left out, the harm done by someone ("…开了个小超市。昨晚让人把卷闸门撬了")
    nxt = after[end.end():]
    if m.start() >= end.end() and not re.search(r"[。？！?!]", after[end.end():m.start()]) and \
            re.match(r"(昨天|昨晚|前天|前晚|今天|今早|上周|上礼拜|半夜|夜里|晚上|前两天|前几天)*[^，。？！]{0,6}(让|被|遭|叫|着)(人|贼|小偷)", nxt):
        return True
    # a later sentence: when it names the business again ("昨天超市进了小偷，偷了一批烟酒")
    start = max(after.rfind(p, 0, m.start()) for p in "。？！?!") + 1
    stop = min([i for i in (after.find(p, m.start()) for p in "。？！?!") if i >= 0] or [len(after)])
    # …or names what is in it by the business's own word ("麻将馆" → "把麻将桌都掀烂了")
    return bool(business) and (business in after[start:stop] or len(business) >= 3 and business[:2] in after[start:stop])


# "我跟人合伙做生意，合伙人把钱卷跑了": the user's money taken by whom they dealt with
_MONEY_TAKEN = re.compile(r"(我跟|我和)[^。？！]{0,12}(合伙|合作|借钱|借给)[^。？！]{0,20}?(把|将)?(我的|我们的)?(钱|货款|本钱|投资款|资金)[^，。？！]{0,3}"
                          r"(卷跑|卷走|骗走|骗光|吞了|拐跑|拿跑|卷起跑)|(卷了|骗了|吞了)我(的)?[^，。？！]{0,4}(钱|货款|本钱)")


def suffered(text: str, tie_words: list[str]) -> list[tuple[int, str]]:
    """Where the story tells the user as the one harmed (a party to the case): a crash of their own, a blow
    from the party, then harm done to them — not what they saw done to someone named ("看到他被打了")."""
    out = []
    crash = _OWN_CRASH.search(text) or _OWN_CRASH_SUFFERED.search(text) or _STRUCK.search(text) or _OWN_QUARREL.search(text) or \
        _OWN_QUARREL_WENT.search(text)
    # …not a relative named right after 我 ("我老丈人开车被人追尾了": the father-in-law's crash, a tie)
    if crash and _kin_after_me(crash.group(), tie_words):
        crash = None
    # …nor a relative named right after 自己 ("出警碰到自己前妻跟别人车子刮了": the ex-wife's crash)
    if crash and crash.re is _OWN_CRASH and crash.group(1) == "自己" and \
            _kin_after_me(crash.string[crash.end(1):crash.end()], tie_words):
        crash = None
    if crash:
        out.append((crash.start(), crash.group()))
    named = _VICTIM_THING_NAMED.search(text)
    # …not a thing of someone the user names ("被撞的是我老丈人的车": the father-in-law's)
    if named and (phrases.any_in(named.group("whose"), tie_words) or _SEEN.search(named.group("whose").replace("的", ""))):
        named = None
    if named:
        out.append((named.start(), named.group()))
    money = _MONEY_TAKEN.search(text)
    if money:
        out.append((money.start(), money.group()))
    goes_on = _VICTIM_GOES_ON.search(text)
    if goes_on:
        out.append((goes_on.start(), goes_on.group()))
    unsaid = _VICTIM_UNSAID.search(text)
    # …in a story of the user's work on it ("…我报了警，结果这个案子转回我们所了"), not a citizen's own loss
    if unsaid and not phrases.any_in(unsaid.group(), tie_words) and \
            re.search(r"所里|我们所|派我|让我|叫我|喊我|转到|转回|分到|出警|回避|经手|上手|参与|办这个|处理这个", text):
        out.append((unsaid.start(), unsaid.group()))
    victim = _VICTIM.search(text)
    # "我在磁器口执勤的时候被…": when it happened, no one else's; "我停在所门口的电动车被人划了": the user's own thing
    # …not a relative named right after 我 ("我老丈人在镇上跟人吵架被推了一跤": the father-in-law harmed)
    if victim and _kin_after_me(victim.group(1), tie_words):
        victim = None
    # …nor a place told by where it is from the user ("我们楼下那个超市被偷了", "我铺子隔壁那家店被偷了"): another's
    if victim and re.search(r"(楼下|楼上|隔壁|对门|对面|旁边|附近|斜对面)(那|这)(个|家|间|栋|户)?", victim.group(1)):
        victim = None
    # …nor someone the user serves ("所里喊我给一个包被偷了来报案的老外当翻译"): 给/帮/替 someone, who was harmed
    if victim and re.match(r"(给|帮|替|为|陪|带)(一个|一位|个|那个|这个|那位|这位|几个|两个)", victim.group(1)):
        victim = None
    if victim and (not _SEEN.search(re.sub(r"的时候|时候", "", victim.group(1))) or _own_thing(victim.group(1), tie_words)):
        out.append((victim.start(), victim.group()))
    return out


def _kin_after_me(words: str, tie_words: list[str]) -> bool:
    """A relative named right after the 我 that opens ``words`` ("我老丈人…", "我家老爷子…"): the harm is theirs —
    not someone the user is with ("我跟邻居吵起来": the user a party).

    >>> _kin_after_me("我老丈人开车被人追尾", ["老丈人", "邻居"]), _kin_after_me("我跟邻居吵起来", ["老丈人", "邻居"])
    (True, False)
    """
    # (…"俺娘家弟弟", "我婆家大伯": the side of the family said first)
    lead = re.match(r"(我|俺)?(家|的|家的|娘家|娘家的|婆家|婆家的|老家|老家的|屋头|屋里)?\u3000*", words)
    kin = phrases.first(words[lead.end():], tie_words)
    return kin is not None and kin.start == 0


_NEAR_KIN = r"(?:爸爸?|妈妈?|老汉儿?|老爸|老妈|父亲|母亲|老婆|老公|爱人|媳妇|堂客|丈夫|妻子|儿子|女儿|哥哥?|姐姐?|弟弟?|妹妹?)"
_KIN_SHARE = re.compile(r"(?P<in>(?:里头|里面|其中|当中)(?:也)?有(?:我|俺)(?:的)?" + _NEAR_KIN + r"(?:的|那一份|那份|一份))|"
                        r"(?:我|俺)(?:的)?" + _NEAR_KIN + r"[^，。？！]{0,4}?(?:占|占了|有)[^，。？！]{0,4}(?:股份|股|成)")
# the money the case is about ("货款十几万没结", "投资人", "受害情况")
_CASE_MONEY = re.compile(r"货款|欠款|工程款|扯皮|纠纷|投资人|受害|爆雷|被骗|诈骗")


# "奶茶店跟这个打架一点关系都没有": the business said to have nothing to do with the case
_BUSINESS_DENIED = re.compile(r"(店|民宿|生意|公司|馆子|厂)[^，。？！]{0,2}(跟|和|与)[^，。？！]{0,8}(没有?关系|一点关系都没有|一点关系也没有|无关|没关)")


def owned_in_case(text: str) -> list[tuple[int, str]]:
    """Where the story tells the user's own property or money in the case: their home or things damaged
    ("把我房子里的家电砸了"; renting it out is only a tie), a share in the place of the case, a business kept
    with a partner whose money the case is about ("我跟表哥合伙开了个汽修店…因为修车钱打起来") — a quarrel of
    the partner's that is not the business's is only a tie."""
    out = []
    damaged = _OWN_THINGS_HARMED.search(text)
    if damaged:
        out.append((damaged.start(), damaged.group()))
    # "墟沟一家KTV昨晚有人砸包厢…这KTV俺跟朋友合伙投了钱": a share in the place of the case, told after it
    named_share = _SHARE_OF_THE_PLACE.search(text)
    own_share = _OWN_SHARE.search(text)
    if own_share and not re.search(r"(没|无|不)有?[^，。？！]{0,2}股", own_share.group()) and _SHARE_IN_CASE.search(text) \
            and not _BUSINESS_DENIED.search(text):
        named_share = own_share
    if named_share:
        out.append((named_share.start(), named_share.group()))
    # "受害人里头也有我老汉儿那一份", "…火锅店我老汉占一半股份": a near relative's money or share in the case
    kin_share = _KIN_SHARE.search(text)
    if kin_share and (kin_share.group("in") or _SHARE_IN_CASE.search(text) or _CASE_MONEY.search(text)):
        out.append((kin_share.start(), kin_share.group()))
    own_money = _OWN_MONEY_IN.search(text) or _OWN_MONEY_LOST.search(text)
    if own_money:
        out.append((own_money.start(), own_money.group()))
    partners = _PARTNERS_MONEY.search(text)
    if partners and not _NOT_THE_BUSINESS.search(text):
        out.append((partners.start(), "合伙"))
    return out


def money_in_case(text: str) -> bool:
    """"俺哥那笔钱也算在案子里头": a loan is money at stake in the case."""
    return bool(_MONEY_IN_CASE.search(text))
