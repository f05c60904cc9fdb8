<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ApplicationCard</name>
    <message>
        <source>Receipt %1, filed %2</source>
        <translation>回执号 %1，%2 提交</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>原因：%1</translation>
    </message>
</context>
<context>
    <name>ApplicationStatus</name>
    <message>
        <source>Submitted, waiting for review</source>
        <translation>已提交，等待审核</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>审核通过</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>已退回</translation>
    </message>
    <message>
        <source>Accepted, a mediator is being assigned</source>
        <translation>已受理，正在分配调解员</translation>
    </message>
    <message>
        <source>In mediation</source>
        <translation>调解中</translation>
    </message>
    <message>
        <source>Settled by mediation</source>
        <translation>调解成功</translation>
    </message>
    <message>
        <source>Not settled: passed on to arbitration</source>
        <translation>调解不成，已转仲裁</translation>
    </message>
    <message>
        <source>Unknown status</source>
        <translation>状态未知</translation>
    </message>
    <message>
        <source>Agreed by the new place: the old place is asked to transfer</source>
        <translation>转入地已同意接收，已通知转出地办理转移</translation>
    </message>
    <message>
        <source>The old place is moving your record and funds</source>
        <translation>转出地正在转移参保缴费信息和基金</translation>
    </message>
    <message>
        <source>Transferred: your relation is at the new place</source>
        <translation>已转移：养老保险关系已接续到转入地</translation>
    </message>
    <message>
        <source>The new card is being made</source>
        <translation>新卡制作中</translation>
    </message>
    <message>
        <source>Ready to collect at the service counter</source>
        <translation>新卡已制好，可到服务窗口领取</translation>
    </message>
    <message>
        <source>Collected: the new card is in use, the old one cancelled</source>
        <translation>已领取：新卡已启用，旧卡已注销</translation>
    </message>
    <message>
        <source>The employment service has contacted you</source>
        <translation>就业服务机构已与您联系</translation>
    </message>
</context>
<context>
    <name>ApplicationsModule</name>
    <message>
        <source>My applications</source>
        <translation>我的办件</translation>
    </message>
    <message>
        <source>Every application and how far it has come</source>
        <translation>查看已提交申请的办理进度</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>办件进度</translation>
    </message>
</context>
<context>
    <name>BenefitClaimForm</name>
    <message>
        <source>Where should the benefit be paid?</source>
        <translation>待遇发放到哪个账户？</translation>
    </message>
    <message>
        <source>My social security card&apos;s bank account (%1)</source>
        <translation>本人社保卡银行账户（%1）</translation>
    </message>
    <message>
        <source>Another bank card in my own name</source>
        <translation>本人名下的其他银行卡</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>开户银行</translation>
    </message>
    <message>
        <source>Industrial and Commercial Bank of China</source>
        <translation>中国工商银行</translation>
    </message>
    <message>
        <source>Agricultural Bank of China</source>
        <translation>中国农业银行</translation>
    </message>
    <message>
        <source>Bank of China</source>
        <translation>中国银行</translation>
    </message>
    <message>
        <source>China Construction Bank</source>
        <translation>中国建设银行</translation>
    </message>
    <message>
        <source>Bank of Communications</source>
        <translation>交通银行</translation>
    </message>
    <message>
        <source>Postal Savings Bank of China</source>
        <translation>中国邮政储蓄银行</translation>
    </message>
    <message>
        <source>China Merchants Bank</source>
        <translation>招商银行</translation>
    </message>
    <message>
        <source>Rural commercial bank or credit union</source>
        <translation>农村商业银行或信用社</translation>
    </message>
    <message>
        <source>Bank card number</source>
        <translation>银行卡号</translation>
    </message>
    <message>
        <source>A bank card number has 16 to 19 digits; one of these seems wrong.</source>
        <translation>银行卡号为16至19位数字，其中似乎有一位输错了。</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <source>Looking for work, and ready to take suitable work or training?</source>
        <translation>是否正在求职，并愿意接受合适的工作或培训？</translation>
    </message>
    <message>
        <source>The benefit is paid while you look for work. If you cannot work now, ask at the counter what else can help.</source>
        <translation>失业保险待遇在求职期间发放。如您目前无法工作，请到窗口咨询其他帮扶政策。</translation>
    </message>
    <message>
        <source>Unemployment benefit</source>
        <translation>失业保险待遇申领</translation>
    </message>
    <message>
        <source>I confirm that I am unemployed and looking for work, that the account is in my own name, and that I will report at once when I find work, join the army, settle abroad or start drawing a pension. Benefit paid after that must be returned.</source>
        <translation>本人承诺：本人处于失业状态并积极求职，所填账户为本人名下账户；重新就业、应征服兵役、移居境外或开始领取养老金时，将立即报告。此后领取的待遇须退还。</translation>
    </message>
    <message>
        <source>Unemployment subsidy</source>
        <translation>失业补助金</translation>
    </message>
    <message>
        <source>Migrant worker&apos;s one-off living allowance</source>
        <translation>农民工一次性生活补助</translation>
    </message>
    <message>
        <source>Temporary living allowance</source>
        <translation>临时生活补助</translation>
    </message>
    <message>
        <source>I confirm that I am unemployed, that the account is in my own name and that what I tell is true. An allowance paid on untrue information must be returned.</source>
        <translation>本人承诺：本人处于失业状态，所填账户为本人名下账户，所填信息真实。凭不实信息领取的补助须退还。</translation>
    </message>
    <message>
        <source>Where it is paid</source>
        <translation>发放账户</translation>
    </message>
    <message>
        <source>Contact and looking for work</source>
        <translation>联系方式与求职</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
</context>
<context>
    <name>CardPinModule</name>
    <message>
        <source>Change the card PIN</source>
        <translation>修改社保卡密码</translation>
    </message>
    <message>
        <source>With your card in the reader</source>
        <translation>插入社保卡即可修改</translation>
    </message>
    <message>
        <source>Unlock and reset a card PIN</source>
        <translation>社保卡密码解锁和重置</translation>
    </message>
    <message>
        <source>Locked or forgotten: the citizen sets a new PIN</source>
        <translation>密码锁定或忘记：由持卡人设置新密码</translation>
    </message>
</context>
<context>
    <name>CardStatusPolicy</name>
    <message>
        <source>Sealed</source>
        <translation>封存</translation>
    </message>
    <message>
        <source>Reported lost</source>
        <translation>挂失</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>注销</translation>
    </message>
    <message>
        <source>Your social security card has been made and will be handed to you soon.</source>
        <translation>您的社保卡已经完成制卡，即将发放给您。</translation>
    </message>
    <message>
        <source>Your social security card was reported lost by you.</source>
        <translation>您的社保卡已丢失，您本人已进行挂失。</translation>
    </message>
    <message>
        <source>Your social security card has been cancelled.</source>
        <translation>您的社保卡已经注销。</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Your physical card and your e-card can both be used.</source>
        <translation>您的实体社保卡和电子社保卡都可以正常使用。</translation>
    </message>
    <message>
        <source>Your new card has not been handed to you yet, so its e-card cannot be used.</source>
        <translation>您的新卡尚未发放，暂时无法使用对应的电子社保卡。</translation>
    </message>
    <message>
        <source>This card was reported lost, so its e-card cannot be used.</source>
        <translation>这张社保卡已挂失，对应的电子社保卡也不能正常使用。</translation>
    </message>
    <message>
        <source>This card has been cancelled, so its e-card cannot be used.</source>
        <translation>这张社保卡已注销，对应的电子社保卡也不能正常使用。</translation>
    </message>
    <message>
        <source>Collect your card at the issuing service outlet, then claim your e-card again.</source>
        <translation>请到发卡服务网点领取社保卡，领卡后重新申领电子社保卡。</translation>
    </message>
    <message>
        <source>Found the card again? Insert it and enter its PIN to cancel the loss report. Otherwise apply for a new card (many outlets issue one on the spot), then claim your e-card again.</source>
        <translation>找回了卡片？插卡并输入密码即可解除挂失。否则请申请补换卡（即时补换网点一般立等可取），拿到新卡后重新申领电子社保卡。</translation>
    </message>
    <message>
        <source>Apply for a new social security card at a service outlet; once you have it, claim your e-card again.</source>
        <translation>请到社保卡服务网点申领新卡，拿到新卡后重新申领电子社保卡。</translation>
    </message>
</context>
<context>
    <name>CardTaskFrame</name>
    <message>
        <source>Receipt number: %1</source>
        <translation>回执号：%1</translation>
    </message>
    <message>
        <source>Back to my cards</source>
        <translation>返回我的社保卡</translation>
    </message>
    <message>
        <source>Back to the cards</source>
        <translation>返回社保卡列表</translation>
    </message>
</context>
<context>
    <name>CertificationWords</name>
    <message>
        <source>You are certified until %1. Nothing to do before then.</source>
        <translation>您已完成认证，有效期至%1，在此之前无需再认证。</translation>
    </message>
    <message>
        <source>%1 is certified until %2. Nothing to do before then.</source>
        <translation>%1已完成认证，有效期至%2，在此之前无需再认证。</translation>
    </message>
    <message>
        <source>Your certification is due.</source>
        <translation>您需要进行待遇资格认证。</translation>
    </message>
    <message>
        <source>%1&apos;s certification is due.</source>
        <translation>%1该进行资格认证了。</translation>
    </message>
    <message>
        <source>Your certification is due: the last one covered you until %1.</source>
        <translation>您需要进行待遇资格认证：上次认证的有效期至%1。</translation>
    </message>
    <message>
        <source>%1&apos;s certification is due: the last one covered them until %2.</source>
        <translation>%1该进行资格认证了：上次认证的有效期到%2为止。</translation>
    </message>
    <message>
        <source>Certified: %1&apos;s pension continues to be paid for this cycle.</source>
        <translation>认证成功：本认证周期内%1的养老金将继续正常发放。</translation>
    </message>
    <message>
        <source>%1 is already certified for this cycle: nothing more to do.</source>
        <translation>%1本周期已经认证过了，无需再办。</translation>
    </message>
    <message>
        <source>Received: a member of staff will check the recording, usually within 3 working days. Nothing else needs to be done for %1.</source>
        <translation>已收到：工作人员会审核录像，一般在 3 个工作日内完成。%1不需要再做别的。</translation>
    </message>
    <message>
        <source>%1&apos;s photo on file does not match the face recorded. %1 should ask the social security card office to update the photo, then certify again.</source>
        <translation>%1留存的相片与录像中的人脸不一致。请%1到社保卡服务网点更新相片后再认证。</translation>
    </message>
    <message>
        <source>There is no usable photo of %1 on file. %1 should have one taken at the social security card office, then certify again.</source>
        <translation>没有%1可用的留存相片。请%1到社保卡服务网点拍照后再认证。</translation>
    </message>
</context>
<context>
    <name>CreditCode</name>
    <message>
        <source>A unified social credit code has 18 characters; %1 were entered.</source>
        <translation>统一社会信用代码为18位，您输入了%1位。</translation>
    </message>
    <message>
        <source>The code uses digits and capital letters except I, O, Z, S and V; %1 is not one.</source>
        <translation>代码由数字和除 I、O、Z、S、V 以外的大写字母组成，“%1”不在其中。</translation>
    </message>
    <message>
        <source>The first two characters are not a registering authority and kind of organisation.</source>
        <translation>前两位不是有效的登记管理部门和机构类别代码。</translation>
    </message>
    <message>
        <source>Characters 3 to 8 must be the region&apos;s six digits.</source>
        <translation>第3至8位应为6位行政区划代码。</translation>
    </message>
    <message>
        <source>The last character does not match the others: please check the code for a typing mistake.</source>
        <translation>这个代码有一位不对，请对照原件检查是否输错。</translation>
    </message>
</context>
<context>
    <name>DescriptorFaceMatcher</name>
    <message>
        <source>The face matching model is missing: %1. Run tools/face-model/fetch.sh (docs/face.md).</source>
        <translation>人脸比对模型缺失：%1。请运行 tools/face-model/fetch.sh（见 docs/face.md）。</translation>
    </message>
    <message>
        <source>The face matching model %1 is not the expected one (SHA-256 %2, expected %3): refused. Run tools/face-model/fetch.sh again.</source>
        <translation>人脸比对模型 %1 不是预期的文件（SHA-256 为 %2，应为 %3），已拒绝使用。请重新运行 tools/face-model/fetch.sh。</translation>
    </message>
    <message>
        <source>The face matching model %1 cannot be read: %2</source>
        <translation>无法读取人脸比对模型 %1：%2</translation>
    </message>
    <message>
        <source>The face matching model %1 cannot be read.</source>
        <translation>无法读取人脸比对模型 %1。</translation>
    </message>
    <message>
        <source>The face landmark model cannot be loaded: %1</source>
        <translation>无法加载人脸关键点模型：%1</translation>
    </message>
</context>
<context>
    <name>DesignSystem</name>
    <message>
        <source>Note</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Take care</source>
        <translation>请注意</translation>
    </message>
    <message>
        <source>Did not work</source>
        <translation>未成功</translation>
    </message>
</context>
<context>
    <name>DeviceMatch</name>
    <message>
        <source>scanner</source>
        <translation>扫码墩</translation>
    </message>
    <message>
        <source>scanner (found by class)</source>
        <translation>扫码墩（按设备类别识别）</translation>
    </message>
    <message>
        <source>card reader</source>
        <translation>读卡器</translation>
    </message>
    <message>
        <source>card reader (found by class)</source>
        <translation>读卡器（按设备类别识别）</translation>
    </message>
    <message>
        <source>seen, not supported</source>
        <translation>已连接，暂不支持</translation>
    </message>
</context>
<context>
    <name>DevicesCommand</name>
    <message>
        <source>USB is not available: %1</source>
        <translation>USB 不可用：%1</translation>
    </message>
    <message>
        <source>platform reachable (%1 ms)</source>
        <translation>平台可连接（%1 毫秒）</translation>
    </message>
    <message>
        <source>platform: no address configured (platform/url)</source>
        <translation>平台：未配置地址（platform/url）</translation>
    </message>
    <message>
        <source>cameras: none</source>
        <translation>摄像头：无</translation>
    </message>
    <message>
        <source>cameras: %1</source>
        <translation>摄像头：%1</translation>
    </message>
    <message>
        <source>printer %1: ready</source>
        <translation>打印机 %1：就绪</translation>
    </message>
    <message>
        <source>printer %1: %2</source>
        <translation>打印机 %1：%2</translation>
    </message>
    <message>
        <source>printer: none (set printing/queue, or a CUPS default destination)</source>
        <translation>打印机：无（请设置 printing/queue，或 CUPS 默认打印机）</translation>
    </message>
    <message>
        <source>%1: the terminal may not open it. Add this line to /etc/udev/rules.d/70-ssc-terminal.rules, run &apos;udevadm control --reload &amp;&amp; udevadm trigger&apos; and plug it in again:
  %2</source>
        <translation>%1：终端无权打开此设备。请将下面这一行加入 /etc/udev/rules.d/70-ssc-terminal.rules，运行 &apos;udevadm control --reload &amp;&amp; udevadm trigger&apos;，然后重新插拔设备：
  %2</translation>
    </message>
</context>
<context>
    <name>DiplomasModule</name>
    <message>
        <source>Technical school diplomas</source>
        <translation>技工院校毕业证书</translation>
    </message>
    <message>
        <source>Diplomas of graduates from 2015-06-30</source>
        <translation>2015年6月30日以后毕业</translation>
    </message>
</context>
<context>
    <name>DisputeForm</name>
    <message>
        <source>This date is in the future.</source>
        <translation>这个日期还没有到。</translation>
    </message>
    <message>
        <source>Whether there is a labour relation</source>
        <translation>确认劳动关系</translation>
    </message>
    <message>
        <source>Signing, performing, changing or ending a contract</source>
        <translation>订立、履行、变更、解除和终止劳动合同</translation>
    </message>
    <message>
        <source>Dismissal or resignation</source>
        <translation>除名、辞退或辞职</translation>
    </message>
    <message>
        <source>Working hours, rest and leave</source>
        <translation>工作时间、休息休假</translation>
    </message>
    <message>
        <source>Social insurance</source>
        <translation>社会保险</translation>
    </message>
    <message>
        <source>Welfare, training or labour protection</source>
        <translation>福利、培训或劳动保护</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>劳动报酬</translation>
    </message>
    <message>
        <source>Work injury medical costs</source>
        <translation>工伤医疗费</translation>
    </message>
    <message>
        <source>Economic compensation or damages</source>
        <translation>经济补偿或赔偿金</translation>
    </message>
    <message>
        <source>Another labour dispute</source>
        <translation>其他劳动争议</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <source>E-mail (optional)</source>
        <translation>电子邮箱（选填）</translation>
    </message>
    <message>
        <source>An e-mail address looks like name@example.com.</source>
        <translation>电子邮箱格式如 name@example.com。</translation>
    </message>
    <message>
        <source>Employer&apos;s name</source>
        <translation>用人单位名称</translation>
    </message>
    <message>
        <source>Employer&apos;s unified social credit code (18 characters)</source>
        <translation>用人单位统一社会信用代码（18位）</translation>
    </message>
    <message>
        <source>Employer&apos;s address</source>
        <translation>用人单位地址</translation>
    </message>
    <message>
        <source>Employer&apos;s phone or contact person (optional)</source>
        <translation>用人单位电话或联系人（选填）</translation>
    </message>
    <message>
        <source>What is the dispute about?</source>
        <translation>争议类型</translation>
    </message>
    <message>
        <source>Still working for this employer?</source>
        <translation>现在是否仍在该单位工作？</translation>
    </message>
    <message>
        <source>When did the employment end?</source>
        <translation>劳动关系何时结束？</translation>
    </message>
    <message>
        <source>Date the dispute arose (when the infringement became known)</source>
        <translation>争议发生日期（知道权利被侵害之日）</translation>
    </message>
    <message>
        <source>Amount claimed in yuan (if any)</source>
        <translation>请求金额（元，如有）</translation>
    </message>
    <message>
        <source>What is claimed</source>
        <translation>请求事项</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>事实与理由</translation>
    </message>
    <message>
        <source>Evidence: contract, pay slips, photos (optional)</source>
        <translation>证据材料：劳动合同、工资流水、照片等（选填）</translation>
    </message>
    <message>
        <source>Labour dispute mediation</source>
        <translation>劳动人事争议调解申请</translation>
    </message>
    <message>
        <source>I confirm that what I have entered is true and that the evidence is genuine. Mediation is free of charge; I may apply for arbitration if it does not succeed within 15 days.</source>
        <translation>本人承诺所填信息真实、所附证据属实。调解不收费；自受理之日起15日内未达成调解协议的，可依法申请仲裁。</translation>
    </message>
    <message>
        <source>The applicant</source>
        <translation>申请人信息</translation>
    </message>
    <message>
        <source>The employer</source>
        <translation>被申请人（用人单位）信息</translation>
    </message>
    <message>
        <source>The dispute</source>
        <translation>争议与请求</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据材料</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住址</translation>
    </message>
</context>
<context>
    <name>DisputesModule</name>
    <message>
        <source>Labour dispute mediation</source>
        <translation>劳动人事争议调解申请</translation>
    </message>
    <message>
        <source>Apply for mediation and follow its progress</source>
        <translation>申请调解并查询进展</translation>
    </message>
</context>
<context>
    <name>Divisions</name>
    <message>
        <source>This place is not a current city, district or county. Please choose it from the list.</source>
        <translation>这个地方不是现行的市、区或县。请从列表中选择。</translation>
    </message>
    <message>
        <source>This place is not in the province or city chosen above. Please choose it again.</source>
        <translation>这个地方不在上面选的省或市内。请重新选择。</translation>
    </message>
</context>
<context>
    <name>ECardChannel</name>
    <message>
        <source>Zhangshang 12333 app</source>
        <translation>掌上12333</translation>
    </message>
    <message>
        <source>Electronic Social Security Card app</source>
        <translation>电子社保卡</translation>
    </message>
    <message>
        <source>National Social Insurance Public Service Platform</source>
        <translation>国家社会保险公共服务平台</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Alipay</source>
        <translation>支付宝</translation>
    </message>
    <message>
        <source>UnionPay QuickPass</source>
        <translation>云闪付</translation>
    </message>
    <message>
        <source>A bank&apos;s app</source>
        <translation>手机银行</translation>
    </message>
</context>
<context>
    <name>ECardCodeText</name>
    <message>
        <source>The scanner read nothing.</source>
        <translation>扫码墩没有读到内容。</translation>
    </message>
    <message>
        <source>This is not an e-card QR code.</source>
        <translation>这不是电子社保卡二维码。</translation>
    </message>
    <message>
        <source>The QR code was not read completely. Please scan it again.</source>
        <translation>二维码没有读完整，请重新扫码。</translation>
    </message>
    <message>
        <source>This kind of e-card code is not supported here.</source>
        <translation>本终端暂不支持此类电子社保卡二维码。</translation>
    </message>
</context>
<context>
    <name>ECardCommand</name>
    <message>
        <source>usage: ssc-ctl ecard mint PERSON | ssc-ctl ecard qr PERSON OUT.png</source>
        <translation>用法：ssc-ctl ecard mint 人员 | ssc-ctl ecard qr 人员 输出.png</translation>
    </message>
    <message>
        <source>no platform address: give --platform URL or set platform/url</source>
        <translation>没有平台地址：请用 --platform 指定，或在设置中填写 platform/url</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>QR code written to %1 (valid until %2)</source>
        <translation>二维码已写入 %1（有效期至 %2）</translation>
    </message>
</context>
<context>
    <name>ELicenceCheck</name>
    <message>
        <source>Do not accept it. Ask for the card, or another proof.</source>
        <translation>请勿采信。请对方出示社保卡或其他证明。</translation>
    </message>
    <message>
        <source>This e-licence is more than 5 minutes old.</source>
        <translation>此电子证照打开已超过5分钟。</translation>
    </message>
    <message>
        <source>Ask the citizen to open it again on their phone or at a kiosk, and scan the new one.</source>
        <translation>请申请人在手机或自助终端上重新打开电子证照后再扫码。</translation>
    </message>
    <message>
        <source>This e-licence is dated in the future.</source>
        <translation>此电子证照的时间晚于当前时间。</translation>
    </message>
    <message>
        <source>Please scan it again.</source>
        <translation>请重新扫码。</translation>
    </message>
    <message>
        <source>This e-licence was not issued by the social insurance office, or it was altered.</source>
        <translation>此电子证照不是社保部门签发的，或已被改动。</translation>
    </message>
</context>
<context>
    <name>ELicenceDocument</name>
    <message>
        <source>Social security card e-licence</source>
        <translation>社会保障卡电子证照</translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation>验证码</translation>
    </message>
    <message>
        <source>A service counter checks this code with its scanner until %1. After that the paper is for reading only: open the licence again for a fresh code.</source>
        <translation>%1 前可在服务窗口扫码核验。过时后本页仅供查看，如需核验请重新打开电子证照。</translation>
    </message>
    <message>
        <source>Names and numbers are printed masked.</source>
        <translation>按规定，姓名和号码只打印部分内容。</translation>
    </message>
    <message>
        <source>%1 · Verification code %2</source>
        <translation>%1 · 验证码 %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
</context>
<context>
    <name>ELicenceText</name>
    <message>
        <source>The scanner read nothing.</source>
        <translation>扫码墩没有读到内容。</translation>
    </message>
    <message>
        <source>This is not a social security card e-licence.</source>
        <translation>这不是社会保障卡电子证照。</translation>
    </message>
    <message>
        <source>The e-licence was not read completely, or it was altered. Please scan it again.</source>
        <translation>电子证照未完整读取，或已被改动。请重新扫码。</translation>
    </message>
    <message>
        <source>This kind of e-licence is not supported here.</source>
        <translation>此处不支持这种电子证照。</translation>
    </message>
</context>
<context>
    <name>EmploymentModule</name>
    <message>
        <source>Employment history and policies enjoyed</source>
        <translation>就业失业记录和享受政策情况</translation>
    </message>
    <message>
        <source>Employment and entrepreneurship certificate</source>
        <translation>就业创业证</translation>
    </message>
</context>
<context>
    <name>EmploymentServices</name>
    <message>
        <source>Policy advice</source>
        <translation>政策服务</translation>
    </message>
    <message>
        <source>The employment and start-up policies that apply to you, and help to apply for them.</source>
        <translation>介绍适用于您的就业创业政策，并协助您申请。</translation>
    </message>
    <message>
        <source>Job seeking and training</source>
        <translation>求职培训服务</translation>
    </message>
    <message>
        <source>Career guidance, vacancies, trainee posts, job fairs and training courses.</source>
        <translation>职业指导、招聘岗位、见习岗位、招聘活动和职业培训信息。</translation>
    </message>
    <message>
        <source>Starting a business</source>
        <translation>创业服务</translation>
    </message>
    <message>
        <source>Start-up training, advice on opening, financing and the guaranteed start-up loan.</source>
        <translation>创业培训、开业指导、融资服务，协助申请创业担保贷款。</translation>
    </message>
    <message>
        <source>Employment assistance</source>
        <translation>就业援助</translation>
    </message>
    <message>
        <source>Priority help for people who find work hard to get, including public-benefit posts.</source>
        <translation>为就业困难人员提供优先扶持和重点帮助，包括公益性岗位安置。</translation>
    </message>
    <message>
        <source>Service asked for</source>
        <translation>申请的服务</translation>
    </message>
    <message>
        <source>Employment services</source>
        <translation>就业服务</translation>
    </message>
    <message>
        <source>The service</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <source>I ask the public employment service to contact me about this service.</source>
        <translation>本人申请公共就业服务机构就这项服务与我联系。</translation>
    </message>
</context>
<context>
    <name>EstimateScreen</name>
    <message>
        <source>See the estimate</source>
        <translation>查看测算结果</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <source>The archive cannot be opened: it may be damaged.</source>
        <translation>压缩包无法打开，可能已损坏。</translation>
    </message>
    <message>
        <source>The archive holds more than %1 files.</source>
        <translation>压缩包中的文件超过%1个。</translation>
    </message>
    <message>
        <source>The archive holds a file whose path leads out of it (%1). It cannot be attached.</source>
        <translation>压缩包中有文件的路径指向压缩包之外（%1），不能添加。</translation>
    </message>
    <message>
        <source>The archive holds a link (%1) instead of a file.</source>
        <translation>压缩包中含有链接（%1）而不是文件。</translation>
    </message>
    <message>
        <source>The archive is protected by a password (%1). Attach the files without a password.</source>
        <translation>压缩包设有密码（%1），请添加未加密的文件。</translation>
    </message>
    <message>
        <source>The archive unpacks to far more than it holds (%1). It cannot be attached.</source>
        <translation>压缩包解压后远大于其本身（%1），不能添加。</translation>
    </message>
    <message>
        <source>The archive holds another archive (%1). Put all the files in one archive.</source>
        <translation>压缩包中还有压缩包（%1），请把所有文件放在同一个压缩包中。</translation>
    </message>
    <message>
        <source>%1 in the archive is not a photo (JPG, PNG) or a PDF, or its name does not match its content.</source>
        <translation>压缩包中的%1不是照片（JPG、PNG）或PDF文件，或文件名与内容不符。</translation>
    </message>
    <message>
        <source>%1 in the archive is damaged or cannot be attached.</source>
        <translation>压缩包中的%1已损坏或不能添加。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件是空的。</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB. Attach a smaller file or photograph the pages.</source>
        <translation>文件超过%1MB。请添加较小的文件，或拍照上传。</translation>
    </message>
    <message>
        <source>The file&apos;s name cannot be used. Rename the file and try again.</source>
        <translation>文件名不可用，请重命名后再试。</translation>
    </message>
    <message>
        <source>Only photos (JPG, PNG), PDF files and ZIP archives of them can be attached.</source>
        <translation>只能添加照片（JPG、PNG）、PDF文件以及它们的ZIP压缩包。</translation>
    </message>
    <message>
        <source>The file&apos;s name does not match its content, so it cannot be attached. Attach the original file.</source>
        <translation>文件名与文件内容不符，不能添加。请添加原始文件。</translation>
    </message>
    <message>
        <source>The picture is too large (more than %1 million pixels).</source>
        <translation>图片过大（超过%1百万像素）。</translation>
    </message>
    <message>
        <source>The PDF file is incomplete or damaged.</source>
        <translation>PDF文件不完整或已损坏。</translation>
    </message>
    <message>
        <source>The picture cannot be opened: it may be damaged.</source>
        <translation>图片无法打开，可能已损坏。</translation>
    </message>
    <message>
        <source>The PDF is encrypted or protected by a password, so its content cannot be checked. Attach it without protection.</source>
        <translation>该 PDF 文件已加密或设有密码，无法检查其内容。请上传未加密的文件。</translation>
    </message>
    <message>
        <source>The PDF contains JavaScript and cannot be attached. Photograph the pages instead.</source>
        <translation>该 PDF 文件含有 JavaScript 脚本，不能作为证据上传。请改为拍摄页面照片。</translation>
    </message>
    <message>
        <source>The PDF runs an action when it is opened and cannot be attached. Photograph the pages instead.</source>
        <translation>该 PDF 文件打开时会自动执行操作，不能作为证据上传。请改为拍摄页面照片。</translation>
    </message>
    <message>
        <source>The PDF runs actions by itself when pages or fields are shown and cannot be attached. Photograph the pages instead.</source>
        <translation>该 PDF 文件在显示页面或表单时会自动执行操作，不能作为证据上传。请改为拍摄页面照片。</translation>
    </message>
    <message>
        <source>The PDF tries to start a program or open another file and cannot be attached. Photograph the pages instead.</source>
        <translation>该 PDF 文件试图启动程序或打开其他文件，不能作为证据上传。请改为拍摄页面照片。</translation>
    </message>
    <message>
        <source>The PDF carries other files inside it and cannot be attached. Attach those files themselves.</source>
        <translation>该 PDF 文件内嵌了其他文件，不能作为证据上传。请直接上传那些文件。</translation>
    </message>
    <message>
        <source>The PDF contains links or forms that reach the internet and cannot be attached. Photograph the pages instead.</source>
        <translation>该 PDF 文件含有访问互联网的链接或表单，不能作为证据上传。请改为拍摄页面照片。</translation>
    </message>
    <message>
        <source>The PDF is an XFA form, which can carry scripts, and cannot be attached. Print it to a plain PDF or photograph the pages.</source>
        <translation>该 PDF 文件是可含脚本的 XFA 表单，不能作为证据上传。请另存为普通 PDF 或拍摄页面照片。</translation>
    </message>
    <message>
        <source>The PDF unpacks to far more than it holds and cannot be attached. Print it to a new PDF or photograph the pages.</source>
        <translation>该 PDF 文件解压后远大于其本身，不能作为证据上传。请另存为新的 PDF 或拍摄页面照片。</translation>
    </message>
</context>
<context>
    <name>ExamScoresModule</name>
    <message>
        <source>Professional-technical examinations from 2014</source>
        <translation>2014年以来的考试成绩</translation>
    </message>
    <message>
        <source>Professional examination scores</source>
        <translation>专业技术人员考试成绩</translation>
    </message>
</context>
<context>
    <name>FaceConsentNotice</name>
    <message>
        <source>Before we record your face</source>
        <translation>在录制您的面部之前</translation>
    </message>
    <message>
        <source>%1, before we record your face</source>
        <comment>the person being certified, masked</comment>
        <translation>%1，在录制您的面部之前</translation>
    </message>
    <message>
        <source>Who is asking: your family member who is signed in here, through the family service, to certify your pension for you.</source>
        <translation>谁在请求：在这里登录的您的家人，通过亲情服务为您办理养老金资格认证。</translation>
    </message>
    <message>
        <source>Who is asking: the social security staff member visiting you, to certify your pension.</source>
        <translation>谁在请求：上门为您服务的社保工作人员，为您办理养老金资格认证。</translation>
    </message>
    <message>
        <source>Who is asking: the clerk at this counter, to certify your pension.</source>
        <translation>谁在请求：本柜台的工作人员，为您办理养老金资格认证。</translation>
    </message>
    <message>
        <source>Who is asking: the clerk at this counter, who is helping you.</source>
        <translation>谁在请求：本柜台正在为您办理业务的工作人员。</translation>
    </message>
    <message>
        <source>What is recorded</source>
        <translation>录制什么</translation>
    </message>
    <message>
        <source>A short video of your face while you follow the prompts. If you read numbers aloud, also the sound of your voice.</source>
        <translation>您按提示做动作时面部的一小段视频。如果您选择读数字，还会录下您的声音。</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>为什么录制</translation>
    </message>
    <message>
        <source>How long it is kept</source>
        <translation>保存多久</translation>
    </message>
    <message>
        <source>The recordings are kept for 180 days, then deleted. After that only the result is kept: whether and when you were certified.</source>
        <translation>录像和录音保存180天后删除。之后只保留认证结果：是否认证成功、在什么时间。</translation>
    </message>
    <message>
        <source>Who sees it</source>
        <translation>谁会看到</translation>
    </message>
    <message>
        <source>It is your choice. If you do not agree, nothing is recorded: ask at a social security counter about other ways to certify. You can withdraw your agreement on this screen at any time.</source>
        <translation>同意与否由您决定。不同意就不会录制任何内容，您可以到社保服务窗口询问其他认证方式。您也可以随时在这个页面撤回同意。</translation>
    </message>
    <message>
        <source>To agree, show your own e-card code to the scanner, or insert your social security card and enter its PIN. Only you can agree.</source>
        <translation>请在扫码墩上出示您本人的电子社保卡二维码，或插入您的社保卡并输入密码，以表示同意。只有您本人可以同意。</translation>
    </message>
    <message>
        <source>To agree, %1 shows their own e-card code to the scanner, or inserts their social security card and enters its PIN. Only %1 can agree, nobody else.</source>
        <comment>the person being certified, masked</comment>
        <translation>请%1在扫码墩上出示本人的电子社保卡二维码，或插入本人的社保卡并输入密码，以表示同意。只有%1本人可以同意，其他人不能代替。</translation>
    </message>
    <message>
        <source>Before we look at your face</source>
        <translation>刷脸之前，请您了解</translation>
    </message>
    <message>
        <source>A short video of your face while you follow the prompts.</source>
        <translation>您按提示做动作时，一段您面部的短视频。</translation>
    </message>
    <message>
        <source>Only to sign you in at this kiosk instead of your card&apos;s PIN. It is used for nothing else.</source>
        <translation>只用于代替社保卡密码，在这台自助终端上为您登录，不作他用。</translation>
    </message>
    <message>
        <source>The video is not kept: it is checked at once and deleted. Only the result is kept for 180 days: whether you were signed in, when, and at which kiosk.</source>
        <translation>视频不会保存：当场核验后即删除。只保存结果 180 天：是否登录成功、时间和所用的自助终端。</translation>
    </message>
    <message>
        <source>It is your choice. If you do not agree, nothing is recorded: show your e-card QR code instead, or ask at a service counter.</source>
        <translation>是否同意由您决定。不同意则不录制任何内容：您可以出示电子社保卡二维码，或到服务窗口办理。</translation>
    </message>
    <message>
        <source>Nobody. The social security office&apos;s computer compares your face with the photo on file for you.</source>
        <translation>没有人查看。由社保部门的电脑系统将您的面部与档案照片进行比对。</translation>
    </message>
    <message>
        <source>Only to confirm that you can keep receiving your pension (pension certification). It is used for nothing else.</source>
        <translation>只用于确认您可以继续领取养老金（养老保险待遇资格认证），不作其他用途。</translation>
    </message>
    <message>
        <source>The social security office&apos;s computer compares your face with the photo on your card. If you read numbers aloud, a clerk listens to the recording to check the numbers.</source>
        <translation>社保部门的电脑系统会把您的面部与社保卡上的照片比对。如果您选择读数字，会有工作人员听录音，核对您读的数字。</translation>
    </message>
</context>
<context>
    <name>FaceLoginClaim</name>
    <message>
        <source>ID number (social security number)</source>
        <translation>身份证号码（社会保障号码）</translation>
    </message>
    <message>
        <source>This is not a valid ID number: please check each digit against your ID card.</source>
        <translation>这不是有效的身份证号码，请对照身份证逐位核对。</translation>
    </message>
    <message>
        <source>Name, as on your ID card</source>
        <translation>姓名（与身份证一致）</translation>
    </message>
    <message>
        <source>Sign in with your face</source>
        <translation>刷脸登录</translation>
    </message>
    <message>
        <source>Who are you?</source>
        <translation>请告诉我们您是谁</translation>
    </message>
</context>
<context>
    <name>FaceLoginClaimPage</name>
    <message>
        <source>Go on to the face check</source>
        <translation>下一步：刷脸验证</translation>
    </message>
</context>
<context>
    <name>FleetModule</name>
    <message>
        <source>Terminals</source>
        <translation>终端状态</translation>
    </message>
    <message>
        <source>See which of the hall&apos;s terminals need attention</source>
        <translation>查看大厅哪些终端需要处理</translation>
    </message>
</context>
<context>
    <name>FleetText</name>
    <message>
        <source>usage: ssc-ctl fleet list|outdated --user MANAGER (password on standard input)</source>
        <translation>用法：ssc-ctl fleet list|outdated --user 主管账号（密码从标准输入读取）</translation>
    </message>
    <message>
        <source>this terminal has no platform credentials: platform/url, platform/terminalId and platform/terminalSecret of a counter terminal</source>
        <translation>本机没有平台凭据：需要柜台终端的 platform/url、platform/terminalId 和 platform/terminalSecret</translation>
    </message>
    <message>
        <source>never reported</source>
        <translation>尚未报告</translation>
    </message>
    <message>
        <source>working</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>version %1: cannot serve, needs an update</source>
        <translation>版本 %1：无法服务，需要更新</translation>
    </message>
    <message>
        <source>version %1, platform wants %2 or newer</source>
        <translation>版本 %1，平台要求 %2 或更新版本</translation>
    </message>
</context>
<context>
    <name>FleetWords</name>
    <message>
        <source>Not heard from: switched off, frozen or without network.</source>
        <translation>无法联系：可能已关机、死机或断网。</translation>
    </message>
    <message>
        <source>The code scanner %1 stopped working or was unplugged.</source>
        <translation>扫码器 %1 停止工作或已拔出。</translation>
    </message>
    <message>
        <source>The card reader %1 stopped working or was unplugged.</source>
        <translation>读卡器 %1 停止工作或已拔出。</translation>
    </message>
    <message>
        <source>The printer %1 is out of paper.</source>
        <translation>打印机 %1 缺纸。</translation>
    </message>
    <message>
        <source>The printer %1 is out of toner.</source>
        <translation>打印机 %1 碳粉用尽。</translation>
    </message>
    <message>
        <source>The printer %1 is low on toner.</source>
        <translation>打印机 %1 碳粉不足。</translation>
    </message>
    <message>
        <source>The printer %1 has a paper jam or an open cover.</source>
        <translation>打印机 %1 卡纸或机盖未关。</translation>
    </message>
    <message>
        <source>The print service does not answer.</source>
        <translation>打印服务无响应。</translation>
    </message>
    <message>
        <source>The disk is almost full.</source>
        <translation>磁盘空间即将用尽。</translation>
    </message>
    <message>
        <source>Home-visit records are waiting to be sent.</source>
        <translation>有上门服务记录等待发送。</translation>
    </message>
    <message>
        <source>Needs an update: it has stopped serving.</source>
        <translation>需要更新：已暂停服务。</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>问题：%1</translation>
    </message>
    <message>
        <source>self-service kiosk</source>
        <translation>自助终端</translation>
    </message>
    <message>
        <source>counter</source>
        <translation>柜台</translation>
    </message>
    <message>
        <source>home-visit laptop</source>
        <translation>上门服务笔记本</translation>
    </message>
    <message numerus="yes">
        <source>last heard %1, %n min ago</source>
        <translation>
            <numerusform>最后联系 %1，%n 分钟前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>last heard %1, %n s ago</source>
        <translation>
            <numerusform>最后联系 %1，%n 秒前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(came back %n time(s) soon after it was put right)</source>
        <translation>
            <numerusform>（修复后不久又出现 %n 次）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FormState</name>
    <message>
        <source>This form has no such field.</source>
        <translation>此表单没有该项。</translation>
    </message>
    <message>
        <source>Please fill this in.</source>
        <translation>请填写此项。</translation>
    </message>
    <message>
        <source>At most %1 characters, please.</source>
        <translation>最多%1个字。</translation>
    </message>
    <message>
        <source>Please use letters, digits and punctuation only.</source>
        <translation>请只使用文字、数字和标点。</translation>
    </message>
    <message>
        <source>Digits only, please.</source>
        <translation>请只输入数字。</translation>
    </message>
    <message>
        <source>A mobile number has 11 digits and starts with 1.</source>
        <translation>手机号码为以1开头的11位数字。</translation>
    </message>
    <message>
        <source>Please choose a date.</source>
        <translation>请选择日期。</translation>
    </message>
    <message>
        <source>Please choose one of the options.</source>
        <translation>请从选项中选择一项。</translation>
    </message>
    <message>
        <source>Please answer yes or no.</source>
        <translation>请选择“是”或“否”。</translation>
    </message>
    <message>
        <source>An amount in yuan, like 3500 or 3500.50.</source>
        <translation>请输入金额（元），例如 3500 或 3500.50。</translation>
    </message>
    <message>
        <source>At most 10 files, please. Put more in one ZIP archive.</source>
        <translation>最多添加10个文件，更多文件请打包成一个ZIP压缩包。</translation>
    </message>
    <message>
        <source>Please attach the files again.</source>
        <translation>请重新添加文件。</translation>
    </message>
</context>
<context>
    <name>IdCheck</name>
    <message>
        <source>no number was given</source>
        <translation>未输入号码</translation>
    </message>
    <message>
        <source>character “%1” at position %2 cannot appear in a social security number</source>
        <translation>第 %2 位的字符“%1”不能出现在社会保障号码中</translation>
    </message>
    <message>
        <source>a resident ID number has 18 characters (15 for a first-generation ID); this one has %1</source>
        <translation>公民身份号码应为 18 位（一代身份证为 15 位），此号码为 %1 位</translation>
    </message>
    <message>
        <source>the last character must be a digit or X, not “%1”</source>
        <translation>最后一位应为数字或 X，不能是“%1”</translation>
    </message>
    <message>
        <source>“%1” is not a province code: check the first digits of the address code</source>
        <translation>“%1”不是省级行政区代码，请核对地址码的前两位</translation>
    </message>
    <message>
        <source>residence permits for Hong Kong, Macau and Taiwan residents use address code 810000, 820000 or 830000, not %1</source>
        <translation>港澳台居民居住证的地址码为 810000、820000 或 830000，不能是 %1</translation>
    </message>
    <message>
        <source>no such date %1: check the birth date digits</source>
        <translation>日期 %1 不存在，请核对出生日期</translation>
    </message>
    <message>
        <source>birth date %1 is in the future</source>
        <translation>出生日期 %1 晚于今天</translation>
    </message>
    <message>
        <source>birth date %1 is before 1900</source>
        <translation>出生日期 %1 早于 1900 年</translation>
    </message>
    <message>
        <source>check character should be %1, not %2: a digit was probably mistyped</source>
        <translation>号码有一位不对：最后一位应为 %1，而不是 %2，可能有数字输错了</translation>
    </message>
    <message>
        <source>not a resident ID, residence permit or permanent residence ID number; if the person holds none of these, check it as a number coded by national unified rules</source>
        <translation>不是公民身份号码、居住证号码或永久居留身份证号码；如本人没有上述证件，请按“全国统一规则编码”的号码核验</translation>
    </message>
    <message>
        <source>a number coded by national unified rules has 8 to 20 letters and digits; this one has %1 characters</source>
        <translation>按全国统一规则编码的号码由 8 至 20 位字母和数字组成，此号码为 %1 位</translation>
    </message>
</context>
<context>
    <name>IdCheckCommand</name>
    <message>
        <source>%1	invalid	%2</source>
        <translation>%1	无效	%2</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>as 18 characters: %1</source>
        <translation>升位为 18 位：%1</translation>
    </message>
    <message>
        <source>shape checked only: this kind&apos;s full rules are not public</source>
        <translation>仅核验格式：此类号码的完整规则未公开</translation>
    </message>
    <message>
        <source>The person holds no resident ID: accept numbers coded by national unified rules (shape only).</source>
        <translation>本人没有公民身份号码：接受按全国统一规则编码的号码（仅核验格式）。</translation>
    </message>
    <message>
        <source>Numbers to check, or - to read one per line from standard input.</source>
        <translation>要核验的号码；用 - 表示从标准输入逐行读取。</translation>
    </message>
    <message>
        <source>give at least one number to check: ssc-ctl id check NUMBER...</source>
        <translation>请至少给出一个要核验的号码：ssc-ctl id check 号码...</translation>
    </message>
</context>
<context>
    <name>IdKind</name>
    <message>
        <source>resident ID number</source>
        <translation>公民身份号码</translation>
    </message>
    <message>
        <source>first-generation resident ID (15 digits, upgraded)</source>
        <translation>一代身份证号码（15 位，已升位）</translation>
    </message>
    <message>
        <source>Hong Kong resident&apos;s residence permit</source>
        <translation>港澳台居民居住证（香港）</translation>
    </message>
    <message>
        <source>Macau resident&apos;s residence permit</source>
        <translation>港澳台居民居住证（澳门）</translation>
    </message>
    <message>
        <source>Taiwan resident&apos;s residence permit</source>
        <translation>港澳台居民居住证（台湾）</translation>
    </message>
    <message>
        <source>foreigner&apos;s permanent residence ID</source>
        <translation>外国人永久居留身份证</translation>
    </message>
    <message>
        <source>foreigner&apos;s permanent residence ID (old format)</source>
        <translation>外国人永久居留证（旧版）</translation>
    </message>
    <message>
        <source>number coded by national unified rules</source>
        <translation>按全国统一规则编码的号码</translation>
    </message>
    <message>
        <source>unknown kind</source>
        <translation>未知类型</translation>
    </message>
</context>
<context>
    <name>LaunchOptions</name>
    <message>
        <source>unknown mode %1: use kiosk, counter or field</source>
        <translation>未知模式 %1：请使用 kiosk、counter 或 field</translation>
    </message>
    <message>
        <source>unknown language %1: use zh_CN or en</source>
        <translation>未知语言 %1：请使用 zh_CN 或 en</translation>
    </message>
    <message>
        <source>unknown theme %1: use standard or elder</source>
        <translation>未知主题 %1：请使用 standard 或 elder</translation>
    </message>
</context>
<context>
    <name>LoginFlow</name>
    <message>
        <source>The code could not be read.</source>
        <translation>没有读取到二维码。</translation>
    </message>
    <message>
        <source>Please refresh the code in your app and hold it steady over the scanner.</source>
        <translation>请在手机上刷新电子社保卡二维码，并将其平稳对准扫码墩。</translation>
    </message>
    <message>
        <source>The PIN of this card is locked after too many wrong tries.</source>
        <translation>密码输错次数过多，这张卡的密码已被锁定。</translation>
    </message>
    <message>
        <source>Please take the card and your ID card to a service counter to unlock it.</source>
        <translation>请带上社保卡和身份证到服务窗口办理密码解锁。</translation>
    </message>
    <message>
        <source>This card could not be read.</source>
        <translation>无法读取这张卡。</translation>
    </message>
    <message>
        <source>The card did not answer the PIN check.</source>
        <translation>卡片没有响应密码校验。</translation>
    </message>
    <message>
        <source>Please take the card out and insert it again face up, chip end first. If it still cannot be read, please ask at a service counter.</source>
        <translation>请取出社保卡，重新将社保卡正面朝上、芯片一端先插入读卡器。如仍无法读取，请到服务窗口咨询。</translation>
    </message>
    <message>
        <source>This is not a genuine e-card code.</source>
        <translation>这不是真实的电子社保卡二维码。</translation>
    </message>
    <message>
        <source>The social security system&apos;s answer was incomplete.</source>
        <translation>社保系统返回的信息不完整。</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>¥%1</source>
        <translation>%1 元</translation>
    </message>
</context>
<context>
    <name>MyCardModule</name>
    <message>
        <source>My social security card</source>
        <translation>我的社保卡</translation>
    </message>
    <message>
        <source>Your cards in every region and their status</source>
        <translation>查看您在各地的社保卡及其状态</translation>
    </message>
    <message>
        <source>Issue a replacement card</source>
        <translation>即时制卡</translation>
    </message>
    <message>
        <source>Made on the card printer while the applicant waits</source>
        <translation>制卡机当场制卡，申请人现场等候</translation>
    </message>
    <message>
        <source>This person&apos;s cards in every region and their status</source>
        <translation>该人员在各地的社保卡及其状态</translation>
    </message>
    <message>
        <source>Social security cards</source>
        <translation>社保卡信息</translation>
    </message>
</context>
<context>
    <name>NewPinRules</name>
    <message>
        <source>The PIN has six digits.</source>
        <translation>密码是 6 位数字。</translation>
    </message>
    <message>
        <source>This is your current PIN. Choose a different one.</source>
        <translation>这是您现在的密码，请换一个新密码。</translation>
    </message>
    <message>
        <source>One digit six times is the first thing anyone would try.</source>
        <translation>6 位相同的数字最容易被别人猜中，请换一个。</translation>
    </message>
    <message>
        <source>Digits in a row, like 123456, are easy to guess.</source>
        <translation>像 123456 这样连着的数字容易被猜中，请换一个。</translation>
    </message>
    <message>
        <source>This is your birth date, which is printed on your ID card. Choose other digits.</source>
        <translation>这是您的出生日期，身份证上就印着，请换其他数字。</translation>
    </message>
</context>
<context>
    <name>OtherBenefits</name>
    <message>
        <source>Please register as unemployed first.</source>
        <translation>请先办理失业登记。</translation>
    </message>
    <message>
        <source>This region does not pay this benefit at present.</source>
        <translation>本地区目前不发放这项待遇。</translation>
    </message>
    <message>
        <source>The subsidy is not paid to people who draw a pension.</source>
        <translation>已领取养老金的人员不能领取失业补助金。</translation>
    </message>
    <message>
        <source>The subsidy is for people who paid unemployment insurance.</source>
        <translation>失业补助金只发给参加了失业保险的失业人员。</translation>
    </message>
    <message>
        <source>Only your employer paid your unemployment insurance: you can claim a migrant worker&apos;s living allowance instead.</source>
        <translation>您的失业保险费只由单位缴纳，可以改为申领农民工生活补助。</translation>
    </message>
    <message>
        <source>The subsidy is not paid while you receive unemployment benefit.</source>
        <translation>领取失业保险待遇期间不能领取失业补助金。</translation>
    </message>
    <message>
        <source>You can claim unemployment benefit, which pays more and for longer.</source>
        <translation>您可以申领失业保险待遇，金额更高、期限更长。</translation>
    </message>
    <message>
        <source>This allowance is for migrant workers whose employer alone paid their unemployment insurance.</source>
        <translation>这项补助发给单位缴纳失业保险费、本人不缴费的失业农民工。</translation>
    </message>
    <message>
        <source>This allowance needs a full year of continuous work.</source>
        <translation>申领这项补助需要连续工作满1年。</translation>
    </message>
    <message>
        <source>You were insured for a year or more: the one-off living allowance applies instead.</source>
        <translation>您参保已满1年，可以申领一次性生活补助。</translation>
    </message>
    <message>
        <source>This allowance is for people first insured on or after %1.</source>
        <translation>这项补助发给%1及以后参保的人员。</translation>
    </message>
</context>
<context>
    <name>OutletsModule</name>
    <message>
        <source>Service outlets and channels</source>
        <translation>社保卡服务网点和渠道</translation>
    </message>
    <message>
        <source>Where to replace a card or claim the e-card</source>
        <translation>补换卡、领电子社保卡去哪办</translation>
    </message>
</context>
<context>
    <name>PaymentsModule</name>
    <message>
        <source>Pay contributions</source>
        <translation>社保缴费</translation>
    </message>
    <message>
        <source>Residents&apos; pension and medical insurance, by phone</source>
        <translation>城乡居民养老、医疗保险，手机扫码缴</translation>
    </message>
    <message>
        <source>Refunds to make</source>
        <translation>待退款</translation>
    </message>
    <message>
        <source>Contributions paid twice in this hall, refunded to the payer</source>
        <translation>本厅重复缴纳的费用，退还给缴费人</translation>
    </message>
</context>
<context>
    <name>PayoutAccount</name>
    <message>
        <source>This claim has no payment yet.</source>
        <translation>这项申请还没有发放记录。</translation>
    </message>
    <message>
        <source>Only a payment the bank sent back can be paid to another account.</source>
        <translation>只有被银行退回的款项才能改发到其他账户。</translation>
    </message>
    <message>
        <source>This payment is on its way or paid already.</source>
        <translation>这笔款项正在发放或已经发放。</translation>
    </message>
    <message>
        <source>A bank card number has 16 to 19 digits; one of these seems wrong.</source>
        <translation>银行卡号为16至19位数字，其中似乎有一位输错了。</translation>
    </message>
    <message>
        <source>Please confirm it again.</source>
        <translation>请再确认一次。</translation>
    </message>
    <message>
        <source>This payment was changed meanwhile.</source>
        <translation>这笔款项刚刚已被更改。</translation>
    </message>
</context>
<context>
    <name>PayoutAccountForm</name>
    <message>
        <source>Bank card number</source>
        <translation>银行卡号</translation>
    </message>
    <message>
        <source>A debit card of a bank in mainland China, in your own name: the bank sends the money back when the name on the account is another&apos;s.</source>
        <translation>本人名下的境内银行借记卡：账户户名不是本人时，银行会退回款项。</translation>
    </message>
    <message>
        <source>A bank card number has 16 to 19 digits; one of these seems wrong.</source>
        <translation>银行卡号为16至19位数字，其中似乎有一位输错了。</translation>
    </message>
    <message>
        <source>Pay it to another bank card</source>
        <translation>改发到另一张银行卡</translation>
    </message>
    <message>
        <source>The card to pay it to</source>
        <translation>改发到的银行卡</translation>
    </message>
    <message>
        <source>I confirm that this bank card is in my own name and that the payment the bank sent back is to be paid to it.</source>
        <translation>本人承诺：此银行卡为本人名下账户，银行退回的款项改发到此卡。</translation>
    </message>
</context>
<context>
    <name>PayoutDue</name>
    <message>
        <source>The claim names no bank account to pay into: return it so the person can give one.</source>
        <translation>申领未指定收款银行账户：请退回，让申请人提供账户。</translation>
    </message>
</context>
<context>
    <name>PayoutProgress</name>
    <message>
        <source>Paid %1 to %2 (%3)</source>
        <translation>已发放 %1 到 %2 (%3)</translation>
    </message>
    <message>
        <source>the bank did not pay it</source>
        <translation>银行未能入账</translation>
    </message>
    <message>
        <source>%1 to be paid to %2</source>
        <translation>待发放 %1 到 %2</translation>
    </message>
    <message>
        <source>Returned: %1 — give another bank card in your name to have it paid again</source>
        <translation>退回: %1 — 请提供本人名下的另一张银行卡重新发放</translation>
    </message>
    <message>
        <source>%1 to be paid again, to %2</source>
        <translation>待重新发放 %1 到 %2</translation>
    </message>
    <message>
        <source>%1 of %2 months paid</source>
        <translation>已发放 %1 / %2 个月</translation>
    </message>
    <message>
        <source>Stopped: %1 (%2)</source>
        <translation>已停发：%1（%2）</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1；%2</translation>
    </message>
    <message>
        <source>the latest, %1, went to %2 on %3</source>
        <translation>最近一笔 %1 于 %3 发到 %2</translation>
    </message>
</context>
<context>
    <name>PayoutReturn</name>
    <message>
        <source>the account has been closed</source>
        <translation>账户已销户</translation>
    </message>
    <message>
        <source>the account holder&apos;s name does not match</source>
        <translation>户名不符</translation>
    </message>
    <message>
        <source>there is no such account</source>
        <translation>账户不存在</translation>
    </message>
    <message>
        <source>the account is frozen</source>
        <translation>账户已冻结</translation>
    </message>
    <message>
        <source>the account cannot receive this credit</source>
        <translation>账户不能接收此笔款项</translation>
    </message>
</context>
<context>
    <name>PayoutStop</name>
    <message>
        <source>employment has been registered</source>
        <translation>已办理就业登记</translation>
    </message>
    <message>
        <source>re-employed and insured again</source>
        <translation>已重新就业并参保</translation>
    </message>
    <message>
        <source>the basic pension has started</source>
        <translation>已享受基本养老保险待遇</translation>
    </message>
    <message>
        <source>the unemployment registration has ended</source>
        <translation>失业登记已注销</translation>
    </message>
    <message>
        <source>enlisted for military service</source>
        <translation>应征服兵役</translation>
    </message>
    <message>
        <source>settled abroad</source>
        <translation>移居境外</translation>
    </message>
    <message>
        <source>serving a prison sentence</source>
        <translation>被判刑收监执行</translation>
    </message>
    <message>
        <source>the person has died</source>
        <translation>本人已死亡</translation>
    </message>
    <message>
        <source>suitable work or training offered was refused without good reason</source>
        <translation>无正当理由拒不接受介绍的适当工作或培训</translation>
    </message>
</context>
<context>
    <name>PensionEstimate</name>
    <message>
        <source>Beijing&apos;s formula</source>
        <translation>北京市的计发办法</translation>
    </message>
</context>
<context>
    <name>PensionEstimateForm</name>
    <message>
        <source>At most %1.</source>
        <translation>最多 %1。</translation>
    </message>
    <message>
        <source>How you are insured</source>
        <translation>选参保身份</translation>
    </message>
    <message>
        <source>Insured as</source>
        <translation>参保身份</translation>
    </message>
    <message>
        <source>An employee of an enterprise</source>
        <translation>城镇企业职工</translation>
    </message>
    <message>
        <source>Self-employed or in flexible employment</source>
        <translation>个体工商户或灵活就业人员</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Managerial or technical (retirement at 55 before the reform)</source>
        <translation>管理或技术岗位（改革前 55 岁退休）</translation>
    </message>
    <message>
        <source>Production or service (retirement at 50 before the reform)</source>
        <translation>生产或服务岗位（改革前 50 岁退休）</translation>
    </message>
    <message>
        <source>Planned retirement</source>
        <translation>计划退休时间</translation>
    </message>
    <message>
        <source>At the statutory retirement age</source>
        <translation>按法定退休年龄</translation>
    </message>
    <message>
        <source>As early as allowed (up to 3 years earlier)</source>
        <translation>尽早弹性提前退休（最多提前 3 年）</translation>
    </message>
    <message>
        <source>3 years later, agreed with the employer</source>
        <translation>与单位协商弹性延迟 3 年</translation>
    </message>
    <message>
        <source>What has been paid</source>
        <translation>填缴费情况</translation>
    </message>
    <message>
        <source>Years paid so far</source>
        <translation>实际缴费年限（年）</translation>
    </message>
    <message>
        <source>And months beyond those years</source>
        <translation>另加月数</translation>
    </message>
    <message>
        <source>Deemed years: years worked before contributions began (usually 0)</source>
        <translation>视同缴费年限：养老保险制度实施前的连续工龄（一般为 0）</translation>
    </message>
    <message>
        <source>Of those, years paid from October 1992 to June 1998</source>
        <translation>其中 1992 年 10 月至 1998 年 6 月的实际缴费年限</translation>
    </message>
    <message>
        <source>Your wage over the years against the local average (the contribution index)</source>
        <translation>以前年度平均缴费工资指数（您的工资与当地社平工资相比）</translation>
    </message>
    <message>
        <source>0.6: well below the average</source>
        <translation>0.6：明显低于社平工资</translation>
    </message>
    <message>
        <source>0.8: below the average</source>
        <translation>0.8：低于社平工资</translation>
    </message>
    <message>
        <source>1.0: about the average</source>
        <translation>1.0：与社平工资大体相当</translation>
    </message>
    <message>
        <source>1.2: above the average</source>
        <translation>1.2：高于社平工资</translation>
    </message>
    <message>
        <source>1.5: well above the average</source>
        <translation>1.5：明显高于社平工资</translation>
    </message>
    <message>
        <source>2.0: twice the average</source>
        <translation>2.0：社平工资的两倍</translation>
    </message>
    <message>
        <source>3.0: three times the average (the most counted)</source>
        <translation>3.0：社平工资的三倍（计算上限）</translation>
    </message>
    <message>
        <source>Personal account balance at the end of last year (yuan)</source>
        <translation>上年末个人账户储存额（元）</translation>
    </message>
    <message>
        <source>Wages</source>
        <translation>填工资情况</translation>
    </message>
    <message>
        <source>Monthly contribution wage this year (yuan)</source>
        <translation>本年月缴费工资（元）</translation>
    </message>
    <message>
        <source>Local monthly average wage of last year (yuan)</source>
        <translation>参保地上年在岗职工月平均工资（元）</translation>
    </message>
    <message>
        <source>None</source>
        <translation>不增长</translation>
    </message>
    <message>
        <source>2% a year</source>
        <translation>每年 2%</translation>
    </message>
    <message>
        <source>4% a year</source>
        <translation>每年 4%</translation>
    </message>
    <message>
        <source>6% a year</source>
        <translation>每年 6%</translation>
    </message>
    <message>
        <source>How the contribution wage may grow</source>
        <translation>未来缴费工资增长率</translation>
    </message>
    <message>
        <source>How the local average wage may grow</source>
        <translation>未来社平工资增长率</translation>
    </message>
    <message>
        <source>Pension estimate</source>
        <translation>养老金测算</translation>
    </message>
    <message>
        <source>Your rights record shows the years you have paid and the account balance at the end of last year. Paid in several places not yet transferred? Add them up.</source>
        <translation>可以在个人社保权益记录单上查看实际缴费年限和上年末个人账户储存额。在多地参保又没有办理社保关系转移的，要把多地的信息合并计算后填写。</translation>
    </message>
    <message>
        <source>Usually the years you worked without a break before the pension insurance began where you worked.</source>
        <translation>一般就是养老保险制度实施前，您的连续工作年限。</translation>
    </message>
    <message>
        <source>Years paid in the first years of the reform. They add a transitional pension.</source>
        <translation>养老保险制度改革初期的缴费年限，会计发过渡性养老金。</translation>
    </message>
    <message>
        <source>Compare your wage with the local average wage over the years: about the same every year is 1; higher, choose more than 1; lower, less than 1.</source>
        <translation>按照您的工资水平与当地社平工资的相差水平大概估算：如果每年都大体相当，就是 1；自己的工资高，选择高于 1 的选项，否则选择低于 1 的选项。</translation>
    </message>
    <message>
        <source>On your rights record: the personal account balance at the end of last year.</source>
        <translation>见个人社保权益记录单：上年末个人账户储存额。</translation>
    </message>
    <message>
        <source>Not sure? Use last year&apos;s monthly contribution base from your rights record.</source>
        <translation>如果不了解，可以先用权益记录单上列出的上年度缴费基数代替。</translation>
    </message>
    <message>
        <source>Published every year by the local statistics office; already filled in where we have it.</source>
        <translation>一般由当地统计部门每年发布，可以从网上查到；我们有数据的已替您填好。</translation>
    </message>
</context>
<context>
    <name>PensionEstimateModule</name>
    <message>
        <source>Pension estimate</source>
        <translation>养老金测算</translation>
    </message>
    <message>
        <source>What you may receive a month on retiring</source>
        <translation>估算退休后每月能领多少养老金</translation>
    </message>
    <message>
        <source>What this person may receive a month on retiring</source>
        <translation>估算该人员退休后每月能领多少养老金</translation>
    </message>
</context>
<context>
    <name>PensionModule</name>
    <message>
        <source>Pension certification</source>
        <translation>养老保险待遇资格认证</translation>
    </message>
    <message>
        <source>Whether you are certified and until when</source>
        <translation>查看认证状态和有效期</translation>
    </message>
    <message>
        <source>Certification reviews</source>
        <translation>认证审核</translation>
    </message>
    <message>
        <source>Watch read-aloud certifications and decide</source>
        <translation>查看读数字认证录像并审核</translation>
    </message>
    <message>
        <source>By name and number; the person shows their face</source>
        <translation>输入姓名和社会保障号码，由本人刷脸</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>待发送</translation>
    </message>
    <message>
        <source>Certifications kept on this device</source>
        <translation>保存在本机、尚未发送的认证</translation>
    </message>
    <message>
        <source>Whether this person is certified and until when</source>
        <translation>查看该人员的认证状态和有效期</translation>
    </message>
    <message>
        <source>Certify for someone else</source>
        <translation>代他人认证</translation>
    </message>
</context>
<context>
    <name>PensionTransfer</name>
    <message>
        <source>You already draw a pension: the relation stays where it is paid, wherever you live.</source>
        <translation>您已经按规定领取养老金，不再转移养老保险关系：无论在哪里居住，养老金仍由原参保地发放。</translation>
    </message>
    <message>
        <source>You were first insured here at 50 or over (women: 40), away from your household registration: this is a temporary account, and no relation can be moved into it. On retiring, it moves to where you will draw your pension.</source>
        <translation>您在非户籍地首次参保时男性已满 50 岁（女性满 40 岁），在此建立的是临时账户，其他地区的养老保险关系不能转入。到达退休年龄时，临时账户将转到待遇领取地。</translation>
    </message>
    <message>
        <source>your household registration, where your relation is</source>
        <translation>户籍所在地，且养老保险关系在那里</translation>
    </message>
    <message>
        <source>where your relation is, with 10 years or more paid there</source>
        <translation>养老保险关系所在地，且在那里累计缴费满 10 年</translation>
    </message>
    <message>
        <source>the latest place where you paid 10 years or more</source>
        <translation>最后一个累计缴费满 10 年的参保地</translation>
    </message>
    <message>
        <source>your household registration: no place has 10 years paid yet</source>
        <translation>户籍所在地：还没有哪个参保地累计缴费满 10 年</translation>
    </message>
    <message>
        <source>You are not paying in anywhere at the moment. A transfer is asked for at the place where you work and pay in, once you do.</source>
        <translation>您目前没有在任何地方参保缴费。社保关系转移要在您就业并参保缴费的地方申请。</translation>
    </message>
    <message>
        <source>You have paid in at one place only, so there is nothing to move. When you work and pay in somewhere new, ask for the transfer there.</source>
        <translation>您只在一个地方参保缴费过，没有需要转移的社保关系。以后到新的地方就业参保时，再在那里申请转移。</translation>
    </message>
    <message>
        <source>Every earlier relation has already moved to where you pay in now, so there is nothing more to move.</source>
        <translation>以前各地的社保关系都已转到您现在缴费的地方，无需转移。</translation>
    </message>
</context>
<context>
    <name>PensionTransferForm</name>
    <message>
        <source>New place of work and insurance</source>
        <translation>转入地（新就业参保地）</translation>
    </message>
    <message>
        <source>A transfer goes from one province to another.</source>
        <translation>转出地和转入地不能是同一个省份。</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <source>Pension relation transfer</source>
        <translation>社保关系转移</translation>
    </message>
    <message>
        <source>From where to where</source>
        <translation>从哪里转到哪里</translation>
    </message>
    <message>
        <source>I confirm that what I have given is true. I understand that the new place reviews the application, and that the old place then moves my contribution record and funds; each step takes up to 15 working days.</source>
        <translation>本人承诺所填信息真实准确。本人知晓转移申请由转入地审核，审核同意后由转出地办理参保缴费信息和基金转移，每个环节最长 15 个工作日。</translation>
    </message>
    <message>
        <source>Where the pension relation is now</source>
        <translation>转出地（原参保地）</translation>
    </message>
    <message>
        <source>The new employer</source>
        <translation>新就业单位名称</translation>
    </message>
    <message>
        <source>Employer and phone</source>
        <translation>单位和联系方式</translation>
    </message>
</context>
<context>
    <name>PlatformApi</name>
    <message>
        <source>There is no such address in this API.</source>
        <translation>接口中没有这个地址。</translation>
    </message>
    <message>
        <source>This address does not accept this method.</source>
        <translation>此地址不支持该请求方法。</translation>
    </message>
    <message>
        <source>The request body must be a JSON object.</source>
        <translation>请求内容必须是 JSON 对象。</translation>
    </message>
    <message>
        <source>A required field is missing or empty: %1.</source>
        <translation>缺少必填项或内容为空：%1。</translation>
    </message>
    <message>
        <source>The data service did not answer in time. Please try again later.</source>
        <translation>数据超时，请稍后重试。</translation>
    </message>
    <message>
        <source>Please try again in a moment.</source>
        <translation>请稍后再试。</translation>
    </message>
    <message>
        <source>This terminal is registered for another mode of use.</source>
        <translation>本终端登记的使用模式与此不符。</translation>
    </message>
    <message>
        <source>This is not a valid e-card code.</source>
        <translation>这不是有效的电子社保卡二维码。</translation>
    </message>
    <message>
        <source>This code has expired.</source>
        <translation>二维码已过期。</translation>
    </message>
    <message>
        <source>This code has already been used.</source>
        <translation>此二维码已经使用过。</translation>
    </message>
    <message>
        <source>Please refresh the code in your app and show it again.</source>
        <translation>请在手机上刷新电子社保卡二维码后重新出示。</translation>
    </message>
    <message>
        <source>No insured person was found for this code or card.</source>
        <translation>未找到与此二维码或社保卡对应的参保人员。</translation>
    </message>
    <message>
        <source>Please ask at a service counter.</source>
        <translation>请到服务窗口咨询。</translation>
    </message>
    <message>
        <source>No one is logged in on this terminal, or the session has ended.</source>
        <translation>本终端当前没有人登录，或登录已结束。</translation>
    </message>
    <message>
        <source>Please show your code or insert your card again.</source>
        <translation>请重新出示电子社保卡二维码或插入社保卡。</translation>
    </message>
    <message>
        <source>This login code is unknown.</source>
        <translation>登录二维码无效。</translation>
    </message>
    <message>
        <source>This login code has expired: a new one is shown.</source>
        <translation>登录二维码已过期，已为您显示新的二维码。</translation>
    </message>
    <message>
        <source>This login code has already been used.</source>
        <translation>此登录二维码已经使用过。</translation>
    </message>
    <message>
        <source>Staff accounts are used at counters and on home visits only.</source>
        <translation>工作人员账号仅用于经办窗口和上门服务。</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>Too many wrong passwords: this account is locked until %1.</source>
        <translation>密码错误次数过多，账号已锁定至 %1。</translation>
    </message>
    <message>
        <source>Please log in with your staff account.</source>
        <translation>请使用工作人员账号登录。</translation>
    </message>
    <message>
        <source>Every submission needs an Idempotency-Key header (8 to 100 characters).</source>
        <translation>每次提交都需要 Idempotency-Key 请求头（8 至 100 个字符）。</translation>
    </message>
    <message>
        <source>This submission key was already used for different content.</source>
        <translation>此提交编号已用于其他内容。</translation>
    </message>
    <message>
        <source>This person is not in the demo data.</source>
        <translation>演示数据中没有此人。</translation>
    </message>
    <message>
        <source>Unknown kind of outlet: use cross-province, instant-replacement, online-channel or ecard-channel.</source>
        <translation>未知的网点类型：请使用 cross-province、instant-replacement、online-channel 或 ecard-channel。</translation>
    </message>
    <message>
        <source>Please choose a province from the list of open provinces.</source>
        <translation>请从已开通的省份列表中选择参保省份。</translation>
    </message>
    <message>
        <source>This province offers records for %1 to %2 through national query.</source>
        <translation>该省份可通过全国查询的年度为%1年至%2年。</translation>
    </message>
    <message>
        <source>For other years, please ask the local social insurance office.</source>
        <translation>其他年度请向当地社保部门查询。</translation>
    </message>
    <message>
        <source>This province has not yet opened its rights records for national query.</source>
        <translation>该省份暂未开通个人社保权益记录单全国查询。</translation>
    </message>
    <message>
        <source>Please ask the social insurance office where you are insured, or use its own website or app.</source>
        <translation>请向您参保地的社保部门查询，或使用当地人社部门的网站或手机应用查询。</translation>
    </message>
    <message>
        <source>You have no social insurance record in this province for %1.</source>
        <translation>您在该省份没有%1年度的社会保险记录。</translation>
    </message>
    <message>
        <source>Please check that you chose the province where you were insured that year.</source>
        <translation>请确认选择的是您该年度的参保省份。</translation>
    </message>
    <message>
        <source>The province&apos;s data did not come back in time.</source>
        <translation>数据返回超时。</translation>
    </message>
    <message>
        <source>No rights record was issued with this verification code.</source>
        <translation>没有以此验证码出具的权益记录单。</translation>
    </message>
    <message>
        <source>An employment and entrepreneurship certificate number has 16 digits.</source>
        <translation>就业创业证编号为16位数字。</translation>
    </message>
    <message>
        <source>No employment and entrepreneurship certificate with this number is yours.</source>
        <translation>未查到您名下此编号的就业创业证。</translation>
    </message>
    <message>
        <source>Please check the number on your certificate, or ask at a counter: the clerk can look it up by your card.</source>
        <translation>请核对证书上的编号，或到窗口办理：工作人员可凭您的社保卡查询。</translation>
    </message>
    <message>
        <source>No employment and entrepreneurship certificate is on record for you.</source>
        <translation>未查到您的就业创业证记录。</translation>
    </message>
    <message>
        <source>Please choose an examination from the list.</source>
        <translation>请从列表中选择考试名称。</translation>
    </message>
    <message>
        <source>Scores can be looked up for examinations from %1 to %2.</source>
        <translation>可查询%1年至%2年的考试成绩。</translation>
    </message>
    <message>
        <source>A field of the form is not valid.</source>
        <translation>表单中有一项填写不正确。</translation>
    </message>
    <message>
        <source>This kind of application is not known.</source>
        <translation>不支持此类申请。</translation>
    </message>
    <message>
        <source>The applicant&apos;s commitment must be confirmed before filing.</source>
        <translation>提交前须确认本人承诺。</translation>
    </message>
    <message>
        <source>No application waiting for review has this receipt.</source>
        <translation>没有待审核的此回执号申请。</translation>
    </message>
    <message>
        <source>An attached file was not found. Please attach it again.</source>
        <translation>未找到所附文件，请重新添加。</translation>
    </message>
    <message>
        <source>This decision does not apply to the application as it stands.</source>
        <translation>该审核决定不适用于此申请的当前状态。</translation>
    </message>
    <message>
        <source>The file did not arrive whole. Please attach it again.</source>
        <translation>文件未完整上传，请重新添加。</translation>
    </message>
    <message>
        <source>The citizen must confirm this form with their own e-card code or card before it is filed.</source>
        <translation>提交前须由申请人本人出示电子社保卡二维码或插入社保卡确认。</translation>
    </message>
    <message>
        <source>This code or card belongs to someone else, not to the person being served.</source>
        <translation>此二维码或社保卡属于其他人，不是正在办理业务的本人。</translation>
    </message>
    <message>
        <source>You do not draw a pension, so there is nothing to certify. To start drawing one when you reach the retirement age, ask your social insurance office.</source>
        <translation>您目前没有领取养老金，无需进行待遇资格认证。到了退休年龄要申领养老金的，请到您参保地的社保服务窗口咨询。</translation>
    </message>
    <message>
        <source>This is your own code or card: a family member shows their own.</source>
        <translation>这是您本人的二维码或社保卡，请由家人出示其本人的。</translation>
    </message>
    <message>
        <source>This person is not among your family members.</source>
        <translation>此人不在您的亲情服务家人中。</translation>
    </message>
    <message>
        <source>Certified: your pension continues to be paid for this cycle.</source>
        <translation>认证成功：本认证周期内您的养老金将继续正常发放。</translation>
    </message>
    <message>
        <source>Received: a member of staff will check your recording, usually within 3 working days. You need not do anything else.</source>
        <translation>已收到：工作人员将审核您的录像，一般在3个工作日内完成。您无需再做其他操作。</translation>
    </message>
    <message>
        <source>Your photo on file does not match you. Please ask the social security card office to update your photo, then certify again.</source>
        <translation>您的社保卡相片与本人不符。请联系本地社会保障卡管理服务部门修改相片后，再进行认证。</translation>
    </message>
    <message>
        <source>There is no usable photo of you on file. Please have one taken at the social security card office, then certify again.</source>
        <translation>系统中没有您可用的相片。请到社会保障卡管理服务部门采集相片后，再进行认证。</translation>
    </message>
    <message>
        <source>You are already certified for this cycle: nothing more to do.</source>
        <translation>您本周期已完成认证，无需再次认证。</translation>
    </message>
    <message>
        <source>The recording could not be accepted. Please certify again.</source>
        <translation>您的认证录像未通过审核，请重新认证。</translation>
    </message>
    <message>
        <source>This attempt did not pass the checks on the terminal.</source>
        <translation>本次认证未通过终端检测。</translation>
    </message>
    <message>
        <source>The picture sent is not a readable image.</source>
        <translation>上传的图片无法识别。</translation>
    </message>
    <message>
        <source>No face can be seen in the picture sent.</source>
        <translation>上传的图片中没有人脸。</translation>
    </message>
    <message>
        <source>The certification method must be &quot;actions&quot; or &quot;read-aloud&quot;.</source>
        <translation>认证方式只能是“actions”（按提示做动作）或“read-aloud”（读数字认证）。</translation>
    </message>
    <message>
        <source>There is no certification waiting for review under this receipt.</source>
        <translation>该回执号下没有待审核的认证。</translation>
    </message>
    <message>
        <source>This is not a valid social security number.</source>
        <translation>这不是有效的社会保障号码。</translation>
    </message>
    <message>
        <source>No insured person has this name and social security number. Please check both.</source>
        <translation>没有查到此姓名和社会保障号码对应的参保人，请核对姓名和号码。</translation>
    </message>
    <message>
        <source>A transfer is asked for where you pay in now: please choose that province as the new place.</source>
        <translation>社保关系转移向现在的参保地申请：请把现在参保缴费的省份选为转入地。</translation>
    </message>
    <message>
        <source>You have no pension relation left to transfer in that province. Please choose where you paid in before.</source>
        <translation>您在该省份没有可以转出的养老保险关系。请选择您以前参保缴费的地方。</translation>
    </message>
    <message>
        <source>Your transfer application is already under way: you can follow its progress here, with no need to apply again.</source>
        <translation>您的转移申请正在办理中：可以在这里查询进度，不用再次申请。</translation>
    </message>
    <message>
        <source>The card was not proven: a card is accepted only with its PIN entered on the card in the reader.</source>
        <translation>这张卡没有通过验证：社保卡只有插在读卡器上并输入密码后才能使用。</translation>
    </message>
    <message>
        <source>Please take the card out, insert it again and enter its PIN.</source>
        <translation>请取出社保卡，重新插入后输入密码。</translation>
    </message>
    <message>
        <source>The card&apos;s answer is for a check this terminal never asked for.</source>
        <translation>卡片的应答不属于本机发起的验证。</translation>
    </message>
    <message>
        <source>The card check took too long and has expired.</source>
        <translation>验卡时间太长，已经失效。</translation>
    </message>
    <message>
        <source>This card check was already used once and cannot be used again.</source>
        <translation>这次验卡已经用过，不能再用。</translation>
    </message>
    <message>
        <source>The card&apos;s answer is not right: it is not this card&apos;s answer to this check.</source>
        <translation>卡片的应答不正确：这不是这张卡对本次验证的应答。</translation>
    </message>
    <message>
        <source>This account&apos;s role does not work on this kind of terminal: clerks and reviewers at a counter, visiting staff on a field laptop.</source>
        <translation>这个账号的岗位不能在这类终端上使用：窗口经办人员和审核人员在窗口终端登录，上门服务人员在外勤笔记本上登录。</translation>
    </message>
    <message>
        <source>This task is not part of your role.</source>
        <translation>这项工作不在您的岗位权限内。</translation>
    </message>
    <message>
        <source>Please find the person by name and social security number first.</source>
        <translation>请先按姓名和社会保障号码查找到这个人。</translation>
    </message>
    <message>
        <source>You filed this certification yourself: another reviewer must decide it.</source>
        <translation>这次认证是您本人经办的，需要由另一位审核人员决定。</translation>
    </message>
    <message>
        <source>The recording is missing or cannot be played. Please certify again.</source>
        <translation>录像缺失或无法播放，请重新认证。</translation>
    </message>
    <message>
        <source>The recording&apos;s frame times are missing or do not fit its frames. Please certify again.</source>
        <translation>录像的帧时间缺失或与画面不符，请重新认证。</translation>
    </message>
    <message>
        <source>This certification&apos;s challenge is not known for this person at this terminal. Please start the certification again.</source>
        <translation>本次认证的验证任务不属于此人或此终端，请重新开始认证。</translation>
    </message>
    <message>
        <source>This certification&apos;s challenge has expired. Please start the certification again.</source>
        <translation>本次认证的验证任务已过期，请重新开始认证。</translation>
    </message>
    <message>
        <source>This certification&apos;s challenge has already been used. Please start the certification again.</source>
        <translation>本次认证的验证任务已使用过，请重新开始认证。</translation>
    </message>
    <message>
        <source>The recording is longer than the time the challenge allowed. Please certify again.</source>
        <translation>录像时长超出验证任务允许的时间，请重新认证。</translation>
    </message>
    <message>
        <source>Challenges for home visits are issued to field terminals only.</source>
        <translation>上门服务的验证任务只发给上门服务终端。</translation>
    </message>
    <message>
        <source>The visit day must be today or within the next 7 days.</source>
        <translation>上门日期须为今天或之后7天内。</translation>
    </message>
    <message>
        <source>The visit list must name between 1 and 50 different people by their id.</source>
        <translation>上门名单须列出1至50个不同的人员编号。</translation>
    </message>
    <message>
        <source>The actions were not done in the order asked. Please try again and do each action when the screen asks for it.</source>
        <translation>动作未按要求的顺序完成。请重新认证，按屏幕提示逐个完成动作。</translation>
    </message>
    <message>
        <source>No blink was seen in the recording. Please try again and blink when asked.</source>
        <translation>录像中没有看到眨眼。请重新认证，提示时眨眨眼。</translation>
    </message>
    <message>
        <source>An action asked for was not seen in the recording. Please try again and do each action when the screen asks for it.</source>
        <translation>录像中没有看到要求的动作。请重新认证，按屏幕提示逐个完成动作。</translation>
    </message>
    <message>
        <source>The face left the picture during the recording. Please keep your face in the oval from the start to the end.</source>
        <translation>录像过程中人脸离开了画面。请从头到尾保持面部在圆框内。</translation>
    </message>
    <message>
        <source>No face can be seen in the recording. Please face the camera and try again.</source>
        <translation>录像中看不到人脸。请正对摄像头重新认证。</translation>
    </message>
    <message>
        <source>Another person appeared in the recording. Only the person being certified may be in the picture.</source>
        <translation>录像中出现了其他人。画面里只能有被认证人一人。</translation>
    </message>
    <message>
        <source>The recording is not one continuous recording of one face. Please certify again in one go.</source>
        <translation>录像不是同一张脸连续不断的录制。请一次性重新完成认证。</translation>
    </message>
    <message>
        <source>The recording shows a still picture, not a person. The person must be there in person.</source>
        <translation>录像中是静止的图片，不是真人。须本人亲自认证。</translation>
    </message>
    <message>
        <source>The recording repeats itself like a video played in a loop. The person must be there in person.</source>
        <translation>录像内容重复，像是循环播放的视频。须本人亲自认证。</translation>
    </message>
    <message>
        <source>The recording shows the photo on file, not the person. The person must be there in person.</source>
        <translation>录像中是留存的相片，不是本人。须本人亲自认证。</translation>
    </message>
    <message>
        <source>We did not see the digits being read. Please try again and read them aloud facing the screen.</source>
        <translation>没有看到您读出数字。请重新认证，面对屏幕大声读出数字。</translation>
    </message>
    <message>
        <source>The reading was too short to read four digits. Please try again and read all four.</source>
        <translation>读数字的时间太短，不足以读完四个数字。请重新认证，读完全部四个数字。</translation>
    </message>
    <message>
        <source>Too many wrong sign-ins at this terminal: sign-in here is paused until %1. Other terminals are not affected.</source>
        <translation>本终端登录失败次数过多，在 %1 之前暂停登录。其他终端不受影响。</translation>
    </message>
    <message>
        <source>The user name begins or ends with a space. Type it without spaces.</source>
        <translation>用户名开头或结尾有空格，请去掉空格后重新输入。</translation>
    </message>
    <message>
        <source>The user name is too long or contains characters that cannot be typed. Check it and type it again.</source>
        <translation>用户名过长或含有无法输入的字符，请核对后重新输入。</translation>
    </message>
    <message>
        <source>There is no sign-in counter for this account or terminal (it may have been cleared already).</source>
        <translation>该账号或终端没有登录失败记录（可能已被清除）。</translation>
    </message>
    <message>
        <source>Choose the kind of counter to clear: account or terminal.</source>
        <translation>请选择要清除的记录类型：账号或终端。</translation>
    </message>
    <message>
        <source>Check the code against the paper. A record whose code is not found is not genuine: ask the social insurance office.</source>
        <translation>请与纸质记录单上的验证码核对。查不到验证码的记录单不是真实的，请咨询社保部门。</translation>
    </message>
    <message>
        <source>The request is not well-formed HTTP.</source>
        <translation>请求格式不正确。</translation>
    </message>
    <message>
        <source>The request is too large.</source>
        <translation>请求过大。</translation>
    </message>
    <message>
        <source>The request did not arrive in time, so the connection was closed.</source>
        <translation>请求未能及时送达，连接已关闭。</translation>
    </message>
    <message>
        <source>Too many requests from this terminal or account in a short time.</source>
        <translation>本终端或本账户短时间内请求过多。</translation>
    </message>
    <message>
        <source>You logged in</source>
        <translation>您登录了</translation>
    </message>
    <message>
        <source>Found your record by your name and number</source>
        <translation>按姓名和号码查找了您的信息</translation>
    </message>
    <message>
        <source>Looked at your pension certification</source>
        <translation>查看了您的养老保险待遇资格认证</translation>
    </message>
    <message>
        <source>Certified your pension entitlement for you</source>
        <translation>为您办理了养老保险待遇资格认证</translation>
    </message>
    <message>
        <source>Put you on a home visit list</source>
        <translation>把您列入了上门服务名单</translation>
    </message>
    <message>
        <source>Opened your certification for review</source>
        <translation>打开了您的认证进行审核</translation>
    </message>
    <message>
        <source>Watched your certification recording</source>
        <translation>查看了您的认证录像</translation>
    </message>
    <message>
        <source>Decided your certification</source>
        <translation>审核决定了您的认证</translation>
    </message>
    <message>
        <source>Showed your full numbers on screen</source>
        <translation>在屏幕上显示了您的完整号码</translation>
    </message>
    <message>
        <source>Used your personal data</source>
        <translation>使用了您的个人信息</translation>
    </message>
    <message>
        <source>The page must be a number from 1 on.</source>
        <translation>页码必须是从 1 开始的数字。</translation>
    </message>
    <message>
        <source>Only these fields can be shown in full: %1.</source>
        <translation>只有这些项目可以完整显示：%1。</translation>
    </message>
    <message>
        <source>Please say why the numbers are shown in full.</source>
        <translation>请说明完整显示号码的原因。</translation>
    </message>
    <message>
        <source>The person being certified has not agreed to have their face recorded. Please show them the notice and let them agree first.</source>
        <translation>被认证人还没有同意录制面部。请先让其阅读告知并表示同意。</translation>
    </message>
    <message>
        <source>The notice about face recording has changed. Please read the new notice and agree again.</source>
        <translation>面部录制告知的内容已更新。请阅读新的告知并重新表示同意。</translation>
    </message>
    <message>
        <source>Only the person being certified can agree: with their own e-card code, or their own card and its PIN.</source>
        <translation>只有被认证人本人可以同意：请使用本人的电子社保卡二维码，或本人的社保卡和密码。</translation>
    </message>
    <message>
        <source>You showed your full numbers on screen</source>
        <translation>您本人在屏幕上显示了完整号码</translation>
    </message>
    <message>
        <source>At a counter, the clerk shows the numbers in full.</source>
        <translation>在服务窗口，请由工作人员为您显示完整号码。</translation>
    </message>
    <message>
        <source>Added you to their family service, with your consent</source>
        <translation>经您同意，将您添加为亲情服务对象</translation>
    </message>
    <message>
        <source>Looked at your pension certification for you</source>
        <translation>为您查看了养老金资格认证情况</translation>
    </message>
    <message>
        <source>Sent your face certification from their session</source>
        <translation>在其登录的终端上为您提交了刷脸认证</translation>
    </message>
    <message>
        <source>You changed your card&apos;s PIN</source>
        <translation>您修改了社保卡密码</translation>
    </message>
    <message>
        <source>You tried to change your card&apos;s PIN; it stayed as it was</source>
        <translation>您尝试修改社保卡密码，密码未改变</translation>
    </message>
    <message>
        <source>You began changing your card&apos;s PIN</source>
        <translation>您开始修改社保卡密码（未确认完成）</translation>
    </message>
    <message>
        <source>This card belongs to someone other than the person served.</source>
        <translation>这张卡不是正在办理业务的本人的卡。</translation>
    </message>
    <message>
        <source>Only the card&apos;s holder can change its PIN.</source>
        <translation>只有持卡人本人可以修改这张卡的密码。</translation>
    </message>
    <message>
        <source>The outcome of a PIN change is changed or unchanged.</source>
        <translation>修改密码的结果只能是已修改或未修改。</translation>
    </message>
    <message>
        <source>No such PIN change for this card here.</source>
        <translation>本终端没有这张卡的这次密码修改记录。</translation>
    </message>
    <message>
        <source>This PIN change was already recorded with another outcome.</source>
        <translation>这次密码修改已记录了不同的结果。</translation>
    </message>
    <message>
        <source>Reported your card lost</source>
        <translation>挂失了您的社保卡</translation>
    </message>
    <message>
        <source>Cancelled the loss report of your card</source>
        <translation>解除了您社保卡的挂失</translation>
    </message>
    <message>
        <source>A card&apos;s loss is reported at a kiosk or a service counter.</source>
        <translation>社保卡挂失请在自助终端或服务窗口办理。</translation>
    </message>
    <message>
        <source>The card&apos;s status changed in the meantime.</source>
        <translation>这张社保卡的状态刚刚发生了变化。</translation>
    </message>
    <message>
        <source>Please look at the card&apos;s status again.</source>
        <translation>请重新查看社保卡的状态。</translation>
    </message>
    <message>
        <source>You hold no such card.</source>
        <translation>您名下没有这张社保卡。</translation>
    </message>
    <message>
        <source>This card is already reported lost.</source>
        <translation>这张社保卡已经挂失。</translation>
    </message>
    <message>
        <source>Nothing more to do: it cannot be used by anyone. Apply for a replacement, or cancel the report with the card and its PIN.</source>
        <translation>无需再次挂失，任何人都无法使用这张卡。您可以申请补换卡，或插卡并输入密码解除挂失。</translation>
    </message>
    <message>
        <source>Only a card in use can be reported lost.</source>
        <translation>只有正常使用中的社保卡才能挂失。</translation>
    </message>
    <message>
        <source>This card is cancelled or not yet collected, so it cannot be used anyway.</source>
        <translation>这张社保卡已注销或尚未领取，本来就无法使用。</translation>
    </message>
    <message>
        <source>This card is not reported lost.</source>
        <translation>这张社保卡没有挂失。</translation>
    </message>
    <message>
        <source>There is no loss report to cancel.</source>
        <translation>无需解除挂失。</translation>
    </message>
    <message>
        <source>A card&apos;s PIN is unlocked and reset at a service counter.</source>
        <translation>社保卡密码解锁和重置请到服务窗口办理。</translation>
    </message>
    <message>
        <source>The card holder&apos;s own e-card code is needed to reset the PIN.</source>
        <translation>重置密码需要持卡人本人的电子社保卡二维码。</translation>
    </message>
    <message>
        <source>Ask the card holder to show the e-card code in their app on the scanner.</source>
        <translation>请持卡人打开手机上的电子社保卡，把二维码对准扫码器。</translation>
    </message>
    <message>
        <source>This card&apos;s PIN has been reset too often today.</source>
        <translation>这张卡今天重置密码的次数太多了。</translation>
    </message>
    <message>
        <source>Please come back tomorrow, or ask the card office.</source>
        <translation>请明天再来，或咨询社保卡管理服务部门。</translation>
    </message>
    <message>
        <source>That e-card code is not the card holder&apos;s.</source>
        <translation>这个电子社保卡二维码不是持卡人本人的。</translation>
    </message>
    <message>
        <source>Only the card holder can have its PIN reset, with their own e-card code.</source>
        <translation>只有持卡人本人才能用自己的电子社保卡二维码重置这张卡的密码。</translation>
    </message>
    <message>
        <source>No such PIN reset for this card here.</source>
        <translation>本终端没有这张卡的这次密码重置。</translation>
    </message>
    <message>
        <source>You opened your card&apos;s e-licence</source>
        <translation>您打开了社保卡电子证照</translation>
    </message>
    <message>
        <source>Checked your card&apos;s e-licence shown to them</source>
        <translation>核验了您出示的社保卡电子证照</translation>
    </message>
    <message>
        <source>The e-licence is shown after logging in with the card and its PIN, or with your e-card.</source>
        <translation>电子证照须用社保卡及密码，或用电子社保卡登录后才能亮证。</translation>
    </message>
    <message>
        <source>Please log out and log in with your card.</source>
        <translation>请退出后用社保卡重新登录。</translation>
    </message>
    <message>
        <source>Do not accept it. Ask for the card, or another proof.</source>
        <translation>请勿采信。请对方出示社保卡或其他证明。</translation>
    </message>
    <message>
        <source>E-licences are checked at a service counter.</source>
        <translation>电子证照在服务窗口核验。</translation>
    </message>
    <message>
        <source>This is not a readable e-licence.</source>
        <translation>这不是可读取的电子证照。</translation>
    </message>
    <message>
        <source>Please scan it again.</source>
        <translation>请重新扫码。</translation>
    </message>
    <message>
        <source>This e-licence was shown more than 5 minutes after it was opened.</source>
        <translation>此电子证照打开已超过5分钟。</translation>
    </message>
    <message>
        <source>Ask the citizen to open it again on their phone or at a kiosk.</source>
        <translation>请申请人在手机或自助终端上重新打开电子证照。</translation>
    </message>
    <message>
        <source>Someone tried to sign in as you by face; the face did not pass</source>
        <translation>有人以您的身份刷脸登录，人脸未通过</translation>
    </message>
    <message>
        <source>Began resetting your card&apos;s PIN at a counter</source>
        <translation>在服务窗口开始重置您的社保卡密码</translation>
    </message>
    <message>
        <source>Reset your card&apos;s PIN at a counter</source>
        <translation>在服务窗口重置了您的社保卡密码</translation>
    </message>
    <message>
        <source>You signed in with your face only, which is not enough for this service. Please sign in with your card and its PIN or your e-card, or go to a service counter.</source>
        <translation>您是仅凭刷脸登录的，办理这项业务还不够。请插入社保卡并输入密码，或使用电子社保卡登录，也可以到服务窗口办理。</translation>
    </message>
    <message>
        <source>Signing in by face is offered at self-service kiosks only.</source>
        <translation>刷脸登录只在自助终端上提供。</translation>
    </message>
    <message>
        <source>Please read the notice about your face and agree to it before your face is recorded.</source>
        <translation>录制您的面部之前，请先阅读关于人脸信息的告知并表示同意。</translation>
    </message>
    <message>
        <source>Signing in by face has failed too often for this person or at this kiosk. Please sign in with your card or e-card, or go to a service counter with your ID card.</source>
        <translation>此人或本台自助终端的刷脸登录失败次数过多。请使用社保卡或电子社保卡登录，或携带身份证到服务窗口办理。</translation>
    </message>
    <message>
        <source>There is no usable photo of you on file, so you cannot sign in by face. Please go to a service counter with your ID card.</source>
        <translation>系统中没有您可用的相片，无法刷脸登录。请携带身份证到服务窗口办理。</translation>
    </message>
    <message>
        <source>Your face could not be matched with the photo on file, so you are not signed in.</source>
        <translation>您的面部与系统中的相片比对未通过，未能登录。</translation>
    </message>
    <message>
        <source>Please try again, or go to a service counter with your ID card.</source>
        <translation>请再试一次，或携带身份证到服务窗口办理。</translation>
    </message>
    <message>
        <source>Applied for a replacement of your card</source>
        <translation>申请补换社保卡</translation>
    </message>
    <message>
        <source>Made your new card</source>
        <translation>制作了您的新社保卡</translation>
    </message>
    <message>
        <source>Handed over your new card; the old one is cancelled</source>
        <translation>发放了您的新社保卡，旧卡已注销</translation>
    </message>
    <message>
        <source>A new card is issued and handed over at a service counter.</source>
        <translation>新卡在社保服务窗口制卡和发放。</translation>
    </message>
    <message>
        <source>A new card is applied for at a kiosk or a service counter.</source>
        <translation>补换卡请在自助终端或社保服务窗口申请。</translation>
    </message>
    <message>
        <source>You have no card replacement with this receipt.</source>
        <translation>没有查到您这个回执号的补换卡申请。</translation>
    </message>
    <message>
        <source>A lost card is reported lost before it is replaced.</source>
        <translation>丢失的社保卡需要先挂失，才能申请补换卡。</translation>
    </message>
    <message>
        <source>Report it lost first: then nobody can use it while the new one is made.</source>
        <translation>请先挂失：这样在新卡制好之前，任何人都无法使用这张卡。</translation>
    </message>
    <message>
        <source>This card cannot be replaced for this reason.</source>
        <translation>这张卡不能按这个原因补换。</translation>
    </message>
    <message>
        <source>A replacement of this card is already under way.</source>
        <translation>这张卡已有正在办理的补换卡申请。</translation>
    </message>
    <message>
        <source>See how far it has come in &quot;My applications&quot;.</source>
        <translation>可在“我的办件”中查看办理进度。</translation>
    </message>
    <message>
        <source>A card is replaced when it is lost, damaged, expired or its information changed.</source>
        <translation>社保卡在丢失、损坏、到期或信息变更时才能补换。</translation>
    </message>
    <message>
        <source>The new card was already handed over.</source>
        <translation>新卡已经发放。</translation>
    </message>
    <message>
        <source>The new card has not been made yet.</source>
        <translation>新卡还没有制作。</translation>
    </message>
    <message>
        <source>This is not the card made for this replacement.</source>
        <translation>这不是为本次补换制作的新卡。</translation>
    </message>
    <message>
        <source>Cards are not issued at counters here yet.</source>
        <translation>本窗口暂不能即时制卡。</translation>
    </message>
    <message>
        <source>The card office makes the new card; it is collected here.</source>
        <translation>新卡由制卡中心制作，制好后到这里领取。</translation>
    </message>
    <message>
        <source>There is no such text message.</source>
        <translation>没有这条短信。</translation>
    </message>
    <message>
        <source>Only a text message that failed or was not delivered can be sent again.</source>
        <translation>只有发送失败或未送达的短信才能重新发送。</translation>
    </message>
    <message>
        <source>You have already claimed this benefit: see its status.</source>
        <translation>您已申领这项待遇，请查看办理进度。</translation>
    </message>
    <message>
        <source>Please register as unemployed first.</source>
        <translation>请先办理失业登记。</translation>
    </message>
    <message>
        <source>You have asked for this service already: the employment service will contact you.</source>
        <translation>您已申请过这项服务，就业服务机构会与您联系。</translation>
    </message>
    <message>
        <source>Payments cannot be taken here at the moment.</source>
        <translation>这里暂时不能缴费。</translation>
    </message>
    <message>
        <source>Please pay at a bank or in the e-card app, or ask at the counter.</source>
        <translation>请通过银行或电子社保卡应用缴费，也可以到窗口咨询。</translation>
    </message>
    <message>
        <source>There is no such item to pay.</source>
        <translation>没有这个缴费项目。</translation>
    </message>
    <message>
        <source>That amount is not one of the amounts this item allows.</source>
        <translation>这个金额不是该项目可选的缴费档次。</translation>
    </message>
    <message>
        <source>This contribution is already paid for %1.</source>
        <translation>%1年度的这项费用已经缴纳。</translation>
    </message>
    <message>
        <source>Nothing more is needed for this year.</source>
        <translation>本年度无需再缴。</translation>
    </message>
    <message>
        <source>There is no such payment of yours.</source>
        <translation>没有找到您的这笔缴费。</translation>
    </message>
    <message>
        <source>The payment service did not answer. Nothing was charged.</source>
        <translation>支付服务没有响应，没有扣款。</translation>
    </message>
    <message>
        <source>Please try again in a minute.</source>
        <translation>请稍等一分钟再试。</translation>
    </message>
    <message>
        <source>This payment is no longer waiting to be paid.</source>
        <translation>这笔订单已不在待支付状态。</translation>
    </message>
    <message>
        <source>That is not a payment code. Nothing was charged.</source>
        <translation>扫描的不是付款码，没有扣款。</translation>
    </message>
    <message>
        <source>Open the payment code in the e-card app and hold it to the scanner again.</source>
        <translation>请在电子社保卡应用中打开付款码，重新对准扫码墩。</translation>
    </message>
    <message>
        <source>The payment was declined by your account. Nothing was charged.</source>
        <translation>您的账户拒绝了这笔付款，没有扣款。</translation>
    </message>
    <message>
        <source>Please pay another way, or ask your bank.</source>
        <translation>请换一种方式支付，或咨询您的开户银行。</translation>
    </message>
    <message>
        <source>The time to pay this order has run out. Nothing was charged.</source>
        <translation>这笔订单的支付时间已过，没有扣款。</translation>
    </message>
    <message>
        <source>Refunds are made by a clerk at a counter.</source>
        <translation>退款需要到窗口由工作人员办理。</translation>
    </message>
    <message>
        <source>Only a paid order can be refunded, and only once.</source>
        <translation>只有已支付的订单才能退款，且只能退一次。</translation>
    </message>
    <message>
        <source>No receipt has this verification code.</source>
        <translation>没有与此验证码对应的缴费凭证。</translation>
    </message>
    <message>
        <source>This instance of the service is shutting down. Please try again.</source>
        <translation>本服务实例正在停止，请重试。</translation>
    </message>
    <message>
        <source>This person does not draw a pension, so there is nothing to certify. To start drawing one at the retirement age, they ask their social insurance office.</source>
        <translation>该人员目前没有领取养老金，无需进行待遇资格认证。到了退休年龄要申领养老金的，可到其参保地的社保服务窗口咨询。</translation>
    </message>
    <message>
        <source>This cannot be paid here yet: the region has not set its amounts.</source>
        <translation>本地区尚未设定缴费金额，暂不能在此缴费。</translation>
    </message>
    <message>
        <source>Choose why the payment is refunded: paid twice, wrong grade, wrong item or paid for the wrong person.</source>
        <translation>请选择退款原因：重复缴费、档次选错、缴费项目选错或替他人误缴。</translation>
    </message>
    <message>
        <source>This payment is the only one for its year: it was not paid twice.</source>
        <translation>这笔缴费是该年度唯一的一笔，不属于重复缴费。</translation>
    </message>
    <message>
        <source>The year this payment was for has ended: it can no longer be refunded here.</source>
        <translation>这笔缴费所属的年度已经结束，不能在此退款。</translation>
    </message>
    <message>
        <source>Please ask the social insurance office about the year&apos;s account.</source>
        <translation>请向社保部门咨询该年度的缴费。</translation>
    </message>
    <message>
        <source>This payment was paid once: it is refunded only with the person who paid at the counter.</source>
        <translation>这笔缴费只缴了一次，须由缴费人本人在柜台办理退款。</translation>
    </message>
    <message>
        <source>This e-licence was not issued by the social insurance office, or it was altered.</source>
        <translation>此电子证照不是社保部门签发的，或已被改动。</translation>
    </message>
    <message>
        <source>The social security system is busy right now.</source>
        <translation>社保系统现在繁忙。</translation>
    </message>
    <message>
        <source>The social security system is busy checking other recordings and files.</source>
        <translation>社保系统正在核验其他录像和文件，暂时繁忙。</translation>
    </message>
    <message>
        <source>This terminal is not registered with the social security system or its secret is wrong.</source>
        <translation>本终端未在社保系统登记，或终端密钥不正确。</translation>
    </message>
    <message>
        <source>The code&apos;s time is ahead of the social security system&apos;s: check the phone&apos;s clock.</source>
        <translation>二维码上的时间比社保系统的时间晚，请检查手机的时间设置。</translation>
    </message>
    <message>
        <source>This social security card is not in the social security system.</source>
        <translation>社保系统中没有这张社保卡的信息。</translation>
    </message>
    <message>
        <source>What was read from the card does not match the social security records.</source>
        <translation>从卡中读取的信息与社保记录不一致。</translation>
    </message>
    <message>
        <source>A certification must follow the actions or digits it asked for. Please start the certification again.</source>
        <translation>认证须按要求的动作或数字进行，请重新开始认证。</translation>
    </message>
    <message>
        <source>This code could not be confirmed as an e-card QR code.</source>
        <translation>无法确认这是电子社保卡二维码。</translation>
    </message>
</context>
<context>
    <name>PlatformClient</name>
    <message>
        <source>Data timed out. Please try again later.</source>
        <translation>数据超时，请稍后重试。</translation>
    </message>
    <message>
        <source>Please tell the hall staff: this terminal needs attention.</source>
        <translation>请告知大厅工作人员：本终端需要检修。</translation>
    </message>
    <message>
        <source>Please try again in a moment, or ask at a service counter.</source>
        <translation>请稍后再试，或到服务窗口咨询。</translation>
    </message>
    <message>
        <source>The social security system cannot be reached right now.</source>
        <translation>暂时连不上社保系统。</translation>
    </message>
    <message>
        <source>The social security system&apos;s identity could not be verified, so no data was sent.</source>
        <translation>无法确认社保系统的身份，未发送任何数据。</translation>
    </message>
    <message>
        <source>The social security system&apos;s address is plain http:// on another computer, so no data was sent: it must start with https://.</source>
        <translation>社保系统的地址为另一台计算机上的明文 http://，未发送任何数据：地址必须以 https:// 开头。</translation>
    </message>
    <message>
        <source>The social security system gave an answer this terminal does not understand.</source>
        <translation>社保系统返回了本终端无法识别的结果。</translation>
    </message>
</context>
<context>
    <name>PrintProblems</name>
    <message>
        <source>Printed. Please take your document from the printer.</source>
        <translation>打印完成，请从打印口取走您的文件。</translation>
    </message>
    <message>
        <source>The printing service is not answering. Please try again in a moment or ask a member of staff.</source>
        <translation>打印服务没有响应，请稍后重试或向工作人员求助。</translation>
    </message>
    <message>
        <source>The printer is out of paper. Please ask a member of staff to refill it, then try again.</source>
        <translation>打印机缺纸，请联系工作人员加纸后重试。</translation>
    </message>
    <message>
        <source>Paper is jammed in the printer. Please ask a member of staff to clear it, then try again.</source>
        <translation>打印机卡纸，请联系工作人员处理后重试。</translation>
    </message>
    <message>
        <source>The printer has run out of ink or toner. Please ask a member of staff.</source>
        <translation>打印机墨粉（墨水）已用完，请联系工作人员。</translation>
    </message>
    <message>
        <source>A cover of the printer is open. Please ask a member of staff to close it, then try again.</source>
        <translation>打印机盖板未关好，请联系工作人员关好后重试。</translation>
    </message>
    <message>
        <source>The printer is not answering. Please try again in a moment or ask a member of staff.</source>
        <translation>打印机没有响应，请稍后重试或向工作人员求助。</translation>
    </message>
    <message>
        <source>The printer has been paused. Please ask a member of staff to resume it, then try again.</source>
        <translation>打印机已暂停，请联系工作人员恢复后重试。</translation>
    </message>
    <message>
        <source>The printer is not taking documents at the moment. Please ask a member of staff.</source>
        <translation>打印机暂不接受打印任务，请联系工作人员。</translation>
    </message>
    <message>
        <source>The document could not be printed. Please try again.</source>
        <translation>文件未能打印，请重试。</translation>
    </message>
    <message>
        <source>The printer did not print in time, so the document was withdrawn and nothing will come out later. Please try again or ask a member of staff.</source>
        <translation>打印机未能及时打印，本次打印已撤销，之后不会再打出。请重试或向工作人员求助。</translation>
    </message>
    <message>
        <source>This terminal has no printer. For a paper copy, please use a kiosk with a printer or a service counter.</source>
        <translation>本机没有打印机。如需纸质材料，请到带打印机的自助终端或服务窗口办理。</translation>
    </message>
</context>
<context>
    <name>Province</name>
    <message>
        <source>Beijing</source>
        <translation>北京市</translation>
    </message>
    <message>
        <source>Tianjin</source>
        <translation>天津市</translation>
    </message>
    <message>
        <source>Hebei</source>
        <translation>河北省</translation>
    </message>
    <message>
        <source>Shanxi</source>
        <translation>山西省</translation>
    </message>
    <message>
        <source>Inner Mongolia</source>
        <translation>内蒙古自治区</translation>
    </message>
    <message>
        <source>Liaoning</source>
        <translation>辽宁省</translation>
    </message>
    <message>
        <source>Jilin</source>
        <translation>吉林省</translation>
    </message>
    <message>
        <source>Heilongjiang</source>
        <translation>黑龙江省</translation>
    </message>
    <message>
        <source>Shanghai</source>
        <translation>上海市</translation>
    </message>
    <message>
        <source>Jiangsu</source>
        <translation>江苏省</translation>
    </message>
    <message>
        <source>Zhejiang</source>
        <translation>浙江省</translation>
    </message>
    <message>
        <source>Anhui</source>
        <translation>安徽省</translation>
    </message>
    <message>
        <source>Fujian</source>
        <translation>福建省</translation>
    </message>
    <message>
        <source>Jiangxi</source>
        <translation>江西省</translation>
    </message>
    <message>
        <source>Shandong</source>
        <translation>山东省</translation>
    </message>
    <message>
        <source>Henan</source>
        <translation>河南省</translation>
    </message>
    <message>
        <source>Hubei</source>
        <translation>湖北省</translation>
    </message>
    <message>
        <source>Hunan</source>
        <translation>湖南省</translation>
    </message>
    <message>
        <source>Guangdong</source>
        <translation>广东省</translation>
    </message>
    <message>
        <source>Guangxi</source>
        <translation>广西壮族自治区</translation>
    </message>
    <message>
        <source>Hainan</source>
        <translation>海南省</translation>
    </message>
    <message>
        <source>Chongqing</source>
        <translation>重庆市</translation>
    </message>
    <message>
        <source>Sichuan</source>
        <translation>四川省</translation>
    </message>
    <message>
        <source>Guizhou</source>
        <translation>贵州省</translation>
    </message>
    <message>
        <source>Yunnan</source>
        <translation>云南省</translation>
    </message>
    <message>
        <source>Tibet</source>
        <translation>西藏自治区</translation>
    </message>
    <message>
        <source>Shaanxi</source>
        <translation>陕西省</translation>
    </message>
    <message>
        <source>Gansu</source>
        <translation>甘肃省</translation>
    </message>
    <message>
        <source>Qinghai</source>
        <translation>青海省</translation>
    </message>
    <message>
        <source>Ningxia</source>
        <translation>宁夏回族自治区</translation>
    </message>
    <message>
        <source>Xinjiang</source>
        <translation>新疆维吾尔自治区</translation>
    </message>
</context>
<context>
    <name>QrCommand</name>
    <message>
        <source>usage: ssc-ctl qr decode IMAGE...</source>
        <translation>用法：ssc-ctl qr decode 图片...</translation>
    </message>
    <message>
        <source>nothing read: %1</source>
        <translation>未读到内容：%1</translation>
    </message>
</context>
<context>
    <name>QrDecoder</name>
    <message>
        <source>the file is not an image this terminal can read</source>
        <translation>此文件不是本终端能读取的图片</translation>
    </message>
    <message>
        <source>a QR code was found but could not be read: damaged, blurred or partly covered</source>
        <translation>找到二维码但无法识别：二维码破损、模糊或被遮挡</translation>
    </message>
    <message>
        <source>no QR code was found: hold the code flat, closer, and out of reflections</source>
        <translation>未找到二维码：请将二维码放平、靠近，并避开反光</translation>
    </message>
</context>
<context>
    <name>QualificationsModule</name>
    <message>
        <source>Qualification certificates</source>
        <translation>职业资格证书</translation>
    </message>
    <message>
        <source>Your professional and skills certificates</source>
        <translation>查询本人的专业技术和技能证书</translation>
    </message>
    <message>
        <source>This person&apos;s professional and skills certificates</source>
        <translation>查询该人员的专业技术和技能证书</translation>
    </message>
</context>
<context>
    <name>ReceiptDocument</name>
    <message>
        <source>Printed %1</source>
        <translation>打印时间 %1</translation>
    </message>
    <message>
        <source>For your information. For a certified proof, please ask at a service counter.</source>
        <translation>本凭条仅供参考。如需加盖印章的证明，请到服务窗口办理。</translation>
    </message>
    <message>
        <source>%1 · No. %2</source>
        <translation>%1 · 编号 %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
</context>
<context>
    <name>RecordDocument</name>
    <message>
        <source>1. Basic information</source>
        <translation>1. 个人基本信息</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Social security number</source>
        <translation>社会保障号码</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Insured as</source>
        <translation>参保类别</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <source>Insured since</source>
        <translation>参保日期</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Base (yuan)</source>
        <translation>缴费基数（元）</translation>
    </message>
    <message>
        <source>%1-%2</source>
        <translation>%1年%2月</translation>
    </message>
    <message>
        <source>2. Contributions (personal share per month)</source>
        <translation>2. 缴费情况（个人缴费）</translation>
    </message>
    <message>
        <source>Personal total</source>
        <translation>个人缴费合计</translation>
    </message>
    <message>
        <source>Government subsidy</source>
        <translation>政府补贴合计</translation>
    </message>
    <message>
        <source>Employer total</source>
        <translation>单位缴费合计</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Balance at the end of last year</source>
        <translation>上年末余额</translation>
    </message>
    <message>
        <source>Credited this year</source>
        <translation>本年记账</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>本年利息</translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation>本年支出</translation>
    </message>
    <message>
        <source>Months in total</source>
        <translation>累计缴费月数</translation>
    </message>
    <message>
        <source>Balance at the end of this year</source>
        <translation>本年末余额</translation>
    </message>
    <message>
        <source>%1. Personal accounts (yuan)</source>
        <translation>%1. 个人账户情况（元）</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>险种</translation>
    </message>
    <message>
        <source>Benefit</source>
        <translation>待遇项目</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>月数</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>%1. Benefits received</source>
        <translation>%1. 享受待遇情况</translation>
    </message>
    <message>
        <source>%1 has not opened these insurances for national query; ask the local office for them: %2.</source>
        <translation>%1以下险种暂未开通全国查询，请向当地社保部门查询：%2。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation>验证码</translation>
    </message>
    <message>
        <source>Social insurance personal rights record, %1</source>
        <translation>%1年度社会保险个人权益记录单</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Social insurance personal rights record</source>
        <translation>社会保险个人权益记录单</translation>
    </message>
    <message>
        <source>Printed at %1</source>
        <translation>打印地点：%1</translation>
    </message>
    <message>
        <source>To check this record, scan the code with a phone, or open this address and compare what it shows with the paper:</source>
        <translation>核验本记录单：用手机扫描二维码，或打开以下网址，将显示的内容与纸质记录单核对：</translation>
    </message>
    <message>
        <source>Data as of %1</source>
        <translation>数据截止 %1</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>出具机构</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>出具时间 %1</translation>
    </message>
    <message>
        <source>Document No. %1</source>
        <translation>编号：%1</translation>
    </message>
    <message>
        <source>%1 · Document No. %2</source>
        <translation>%1 · 编号 %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>For the year</source>
        <translation>所属年度</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>缴费日期</translation>
    </message>
    <message>
        <source>Receipt verification code</source>
        <translation>收据验证码</translation>
    </message>
    <message>
        <source>%1. Contributions paid with the e-card</source>
        <translation>%1. 通过电子社保卡缴费</translation>
    </message>
    <message>
        <source>Contributions paid with the e-card</source>
        <translation>通过电子社保卡缴费</translation>
    </message>
    <message>
        <source>Grade %1</source>
        <translation>第%1档</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>档次</translation>
    </message>
</context>
<context>
    <name>RecordTexts</name>
    <message>
        <source>Resident pension insurance</source>
        <translation>城乡居民基本养老保险</translation>
    </message>
    <message>
        <source>Employee pension insurance</source>
        <translation>职工基本养老保险</translation>
    </message>
    <message>
        <source>Resident medical insurance</source>
        <translation>城乡居民基本医疗保险</translation>
    </message>
    <message>
        <source>Employee medical insurance</source>
        <translation>职工基本医疗保险</translation>
    </message>
    <message>
        <source>Unemployment insurance</source>
        <translation>失业保险</translation>
    </message>
    <message>
        <source>Work injury insurance</source>
        <translation>工伤保险</translation>
    </message>
    <message>
        <source>Maternity insurance</source>
        <translation>生育保险</translation>
    </message>
    <message>
        <source>Medical insurance personal account</source>
        <translation>医疗保险个人账户</translation>
    </message>
    <message>
        <source>Pension insurance personal account</source>
        <translation>养老保险个人账户</translation>
    </message>
    <message>
        <source>Urban and rural residents</source>
        <translation>城乡居民</translation>
    </message>
    <message>
        <source>Urban employees</source>
        <translation>城镇职工</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>● paid   △ in arrears   ○ transferred in   – not due</source>
        <translation>● 已缴费   △ 欠费   ○ 转入   – 无需缴费</translation>
    </message>
</context>
<context>
    <name>RecordsModule</name>
    <message>
        <source>Social insurance rights record</source>
        <translation>社保权益记录单</translation>
    </message>
    <message>
        <source>See and print your yearly record</source>
        <translation>查询、打印个人社保权益记录单</translation>
    </message>
    <message>
        <source>See and print this person&apos;s yearly record</source>
        <translation>查询、打印该人员的社保权益记录单</translation>
    </message>
</context>
<context>
    <name>RegistrationForm</name>
    <message>
        <source>Mobile phone</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>文化程度</translation>
    </message>
    <message>
        <source>Primary school</source>
        <translation>小学</translation>
    </message>
    <message>
        <source>Junior secondary</source>
        <translation>初中</translation>
    </message>
    <message>
        <source>Senior secondary</source>
        <translation>高中</translation>
    </message>
    <message>
        <source>Technical or vocational school</source>
        <translation>中专、技校、职高</translation>
    </message>
    <message>
        <source>College</source>
        <translation>大专</translation>
    </message>
    <message>
        <source>Bachelor</source>
        <translation>本科</translation>
    </message>
    <message>
        <source>Master or above</source>
        <translation>研究生及以上</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康状况</translation>
    </message>
    <message>
        <source>Healthy or good</source>
        <translation>健康或良好</translation>
    </message>
    <message>
        <source>Fair or weak</source>
        <translation>一般或较弱</translation>
    </message>
    <message>
        <source>Ill</source>
        <translation>有病</translation>
    </message>
    <message>
        <source>Physical defect</source>
        <translation>有生理缺陷</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>残疾</translation>
    </message>
    <message>
        <source>Disability grade</source>
        <translation>残疾等级</translation>
    </message>
    <message>
        <source>Grade %1</source>
        <translation>%1级</translation>
    </message>
    <message>
        <source>Household registration</source>
        <translation>户口性质</translation>
    </message>
    <message>
        <source>Local, urban</source>
        <translation>本地城镇</translation>
    </message>
    <message>
        <source>Local, rural</source>
        <translation>本地农村</translation>
    </message>
    <message>
        <source>Elsewhere, urban</source>
        <translation>外地城镇</translation>
    </message>
    <message>
        <source>Elsewhere, rural</source>
        <translation>外地农村</translation>
    </message>
    <message>
        <source>Address of residence</source>
        <translation>常住地址</translation>
    </message>
    <message>
        <source>Unemployed since</source>
        <translation>失业日期</translation>
    </message>
    <message>
        <source>Reason for the unemployment</source>
        <translation>失业原因</translation>
    </message>
    <message>
        <source>Claim unemployment benefit?</source>
        <translation>是否申领失业保险待遇？</translation>
    </message>
    <message>
        <source>Vocational skill level</source>
        <translation>职业技能等级</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Level 5 (junior)</source>
        <translation>五级（初级工）</translation>
    </message>
    <message>
        <source>Level 4 (intermediate)</source>
        <translation>四级（中级工）</translation>
    </message>
    <message>
        <source>Level 3 (senior)</source>
        <translation>三级（高级工）</translation>
    </message>
    <message>
        <source>Level 2 (technician)</source>
        <translation>二级（技师）</translation>
    </message>
    <message>
        <source>Level 1 (senior technician)</source>
        <translation>一级（高级技师）</translation>
    </message>
    <message>
        <source>Work sought</source>
        <translation>求职意向</translation>
    </message>
    <message>
        <source>A job with an employer</source>
        <translation>单位就业</translation>
    </message>
    <message>
        <source>Flexible work</source>
        <translation>灵活就业</translation>
    </message>
    <message>
        <source>Starting a business</source>
        <translation>创业</translation>
    </message>
    <message>
        <source>Vocational training</source>
        <translation>职业培训</translation>
    </message>
    <message>
        <source>Work wanted (optional)</source>
        <translation>期望从事的工作（选填）</translation>
    </message>
    <message>
        <source>Unemployment registration</source>
        <translation>失业登记</translation>
    </message>
    <message>
        <source>I confirm that what I have entered is true, that I am of working age, able and willing to work, and without work. I know that false statements may mean paying back what I received and legal consequences.</source>
        <translation>本人承诺：所填信息真实，本人处于劳动年龄内、有劳动能力和就业要求、目前处于无业状态。如有虚假，愿意退还所领待遇并承担相应法律责任。</translation>
    </message>
    <message>
        <source>Province where the unemployment began</source>
        <translation>失业所在省份</translation>
    </message>
    <message>
        <source>City (prefecture, league)</source>
        <translation>所在城市（市、州、盟）</translation>
    </message>
    <message>
        <source>District or county</source>
        <translation>区、县</translation>
    </message>
    <message>
        <source>Basic information</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <source>Unemployment</source>
        <translation>失业信息</translation>
    </message>
    <message>
        <source>Looking for work</source>
        <translation>求职信息</translation>
    </message>
</context>
<context>
    <name>ReplacementRules</name>
    <message>
        <source>The card is lost</source>
        <translation>卡丢失了</translation>
    </message>
    <message>
        <source>The card is damaged</source>
        <translation>卡损坏了</translation>
    </message>
    <message>
        <source>My name or number on the card changed</source>
        <translation>卡上的姓名或证件号码有变更</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>免费</translation>
    </message>
    <message>
        <source>¥%1</source>
        <translation>%1元</translation>
    </message>
    <message>
        <source>The card has expired or will expire soon</source>
        <translation>卡已到期或即将到期</translation>
    </message>
</context>
<context>
    <name>ResidentContributions</name>
    <message>
        <source>Residents&apos; pension insurance</source>
        <translation>城乡居民养老保险</translation>
    </message>
    <message>
        <source>Residents&apos; medical insurance</source>
        <translation>城乡居民医疗保险</translation>
    </message>
    <message>
        <source>You already receive a pension, so there is nothing more to pay.</source>
        <translation>您已在领取养老金，无需再缴纳城乡居民养老保险。</translation>
    </message>
    <message>
        <source>Your employer pays your pension insurance this year, so you are not in the residents&apos; scheme.</source>
        <translation>您今年由单位缴纳职工养老保险，不参加城乡居民养老保险。</translation>
    </message>
    <message>
        <source>The residents&apos; pension is paid from the age of 16.</source>
        <translation>年满16周岁才能缴纳城乡居民养老保险。</translation>
    </message>
</context>
<context>
    <name>RetirementCommand</name>
    <message>
        <source>%1 years</source>
        <comment>age</comment>
        <translation>%1 年</translation>
    </message>
    <message>
        <source>%1 years %2 months</source>
        <comment>age</comment>
        <translation>%1 岁 %2 个月</translation>
    </message>
    <message>
        <source>%1 years</source>
        <comment>length of contributions</comment>
        <translation>%1 年</translation>
    </message>
    <message>
        <source>statutory retirement age: %1 (originally %2, delayed by %3 months)</source>
        <translation>法定退休年龄：%1（原退休年龄 %2，延迟 %3 个月）</translation>
    </message>
    <message>
        <source>retirement month: %1</source>
        <translation>退休时间：%1</translation>
    </message>
    <message>
        <source>minimum contribution for a monthly pension: %1</source>
        <translation>按月领取基本养老金的最低缴费年限：%1</translation>
    </message>
    <message>
        <source>flexible retirement: from %1 (%2) at the earliest, to %3 (%4) at the latest by agreement</source>
        <translation>弹性退休：最早 %1（%2），经协商最晚 %3（%4）</translation>
    </message>
    <message>
        <source>--sex must be male or female</source>
        <translation>--sex 只能是 male（男）或 female（女）</translation>
    </message>
    <message>
        <source>--group must be worker (women originally retiring at 50) or cadre (women originally retiring at 55)</source>
        <translation>--group 只能是 worker（原法定退休年龄 50 岁的女职工）或 cadre（原法定退休年龄 55 岁的女职工）</translation>
    </message>
    <message>
        <source>for women, --group worker or --group cadre is required</source>
        <translation>女性须指定 --group worker 或 --group cadre</translation>
    </message>
    <message>
        <source>--born must be a month written YYYY-MM, for example 1971-04</source>
        <translation>--born 须为 YYYY-MM 格式的年月，例如 1971-04</translation>
    </message>
</context>
<context>
    <name>ReviewText</name>
    <message>
        <source>no platform address: give --platform URL or set platform/url</source>
        <translation>没有平台地址：请用 --platform URL 指定，或设置 platform/url</translation>
    </message>
    <message>
        <source>%1 is now %2</source>
        <translation>%1 当前状态：%2</translation>
    </message>
    <message>
        <source>usage: ssc-ctl review approve|accept|mediate|settle|arbitrate|agree|transfer|complete|contact RECEIPT | ssc-ctl review return RECEIPT REASON</source>
        <translation>用法：ssc-ctl review approve|accept|mediate|settle|arbitrate|agree|transfer|complete|contact 回执号 | ssc-ctl review return 回执号 原因</translation>
    </message>
</context>
<context>
    <name>Sex</name>
    <message>
        <source>male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>SignInsModule</name>
    <message>
        <source>Wrong sign-ins</source>
        <translation>登录失败记录</translation>
    </message>
    <message>
        <source>See blocked accounts and terminals and unblock them</source>
        <translation>查看被锁定的账号和终端并解除锁定</translation>
    </message>
</context>
<context>
    <name>SscCtl</name>
    <message>
        <source>unknown language %1: use zh_CN or en</source>
        <translation>未知语言 %1：请使用 zh_CN 或 en</translation>
    </message>
    <message>
        <source>unknown verb “%1”</source>
        <translation>未知命令“%1”</translation>
    </message>
    <message>
        <source>usage: ssc-ctl [--lang zh_CN|en] [--json] VERB ...
  id check [--no-resident-id] NUMBER...|-   check social security numbers
  retirement --sex male|female [--group worker|cadre] --born YYYY-MM
                                            statutory retirement age (2025 reform)
  ecard mint PERSON | ecard qr PERSON OUT.png  a demo e-card code (platform in demo mode)
  review approve|accept|mediate|settle|arbitrate|agree|transfer|complete|contact RECEIPT
  review return RECEIPT REASON
                                   the demo back office&apos;s decision
  qr decode IMAGE...                          what the terminal&apos;s QR reader reads from images
  devices                                     USB devices seen, what they are, platform reachability
  fleet list|outdated --user MANAGER          the hall&apos;s terminals, those needing an update
exit status: 0 all good, 1 a number is invalid or an image gave nothing, 2 usage error</source>
        <translation>用法：ssc-ctl [--lang zh_CN|en] [--json] 命令 ...
  id check [--no-resident-id] 号码...|-     核验社会保障号码
  retirement --sex male|female [--group worker|cadre] --born YYYY-MM
                                            法定退休年龄（2025 年改革后）
  ecard mint 人员 | ecard qr 人员 输出.png   生成演示用电子社保卡二维码（平台需为演示模式）
  review approve|accept|mediate|settle|arbitrate|agree|transfer|complete|contact 回执号
  review return 回执号 原因
                                   演示后台审核：通过、受理、调解、调解成功、转仲裁、同意转入、转出、办结、已联系或退回
  qr decode 图片...                          显示本终端的二维码识别从图片中读到的内容
  devices                                     已连接的 USB 设备及其类型、平台连接情况
  fleet list|outdated --user 主管账号          本大厅的终端状态、需要更新的终端
退出状态：0 全部正常，1 有号码无效或有图片未读到内容，2 用法错误</translation>
    </message>
</context>
<context>
    <name>StaffLogin</name>
    <message>
        <source>Enter your user name and password.</source>
        <translation>请输入用户名和密码。</translation>
    </message>
    <message numerus="yes">
        <source>%n more wrong password(s) will pause signing in.</source>
        <translation>
            <numerusform>再输错 %n 次密码将暂停登录一段时间。</numerusform>
        </translation>
    </message>
    <message>
        <source>The social security system cannot be reached, and this laptop has no valid offline sign-in for this user and password. Sign in once with a network connection on the day of the visits.</source>
        <translation>连不上社保系统，这台电脑上也没有这个用户名和密码可用的离线登录。请在上门服务当天先在有网络的地方登录一次。</translation>
    </message>
</context>
<context>
    <name>TextsModule</name>
    <message>
        <source>Undelivered texts</source>
        <translation>未送达的短信</translation>
    </message>
    <message>
        <source>Review decisions whose text message did not reach the person</source>
        <translation>审核结果短信未送达本人的办件</translation>
    </message>
</context>
<context>
    <name>TransferModule</name>
    <message>
        <source>Pension relation transfer</source>
        <translation>社保关系转移</translation>
    </message>
    <message>
        <source>Move it to where you work now and follow its progress</source>
        <translation>转到新就业地，并查询转移进度</translation>
    </message>
    <message>
        <source>Move it to where this person works now and follow its progress</source>
        <translation>转到该人员的新就业地，并查询转移进度</translation>
    </message>
</context>
<context>
    <name>UnemploymentModule</name>
    <message>
        <source>Unemployment registration</source>
        <translation>办理失业登记</translation>
    </message>
    <message>
        <source>Register and see how it is reviewed</source>
        <translation>登记并查询审核结果</translation>
    </message>
    <message>
        <source>Unemployment benefit</source>
        <translation>失业保险待遇申领</translation>
    </message>
    <message>
        <source>Claim it and follow the review</source>
        <translation>申领待遇并查看审核结果</translation>
    </message>
    <message>
        <source>Employment services</source>
        <translation>就业服务</translation>
    </message>
    <message>
        <source>Ask for job, training, start-up or policy help</source>
        <translation>申请求职培训、创业和政策服务</translation>
    </message>
</context>
<context>
    <name>UnemploymentReason</name>
    <message>
        <source>Left school or university, not yet employed</source>
        <translation>毕业生未就业</translation>
    </message>
    <message>
        <source>Dismissed, or the contract ended by the employer</source>
        <translation>被用人单位解除或终止劳动合同</translation>
    </message>
    <message>
        <source>The employer went bankrupt or closed</source>
        <translation>用人单位破产、关闭</translation>
    </message>
    <message>
        <source>Resigned</source>
        <translation>本人辞职</translation>
    </message>
    <message>
        <source>Stopped self-employment</source>
        <translation>个体经营停业</translation>
    </message>
    <message>
        <source>Stopped flexible employment</source>
        <translation>灵活就业中断</translation>
    </message>
    <message>
        <source>Stopped running a business</source>
        <translation>自主创业停业</translation>
    </message>
    <message>
        <source>Farmland requisitioned</source>
        <translation>土地被征收</translation>
    </message>
    <message>
        <source>Demobilised from the armed forces</source>
        <translation>退役</translation>
    </message>
    <message>
        <source>Released from prison or re-education</source>
        <translation>刑满释放、解除劳动教养</translation>
    </message>
    <message>
        <source>Other reasons</source>
        <translation>其他原因</translation>
    </message>
</context>
<context>
    <name>UnemploymentRules</name>
    <message>
        <source>The date of birth is not valid.</source>
        <translation>出生日期无效。</translation>
    </message>
    <message>
        <source>Unemployment registration is for people aged 16 or over.</source>
        <translation>失业登记适用于年满16周岁的人员。</translation>
    </message>
    <message>
        <source>You have reached the statutory retirement age (%1). Please ask about your pension instead.</source>
        <translation>您已达到法定退休年龄（%1），请咨询养老保险待遇。</translation>
    </message>
    <message>
        <source>People who draw a pension cannot register as unemployed.</source>
        <translation>已领取养老金的人员不能办理失业登记。</translation>
    </message>
    <message>
        <source>You are registered as unemployed already. You can look up how your registration is reviewed.</source>
        <translation>您已办理失业登记，可以查询登记的审核结果。</translation>
    </message>
    <message>
        <source>The date you became unemployed cannot be in the future.</source>
        <translation>失业日期不能晚于今天。</translation>
    </message>
    <message>
        <source>This region registers unemployment up to %1 days back. Please ask at a service counter.</source>
        <translation>本地区只能登记%1天以内的失业，请到服务窗口咨询。</translation>
    </message>
    <message>
        <source>You may be able to claim the unemployment subsidy instead; migrant workers whose employer paid for them may claim a one-off living allowance.</source>
        <translation>您可以申领失业补助金；用人单位为其缴费的农民合同制工人可以申领一次性生活补助。</translation>
    </message>
    <message>
        <source>Please register as unemployed first.</source>
        <translation>请先办理失业登记。</translation>
    </message>
    <message>
        <source>Unemployment insurance was paid for less than a year.</source>
        <translation>失业保险缴费不满一年。</translation>
    </message>
    <message>
        <source>The benefit is for people who lost their job against their will.</source>
        <translation>失业保险待遇适用于非本人意愿中断就业的人员。</translation>
    </message>
    <message>
        <source>Only your employer paid your unemployment insurance, as for migrant workers.</source>
        <translation>您的失业保险费只由单位缴纳（农民工的参保方式），不能领取失业保险待遇。</translation>
    </message>
    <message>
        <source>Migrant workers may claim a one-off living allowance after a full year of work, or a temporary living allowance when insured for less than a year.</source>
        <translation>失业农民工连续工作满1年的，可以申领一次性生活补助；参保不满1年的，可以申领临时生活补助。</translation>
    </message>
</context>
<context>
    <name>VerificationPage</name>
    <message>
        <source>Checking a social insurance rights record</source>
        <translation>社会保险个人权益记录单核验</translation>
    </message>
    <message>
        <source>Contributions in the year</source>
        <translation>本年度缴费情况</translation>
    </message>
    <message>
        <source>Months paid</source>
        <translation>已缴月数</translation>
    </message>
    <message>
        <source>Months in arrears</source>
        <translation>欠缴月数</translation>
    </message>
    <message>
        <source>Months transferred in</source>
        <translation>转入月数</translation>
    </message>
    <message>
        <source>Personal accounts at the end of the year</source>
        <translation>年末个人账户</translation>
    </message>
    <message>
        <source>%1 yuan</source>
        <translation>%1 元</translation>
    </message>
    <message>
        <source>Benefits received in the year</source>
        <translation>本年度享受待遇</translation>
    </message>
    <message>
        <source>%1 months, %2 yuan</source>
        <translation>%1 个月，%2 元</translation>
    </message>
    <message>
        <source>Genuine: this record was issued by %1.</source>
        <translation>真实有效：本记录单由%1出具。</translation>
    </message>
    <message>
        <source>Compare the paper with what is below. The monthly figures are on the paper only; names and numbers are partly hidden to protect the holder.</source>
        <translation>请将纸质记录单与下面的内容核对。每月明细只印在纸质记录单上；为保护本人信息，姓名和号码已部分隐藏。</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Issued at</source>
        <translation>打印地点</translation>
    </message>
    <message>
        <source>Issued on (Beijing time)</source>
        <translation>出具时间（北京时间）</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>参保人</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>参保地</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Not confirmed: no record was issued under the code %1.</source>
        <translation>无法确认：没有以验证码 %1 出具的记录单。</translation>
    </message>
    <message>
        <source>Check the code against the paper and type it again. If it still is not found, do not accept the paper: ask the holder to print a new record, or ask the social insurance office.</source>
        <translation>请与纸质记录单核对后重新输入验证码。如果仍然查不到，请不要采信这份记录单：请本人重新打印，或咨询社保部门。</translation>
    </message>
    <message>
        <source>%1 yuan for %2, paid on %3</source>
        <translation>%1 元，所属年度 %2，缴费日期 %3</translation>
    </message>
</context>
<context>
    <name>ssc</name>
    <message>
        <source>payment code shown to the scanner</source>
        <translation>出示付款码扫码支付</translation>
    </message>
    <message>
        <source>e-card cashier</source>
        <translation>电子社保卡收银台</translation>
    </message>
    <message>
        <source>Paid for: %1</source>
        <translation>缴费项目：%1</translation>
    </message>
    <message>
        <source>Paid at: %1 (%2)</source>
        <translation>支付时间：%1（%2）</translation>
    </message>
    <message>
        <source>Transaction: %1</source>
        <translation>交易流水号：%1</translation>
    </message>
    <message>
        <source>Verification code: %1 (the social insurance office confirms it is genuine)</source>
        <translation>验证码：%1（可向社保部门核验真伪）</translation>
    </message>
    <message>
        <source>Receipt for a contribution paid</source>
        <translation>社会保险缴费凭证</translation>
    </message>
    <message>
        <source>Amount: %1</source>
        <translation>金额：%1</translation>
    </message>
</context>
<context>
    <name>ssc::AccessLogScreen</name>
    <message>
        <source>You</source>
        <translation>您本人</translation>
    </message>
    <message>
        <source>The terminal itself</source>
        <translation>终端自动处理</translation>
    </message>
    <message>
        <source>Reviewing officer %1</source>
        <translation>审核人员 %1</translation>
    </message>
    <message>
        <source>Visiting staff member %1</source>
        <translation>上门服务人员 %1</translation>
    </message>
    <message>
        <source>Counter clerk %1</source>
        <translation>窗口工作人员 %1</translation>
    </message>
    <message>
        <source>At a self-service kiosk</source>
        <translation>在自助终端</translation>
    </message>
    <message>
        <source>On a home visit</source>
        <translation>上门服务时</translation>
    </message>
    <message>
        <source>At a service counter</source>
        <translation>在服务窗口</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>With your social security card and PIN</source>
        <translation>使用社保卡和密码登录</translation>
    </message>
    <message>
        <source>By scanning the login code with your phone</source>
        <translation>用手机扫描登录码登录</translation>
    </message>
    <message>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <source>card number</source>
        <translation>社保卡号</translation>
    </message>
    <message>
        <source>bank account</source>
        <translation>银行账号</translation>
    </message>
    <message>
        <source>to compare them with a document you brought</source>
        <translation>与您带来的证件或材料核对</translation>
    </message>
    <message>
        <source>to correct a record</source>
        <translation>更正记录</translation>
    </message>
    <message>
        <source>you asked to see them</source>
        <translation>您本人要求查看</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Shown in full: %1</source>
        <translation>完整显示了：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Looking up who used your personal data…</source>
        <translation>正在查询您的信息使用记录…</translation>
    </message>
    <message>
        <source>The list could not be shown</source>
        <translation>暂时无法显示使用记录</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Nothing is recorded yet</source>
        <translation>还没有使用记录</translation>
    </message>
    <message>
        <source>Each time a clerk, a reviewer or you yourself use your personal data, it is listed here with when, where and for what.</source>
        <translation>工作人员或您本人每次查看、使用您的个人信息，都会在这里列出时间、地点和用途。</translation>
    </message>
    <message>
        <source>Back to my card</source>
        <translation>返回我的社保卡</translation>
    </message>
    <message>
        <source>Show earlier entries</source>
        <translation>查看更早的记录</translation>
    </message>
    <message>
        <source>With your e-card</source>
        <translation>使用电子社保卡登录</translation>
    </message>
    <message>
        <source>social security number</source>
        <translation>社会保障号码</translation>
    </message>
    <message>
        <source>Your family member %1</source>
        <translation>您的家人 %1</translation>
    </message>
    <message>
        <source>By your face, instead of the PIN</source>
        <translation>刷脸登录，代替密码</translation>
    </message>
    <message>
        <source>Something here was not you?</source>
        <translation>有不是您本人的记录？</translation>
    </message>
    <message>
        <source>Tell a service counter, with your ID card, or call 12333. If your card is still in use, report it lost at a kiosk or a counter first.</source>
        <translation>请带身份证到服务窗口说明情况，或拨打 12333。如果您的社保卡仍可使用，请先在自助终端或服务窗口挂失。</translation>
    </message>
    <message>
        <source>Report my card lost</source>
        <translation>挂失我的社保卡</translation>
    </message>
    <message>
        <source>Report your card lost now: nobody can use it or its e-card after that. Then tell a service counter, with your ID card, or call 12333.</source>
        <translation>请马上挂失社保卡，挂失后任何人都不能再使用它和电子社保卡。然后带身份证到服务窗口说明情况，或拨打 12333。</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s), newest first.</source>
        <translation>
            <numerusform>共 %n 条记录，最新的在前。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Staff used your personal data %n time(s); their names are partly hidden.</source>
        <translation>
            <numerusform>其中工作人员使用您的个人信息 %n 次，姓名部分隐藏。</numerusform>
        </translation>
    </message>
    <message>
        <source>No staff member has used your personal data; the entries are your own logins.</source>
        <translation>没有工作人员使用过您的个人信息，记录都是您本人的登录。</translation>
    </message>
    <message numerus="yes">
        <source>%n time(s), %1 to %2</source>
        <translation>
            <numerusform>%n 次，%1 至 %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Your own logins one after another at one place are shown as one.</source>
        <translation>您本人在同一地点连续登录的记录合并显示。</translation>
    </message>
    <message numerus="yes">
        <source>%n time(s), all at %1</source>
        <translation>
            <numerusform>%n 次，均在 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Who used my data</source>
        <translation>谁用过我的信息</translation>
    </message>
</context>
<context>
    <name>ssc::AnswerSummary</name>
    <message>
        <source>Change</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Change: %1</source>
        <translation>修改：%1</translation>
    </message>
    <message>
        <source>The applicant&apos;s commitment (read it to them)</source>
        <translation>申请人承诺（请向申请人宣读）</translation>
    </message>
    <message>
        <source>I confirm the commitment above</source>
        <translation>我已阅读并确认以上承诺</translation>
    </message>
    <message>
        <source>Please read the answers and the commitment to the citizen. The citizen confirms them by showing their e-card code to the scanner; then the form is filed.</source>
        <translation>请向申请人宣读所填信息和承诺内容。由本人在扫码设备上出示电子社保卡二维码确认后，即提交申请。</translation>
    </message>
    <message>
        <source>Please tick the commitment first</source>
        <translation>请先勾选承诺</translation>
    </message>
    <message>
        <source>Read the commitment, tick the box under it, then tap Submit again.</source>
        <translation>请阅读承诺，勾选下方的方框，再点“提交”。</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Hide the number</source>
        <translation>隐藏号码</translation>
    </message>
    <message>
        <source>Show the whole number</source>
        <translation>显示完整号码</translation>
    </message>
    <message>
        <source>Hide the number: %1</source>
        <translation>隐藏号码：%1</translation>
    </message>
    <message>
        <source>Show the whole number: %1</source>
        <translation>显示完整号码：%1</translation>
    </message>
</context>
<context>
    <name>ssc::ApplicationScreen</name>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Looking up your applications…</source>
        <translation>正在查询您的申请…</translation>
    </message>
    <message>
        <source>The card&apos;s PIN was not confirmed. The citizen can try again with the card or show their e-card code instead.</source>
        <translation>社保卡密码未能确认。可以再插卡重试，或改为出示电子社保卡二维码确认。</translation>
    </message>
    <message>
        <source>Receipt number: %1</source>
        <translation>回执号：%1</translation>
    </message>
    <message>
        <source>Your application has been submitted</source>
        <translation>您的申请已提交</translation>
    </message>
    <message>
        <source>This cannot be done here now</source>
        <translation>现在无法在这里办理</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>再试一次</translation>
    </message>
    <message>
        <source>Everything you entered is still here. Tap &quot;Try again&quot;: however often you try, the application is filed only once.</source>
        <translation>您填写的内容都还在。请点“再试一次”：无论试几次，都只会办理一次，不会重复办理。</translation>
    </message>
    <message>
        <source>The application was not submitted</source>
        <translation>申请没有提交成功</translation>
    </message>
    <message>
        <source>Not submitted yet: the social security system did not answer</source>
        <translation>尚未提交：社保系统没有答复</translation>
    </message>
</context>
<context>
    <name>ssc::ApplicationsScreen</name>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>My applications</source>
        <translation>我的办件</translation>
    </message>
    <message>
        <source>Looking up your applications…</source>
        <translation>正在查询您的申请…</translation>
    </message>
    <message numerus="yes">
        <source>%n application(s), newest first:</source>
        <translation>
            <numerusform>共%n件申请，最新的在前：</numerusform>
        </translation>
    </message>
    <message>
        <source> · %1</source>
        <translation> · %1</translation>
    </message>
    <message>
        <source>%1 has no applications yet</source>
        <translation>%1还没有办件</translation>
    </message>
    <message>
        <source>Applications you file for them appear here with how far they have come. To file one, go back to the services.</source>
        <translation>为其提交的申请和办理进度会显示在这里。要办理业务，请返回服务列表。</translation>
    </message>
    <message>
        <source>You have not filed any applications yet</source>
        <translation>您还没有办过业务</translation>
    </message>
    <message>
        <source>Back to the services</source>
        <translation>返回服务列表</translation>
    </message>
    <message>
        <source>Choose a service</source>
        <translation>选择要办的业务</translation>
    </message>
    <message>
        <source>What you apply for appears here with how far it has come. To apply, choose a service such as unemployment registration on the home page.</source>
        <translation>您办理的业务和进度会显示在这里。要办理业务，请在首页选择服务，比如失业登记。</translation>
    </message>
    <message>
        <source>Replace my social security card</source>
        <translation>社保卡补换</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Applications of %1</source>
        <translation>%1的办件</translation>
    </message>
    <message>
        <source>Looking up this person&apos;s applications…</source>
        <translation>正在查找该人员的办件…</translation>
    </message>
</context>
<context>
    <name>ssc::BenefitScreen</name>
    <message>
        <source>%1

What you can claim instead: %2</source>
        <translation>%1

您可以改为申领：%2</translation>
    </message>
    <message numerus="yes">
        <source>You can receive unemployment benefit for %n month(s), from %1 months of contributions.</source>
        <translation>
            <numerusform>根据您%1个月的缴费，您可以领取%n个月的失业保险待遇。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This includes %n month(s) until you reach the retirement age.</source>
        <translation>
            <numerusform>其中包括延长领取至法定退休年龄的%n个月。</numerusform>
        </translation>
    </message>
    <message>
        <source>Submitting your claim…</source>
        <translation>正在提交申领…</translation>
    </message>
    <message>
        <source>The claim is reviewed within 5 working days; the benefit is then paid every month to the account you chose.</source>
        <translation>申领将在5个工作日内审核，审核通过后待遇按月发放到您选择的账户。</translation>
    </message>
    <message>
        <source>Claim again</source>
        <translation>重新申领</translation>
    </message>
    <message>
        <source>Claim the %1</source>
        <translation>申领%1</translation>
    </message>
    <message>
        <source>%1

You can claim the %2 instead: one tap below.</source>
        <translation>%1

您可以改为申领%2，点下面的按钮即可。</translation>
    </message>
    <message>
        <source>Not this one, but another benefit is due to you</source>
        <translation>这项待遇不能申领，但您可以申领另一项待遇</translation>
    </message>
    <message>
        <source>The claim is reviewed within 5 working days; the money is then paid to the account you chose.</source>
        <translation>申领将在5个工作日内审核，审核通过后发放到您选择的账户。</translation>
    </message>
    <message>
        <source>Your claim was approved</source>
        <translation>您的申领已审核通过</translation>
    </message>
    <message>
        <source>Your claim was returned</source>
        <translation>您的申领已退回</translation>
    </message>
    <message>
        <source>Your claim is being reviewed</source>
        <translation>您的申领正在审核</translation>
    </message>
    <message>
        <source>The reason: %1. You can claim again.</source>
        <translation>退回原因：%1。您可以重新申领。</translation>
    </message>
    <message>
        <source>A decision usually comes within 5 working days; you will be told by text message.</source>
        <translation>一般在5个工作日内审核完毕，审核结果会以短信通知您。</translation>
    </message>
    <message>
        <source>The benefit is paid every month to the account you chose.</source>
        <translation>待遇按月发放到您选择的账户。</translation>
    </message>
    <message>
        <source>The money is paid to the account you chose.</source>
        <translation>款项发放到您选择的账户。</translation>
    </message>
    <message>
        <source>Register as unemployed</source>
        <translation>失业登记</translation>
    </message>
    <message>
        <source>First, register as unemployed</source>
        <translation>请先办理失业登记</translation>
    </message>
    <message>
        <source>Benefits are claimed once you register as unemployed. It takes a few minutes here; then you can claim.</source>
        <translation>失业保险待遇要在办理失业登记后申领。在这里办理失业登记只需几分钟，办好后就可以申领。</translation>
    </message>
    <message numerus="yes">
        <source>You can receive %1 a month for %n month(s), %2 in all.</source>
        <translation>
            <numerusform>您可以领取%n个月，每月 %1，合计 %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>The payment could not be made</source>
        <translation>待遇未能发放</translation>
    </message>
    <message>
        <source>It will be paid again</source>
        <translation>将重新发放</translation>
    </message>
    <message>
        <source>Give another bank card in your own name: the payment the bank sent back is paid to it.</source>
        <translation>请提供本人名下的另一张银行卡，银行退回的款项将改发到这张卡。</translation>
    </message>
    <message>
        <source>Sending the card number…</source>
        <translation>正在提交银行卡号…</translation>
    </message>
    <message>
        <source>%1 is paid to %2 in the next payment run, usually within 2 working days. You can follow it here.</source>
        <translation>%1 将在下一批发放中转入 %2，一般在 2 个工作日内到账。您可以在这里查看进度。</translation>
    </message>
    <message>
        <source>Pay it to another card</source>
        <translation>改发到另一张银行卡</translation>
    </message>
</context>
<context>
    <name>ssc::BundleFolderChooser</name>
    <message>
        <source>This computer: %1</source>
        <translation>本机：%1</translation>
    </message>
    <message>
        <source>USB drive %1: %2</source>
        <translation>U盘 %1：%2</translation>
    </message>
    <message>
        <source>Where should the support bundle go?</source>
        <translation>技术支持资料包保存到哪里？</translation>
    </message>
    <message>
        <source>A USB drive appears here once it is plugged in and opened by the system. The bundle holds logs, versions and devices, no personal data.</source>
        <translation>U盘插入并由系统打开后会显示在这里。资料包包含日志、版本和设备信息，不含个人信息。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ssc::CameraFrames</name>
    <message>
        <source>no camera is connected</source>
        <translation>未连接摄像头</translation>
    </message>
    <message>
        <source>camera</source>
        <translation>摄像头</translation>
    </message>
    <message>
        <source>the camera was unplugged</source>
        <translation>摄像头已被拔下</translation>
    </message>
    <message>
        <source>the camera reported an error</source>
        <translation>摄像头报告了错误</translation>
    </message>
</context>
<context>
    <name>ssc::CameraScanner</name>
    <message>
        <source>camera</source>
        <translation>摄像头</translation>
    </message>
</context>
<context>
    <name>ssc::CardIssueScreen</name>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Issue a replacement card</source>
        <translation>即时制卡</translation>
    </message>
    <message>
        <source>Start issuing</source>
        <translation>开始制卡</translation>
    </message>
    <message>
        <source>The citizen chooses the new card&apos;s PIN twice on the customer display.</source>
        <translation>市民在客户屏上为新卡设定密码（输入两次）。</translation>
    </message>
    <message>
        <source>Put the new card from the encoder into the reader.</source>
        <translation>把制卡机送出的新卡插入读卡器。</translation>
    </message>
    <message>
        <source>This counter has no card encoder</source>
        <translation>本柜台没有制卡机</translation>
    </message>
    <message>
        <source>Cards are issued at once only at a counter with an instant-issue printer. The application stands: the card office makes the card and the citizen collects it.</source>
        <translation>只有配备即时制卡机的柜台才能当场制卡。补换卡申请仍然有效：由制卡中心制卡，市民到网点领取。</translation>
    </message>
    <message>
        <source>This counter has no card reader</source>
        <translation>本柜台没有读卡器</translation>
    </message>
    <message>
        <source>The new card proves itself in a reader before it is handed over.</source>
        <translation>新卡交给市民之前，要先在读卡器中完成验证。</translation>
    </message>
    <message>
        <source>Looking up the citizen&apos;s application…</source>
        <translation>正在查询市民的补换卡申请…</translation>
    </message>
    <message>
        <source>The application could not be looked up</source>
        <translation>无法查询补换卡申请</translation>
    </message>
    <message>
        <source>No replacement under way for this citizen</source>
        <translation>这位市民没有正在办理的补换卡申请</translation>
    </message>
    <message>
        <source>Apply for it first in &quot;My social security card&quot;: the reason and the fee are settled there.</source>
        <translation>请先在“我的社保卡”中为其申请补换卡，在那里确定补换原因和工本费。</translation>
    </message>
    <message>
        <source>Replacement %1: %2</source>
        <translation>补换卡申请 %1：%2</translation>
    </message>
    <message>
        <source>Fee: %1. Status: %2. Collect the fee before you start; the old card stops working once the new one is active.</source>
        <translation>工本费：%1。办理进度：%2。开始制卡前请先收取工本费；新卡启用后，旧卡即停止使用。</translation>
    </message>
    <message>
        <source>The citizen is choosing another PIN</source>
        <translation>市民正在重新设定密码</translation>
    </message>
    <message>
        <source>The customer display told them why the last one was not taken.</source>
        <translation>客户屏已告诉市民上一个密码为什么不能用。</translation>
    </message>
    <message>
        <source>The citizen is typing on the customer display</source>
        <translation>市民正在客户屏上输入密码</translation>
    </message>
    <message>
        <source>Do not look at or type on their keys. Their digits never show here.</source>
        <translation>请不要看市民按键，也不要代为输入。市民输入的数字不会显示在这里。</translation>
    </message>
    <message>
        <source>Making the card</source>
        <translation>正在制卡</translation>
    </message>
    <message>
        <source>This is not the new card</source>
        <translation>这不是刚制好的新卡</translation>
    </message>
    <message>
        <source>Take it out and insert the card the encoder just made (%1).</source>
        <translation>请取出这张卡，插入制卡机刚制好的新卡（%1）。</translation>
    </message>
    <message>
        <source>Insert the new card in the reader</source>
        <translation>请把新卡插入读卡器</translation>
    </message>
    <message>
        <source>The card %1 is written. Take any other card out of the reader first.</source>
        <translation>新卡 %1 已写好。如读卡器里有其他卡，请先取出。</translation>
    </message>
    <message>
        <source>Activating the new card</source>
        <translation>正在启用新卡</translation>
    </message>
    <message>
        <source>Leave the card in the reader. This takes a few seconds.</source>
        <translation>请不要取出卡片，几秒钟即可完成。</translation>
    </message>
    <message>
        <source>The new card is active</source>
        <translation>新卡已启用</translation>
    </message>
    <message>
        <source>Card %1 now works with the PIN the citizen chose. The old card is cancelled: take it back if the citizen has it, and hand over the new one.</source>
        <translation>新卡 %1 已可使用，密码是市民刚设定的密码。旧卡已注销：如市民带着旧卡，请收回，再把新卡交给市民。</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>再试一次</translation>
    </message>
    <message>
        <source>The new card is not active yet</source>
        <translation>新卡尚未启用</translation>
    </message>
    <message>
        <source>The old card stays as it was until the new one is active.</source>
        <translation>新卡启用之前，旧卡的状态不变。</translation>
    </message>
    <message>
        <source>The encoder has no blank card. Load blanks and try again.</source>
        <translation>制卡机里没有空白卡。请放入空白卡后再试。</translation>
    </message>
    <message>
        <source>The new card left the reader before it was activated. Insert it again and try again.</source>
        <translation>新卡在启用前离开了读卡器。请重新插入新卡再试。</translation>
    </message>
    <message>
        <source>The new card did not take the PIN or did not answer. Try again; if it fails again, write another blank.</source>
        <translation>新卡没有接受密码或没有应答。请再试一次；如仍不行，请换一张空白卡重新写卡。</translation>
    </message>
    <message>
        <source>Choose a PIN for your new card</source>
        <translation>请为您的新卡设定密码</translation>
    </message>
    <message>
        <source>Enter the new PIN again</source>
        <translation>请再输入一次新密码</translation>
    </message>
    <message>
        <source>The two PINs were different. Choose the PIN again.</source>
        <translation>两次输入的密码不一样，请重新设定密码。</translation>
    </message>
    <message>
        <source>Making your new card</source>
        <translation>正在制作您的新卡</translation>
    </message>
    <message>
        <source>Please wait a moment: the card is being written.</source>
        <translation>请稍候，正在写卡。</translation>
    </message>
    <message>
        <source>Activating your new card</source>
        <translation>正在启用您的新卡</translation>
    </message>
    <message>
        <source>Please wait a moment.</source>
        <translation>请稍候。</translation>
    </message>
    <message>
        <source>Your new card is ready</source>
        <translation>您的新卡可以使用了</translation>
    </message>
    <message>
        <source>Use the PIN you just chose. Your old card no longer works.</source>
        <translation>请使用您刚设定的密码。旧卡已不能再使用。</translation>
    </message>
    <message>
        <source>Your new card is not ready yet</source>
        <translation>您的新卡还没有办好</translation>
    </message>
    <message>
        <source>The member of staff will tell you what happens next.</source>
        <translation>工作人员会告诉您接下来怎么办。</translation>
    </message>
    <message>
        <source>The social security system makes the card and the encoder writes it.</source>
        <translation>社保系统制卡，制卡机写入新卡。</translation>
    </message>
    <message>
        <source>The new card proves itself with the citizen&apos;s PIN; the social security system activates it and cancels the old card.</source>
        <translation>新卡用市民设定的密码向社保系统证明身份；社保系统启用新卡并注销旧卡。</translation>
    </message>
    <message>
        <source>The social security system makes the card and the encoder writes it. Leave the printer alone until the card comes out.</source>
        <translation>社保系统正在制卡，制卡机正在写卡。卡片送出之前，请不要动制卡机。</translation>
    </message>
    <message>
        <source>The encoder could not write the card. Try again with another blank; the social security system makes no second card.</source>
        <translation>制卡机没能写入这张卡。请换一张空白卡再试；社保系统不会再制第二张卡。</translation>
    </message>
    <message>
        <source>The social security system did not answer. Try again.</source>
        <translation>社保系统没有应答，请再试一次。</translation>
    </message>
</context>
<context>
    <name>ssc::CardReaderManager</name>
    <message numerus="yes">
        <source>Card reader %1, %n slot(s): %2; %3.</source>
        <translation>
            <numerusform>读卡器 %1，共 %n 个卡槽：%2；%3。</numerusform>
        </translation>
    </message>
    <message>
        <source>the card in slot %1</source>
        <translation>卡片在 %1 号卡槽</translation>
    </message>
    <message>
        <source>no card</source>
        <translation>未插卡</translation>
    </message>
    <message>
        <source>the terminal&apos;s PSAM in slot %1</source>
        <translation>终端 PSAM 在 %1 号卡槽</translation>
    </message>
    <message>
        <source>no PSAM (third-generation cards are read without their protected files)</source>
        <translation>无 PSAM（第三代卡的受保护文件无法读取）</translation>
    </message>
</context>
<context>
    <name>ssc::CcidReader</name>
    <message>
        <source>Card reader %1 is in use by another program. Close the program that uses the reader, or unplug the reader and plug it in again.</source>
        <translation>读卡器 %1 正被其他程序占用。请关闭使用该读卡器的程序，或拔下读卡器后重新插上。</translation>
    </message>
    <message>
        <source>Card reader %1 is in use by pcscd (the PC/SC smart card service, process %2). Stop it with &quot;sudo systemctl disable --now pcscd.socket pcscd.service&quot;, then unplug the reader and plug it in again.</source>
        <translation>读卡器 %1 正被 pcscd（PC/SC 智能卡服务，进程 %2）占用。请用 &quot;sudo systemctl disable --now pcscd.socket pcscd.service&quot; 停止该服务，然后拔下读卡器并重新插上。</translation>
    </message>
    <message>
        <source>Card reader %1 may not be opened by the terminal&apos;s user. Add the line %2 to /etc/udev/rules.d/70-ssc-terminal.rules, run &quot;sudo udevadm control --reload &amp;&amp; sudo udevadm trigger&quot; and plug the reader in again.</source>
        <translation>终端的用户无权打开读卡器 %1。请把这一行加到 /etc/udev/rules.d/70-ssc-terminal.rules：%2，运行 &quot;sudo udevadm control --reload &amp;&amp; sudo udevadm trigger&quot;，然后拔下读卡器并重新插上。</translation>
    </message>
</context>
<context>
    <name>ssc::CertificationScreen</name>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Looking up your certification…</source>
        <translation>正在查询您的认证情况…</translation>
    </message>
    <message>
        <source>Resident pension</source>
        <translation>城乡居民养老保险待遇</translation>
    </message>
    <message>
        <source>Pension of an institution retiree</source>
        <translation>机关事业单位退休人员养老金</translation>
    </message>
    <message>
        <source>Pension of an enterprise retiree</source>
        <translation>企业职工基本养老金</translation>
    </message>
    <message numerus="yes">
        <source>Certified once every %n month(s)</source>
        <translation>
            <numerusform>每%n个月认证一次</numerusform>
        </translation>
    </message>
    <message>
        <source>Last certified on %1</source>
        <translation>上次认证日期：%1</translation>
    </message>
    <message>
        <source>Certify now: read four digits</source>
        <translation>现在认证：读出四个数字</translation>
    </message>
    <message>
        <source>This terminal has no camera for certification by face; the staff at a service counter can help you.</source>
        <translation>本终端没有用于刷脸认证的摄像头，服务窗口的工作人员可以帮您办理。</translation>
    </message>
    <message>
        <source>Certify now: do the actions shown</source>
        <translation>现在认证：按提示做动作</translation>
    </message>
    <message>
        <source>This device has no camera for certification by face. Connect one and open this page again (Diagnostics shows whether it is found), or certify the person at a service counter.</source>
        <translation>本设备没有用于刷脸认证的摄像头。请连接摄像头后重新打开本页（“诊断”页可查看是否已识别），或请其到服务窗口认证。</translation>
    </message>
    <message>
        <source>This counter has no camera for certification by face. Connect one and open this page again (Diagnostics shows whether it is found), or certify the person at a kiosk.</source>
        <translation>本窗口没有可用于刷脸认证的摄像头。请连接摄像头后重新打开本页（“设备诊断”可查看是否识别到），或请申请人到自助终端认证。</translation>
    </message>
    <message>
        <source>Back to finding a person</source>
        <translation>返回查找人员</translation>
    </message>
    <message>
        <source>Find a service counter</source>
        <translation>查找服务网点</translation>
    </message>
    <message>
        <source>Certification by face needs a camera</source>
        <translation>刷脸认证需要摄像头</translation>
    </message>
    <message>
        <source>Pension certification</source>
        <translation>养老保险待遇资格认证</translation>
    </message>
    <message>
        <source>Pension certification of %1</source>
        <translation>%1 的养老保险待遇资格认证</translation>
    </message>
    <message>
        <source>Family service: certify for a family member</source>
        <translation>亲情服务：代家人认证</translation>
    </message>
    <message>
        <source>Estimate the pension</source>
        <translation>测算养老金</translation>
    </message>
    <message>
        <source>Nothing to certify</source>
        <translation>无需认证</translation>
    </message>
</context>
<context>
    <name>ssc::CitizenPanel</name>
    <message>
        <source>Applicant being served</source>
        <translation>正在办理的申请人</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>结束办理</translation>
    </message>
    <message>
        <source>%1
Social security number %2
Card %3
Issued in %4 · %5</source>
        <translation>%1
社会保障号码 %2
卡号 %3
发卡地：%4 · %5</translation>
    </message>
</context>
<context>
    <name>ssc::CustomerPinPad</name>
    <message>
        <source>Six digits, not your birth date, not all the same, not 123456. Only you see this screen; cover the keys with your hand.</source>
        <translation>6位数字，不要用生日、不要6位相同、不要123456。这块屏幕只有您能看到，输入时请用手遮挡。</translation>
    </message>
    <message>
        <source>The same six digits once more, so a slip of the finger does not lock you out.</source>
        <translation>再输一次同样的 6 位数字，以免按错。</translation>
    </message>
</context>
<context>
    <name>ssc::DatePicker</name>
    <message>
        <source>yyyy</source>
        <comment>a year on a tile</comment>
        <translation>yyyy年</translation>
    </message>
    <message>
        <source>MMMM</source>
        <comment>a month on a tile</comment>
        <translation>M月</translation>
    </message>
    <message>
        <source>yyyy</source>
        <comment>the year part of a chosen date</comment>
        <translation>yyyy年</translation>
    </message>
    <message>
        <source>MMMM</source>
        <comment>the month part of a chosen date</comment>
        <translation>M月</translation>
    </message>
    <message>
        <source>d</source>
        <comment>the day part of a chosen date</comment>
        <translation>d日</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>a chosen date, read aloud</comment>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>Year: %1. Tap to choose another year.</source>
        <translation>年份：%1。点这里可以改选年份。</translation>
    </message>
    <message>
        <source>Month: %1. Tap to choose another month.</source>
        <translation>月份：%1。点这里可以改选月份。</translation>
    </message>
    <message>
        <source>Day: %1. Tap to choose another day.</source>
        <translation>日期：%1。点这里可以改选哪一天。</translation>
    </message>
    <message>
        <source>%1 is not a date that can be chosen here. Please type the year, month and day, for example %2.</source>
        <translation>%1 不是这里可以选的日期。请按年、月、日输入，例如 %2。</translation>
    </message>
</context>
<context>
    <name>ssc::DiagnosticsScreen</name>
    <message>
        <source>USB is not available on this terminal.</source>
        <translation>本终端 USB 不可用。</translation>
    </message>
    <message>
        <source>Platform: no address configured.</source>
        <translation>平台：未配置地址。</translation>
    </message>
    <message>
        <source>Platform reachable in %1 ms; database %2, schema %3.</source>
        <translation>平台可连接，耗时 %1 毫秒；数据库 %2，结构版本 %3。</translation>
    </message>
    <message>
        <source>Platform not reachable: %1</source>
        <translation>无法连接平台：%1</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>诊断</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>USB id</source>
        <translation>USB 标识</translation>
    </message>
    <message>
        <source>Bus-address</source>
        <translation>总线-地址</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>设备类型</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>ssc-terminal %1 · Qt %2</source>
        <translation>ssc-terminal %1 · Qt %2</translation>
    </message>
    <message>
        <source>Card reader: none connected.</source>
        <translation>读卡器：未连接。</translation>
    </message>
    <message>
        <source>Card reader %1: a card is inserted.</source>
        <translation>读卡器 %1：已插卡。</translation>
    </message>
    <message>
        <source>Card reader %1: ready, no card.</source>
        <translation>读卡器 %1：就绪，未插卡。</translation>
    </message>
    <message>
        <source>Camera %1: %2 frames read, %3 dropped while busy.</source>
        <translation>摄像头 %1：已识读 %2 帧，忙时丢弃 %3 帧。</translation>
    </message>
    <message>
        <source>Camera: not in use.</source>
        <translation>摄像头：未使用。</translation>
    </message>
    <message>
        <source>Printer: checking…</source>
        <translation>打印机：正在检查…</translation>
    </message>
    <message>
        <source>Printer: none configured.</source>
        <translation>打印机：未配置。</translation>
    </message>
    <message>
        <source>Printer %1: ready.</source>
        <translation>打印机 %1：就绪。</translation>
    </message>
    <message>
        <source>Printer %1: %2</source>
        <translation>打印机 %1：%2</translation>
    </message>
    <message>
        <source>Support bundle saved (logs, versions, devices; no personal data): %1</source>
        <translation>技术支持资料包已保存（日志、版本、设备；不含个人信息）：%1</translation>
    </message>
    <message>
        <source>The support bundle could not be saved: %1</source>
        <translation>技术支持资料包未能保存：%1</translation>
    </message>
    <message>
        <source>Save support bundle</source>
        <translation>保存技术支持资料包</translation>
    </message>
    <message>
        <source>Camera not working: %1</source>
        <translation>摄像头无法工作：%1</translation>
    </message>
    <message>
        <source>Camera: connected, opened when a service needs it.</source>
        <translation>摄像头：已连接，业务需要时打开。</translation>
    </message>
    <message>
        <source>Camera: none connected.</source>
        <translation>摄像头：未连接。</translation>
    </message>
    <message>
        <source>Camera %1: open for pictures; codes are read by the pedestal.</source>
        <translation>摄像头 %1：已打开用于拍照；扫码由扫码墩完成。</translation>
    </message>
    <message>
        <source>No USB devices found. Plug in the code scanner or card reader, then tap Refresh.</source>
        <translation>未找到 USB 设备。请插上扫码墩或读卡器，然后点“刷新”。</translation>
    </message>
    <message>
        <source>Scanner %1 may not be opened by the terminal&apos;s user. Add the line %2 to /etc/udev/rules.d/70-ssc-terminal.rules, run &quot;sudo udevadm control --reload &amp;&amp; sudo udevadm trigger&quot; and plug the scanner in again.</source>
        <translation>终端的用户无权打开扫码器 %1。请把这一行加到 /etc/udev/rules.d/70-ssc-terminal.rules：%2，运行 &quot;sudo udevadm control --reload &amp;&amp; sudo udevadm trigger&quot;，然后拔下扫码器并重新插上。</translation>
    </message>
    <message>
        <source>Platform: checking…</source>
        <translation>平台：正在检查…</translation>
    </message>
</context>
<context>
    <name>ssc::DiplomasScreen</name>
    <message>
        <source>Technician college diploma</source>
        <translation>技师学院毕业证书</translation>
    </message>
    <message>
        <source>Senior technical school diploma</source>
        <translation>高级技工学校毕业证书</translation>
    </message>
    <message>
        <source>Technical school diploma</source>
        <translation>技工学校毕业证书</translation>
    </message>
    <message>
        <source>Major: %1 · level: %2</source>
        <translation>专业：%1 · 层次：%2</translation>
    </message>
    <message>
        <source>Certificate number %1 · graduated %2</source>
        <translation>证书编号 %1 · 毕业时间 %2</translation>
    </message>
    <message>
        <source>Technical school diplomas</source>
        <translation>技工院校毕业证书</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Looking up your diplomas…</source>
        <translation>正在查询您的毕业证书…</translation>
    </message>
    <message>
        <source>No technical school diploma of yours is on record. Diplomas of graduates from 30 June 2015 on can be looked up; for earlier ones please ask your school or the provincial human resources and social security department.</source>
        <translation>未查到您的技工院校毕业证书。系统可查询2015年6月30日及以后毕业的证书；更早的证书请向毕业院校或省级人力资源社会保障部门咨询。</translation>
    </message>
    <message>
        <source>Diplomas on record: %1 (graduates from 30 June 2015 on).</source>
        <translation>查到毕业证书 %1 本（2015年6月30日及以后毕业）。</translation>
    </message>
</context>
<context>
    <name>ssc::DisputeScreen</name>
    <message>
        <source>Labour dispute mediation</source>
        <translation>劳动人事争议调解申请</translation>
    </message>
    <message>
        <source>Pay owed while you still work there can be taken to arbitration at any time during the employment, and within one year after it ends.</source>
        <translation>劳动关系存续期间拖欠的劳动报酬，可随时申请仲裁；劳动关系终止的，应自终止之日起一年内提出。</translation>
    </message>
    <message numerus="yes">
        <source>If mediation does not succeed, you can apply for arbitration until %1 (%n day(s) left).</source>
        <translation>
            <numerusform>调解不成的，您可以在%1前申请仲裁（还有%n天）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The one-year time limit for arbitration ended on %1. Mediation can still be tried, but if it fails, the arbitration committee may refuse the case as out of time.</source>
        <translation>申请仲裁的一年时效已于%1届满。仍可申请调解，但调解不成时，仲裁委员会可能以超过时效为由不予受理。</translation>
    </message>
    <message>
        <source>Four steps: the applicant, the employer, the dispute, the evidence. Mediation is free of charge.</source>
        <translation>共四步：申请人信息、用人单位信息、争议与请求、证据材料。调解不收费。</translation>
    </message>
    <message>
        <source>Submitting your application…</source>
        <translation>正在提交申请…</translation>
    </message>
    <message>
        <source>A mediation organisation decides within 5 working days whether to accept it and will contact you by phone. You can follow the progress here without entering anything again.</source>
        <translation>调解组织将在5个工作日内决定是否受理，并电话联系您。您可以在这里查询进展，无需再次填写任何信息。</translation>
    </message>
    <message>
        <source>New application</source>
        <translation>新的调解申请</translation>
    </message>
    <message>
        <source>Your mediation applications and how far each has come:</source>
        <translation>您的调解申请及办理进展：</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>ssc::DocumentActions</name>
    <message>
        <source>Saved as %1</source>
        <translation>已保存为 %1</translation>
    </message>
    <message>
        <source>The file could not be saved there: %1</source>
        <translation>文件无法保存到：%1</translation>
    </message>
    <message>
        <source>Save the document</source>
        <translation>保存文件</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Save as PDF file</source>
        <translation>保存为 PDF 文件</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>正在打印…</translation>
    </message>
    <message>
        <source>Printing, please wait by the printer.</source>
        <translation>正在打印，请在打印机旁稍候。</translation>
    </message>
    <message>
        <source>Try printing again</source>
        <translation>重新打印</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>No printer at this counter: save it as a PDF file instead.</source>
        <translation>本窗口没有打印机，请保存为 PDF 文件。</translation>
    </message>
    <message>
        <source>Find a service counter</source>
        <translation>查找服务网点</translation>
    </message>
</context>
<context>
    <name>ssc::ELicencePage</name>
    <message>
        <source>Holder</source>
        <translation>持证人</translation>
    </message>
    <message>
        <source>Social security number</source>
        <translation>社会保障号码</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>社保卡号</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>发证机构</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>发证日期</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation>验证码</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>My social security card e-licence</source>
        <translation>我的社保卡电子证照</translation>
    </message>
    <message>
        <source>Open it again</source>
        <translation>重新打开证照</translation>
    </message>
    <message>
        <source>The e-licence cannot be shown</source>
        <translation>无法显示电子证照</translation>
    </message>
    <message>
        <source>Social security card e-licence</source>
        <translation>社会保障卡电子证照</translation>
    </message>
    <message>
        <source>Names and numbers are shown masked, as on every screen.</source>
        <translation>按规定，姓名和号码只显示部分内容。</translation>
    </message>
    <message>
        <source>This code is no longer fresh: a counter would refuse it. Open it again.</source>
        <translation>此二维码已过时，窗口将不予核验。请重新打开证照。</translation>
    </message>
    <message>
        <source>Take a photo of this code with your phone. A service counter accepts it until %1; after that, open it again here or in your e-card app.</source>
        <translation>请用手机拍下此二维码。%1 前可在服务窗口出示核验；过时请在本机或电子社保卡中重新打开证照。</translation>
    </message>
</context>
<context>
    <name>ssc::EmploymentScreen</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>now</source>
        <translation>今</translation>
    </message>
    <message>
        <source>The certificate number has 16 digits; %1 entered.</source>
        <translation>证书编号为16位数字，您输入了%1位。</translation>
    </message>
    <message>
        <source>Unemployed (registered)</source>
        <translation>失业（已登记）</translation>
    </message>
    <message>
        <source>Employed</source>
        <translation>就业</translation>
    </message>
    <message>
        <source>Employment and entrepreneurship certificate</source>
        <translation>就业创业证</translation>
    </message>
    <message>
        <source>Number: %1</source>
        <translation>编号：%1</translation>
    </message>
    <message>
        <source>Issued by %1 on %2</source>
        <translation>%1 于 %2 发证</translation>
    </message>
    <message>
        <source>Current status: %1</source>
        <translation>当前状态：%1</translation>
    </message>
    <message>
        <source>Unemployed</source>
        <translation>失业</translation>
    </message>
    <message>
        <source>Employment and unemployment</source>
        <translation>就业失业记录</translation>
    </message>
    <message>
        <source>Employment support policies enjoyed</source>
        <translation>享受就业扶持政策情况</translation>
    </message>
    <message>
        <source>None so far.</source>
        <translation>暂无。</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Look up</source>
        <translation>查询</translation>
    </message>
    <message>
        <source>Look up by this person&apos;s card</source>
        <translation>按本人社保卡查询</translation>
    </message>
    <message>
        <source>Looking up the certificate…</source>
        <translation>正在查询证书…</translation>
    </message>
    <message>
        <source>Your certificate, with your employment history and the policies you enjoy.</source>
        <translation>以下是您的就业创业证、就业失业记录和享受政策情况。</translation>
    </message>
    <message>
        <source>Enter the 16-digit number printed on your certificate.</source>
        <translation>请输入证书上的16位编号。</translation>
    </message>
    <message>
        <source>The citizen&apos;s certificate, with their employment history and the policies they enjoy.</source>
        <translation>申请人的就业创业证，含就业经历和享受的政策。</translation>
    </message>
    <message>
        <source>Enter the 16-digit number printed on the citizen&apos;s certificate, or look it up by their card.</source>
        <translation>请输入申请人证书上印的 16 位编号，或按其社保卡查询。</translation>
    </message>
</context>
<context>
    <name>ssc::EmploymentServicesScreen</name>
    <message>
        <source>Employment services</source>
        <translation>就业服务</translation>
    </message>
    <message>
        <source>Check the service you ask for.</source>
        <translation>请核对您申请的服务。</translation>
    </message>
    <message>
        <source>Sending your request…</source>
        <translation>正在提交您的申请…</translation>
    </message>
    <message>
        <source>The employment service will phone you within 5 working days, free of charge. Keep the receipt number for when they call.</source>
        <translation>就业服务机构将在5个工作日内给您打电话，服务免费。来电时请报上回执号。</translation>
    </message>
    <message>
        <source>Ask for another service</source>
        <translation>申请其他服务</translation>
    </message>
    <message>
        <source>Registered as unemployed, you can ask the public employment service for these services, free of charge. Tap one: the office will contact you.</source>
        <translation>办理失业登记后，您可以免费申请以下公共就业服务。点一项即可申请，工作人员会与您联系。</translation>
    </message>
    <message>
        <source>Tap a service to ask for it: the office will contact you. What you have asked for is listed after what each service offers.</source>
        <translation>点一项服务即可申请，工作人员会与您联系。您已申请的服务列在各项服务说明的后面。</translation>
    </message>
    <message>
        <source>Check with %1 the service they ask for.</source>
        <translation>请与 %1 核对申请的服务。</translation>
    </message>
    <message>
        <source>The employment service will phone %1 within 5 working days, free of charge. Give them the receipt number for when they call.</source>
        <translation>公共就业服务机构将在 5 个工作日内免费致电 %1。请把回执号交给申请人，以备来电时核对。</translation>
    </message>
    <message>
        <source>Registered as unemployed, %1 can ask the public employment service for these services, free of charge. Tap the one they want and let them confirm it: the office will contact them.</source>
        <translation>办理失业登记后，%1 可以免费申请以下公共就业服务。点申请人要的那一项，请申请人确认后提交，工作人员会与申请人联系。</translation>
    </message>
    <message>
        <source>Tap the service %1 wants and let them confirm it: the office will contact them. What they have asked for is listed after what each service offers.</source>
        <translation>点 %1 要申请的服务，请申请人确认后提交，工作人员会与申请人联系。申请人已申请的服务列在各项服务说明的后面。</translation>
    </message>
</context>
<context>
    <name>ssc::EstimateScreen</name>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Pension estimate</source>
        <translation>养老金测算</translation>
    </message>
    <message>
        <source>Change the figures</source>
        <translation>修改填写的内容</translation>
    </message>
    <message>
        <source>Looking up what you have paid…</source>
        <translation>正在查询您的缴费情况…</translation>
    </message>
    <message>
        <source>The estimate needs you logged in with your e-card, with your date of birth on record.</source>
        <translation>测算需要您用电子社保卡登录，并有出生日期信息。</translation>
    </message>
    <message>
        <source>You already draw a pension, so there is nothing to estimate: the amount paid to you is on your rights record.</source>
        <translation>您已经在领取养老金，无需测算：发放金额可在个人权益记录单上查看。</translation>
    </message>
    <message>
        <source>The estimate is for enterprise employees and people in flexible employment. For the resident pension, please ask your social insurance office.</source>
        <translation>养老金测算适用于城镇企业职工、个体工商户和灵活就业人员。城乡居民养老保险待遇请咨询当地社保部门。</translation>
    </message>
    <message>
        <source>You have reached that retirement age: the social insurance office calculates your pension when you apply for it.</source>
        <translation>您已到达该退休年龄：申领养老金时由社保部门核定待遇。</translation>
    </message>
    <message>
        <source>The local average wage is needed for the estimate.</source>
        <translation>测算需要参保地上年在岗职工月平均工资。</translation>
    </message>
    <message>
        <source>No estimate can be made for this retirement age.</source>
        <translation>该退休年龄无法测算。</translation>
    </message>
    <message>
        <source>An estimate from the figures you gave, not a promise: the social insurance office calculates your pension when you retire.</source>
        <translation>以上是根据您填写的内容估算的结果，仅供参考：实际待遇在退休时由社保部门核定。</translation>
    </message>
    <message>
        <source>About %1 a month</source>
        <translation>每月约 %1</translation>
    </message>
    <message>
        <source>From %1, when you retire at %2 years %3 months.</source>
        <translation>%2 岁 %3 个月退休，自 %1 起领取。</translation>
    </message>
    <message>
        <source>Basic pension: %1</source>
        <translation>基础养老金：%1</translation>
    </message>
    <message>
        <source>Personal account pension: %1</source>
        <translation>个人账户养老金：%1</translation>
    </message>
    <message>
        <source>Transitional pension: %1</source>
        <translation>过渡性养老金：%1</translation>
    </message>
    <message>
        <source>For years worked before the pension reform, by %1.</source>
        <translation>针对养老保险制度改革前的工作年限，按%1计算。</translation>
    </message>
    <message>
        <source>For years worked before the pension reform, by %1 as a guide: your province&apos;s own may differ.</source>
        <translation>针对养老保险制度改革前的工作年限，参照%1计算：您所在省份的办法可能不同。</translation>
    </message>
    <message>
        <source>At retirement you will have %1 years of contributions; %2 years are needed for a monthly pension when retiring in %3.</source>
        <translation>退休时您的累计缴费年限为 %1 年；%3 年退休按月领取养老金需满 %2 年。</translation>
    </message>
    <message>
        <source>With fewer years you can keep paying after the retirement age until you have enough, or move to the resident pension scheme. The estimate above assumes you have enough.</source>
        <translation>缴费年限不足的，可以在达到退休年龄后继续缴费至满足年限，或转入城乡居民基本养老保险。以上测算按缴满年限估算。</translation>
    </message>
    <message>
        <source>You pay about %1 a month now: 20% of your contribution base, 8% of it into your account.</source>
        <translation>您现在每月缴费约 %1：缴费基数的 20%，其中 8% 记入个人账户。</translation>
    </message>
    <message>
        <source>You pay about %1 a month now: 8% of your contribution base, all of it into your account; your employer pays 16%.</source>
        <translation>您现在每月缴费约 %1：缴费基数的 8%，全部记入个人账户；单位另缴 16%。</translation>
    </message>
    <message>
        <source>From %1, when you retire at %2.</source>
        <translation>%2 岁退休，自 %1 起领取。</translation>
    </message>
    <message>
        <source>At today&apos;s wage level that is about %1 a month.</source>
        <translation>按现在的工资水平折算，相当于每月约 %1。</translation>
    </message>
    <message>
        <source>The more years you pay, and the higher your pay compared with the average wage where you live, the more it is: %1 years, at %2 times the average wage.</source>
        <translation>缴费年限越长、缴费工资相对当地社平工资越高，基础养老金越多：您缴费 %1 年，缴费水平为社平工资的 %2 倍。</translation>
    </message>
    <message>
        <source>How it is worked out: (average wage + average wage × %1) ÷ 2 × %2 years × 1%, with the average wage of %3 a month (last year&apos;s, grown to your retirement).</source>
        <translation>计算方法：（社平工资 + 社平工资 × %1）÷ 2 × %2 年 × 1%，社平工资按每月 %3 计（上年数推算到您退休时）。</translation>
    </message>
    <message>
        <source>What you paid into your personal account, %1 by the time you retire, paid out month by month.</source>
        <translation>您存入个人账户的钱，到退休时约 %1，按月发给您。</translation>
    </message>
    <message>
        <source>How it is worked out: %1 ÷ %2, the months the law sets for your retirement age.</source>
        <translation>计算方法：%1 ÷ %2（国家按退休年龄规定的计发月数）。</translation>
    </message>
    <message>
        <source>We have filled this in from your social insurance record. Check it, correct anything you know better, then see what you may receive.</source>
        <translation>已按您的缴费记录填好。请核对，有更准确的数字可以修改，然后查看测算结果。</translation>
    </message>
    <message>
        <source>The applicant already draws a pension, so there is nothing to estimate: the amount paid is on their rights record.</source>
        <translation>该人员已经在领取养老金，无需测算：发放金额可在其个人权益记录单上查看。</translation>
    </message>
    <message>
        <source>Filled in from the applicant&apos;s social insurance record. Check it with the applicant, correct anything they know better, then see the estimate.</source>
        <translation>已按申请人的缴费记录填好。请与申请人核对，有更准确的数字可以修改，然后查看测算结果。</translation>
    </message>
    <message>
        <source>The applicant has reached that retirement age: the social insurance office calculates the pension when they apply for it.</source>
        <translation>申请人已到达该退休年龄：申领养老金时由社保部门核定待遇。</translation>
    </message>
</context>
<context>
    <name>ssc::EvidencePanel</name>
    <message>
        <source>Add a file (photo, PDF or ZIP)</source>
        <translation>添加文件（照片、PDF或ZIP）</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据材料</translation>
    </message>
    <message>
        <source>Photos, PDF, ZIP (*.jpg *.jpeg *.png *.pdf *.zip)</source>
        <translation>照片、PDF、ZIP (*.jpg *.jpeg *.png *.pdf *.zip)</translation>
    </message>
    <message>
        <source>Photos (JPG, PNG) and PDF files up to 10 MB each, at most 10; several files can go in one ZIP archive.</source>
        <translation>可添加照片（JPG、PNG）和PDF文件，每个不超过10MB，最多10个；多个文件可打包成一个ZIP压缩包。</translation>
    </message>
    <message>
        <source>At most 10 files, please. Put more in one ZIP archive.</source>
        <translation>最多添加10个文件，更多文件请打包成一个ZIP压缩包。</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>无法读取该文件。</translation>
    </message>
    <message>
        <source>Attaching %1…</source>
        <translation>正在添加 %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s): %1</source>
        <translation>
            <numerusform>%n个文件：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Take a photo of a paper</source>
        <translation>拍照上传纸质材料</translation>
    </message>
    <message>
        <source>The camera gives no picture at the moment. Please try again.</source>
        <translation>摄像头暂时没有画面，请稍后再试。</translation>
    </message>
</context>
<context>
    <name>ssc::ExamScoresScreen</name>
    <message>
        <source>Score %1 · pass mark %2 · %3</source>
        <translation>成绩 %1 · 合格标准 %2 · %3</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>not passed</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>Examination scores %1</source>
        <translation>%1年考试成绩</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Professional examination scores</source>
        <translation>专业技术人员考试成绩</translation>
    </message>
    <message>
        <source>Examination</source>
        <translation>考试名称</translation>
    </message>
    <message>
        <source>Year of the examination</source>
        <translation>考试年度</translation>
    </message>
    <message>
        <source>Looking up…</source>
        <translation>正在查询…</translation>
    </message>
    <message>
        <source>No scores of yours for this examination in %1. Please check the examination and the year.</source>
        <translation>未查到您%1年该项考试的成绩，请核对考试名称和年度。</translation>
    </message>
    <message>
        <source>Your scores in %1: %2 subjects.</source>
        <translation>您%1年的考试成绩：共%2科。</translation>
    </message>
    <message>
        <source>Choose the examination and the year (from 2014): the scores show as soon as both are chosen.</source>
        <translation>请选择考试名称和年度（2014年起），两项都选好后成绩随即显示。</translation>
    </message>
</context>
<context>
    <name>ssc::FaceCertificationScreen</name>
    <message>
        <source>Good. Hold it there.</source>
        <translation>很好，请保持不动。</translation>
    </message>
    <message>
        <source>Put your face inside the oval.</source>
        <translation>请把脸放进圆框里。</translation>
    </message>
    <message>
        <source>Only you should be in the picture: please ask others to step away.</source>
        <translation>画面里只能有您一个人，请其他人离开镜头。</translation>
    </message>
    <message>
        <source>It is too dark: please turn on a light or move somewhere brighter.</source>
        <translation>光线太暗，请打开灯或到亮一点的地方。</translation>
    </message>
    <message>
        <source>Move your face to the middle of the oval.</source>
        <translation>请把脸移到圆框中间。</translation>
    </message>
    <message>
        <source>Please come a little closer.</source>
        <translation>请靠近一点。</translation>
    </message>
    <message>
        <source>Please move back a little.</source>
        <translation>请离远一点。</translation>
    </message>
    <message>
        <source>Face the screen: do not look up, down or aside.</source>
        <translation>请正对屏幕，不要仰头、低头或侧脸。</translation>
    </message>
    <message>
        <source>Do not cover your eyes, nose or mouth.</source>
        <translation>请不要遮挡眼睛、鼻子和嘴巴。</translation>
    </message>
    <message>
        <source>Please hold your head still.</source>
        <translation>请保持头部不动。</translation>
    </message>
    <message>
        <source>Please blink.</source>
        <translation>请眨眨眼。</translation>
    </message>
    <message>
        <source>Please nod.</source>
        <translation>请点点头。</translation>
    </message>
    <message>
        <source>Turn your head slowly to one side, then back.</source>
        <translation>请慢慢向一侧转头，再转回来。</translation>
    </message>
    <message>
        <source>Open your mouth, then close it.</source>
        <translation>请张张嘴，再合上。</translation>
    </message>
    <message>
        <source>Looking at the screen, read these four digits aloud:</source>
        <translation>请看着屏幕，读出这四个数字：</translation>
    </message>
    <message>
        <source>Well done: you are there in person.</source>
        <translation>检测通过：确认是您本人在操作。</translation>
    </message>
    <message>
        <source>The action asked for was not seen in time. Face the screen, do each action when it is asked, and try again.</source>
        <translation>没有及时检测到要求的动作。请正对屏幕，按提示逐一完成动作后再试一次。</translation>
    </message>
    <message>
        <source>We did not see you read the digits. Look at the screen and read them aloud.</source>
        <translation>没有看到您读数字。请看着屏幕，把数字大声读出来。</translation>
    </message>
    <message>
        <source>Record the whole process: keep your face in the oval from the first digit to the last.</source>
        <translation>请完整录制整个过程：从第一个数字到最后一个数字，脸都要在圆框里。</translation>
    </message>
    <message>
        <source>That was too short: read all four digits, then press &quot;I have read them&quot;.</source>
        <translation>录制时间太短：请读完四个数字后再点“读完了”。</translation>
    </message>
    <message>
        <source>We could not see your face well enough. %1</source>
        <translation>没能看清您的脸。%1</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>再试一次</translation>
    </message>
    <message>
        <source>I have read them</source>
        <translation>读完了</translation>
    </message>
    <message>
        <source>Certification by face is not possible at this terminal now.</source>
        <translation>本终端暂时无法进行刷脸认证。</translation>
    </message>
    <message>
        <source>The staff at a service counter can certify you.</source>
        <translation>服务窗口的工作人员可以为您办理认证。</translation>
    </message>
    <message>
        <source>Action %1 of %2</source>
        <translation>第 %1 个动作，共 %2 个</translation>
    </message>
    <message>
        <source>Your certification could not be sent.</source>
        <translation>认证结果未能提交。</translation>
    </message>
    <message>
        <source>Certified until %1.</source>
        <translation>认证有效期至 %1。</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>重新提交</translation>
    </message>
    <message>
        <source>Well done. Sending your certification…</source>
        <translation>检测通过，正在提交认证…</translation>
    </message>
    <message>
        <source>%1 — for %2</source>
        <translation>%1（为 %2 认证）</translation>
    </message>
    <message>
        <source>The certification could not be kept on this device.</source>
        <translation>认证结果未能保存在本机。</translation>
    </message>
    <message>
        <source>Please tell the staff member: the device&apos;s storage needs attention.</source>
        <translation>请告知工作人员：设备存储需要检查。</translation>
    </message>
    <message>
        <source>The certification cannot start now.</source>
        <translation>现在无法开始认证。</translation>
    </message>
    <message>
        <source>Preparing your certification…</source>
        <translation>正在准备认证…</translation>
    </message>
    <message>
        <source>blink</source>
        <comment>the action asked, in the title</comment>
        <translation>眨眼</translation>
    </message>
    <message>
        <source>nod</source>
        <comment>the action asked, in the title</comment>
        <translation>点头</translation>
    </message>
    <message>
        <source>turn your head</source>
        <comment>the action asked, in the title</comment>
        <translation>转头</translation>
    </message>
    <message>
        <source>open your mouth</source>
        <comment>the action asked, in the title</comment>
        <translation>张嘴</translation>
    </message>
    <message>
        <source>Certification by face</source>
        <translation>刷脸认证</translation>
    </message>
    <message>
        <source>Certification by face: %1</source>
        <translation>刷脸认证：%1</translation>
    </message>
    <message>
        <source>Certification by face: read the digits aloud</source>
        <translation>刷脸认证：读出数字</translation>
    </message>
    <message>
        <source>Welcome. You are signed in.</source>
        <translation>欢迎您，已登录。</translation>
    </message>
    <message>
        <source>Sign in with your face</source>
        <translation>刷脸登录</translation>
    </message>
    <message>
        <source>Sign in with your face: %1</source>
        <translation>刷脸登录：%1</translation>
    </message>
    <message>
        <source>Signing in by face is not possible at this terminal now.</source>
        <translation>这台终端现在无法刷脸登录。</translation>
    </message>
    <message>
        <source>Show your e-card QR code instead, or ask at a service counter: they can reset your card&apos;s PIN.</source>
        <translation>请改为出示电子社保卡二维码，或到服务窗口办理：窗口可以为您重置社保卡密码。</translation>
    </message>
    <message>
        <source>Getting ready to look at your face…</source>
        <translation>正在准备刷脸……</translation>
    </message>
    <message>
        <source>Signing in by face cannot start now.</source>
        <translation>现在无法开始刷脸登录。</translation>
    </message>
    <message>
        <source>Well done. Checking your face…</source>
        <translation>做得很好，正在核验您的面部……</translation>
    </message>
    <message>
        <source>You are not signed in.</source>
        <translation>未能登录。</translation>
    </message>
    <message>
        <source>Kept safely on this device: not sent yet.</source>
        <translation>已加密保存在本机，尚未发送。</translation>
    </message>
    <message>
        <source>Sent by itself once there is a network; the social insurance office then decides.</source>
        <translation>联网后自动发送，由社保部门审核。</translation>
    </message>
    <message>
        <source>The camera is not working at the moment.</source>
        <translation>摄像头暂时无法使用。</translation>
    </message>
</context>
<context>
    <name>ssc::FaceConsentScreen</name>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>I agree</source>
        <translation>我同意</translation>
    </message>
    <message>
        <source>Withdraw my agreement</source>
        <translation>撤回我的同意</translation>
    </message>
    <message>
        <source>The agreement was not recorded</source>
        <translation>同意没有记录成功</translation>
    </message>
    <message>
        <source>The card&apos;s PIN was not confirmed</source>
        <translation>社保卡密码没有验证通过</translation>
    </message>
    <message>
        <source>Show the e-card code instead, or try the card again.</source>
        <translation>请改用电子社保卡二维码，或再试一次社保卡。</translation>
    </message>
    <message>
        <source>Waiting for the agreement</source>
        <translation>正在等待本人同意</translation>
    </message>
    <message>
        <source>The agreement is withdrawn</source>
        <translation>已撤回同意</translation>
    </message>
    <message>
        <source>Nothing more will be recorded until you agree again.</source>
        <translation>在您再次同意之前，不会再录制任何内容。</translation>
    </message>
    <message>
        <source>You agreed to this notice before</source>
        <translation>您之前已同意过这份告知</translation>
    </message>
    <message>
        <source>Tap &quot;I agree&quot; to go on, or withdraw your agreement.</source>
        <translation>点“我同意”继续，或撤回您的同意。</translation>
    </message>
    <message>
        <source>Read to the end to agree (page down with ▼)</source>
        <translation>请读到最后再同意（点 ▼ 向下翻页）</translation>
    </message>
    <message>
        <source>I do not agree</source>
        <translation>不同意</translation>
    </message>
</context>
<context>
    <name>ssc::FaceLoginClaimPage</name>
    <message>
        <source>No card or phone with you? Sign in with your face</source>
        <translation>没带卡和手机？刷脸登录</translation>
    </message>
    <message>
        <source>Type your ID number and your name. Your face is then compared with the photo the social security office holds for you.</source>
        <translation>请输入您的身份证号码和姓名，然后将您的面部与社保机构为您存档的照片进行比对。</translation>
    </message>
</context>
<context>
    <name>ssc::FamilyScreen</name>
    <message>
        <source>The card&apos;s PIN was not confirmed. Your family member can show their e-card code instead.</source>
        <translation>社保卡密码未通过验证。也可以请您的家人出示其电子社保卡二维码。</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Family service</source>
        <translation>亲情服务</translation>
    </message>
    <message>
        <source>Add a family member</source>
        <translation>绑定家人</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Ask your family member to show their own e-card code to the scanner, or to insert their social security card and enter its PIN: that is their consent.</source>
        <translation>请您的家人在扫码墩上出示其本人的电子社保卡二维码，或插入其社保卡并输入密码，以表示同意绑定。</translation>
    </message>
    <message>
        <source>Looking up your family members…</source>
        <translation>正在查询您绑定的家人…</translation>
    </message>
    <message>
        <source>You can help your parents certify their pension here. Add a family member first.</source>
        <translation>您可以在这里帮助父母完成养老保险待遇资格认证。请先绑定家人。</translation>
    </message>
    <message>
        <source>Your family members and their pension certification:</source>
        <translation>您绑定的家人及其待遇资格认证情况：</translation>
    </message>
    <message>
        <source>Looking up…</source>
        <translation>正在查询…</translation>
    </message>
    <message>
        <source>draws no pension</source>
        <translation>未领取养老金</translation>
    </message>
    <message>
        <source>certified until %1</source>
        <translation>认证有效期至 %1</translation>
    </message>
    <message>
        <source>certification due</source>
        <translation>待认证</translation>
    </message>
    <message>
        <source>Certify now</source>
        <translation>现在认证</translation>
    </message>
    <message>
        <source>Waiting for your family member&apos;s consent…</source>
        <translation>正在等待家人同意…</translation>
    </message>
</context>
<context>
    <name>ssc::FleetScreen</name>
    <message>
        <source>Needs attention now</source>
        <translation>需要立即处理</translation>
    </message>
    <message>
        <source>Working, with a warning</source>
        <translation>正常工作，有提醒</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>正常工作</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <source>Terminals</source>
        <translation>终端状态</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Looking up the hall&apos;s terminals…</source>
        <translation>正在查询大厅的终端…</translation>
    </message>
    <message numerus="yes">
        <source>%n new problem(s) in the hall.</source>
        <translation>
            <numerusform>大厅出现 %n 个新问题。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n terminal(s) need attention now.</source>
        <translation>
            <numerusform>%n 台终端需要立即处理。</numerusform>
        </translation>
    </message>
    <message>
        <source>They are listed first. The list is looked up again every 30 seconds.</source>
        <translation>它们排在最前面。列表每 30 秒自动刷新。</translation>
    </message>
    <message>
        <source>No terminals are registered in this hall.</source>
        <translation>本大厅没有登记的终端。</translation>
    </message>
    <message numerus="yes">
        <source>All %n terminal(s) are serving.</source>
        <translation>
            <numerusform>全部 %n 台终端均在服务。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a warning.</source>
        <translation>
            <numerusform>其中 %n 台有提醒。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Has not reported yet.</source>
        <translation>尚未报告过状态。</translation>
    </message>
    <message>
        <source>A terminal reports within a minute of starting; one that never does is switched off or cannot reach the service.</source>
        <translation>终端开机后一分钟内会报告状态；一直没有报告的，可能没有开机或连不上服务。</translation>
    </message>
    <message>
        <source>None of the hall&apos;s terminals has reported yet.</source>
        <translation>本厅的终端都还没有报告状态。</translation>
    </message>
    <message>
        <source>%1 of %2 terminals are serving; %3 not reported yet.</source>
        <translation>%2 台终端中 %1 台正在服务，%3 台尚未报告。</translation>
    </message>
    <message>
        <source>%1 · this terminal</source>
        <translation>%1 · 本机</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>ssc::FormView</name>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Please check your answers</source>
        <translation>请核对您填写的信息</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>上一步</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>What is this?</source>
        <translation>这是什么？</translation>
    </message>
    <message>
        <source>The number we have for you, shown with stars. Keep it, or type a new one.</source>
        <translation>这是我们登记的号码，中间用星号遮住。可以保留，也可以输入新号码。</translation>
    </message>
    <message>
        <source>Check these answers with the applicant</source>
        <translation>请与申请人核对以下信息</translation>
    </message>
    <message>
        <source>Back to the answers</source>
        <translation>返回核对信息</translation>
    </message>
    <message>
        <source>Answers to change</source>
        <translation>需要修改的回答</translation>
    </message>
    <message>
        <source>One answer needs changing</source>
        <translation>有 1 处需要修改</translation>
    </message>
    <message>
        <source>%1 answers need changing</source>
        <translation>有 %1 处需要修改</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>第 %1 步（共 %2 步）：%3</translation>
    </message>
    <message>
        <source>The number on file for the applicant, shown with stars. Keep it, or type a new one.</source>
        <translation>这是申请人登记过的号码，中间用星号遮住。可以保留，也可以输入新号码。</translation>
    </message>
    <message>
        <source>Go to the question</source>
        <translation>转到这个问题</translation>
    </message>
    <message>
        <source>Go to the first of them</source>
        <translation>转到第一处</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>two questions to change</comment>
        <translation>%1和%2</translation>
    </message>
    <message>
        <source>%1, %2 and %3</source>
        <comment>three questions to change</comment>
        <translation>%1、%2和%3</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 and %n more</source>
        <comment>questions to change: two named, the others counted</comment>
        <translation>
            <numerusform>%1、%2，还有 %n 处</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ssc::HeaderBar</name>
    <message>
        <source>English</source>
        <comment>the language to switch to</comment>
        <translation>English</translation>
    </message>
    <message>
        <source>Standard view</source>
        <translation>标准版</translation>
    </message>
    <message>
        <source>Large text (elder view)</source>
        <translation>长辈版</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <comment>read this screen to me</comment>
        <translation>朗读本页</translation>
    </message>
    <message>
        <source>%1:%2 left</source>
        <comment>time before the session ends</comment>
        <translation>剩余 %1:%2</translation>
    </message>
    <message>
        <source>E-card services</source>
        <translation>电子社保卡服务</translation>
    </message>
    <message>
        <source>Home</source>
        <comment>back to the list of services</comment>
        <translation>首页</translation>
    </message>
    <message>
        <source>Only %1:%2 left</source>
        <comment>the session ends within a minute</comment>
        <translation>仅剩 %1:%2</translation>
    </message>
</context>
<context>
    <name>ssc::HomeScreen</name>
    <message>
        <source>Log out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Hello, %1</source>
        <translation>您好，%1</translation>
    </message>
    <message>
        <source>Card issued in %1 · %2 · %3</source>
        <translation>发卡地：%1 · 卡号 %2 · %3</translation>
    </message>
    <message>
        <source>Visitor mode</source>
        <translation>访客模式</translation>
    </message>
    <message>
        <source>Public services need no login. For your own records, show your e-card QR code.</source>
        <translation>以下公共服务无需登录；办理个人业务请出示电子社保卡二维码。</translation>
    </message>
    <message>
        <source>Needs your card and PIN or your e-card, not only your face</source>
        <translation>需要社保卡和密码或电子社保卡，不仅是刷脸</translation>
    </message>
    <message>
        <source>Home visit services</source>
        <translation>上门服务</translation>
    </message>
    <message>
        <source>Certify a person at home, or send what this laptop keeps. Public services need no login.</source>
        <translation>为上门服务对象办理认证，或发送本机暂存的办件。公共服务无需登录。</translation>
    </message>
    <message>
        <source>Not available here at the moment: tap to see where else</source>
        <translation>本机暂不能办理，点此查看其他办理方式</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>返回开始页</translation>
    </message>
    <message>
        <source>After logging in with your e-card QR code</source>
        <translation>出示电子社保卡二维码登录后可办理</translation>
    </message>
    <message>
        <source>Log in for my own services</source>
        <translation>登录办理个人业务</translation>
    </message>
    <message>
        <source>Which service for %1?</source>
        <translation>为 %1 办理哪项业务？</translation>
    </message>
</context>
<context>
    <name>ssc::ImageFrames</name>
    <message>
        <source>no images to show</source>
        <translation>没有可显示的图片</translation>
    </message>
    <message numerus="yes">
        <source>%n still image(s)</source>
        <translation>
            <numerusform>%n 张图片</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ssc::InErrorRefunds</name>
    <message>
        <source>Wrong grade chosen</source>
        <translation>档次选错</translation>
    </message>
    <message>
        <source>Wrong item paid</source>
        <translation>缴费项目选错</translation>
    </message>
    <message>
        <source>Paid for the wrong person</source>
        <translation>替他人误缴</translation>
    </message>
    <message>
        <source>Paid twice for one year</source>
        <translation>同一年度重复缴费</translation>
    </message>
    <message>
        <source>Refund %1 to %2?</source>
        <translation>退款 %1 给 %2？</translation>
    </message>
    <message>
        <source>Reason: %1. Order %2, %3. The money goes back to the account it was paid from and the contribution is taken off the record; a refund cannot be undone.</source>
        <translation>退款原因：%1。订单 %2，%3。款项退回原付款账户，这笔缴费从记录中去除；退款后无法撤销。</translation>
    </message>
    <message>
        <source>Yes, refund %1</source>
        <translation>确认退款 %1</translation>
    </message>
    <message>
        <source>Why is %1 refunded?</source>
        <translation>退款 %1 的原因是？</translation>
    </message>
    <message>
        <source>Order %1, %2. Ask the citizen and choose one.</source>
        <translation>订单 %1，%2。请询问申请人后选择一项。</translation>
    </message>
    <message>
        <source>Paid %1 for %2</source>
        <translation>已缴 %2 %1</translation>
    </message>
    <message>
        <source>Order %1. Paid in error? It can be refunded while its year is open.</source>
        <translation>订单 %1。缴错了？所属年度结束前可以退款。</translation>
    </message>
    <message>
        <source>Refund (paid in error)</source>
        <translation>误缴退款</translation>
    </message>
    <message>
        <source>Do not refund</source>
        <translation>不退款</translation>
    </message>
</context>
<context>
    <name>ssc::MainWindow</name>
    <message>
        <source>Social security e-card terminal</source>
        <translation>电子社保卡服务终端</translation>
    </message>
    <message>
        <source>Self-service kiosk</source>
        <translation>自助终端</translation>
    </message>
    <message>
        <source>Service counter</source>
        <translation>经办窗口</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>上门服务</translation>
    </message>
    <message>
        <source>Identifying you, one moment please…</source>
        <translation>正在识别身份，请稍候……</translation>
    </message>
    <message>
        <source>We could not log you in</source>
        <translation>无法登录</translation>
    </message>
    <message>
        <source> · Staff: %1</source>
        <translation> · 工作人员：%1</translation>
    </message>
    <message>
        <source>Staff log out</source>
        <translation>工作人员退出</translation>
    </message>
    <message>
        <source>This service needs you to log in</source>
        <translation>此服务需要登录</translation>
    </message>
    <message>
        <source>It shows your own records, so we need to know who you are first.</source>
        <translation>此服务涉及您的个人信息，需要先确认您的身份。</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>诊断</translation>
    </message>
    <message>
        <source>That was not an e-card code</source>
        <translation>刚才扫描的不是电子社保卡二维码</translation>
    </message>
    <message>
        <source>Nothing was changed. You can carry on where you were.</source>
        <translation>页面没有任何改动，您可以继续办理。</translation>
    </message>
    <message>
        <source>That code could not be used</source>
        <translation>刚才扫描的二维码无法使用</translation>
    </message>
    <message>
        <source>You are already logged in</source>
        <translation>您已经登录</translation>
    </message>
    <message>
        <source>That was your own code. You can carry on where you were.</source>
        <translation>刚才扫描的是您本人的二维码，您可以继续办理。</translation>
    </message>
    <message>
        <source>Visitor mode has ended</source>
        <translation>访客模式已结束</translation>
    </message>
    <message>
        <source>Nobody touched the screen for %1 seconds.</source>
        <translation>屏幕已有 %1 秒无人操作。</translation>
    </message>
    <message>
        <source>You were logged out</source>
        <translation>您已退出登录</translation>
    </message>
    <message>
        <source>Nobody touched the screen for %1 seconds, so we logged you out and cleared your details from this screen. Show your code to start again.</source>
        <translation>屏幕已有 %1 秒无人操作，为保护您的信息，系统已退出登录并清除了屏幕上的个人信息。如需继续办理，请重新出示二维码。</translation>
    </message>
    <message>
        <source> · Demo: no real person data</source>
        <translation> · 演示模式，不含真实个人信息</translation>
    </message>
    <message>
        <source>Cancelling the loss report, one moment please…</source>
        <translation>正在解除挂失，请稍候…</translation>
    </message>
    <message>
        <source>The loss report is cancelled</source>
        <translation>已解除挂失</translation>
    </message>
    <message>
        <source>Card found: cancel the loss report</source>
        <translation>卡已找回，解除挂失</translation>
    </message>
    <message>
        <source>E-licence refused</source>
        <translation>电子证照核验未通过</translation>
    </message>
    <message>
        <source>E-licence genuine and fresh</source>
        <translation>电子证照核验通过</translation>
    </message>
    <message>
        <source>%1 · social security number %2 · card %3, %4, valid until %5. Compare the person with the holder; the licence logs nobody in.</source>
        <translation>%1 · 社会保障号码 %2 · 卡号 %3，%4，有效期至 %5。请核对来人与持证人是否一致；亮证不代替登录。</translation>
    </message>
    <message>
        <source>You signed in with your face only</source>
        <translation>您是仅凭刷脸登录的</translation>
    </message>
    <message>
        <source>This service changes your card or your money, or files an application, so it needs more than your face.</source>
        <translation>这项业务会改动您的社保卡或资金，或提交申请，仅凭刷脸不够。</translation>
    </message>
    <message>
        <source>Insert your card and enter its PIN, or show your e-card QR code, or go to a service counter.</source>
        <translation>请插入社保卡并输入密码，或出示电子社保卡二维码，也可以到服务窗口办理。</translation>
    </message>
    <message numerus="yes">
        <source>%n new problem(s) with the hall&apos;s terminals: see Terminals.</source>
        <translation>
            <numerusform>大厅终端出现 %n 个新问题：请查看“终端状态”。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Find a service counter</source>
        <translation>查找服务网点</translation>
    </message>
    <message>
        <source>The card and its e-card work again.
Receipt number: %1</source>
        <translation>社保卡和电子社保卡已恢复使用。
回执号：%1</translation>
    </message>
    <message>
        <source>Show your e-card QR code to the scanner.</source>
        <translation>请将电子社保卡二维码对准扫码墩。</translation>
    </message>
    <message>
        <source>First identify the citizen you serve</source>
        <translation>请先识别申请人身份</translation>
    </message>
    <message>
        <source>This service works on a citizen&apos;s own records.</source>
        <translation>此服务办理的是申请人本人的业务。</translation>
    </message>
    <message>
        <source>Ask them to show their e-card QR code to the scanner or to insert their card.</source>
        <translation>请申请人向扫码墩出示电子社保卡二维码，或插入社保卡。</translation>
    </message>
    <message>
        <source> · Social security system connected (%1 ms)</source>
        <translation> · 社保系统已连接（%1 毫秒）</translation>
    </message>
    <message>
        <source> · The social security system cannot be reached</source>
        <translation> · 暂时连不上社保系统</translation>
    </message>
</context>
<context>
    <name>ssc::MessageScreen</name>
    <message>
        <source>OK, back to the start</source>
        <translation>好的，返回首页</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>再试一次</translation>
    </message>
</context>
<context>
    <name>ssc::MyCardScreen</name>
    <message>
        <source>Hide numbers</source>
        <translation>隐藏号码</translation>
    </message>
    <message>
        <source>Show numbers</source>
        <translation>显示号码</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>%1 · social security number %2</source>
        <translation>%1 · 社会保障号码 %2</translation>
    </message>
    <message>
        <source>Social security card · %1</source>
        <translation>社保卡 · %1</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>社保卡号</translation>
    </message>
    <message>
        <source>Issued in</source>
        <translation>发卡地</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效期</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>银行账号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>卡状态</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>尚未申领</translation>
    </message>
    <message>
        <source>My social security card</source>
        <translation>我的社保卡</translation>
    </message>
    <message>
        <source>Who used my data</source>
        <translation>谁用过我的信息</translation>
    </message>
    <message>
        <source>Numbers are shown in full. They are hidden again after one minute.</source>
        <translation>号码已完整显示，1分钟后自动隐藏。</translation>
    </message>
    <message>
        <source>The numbers stay hidden</source>
        <translation>号码未显示</translation>
    </message>
    <message>
        <source>Why are the numbers shown in full?</source>
        <translation>为什么要完整显示号码？</translation>
    </message>
    <message>
        <source>Your reason is recorded with your name, and the citizen can see it in their record of who used their data.</source>
        <translation>原因会和您的姓名一起记录，市民可以在“谁用过我的信息”中看到。</translation>
    </message>
    <message>
        <source>The citizen asked</source>
        <translation>市民本人要求</translation>
    </message>
    <message>
        <source>Compare with a document</source>
        <translation>与证件或材料核对</translation>
    </message>
    <message>
        <source>Correct a record</source>
        <translation>更正记录</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Report lost</source>
        <translation>挂失</translation>
    </message>
    <message>
        <source>Show my e-licence</source>
        <translation>亮证（电子证照）</translation>
    </message>
    <message>
        <source>Apply for a new card</source>
        <translation>补换卡</translation>
    </message>
    <message>
        <source>Social security cards of %1</source>
        <translation>%1的社保卡</translation>
    </message>
    <message>
        <source>E-card claimed</source>
        <translation>电子社保卡申领</translation>
    </message>
</context>
<context>
    <name>ssc::NumberPad</name>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <source>Enter the number</source>
        <translation>请输入编号</translation>
    </message>
</context>
<context>
    <name>ssc::OnScreenKeyboard</name>
    <message>
        <source>中 → English</source>
        <translation>中 → English</translation>
    </message>
    <message>
        <source>English → 中</source>
        <translation>English → 中</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>空格</translation>
    </message>
    <message>
        <source>Space: first choice</source>
        <translation>空格：选第一个</translation>
    </message>
    <message>
        <source>Letters ABC</source>
        <translation>字母 ABC</translation>
    </message>
</context>
<context>
    <name>ssc::OutOfServiceScreen</name>
    <message>
        <source>This terminal is waiting for an update</source>
        <translation>本终端正在等待更新</translation>
    </message>
    <message>
        <source>It cannot serve anyone until it has been updated. The hall&apos;s staff can see this on their screen.</source>
        <translation>更新完成前本终端暂停服务。大厅工作人员已在其屏幕上看到此情况。</translation>
    </message>
    <message>
        <source>Please use another terminal or go to a counter. Thank you for your patience.</source>
        <translation>请使用其他终端或到柜台办理。感谢您的耐心。</translation>
    </message>
    <message>
        <source>For staff: the platform speaks API version %1; this terminal (version %2) speaks %3.</source>
        <translation>工作人员请注意：平台使用接口版本 %1；本终端（版本 %2）支持 %3。</translation>
    </message>
    <message>
        <source>For staff: the platform serves terminals from version %1 on; this one is version %2.</source>
        <translation>工作人员请注意：平台只为 %1 及以上版本的终端服务；本终端为版本 %2。</translation>
    </message>
</context>
<context>
    <name>ssc::OutboxScreen</name>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>待发送</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>立即发送</translation>
    </message>
    <message>
        <source>This terminal sends everything at once: nothing waits here.</source>
        <translation>本终端的办理结果都会立即发送，这里没有待发送的内容。</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) waiting to be sent. They are kept encrypted on this device and sent as soon as there is a network.</source>
        <translation>
            <numerusform>%n 件待发送。已加密保存在本机，联网后自动发送。</numerusform>
        </translation>
    </message>
    <message>
        <source>kept at %1</source>
        <translation>保存于 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) cannot be read on this device and will not be sent.</source>
        <translation>
            <numerusform>有 %n 项在本机无法读取，不会发送。</numerusform>
        </translation>
    </message>
    <message>
        <source>Please report it to the office before the next visit.</source>
        <translation>请在下次上门前报告所在的社保部门。</translation>
    </message>
    <message>
        <source>The last try to send did not work</source>
        <translation>上次发送没有成功</translation>
    </message>
    <message>
        <source>%1 · pension certification</source>
        <translation>%1 · 养老保险待遇资格认证</translation>
    </message>
    <message>
        <source>Everything has been sent</source>
        <translation>已全部发送</translation>
    </message>
    <message>
        <source>What was kept on this device has reached the social security office; nothing waits here.</source>
        <translation>本设备保存的内容都已送达社保部门，这里没有待发送的内容。</translation>
    </message>
</context>
<context>
    <name>ssc::OutletsScreen</name>
    <message>
        <source>Cross-province service outlets</source>
        <translation>跨省服务网点</translation>
    </message>
    <message>
        <source>Instant card replacement</source>
        <translation>即时补换网点</translation>
    </message>
    <message>
        <source>Online service channels</source>
        <translation>线上服务渠道</translation>
    </message>
    <message>
        <source>E-card channels</source>
        <translation>电子社保卡开通渠道</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Looking up…</source>
        <translation>正在查询……</translation>
    </message>
    <message>
        <source>No outlets of this kind in this region.</source>
        <translation>该地区暂无此类网点。</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Service outlets and channels</source>
        <translation>社保卡服务网点和渠道</translation>
    </message>
    <message>
        <source>Places found: %1</source>
        <translation>共找到 %1 处</translation>
    </message>
    <message>
        <source>Pension transfer offices</source>
        <translation>社保关系转移窗口</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>all kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>Change the place or kind</source>
        <translation>更改地区或类型</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>收起</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>更改</translation>
    </message>
    <message>
        <source>Hide the places and kinds</source>
        <translation>收起地区和类型</translation>
    </message>
</context>
<context>
    <name>ssc::PaymentQrPage</name>
    <message>
        <source>Waiting for your payment. Time left to pay: %1:%2</source>
        <translation>等待您付款，剩余支付时间：%1:%2</translation>
    </message>
    <message>
        <source>Open the e-card in your phone&apos;s app.</source>
        <translation>在手机上打开电子社保卡应用。</translation>
    </message>
    <message>
        <source>Scan this code.</source>
        <translation>扫描屏幕上的二维码。</translation>
    </message>
    <message>
        <source>Check the amount and confirm with your payment password.</source>
        <translation>核对金额，输入支付密码确认。</translation>
    </message>
    <message>
        <source>Or open the payment code in the app and hold it to the scanner below.</source>
        <translation>也可以在电子社保卡应用中打开付款码，对准下方的扫码墩。</translation>
    </message>
    <message>
        <source>Do not pay now</source>
        <translation>暂不缴费</translation>
    </message>
    <message>
        <source>You can still scan the QR code, or show another payment code. Time left: %1:%2</source>
        <translation>您仍可扫描二维码，或出示另一个付款码付款。剩余时间：%1:%2</translation>
    </message>
    <message>
        <source>Pay %1 for %2, %3</source>
        <translation>缴纳%2（%3年度）%1</translation>
    </message>
</context>
<context>
    <name>ssc::PaymentScreen</name>
    <message>
        <source>%1, %2</source>
        <translation>%1（%2年度）</translation>
    </message>
    <message>
        <source>%1 is paid for %2.</source>
        <translation>%1%2年度已缴费。</translation>
    </message>
    <message>
        <source>Finding out what you can pay…</source>
        <translation>正在查询可缴费项目…</translation>
    </message>
    <message>
        <source>Making your order…</source>
        <translation>正在生成缴费订单…</translation>
    </message>
    <message>
        <source>This takes a few seconds. Nothing is charged yet.</source>
        <translation>需要几秒钟，现在还没有扣款。</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>There is nothing to pay now.</source>
        <translation>目前没有需要缴纳的费用。</translation>
    </message>
    <message>
        <source>Order %1. The year was already paid; refund this payment to the account it came from.</source>
        <translation>订单 %1。该年度已经缴过费，请将这笔款项原路退回。</translation>
    </message>
    <message>
        <source>It is recorded on your contributions. Keep the receipt: its verification code %1 proves the payment.</source>
        <translation>缴费已记入您的参保记录。请保留凭证，验证码%1可证明这笔缴费。</translation>
    </message>
    <message>
        <source>Paid, but %1 was already paid, so this payment will be refunded</source>
        <translation>已付款，但%1此前已缴纳，这笔款项将退还</translation>
    </message>
    <message>
        <source>The time to pay ran out. Nothing was charged.</source>
        <translation>支付时间已过，没有扣款。</translation>
    </message>
    <message>
        <source>You can start again whenever you are ready.</source>
        <translation>您准备好后可以重新缴费。</translation>
    </message>
    <message>
        <source>Pay something else</source>
        <translation>再缴一笔</translation>
    </message>
    <message>
        <source>Pay contributions</source>
        <translation>社保缴费</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Pay your residents&apos; pension or medical insurance contribution with the e-card app on your phone. The payment is recorded at once.</source>
        <translation>用手机上的电子社保卡应用缴纳城乡居民养老保险或医疗保险费，缴费后立即记入参保记录。</translation>
    </message>
    <message>
        <source>What do you want to pay?</source>
        <translation>您要缴纳哪项费用？</translation>
    </message>
    <message>
        <source>How much a year? A higher amount gives a higher pension later.</source>
        <translation>选择每年缴费档次：多缴多得，档次越高，将来养老金越高。</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>缴费</translation>
    </message>
    <message>
        <source>Paying for: %1</source>
        <translation>缴费人：%1</translation>
    </message>
    <message>
        <source>Order %1, %2. The money goes back to the account it was paid from; a refund cannot be undone.</source>
        <translation>订单 %1，%2。款项将原路退回付款账户；退款后不能撤销。</translation>
    </message>
    <message>
        <source>Do not refund</source>
        <translation>不退款</translation>
    </message>
    <message>
        <source>Order number (keep it: a refund or a question needs it)</source>
        <translation>订单号（请保留，退款或咨询时要用）</translation>
    </message>
    <message>
        <source>The applicant can pay in the e-card app or at a bank.</source>
        <translation>申请人可以在电子社保卡应用或银行缴费。</translation>
    </message>
    <message>
        <source>Refund %1 to %2?</source>
        <translation>退款 %1 给 %2？</translation>
    </message>
    <message>
        <source>Yes, refund %1</source>
        <translation>确认退款 %1</translation>
    </message>
    <message>
        <source>Paid twice: %1 for %2</source>
        <translation>重复缴费：%2 %1</translation>
    </message>
    <message>
        <source>Refund %1</source>
        <translation>退款 %1</translation>
    </message>
    <message>
        <source>Paid: %1 for %2</source>
        <translation>缴费成功：%2 %1</translation>
    </message>
    <message>
        <source>Please show this receipt at a counter: a clerk refunds %1 to the account you paid from. Nothing else is needed.</source>
        <translation>请持此凭证到窗口，工作人员会将 %1 退回您的付款账户，无需其他材料。</translation>
    </message>
    <message>
        <source>Pay %1</source>
        <translation>缴费 %1</translation>
    </message>
    <message>
        <source>Please pay in the e-card app or at a bank, or at a service counter.</source>
        <translation>请在电子社保卡应用或银行缴费，也可以到服务网点的窗口缴费。</translation>
    </message>
    <message>
        <source>Find a service counter</source>
        <translation>查找服务网点</translation>
    </message>
    <message>
        <source>Refunded %1 to %2</source>
        <translation>已退款 %1 给 %2</translation>
    </message>
    <message>
        <source>%1 is taken off the contributions. The money goes back to the account it was paid from; the bank knows the refund by the number below.</source>
        <translation>%1 已从缴费记录中去除。款项退回原付款账户；向银行查询时请提供下方的退款编号。</translation>
    </message>
    <message>
        <source>Refund number (for the bank, if the money is asked after)</source>
        <translation>退款编号（向银行查询款项时使用）</translation>
    </message>
    <message>
        <source>Payments cannot be taken here at the moment</source>
        <translation>这里暂时不能缴费</translation>
    </message>
</context>
<context>
    <name>ssc::PinChangeScreen</name>
    <message>
        <source>This card is not one of yours</source>
        <translation>这不是您本人的社保卡</translation>
    </message>
    <message>
        <source>Take it out and insert your own social security card.</source>
        <translation>请取出，插入您本人的社保卡。</translation>
    </message>
    <message>
        <source>This terminal has no card reader</source>
        <translation>这台设备没有读卡器</translation>
    </message>
    <message>
        <source>Change your PIN at a terminal with a card reader, or at a service counter.</source>
        <translation>请到有读卡器的自助设备或服务窗口修改密码。</translation>
    </message>
    <message>
        <source>Insert your social security card</source>
        <translation>请插入您的社保卡</translation>
    </message>
    <message>
        <source>Face up, chip end first, into the card reader.</source>
        <translation>将社保卡正面朝上、芯片一端先插入读卡器。</translation>
    </message>
    <message>
        <source>Changing the PIN on your card</source>
        <translation>正在修改卡片密码</translation>
    </message>
    <message>
        <source>Leave the card in the reader. This takes a few seconds.</source>
        <translation>请不要拔卡，几秒钟就好。</translation>
    </message>
    <message>
        <source>Put the card back in, please</source>
        <translation>请把卡重新插入</translation>
    </message>
    <message>
        <source>The card left the reader while its PIN was being changed. Insert it again within a minute and the terminal finishes the change.</source>
        <translation>修改密码时卡被拔出了。请在 1 分钟内重新插卡，设备会把这次修改办完。</translation>
    </message>
    <message>
        <source>Your PIN is changed</source>
        <translation>密码修改成功</translation>
    </message>
    <message>
        <source>Your PIN was not changed</source>
        <translation>密码没有修改</translation>
    </message>
    <message>
        <source>The change did not reach the card. Your old PIN still works; you can try again.</source>
        <translation>这次修改没有写入卡片，原密码仍然有效，您可以重新修改。</translation>
    </message>
    <message>
        <source>The card is locked</source>
        <translation>社保卡密码已锁定</translation>
    </message>
    <message>
        <source>The PIN was wrong too many times. Take the card and your ID card to a service counter to unlock it.</source>
        <translation>密码输错次数过多。请带上社保卡和身份证到服务窗口解锁。</translation>
    </message>
    <message>
        <source>The card already uses your new PIN.</source>
        <translation>卡片已经使用新密码。</translation>
    </message>
    <message>
        <source>Your old PIN still works.</source>
        <translation>原密码仍然有效。</translation>
    </message>
    <message>
        <source>If your new PIN does not work on the card, your old one does.</source>
        <translation>如果新密码在卡上不能用，请用原密码。</translation>
    </message>
    <message>
        <source>The PIN change did not finish</source>
        <translation>密码修改没有完成</translation>
    </message>
    <message>
        <source>Ask the staff in the hall if you need help.</source>
        <translation>需要帮助请找大厅工作人员。</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Change the card PIN</source>
        <translation>修改社保卡密码</translation>
    </message>
    <message>
        <source>Enter your current PIN</source>
        <translation>请输入现在的密码</translation>
    </message>
    <message>
        <source>Choose a new PIN</source>
        <translation>请设置新密码</translation>
    </message>
    <message>
        <source>Enter the new PIN again</source>
        <translation>请再输入一次新密码</translation>
    </message>
    <message numerus="yes">
        <source>That was not the current PIN. %n tries left before the card locks.</source>
        <translation>
            <numerusform>现在的密码不正确。再输错 %n 次，卡片将被锁定。</numerusform>
        </translation>
    </message>
    <message>
        <source>The two new PINs were different. Choose the new PIN again.</source>
        <translation>两次输入的新密码不一样，请重新设置新密码。</translation>
    </message>
    <message>
        <source>Six digits. Cover the keys with your hand while you type.</source>
        <translation>6 位数字。
输入时请用手遮挡键盘。</translation>
    </message>
    <message>
        <source>Six digits, not your birth date, not all the same, not 123456.</source>
        <translation>6 位数字，不要用出生日期、相同数字或 123456 这样的连号。</translation>
    </message>
    <message>
        <source>The same six digits once more, so a slip of the finger does not lock you out.</source>
        <translation>再输一次同样的 6 位数字，以免按错。</translation>
    </message>
    <message>
        <source>The reader&apos;s cancel key stops.</source>
        <translation>按读卡器上的取消键可停止。</translation>
    </message>
    <message>
        <source>Type your current PIN on the card reader&apos;s keypad</source>
        <translation>请在读卡器的密码键盘上输入当前密码</translation>
    </message>
    <message>
        <source>Type your current PIN on the card reader&apos;s keypad again, then its OK key.</source>
        <translation>请在读卡器的密码键盘上重新输入当前密码，再按读卡器的确认键。</translation>
    </message>
    <message>
        <source>Six digits, then the reader&apos;s OK key. The terminal never sees them.</source>
        <translation>输入六位数字后按读卡器的确认键。终端看不到您输入的密码。</translation>
    </message>
    <message>
        <source>On the card reader&apos;s keypad: your current PIN, then the new PIN twice</source>
        <translation>请在读卡器的密码键盘上依次输入当前密码和两次新密码</translation>
    </message>
    <message>
        <source>Each followed by the reader&apos;s OK key. The terminal cannot check a PIN it never sees: choose six digits that are not your birth date, not all the same and not a run such as 123456.</source>
        <translation>每次输入后按读卡器的确认键。终端看不到密码，无法替您检查：请选择六位数字，不要用出生日期，不要六位相同，也不要用 123456 这样的连续数字。</translation>
    </message>
    <message>
        <source>Nothing was typed on the card reader&apos;s keypad in time.</source>
        <translation>规定时间内没有在读卡器的密码键盘上输入密码。</translation>
    </message>
    <message>
        <source>The cancel key on the card reader&apos;s keypad was pressed.</source>
        <translation>已按下读卡器密码键盘上的取消键。</translation>
    </message>
    <message>
        <source>Use the new PIN from now on, at kiosks, counters and for your e-card. Keep it to yourself.</source>
        <translation>今后在自助终端、服务窗口和电子社保卡上都请使用新密码。请不要告诉他人。</translation>
    </message>
</context>
<context>
    <name>ssc::PinPadScreen</name>
    <message>
        <source>Enter the PIN of your social security card</source>
        <translation>请输入社保卡密码</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message numerus="yes">
        <source>The PIN was not right. %n tries left before the card locks.</source>
        <translation>
            <numerusform>密码不正确，还可以再试%n次，之后卡片将被锁定。</numerusform>
        </translation>
    </message>
    <message>
        <source>Six digits. Cover the keys with your hand while you type.</source>
        <translation>密码为 6 位数字。
输入时请用手遮挡键盘。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Forgot the PIN? Sign in with your face</source>
        <translation>忘记密码？刷脸验证</translation>
    </message>
    <message numerus="yes">
        <source>%n more digits</source>
        <translation>
            <numerusform>还差 %n 位</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ssc::PinResetScreen</name>
    <message>
        <source>Choose a new PIN</source>
        <translation>请设置新密码</translation>
    </message>
    <message>
        <source>Enter the new PIN again</source>
        <translation>请再输入一次新密码</translation>
    </message>
    <message>
        <source>The two new PINs were different. Choose the new PIN again.</source>
        <translation>两次输入的新密码不一样，请重新设置新密码。</translation>
    </message>
    <message>
        <source>Show your e-card code</source>
        <translation>请出示电子社保卡二维码</translation>
    </message>
    <message>
        <source>Open the e-card in your app and hold its code to the scanner. It proves that the card is yours.</source>
        <translation>请在手机上打开电子社保卡，把二维码对准扫码器，以证明这张卡是您本人的。</translation>
    </message>
    <message>
        <source>Setting your new PIN</source>
        <translation>正在设置新密码</translation>
    </message>
    <message>
        <source>Leave the card in the reader. This takes a few seconds.</source>
        <translation>请不要拔卡，需要几秒钟。</translation>
    </message>
    <message>
        <source>Your card is unlocked</source>
        <translation>您的社保卡已解锁</translation>
    </message>
    <message>
        <source>Use your new PIN from now on. Keep it to yourself.</source>
        <translation>今后请使用新密码，请不要告诉他人。</translation>
    </message>
    <message>
        <source>The PIN was not reset</source>
        <translation>密码没有重置</translation>
    </message>
    <message>
        <source>The member of staff will tell you what to do next.</source>
        <translation>工作人员会告诉您接下来怎么办。</translation>
    </message>
    <message>
        <source>Unlock and reset your card PIN</source>
        <translation>社保卡密码解锁和重置</translation>
    </message>
    <message>
        <source>Please hand your social security card to the member of staff.</source>
        <translation>请把您的社保卡交给工作人员。</translation>
    </message>
    <message>
        <source>Insert the citizen&apos;s card in the reader.</source>
        <translation>把申请人的社保卡插入读卡器。</translation>
    </message>
    <message>
        <source>The citizen types a new PIN twice on the customer display.</source>
        <translation>申请人在自己一侧的屏幕上输入两次新密码。</translation>
    </message>
    <message>
        <source>The citizen shows their own e-card code on the scanner.</source>
        <translation>申请人在扫码器上出示本人的电子社保卡二维码。</translation>
    </message>
    <message>
        <source>This counter has no card reader</source>
        <translation>本窗口没有读卡器</translation>
    </message>
    <message>
        <source>Take the card out and insert it again</source>
        <translation>请把卡拔出后重新插入</translation>
    </message>
    <message>
        <source>The reset starts from the card as it goes in.</source>
        <translation>重置从插卡开始。</translation>
    </message>
    <message>
        <source>Insert the citizen&apos;s card</source>
        <translation>请插入申请人的社保卡</translation>
    </message>
    <message>
        <source>Locked by wrong PINs, or the PIN forgotten: both are reset here.</source>
        <translation>密码输错被锁，或忘记密码，都可以在这里重置。</translation>
    </message>
    <message>
        <source>The citizen is choosing another PIN</source>
        <translation>申请人正在重新设置密码</translation>
    </message>
    <message>
        <source>The customer display told them why the last one was not taken.</source>
        <translation>申请人一侧的屏幕已说明上一个密码为什么不能用。</translation>
    </message>
    <message>
        <source>The citizen is typing on the customer display</source>
        <translation>申请人正在自己一侧的屏幕上输入</translation>
    </message>
    <message>
        <source>Do not look at or type on their keys. Their digits never show here.</source>
        <translation>请不要看、也不要代为按键。申请人输入的数字不会显示在这里。</translation>
    </message>
    <message>
        <source>Scan the citizen&apos;s e-card code</source>
        <translation>请扫描申请人的电子社保卡二维码</translation>
    </message>
    <message>
        <source>Their own code, from their app, proves the card is theirs. Someone else&apos;s code is refused.</source>
        <translation>申请人手机上本人的二维码可以证明这张卡是本人的，他人的二维码会被拒绝。</translation>
    </message>
    <message>
        <source>Resetting the PIN</source>
        <translation>正在重置密码</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>重新开始</translation>
    </message>
    <message>
        <source>The PIN is reset and the card unlocked</source>
        <translation>密码已重置，社保卡已解锁</translation>
    </message>
    <message>
        <source>The card now takes the citizen&apos;s new PIN, with all its tries. Hand the card back.</source>
        <translation>这张卡现在使用申请人的新密码，输错次数已恢复。请把卡交还申请人。</translation>
    </message>
    <message>
        <source>The card left the reader.</source>
        <translation>卡已离开读卡器。</translation>
    </message>
    <message>
        <source>The card refused the reset; it keeps its old PIN.</source>
        <translation>社保卡拒绝了重置，仍使用原密码。</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Unlock and reset a card PIN</source>
        <translation>社保卡密码解锁和重置</translation>
    </message>
    <message>
        <source>The card may already take the new PIN: start again to finish.</source>
        <translation>这张卡可能已经使用新密码：请重新开始以完成重置。</translation>
    </message>
    <message>
        <source>Nothing changed on the card. You can start again.</source>
        <translation>卡上没有任何改变，可以重新开始。</translation>
    </message>
    <message>
        <source>A PIN is reset with the card in a reader and the citizen at a customer display. Send the citizen to a counter that has both; use Back for their other services.</source>
        <translation>重置密码需要把卡插入读卡器，并由申请人在自己一侧的屏幕上输入。请引导申请人到两样设备都有的窗口办理；办理其他业务请点“返回”。</translation>
    </message>
    <message>
        <source>The card and the social security system reset the PIN.</source>
        <translation>社保卡与社保系统完成密码重置。</translation>
    </message>
    <message>
        <source>The card or the social security system did not answer.</source>
        <translation>社保卡或社保系统没有应答。</translation>
    </message>
</context>
<context>
    <name>ssc::QualificationsScreen</name>
    <message>
        <source>Skills certificate</source>
        <translation>职业技能等级证书</translation>
    </message>
    <message>
        <source>Professional-technical qualification</source>
        <translation>专业技术人员职业资格</translation>
    </message>
    <message>
        <source>Certificate number: %1</source>
        <translation>证书编号：%1</translation>
    </message>
    <message>
        <source>Issued by %1 on %2</source>
        <translation>发证机关：%1&#x3000;发证日期：%2</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Qualification certificates</source>
        <translation>职业资格证书</translation>
    </message>
    <message>
        <source>Looking up your certificates…</source>
        <translation>正在查询您的证书…</translation>
    </message>
    <message>
        <source>No professional or skills certificates are on record for you. If you hold one that is missing, please ask at the counter.</source>
        <translation>没有查到您的专业技术或技能证书记录。如您持有证书但未查到，请到柜台咨询。</translation>
    </message>
    <message>
        <source>Certificates on record: %1</source>
        <translation>共查到 %1 本证书</translation>
    </message>
    <message>
        <source>No professional or skills certificates are on record for this citizen. One that is missing is added by the body that issued it, from its own records.</source>
        <translation>没有查到该申请人的专业技术或技能证书记录。缺少的证书由发证机构根据其记录补录。</translation>
    </message>
</context>
<context>
    <name>ssc::RecordsScreen</name>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Social insurance rights record</source>
        <translation>社保权益记录单</translation>
    </message>
    <message>
        <source>Province of insurance</source>
        <translation>参保省份</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>%1 has not yet opened its records for national query. Please ask the social insurance office there, or use its own website or app.</source>
        <translation>%1暂未开通个人社保权益记录单全国查询。请向当地社保部门查询，或使用当地人社部门的网站或手机应用查询。</translation>
    </message>
    <message>
        <source>%1 has not opened these insurances for national query, so they are not on this record: %2.</source>
        <translation>%1以下险种暂未开通全国查询，记录单中不包含：%2。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Fetching your %1 record from %2…</source>
        <translation>正在查询您在%2的%1年度记录单…</translation>
    </message>
    <message>
        <source>Looking up which provinces are open…</source>
        <translation>正在查询已开通的省份…</translation>
    </message>
    <message>
        <source>Your %1 record from %2. Please check it, then print it.</source>
        <translation>这是您在%2的%1年度社保权益记录单，请核对后打印。</translation>
    </message>
    <message>
        <source>%1 so far</source>
        <translation>%1（截至今日）</translation>
    </message>
    <message>
        <source>Choose the province, then tap a year: its record opens at once.</source>
        <translation>请先选择参保省份，再点选年度，记录单随即打开。</translation>
    </message>
    <message>
        <source>The social security system cannot be reached right now.</source>
        <translation>暂时连不上社保系统。</translation>
    </message>
</context>
<context>
    <name>ssc::RefundsScreen</name>
    <message>
        <source>%1 · %2 %3 · %4</source>
        <translation>%1 · %2 %3 年 · %4</translation>
    </message>
    <message>
        <source>Paid %1 at %2 · order %3</source>
        <translation>%1 在 %2 缴纳 · 订单 %3</translation>
    </message>
    <message>
        <source>Refunds to make</source>
        <translation>待退款</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Refund %1</source>
        <translation>退款 %1</translation>
    </message>
    <message>
        <source>Refund %1 to %2? This cannot be undone.</source>
        <translation>退款 %1 给 %2？退款后无法撤销。</translation>
    </message>
    <message>
        <source>Order %1. The money goes back to the account it was paid from; the year stays paid by the citizen&apos;s other payment.</source>
        <translation>订单 %1。款项原路退回缴费账户；该年度仍由缴费人的另一笔缴费计入。</translation>
    </message>
    <message>
        <source>Yes, refund %1</source>
        <translation>确认退款 %1</translation>
    </message>
    <message>
        <source>Do not refund</source>
        <translation>不退款</translation>
    </message>
    <message>
        <source>Looking up payments to refund…</source>
        <translation>正在查询待退款的缴费…</translation>
    </message>
    <message>
        <source>Refunding…</source>
        <translation>正在退款…</translation>
    </message>
    <message>
        <source>Refund number: %1</source>
        <translation>退款单号：%1</translation>
    </message>
    <message>
        <source>The citizen quotes it to their bank if the money has not arrived in a few working days.</source>
        <translation>如几个工作日后仍未到账，缴费人可凭此单号向银行查询。</translation>
    </message>
    <message>
        <source>No other payment in this hall waits for a refund.</source>
        <translation>本厅已没有其他待退款的缴费。</translation>
    </message>
    <message numerus="yes">
        <source>%n more payment(s) paid twice wait for a refund.</source>
        <translation>
            <numerusform>还有 %n 笔重复缴纳的缴费待退款。</numerusform>
        </translation>
    </message>
    <message>
        <source>Refunded %1 to %2</source>
        <translation>已退款 %1 给 %2</translation>
    </message>
    <message>
        <source>No payment in this hall waits for a refund.</source>
        <translation>本厅没有待退款的缴费。</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) made in this hall paid a year already paid, newest first.</source>
        <translation>
            <numerusform>本厅有 %n 笔缴费重复缴纳了已缴年度，最新的在前。</numerusform>
        </translation>
    </message>
    <message>
        <source>The newest %1 are shown; the others follow once these are refunded.</source>
        <translation>这里显示最新的 %1 笔，处理完后显示其余的。</translation>
    </message>
    <message>
        <source>Refund each to the account it came from; the citizen need not be here.</source>
        <translation>逐笔原路退回缴费账户，无需缴费人到场。</translation>
    </message>
</context>
<context>
    <name>ssc::RegistrationScreen</name>
    <message>
        <source>Unemployment registration</source>
        <translation>办理失业登记</translation>
    </message>
    <message>
        <source>Register again</source>
        <translation>重新登记</translation>
    </message>
    <message>
        <source>You are registered as unemployed (receipt %1). Your registration has been approved.</source>
        <translation>您已办理失业登记（回执号 %1），审核已通过。</translation>
    </message>
    <message>
        <source>Your registration (receipt %1) was returned: %2. You can register again.</source>
        <translation>您的登记（回执号 %1）已被退回：%2。您可以重新登记。</translation>
    </message>
    <message>
        <source>Your registration (receipt %1) is being reviewed, usually within 5 working days.</source>
        <translation>您的登记（回执号 %1）正在审核，一般在5个工作日内完成。</translation>
    </message>
    <message>
        <source>Three short steps. Choose where you can; type only where you must.</source>
        <translation>共三步。能选择的请直接点选，只有必要时才需要输入。</translation>
    </message>
    <message>
        <source>Submitting your registration…</source>
        <translation>正在提交您的登记…</translation>
    </message>
    <message>
        <source>The review usually takes up to 5 working days; you can look up the result here.</source>
        <translation>审核一般在5个工作日内完成，您可以在这里查询结果。</translation>
    </message>
</context>
<context>
    <name>ssc::ReplaceCardPage</name>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Apply for a new card</source>
        <translation>申请补换卡</translation>
    </message>
    <message>
        <source>Social security card · %1 · card number %2</source>
        <translation>社保卡 · %1 · 卡号 %2</translation>
    </message>
    <message>
        <source>This card is reported lost: the new card replaces it.</source>
        <translation>这张卡已挂失，新卡将代替它。</translation>
    </message>
    <message>
        <source>Fee: %1</source>
        <translation>工本费：%1</translation>
    </message>
    <message>
        <source>Paid by the citizen when the new card is handed over.</source>
        <translation>发放新卡时由申请人缴纳。</translation>
    </message>
    <message>
        <source>Paid at the service counter when you collect the new card.</source>
        <translation>领取新卡时在服务窗口缴纳。</translation>
    </message>
    <message>
        <source>The old card keeps working until the new one is handed over; then it is cancelled.</source>
        <translation>领到新卡之前旧卡照常使用，领卡后旧卡注销。</translation>
    </message>
    <message>
        <source>The application was not filed</source>
        <translation>申请未能提交</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>正在提交申请…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Applied for a new card</source>
        <translation>补换卡申请已提交</translation>
    </message>
    <message>
        <source>Fee: %1.</source>
        <translation>工本费：%1。</translation>
    </message>
    <message>
        <source>The new card is made and handed over at a counter with an instant-issue printer. &quot;My applications&quot; shows how far it has come.</source>
        <translation>新卡在配有即时制卡设备的窗口制作和发放，可在“我的办件”中查看办理进度。</translation>
    </message>
    <message>
        <source>Collect it at a social security service counter with your ID card, usually while you wait. &quot;My applications&quot; shows how far it has come: applied, being made, ready to collect, collected.</source>
        <translation>请携带身份证到社保卡服务窗口领取，一般立等可取。可在“我的办件”中查看进度：申请、制卡、可领取、已领取。</translation>
    </message>
    <message>
        <source>Why is a new card needed?</source>
        <translation>为什么需要换新卡？</translation>
    </message>
    <message>
        <source>Lost the card? Report it lost first</source>
        <translation>卡丢了？请先挂失</translation>
    </message>
</context>
<context>
    <name>ssc::ReportLostPage</name>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Report a card lost</source>
        <translation>社保卡挂失</translation>
    </message>
    <message>
        <source>Social security card · %1 · card number %2</source>
        <translation>社保卡 · %1 · 卡号 %2</translation>
    </message>
    <message>
        <source>The card was not reported lost</source>
        <translation>挂失未成功</translation>
    </message>
    <message>
        <source>Reporting…</source>
        <translation>正在挂失…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Report this card lost</source>
        <translation>确认挂失</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The card is reported lost</source>
        <translation>社保卡已挂失</translation>
    </message>
    <message>
        <source>Apply for a new card</source>
        <translation>申请补换卡</translation>
    </message>
    <message>
        <source>The card and its e-card stop working at once</source>
        <translation>挂失后，社保卡和电子社保卡将立即停止使用</translation>
    </message>
    <message>
        <source>The card and its e-card cannot be used from now on. Found it again? Insert it at a kiosk and enter its PIN. Need a new card? Apply for a replacement now.</source>
        <translation>从现在起，社保卡和电子社保卡都不能使用。找回了卡片？在自助终端插卡并输入密码即可解除挂失。需要新卡？现在就可以申请补换卡。</translation>
    </message>
    <message>
        <source>From then on nobody can use them, not even the applicant. If the applicant finds the card again, they cancel the report with the card and its PIN, at a kiosk or here. Otherwise they apply for a new card.</source>
        <translation>任何人都无法再使用，包括申请人本人。申请人如找回卡片，可凭卡片和密码在自助终端或本窗口解除挂失；否则请为其申请补换卡。</translation>
    </message>
    <message>
        <source>From then on nobody can use them, not even you. If you find the card again, insert it at a kiosk and enter its PIN to cancel the report. Otherwise apply for a replacement card at a service counter, usually while you wait.</source>
        <translation>任何人都无法再使用，包括您本人。如果找回卡片，在自助终端插入卡片并输入密码即可解除挂失；否则请到服务窗口申请补换卡，一般立等可取。</translation>
    </message>
    <message>
        <source>The card and its e-card cannot be used from now on. To use the card again, the applicant inserts it and enters its PIN to cancel the report. For a new card, apply for a replacement.</source>
        <translation>从现在起，社保卡和电子社保卡都不能使用。申请人如要继续使用这张卡，插卡并输入密码即可解除挂失；如需新卡，请为其申请补换卡。</translation>
    </message>
</context>
<context>
    <name>ssc::ResultPage</name>
    <message>
        <source>Your receipt number (keep it to ask about this later)</source>
        <translation>回执号（请保留，以后查询进度要用）</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>返回首页</translation>
    </message>
    <message>
        <source>Social security receipt number %1</source>
        <translation>社保业务回执号 %1</translation>
    </message>
    <message>
        <source>QR code of the receipt number</source>
        <translation>回执号二维码</translation>
    </message>
    <message>
        <source>Scan the code with your phone&apos;s camera to keep the number.</source>
        <translation>用手机相机扫一扫右边的二维码，就能把回执号存在手机上。</translation>
    </message>
</context>
<context>
    <name>ssc::ReviewQueueScreen</name>
    <message>
        <source>Read-aloud certifications to review</source>
        <translation>待审核的读数字认证：请看录像、核对读出的数字</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Play again</source>
        <translation>重新播放</translation>
    </message>
    <message>
        <source>Refuse: %1</source>
        <translation>不通过：%1</translation>
    </message>
    <message>
        <source>%1, certification by reading aloud</source>
        <translation>%1，读数字认证</translation>
    </message>
    <message>
        <source>Looking up the certifications waiting…</source>
        <translation>正在查询待审核的认证…</translation>
    </message>
    <message>
        <source>Nothing waiting for review.</source>
        <translation>没有待审核的认证。</translation>
    </message>
    <message numerus="yes">
        <source>%n certification(s) waiting, oldest first.</source>
        <translation>
            <numerusform>%n 件认证待审核，按提交先后排列。</numerusform>
        </translation>
    </message>
    <message>
        <source>the person is not clearly seen</source>
        <translation>看不清读数字的人</translation>
    </message>
    <message>
        <source>wrong digits read</source>
        <translation>读出的数字不对</translation>
    </message>
    <message>
        <source>the reading is not recorded whole</source>
        <translation>录像没有完整记录读数字的过程</translation>
    </message>
    <message>
        <source>Approve: the person reads the digits</source>
        <translation>通过：是本人在读数字</translation>
    </message>
    <message>
        <source>With sound.</source>
        <translation>有声音。</translation>
    </message>
    <message>
        <source>Without sound: judge from the lips.</source>
        <translation>无声音：请根据口型判断。</translation>
    </message>
    <message>
        <source>Digits asked: %1</source>
        <translation>要求读出的数字：%1</translation>
    </message>
</context>
<context>
    <name>ssc::ScrollPage</name>
    <message>
        <source>Show what is above</source>
        <translation>看上面的内容</translation>
    </message>
    <message>
        <source>Show more below</source>
        <translation>看下面的内容</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <comment>page of pages</comment>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
</context>
<context>
    <name>ssc::SecondCodeCheck</name>
    <message>
        <source>The social security system&apos;s answer was incomplete.</source>
        <translation>社保系统返回的信息不完整。</translation>
    </message>
</context>
<context>
    <name>ssc::SessionNotices</name>
    <message>
        <source>Another person&apos;s code was scanned</source>
        <translation>扫描到另一个人的二维码</translation>
    </message>
    <message>
        <source>Log %1 out and continue with %2? Nothing is changed until you choose.</source>
        <translation>是否退出 %1，改为给 %2 办理？在您选择之前，页面不会有任何改动。</translation>
    </message>
    <message>
        <source>Are you still there?</source>
        <translation>您还在吗？</translation>
    </message>
    <message>
        <source>For your privacy you will be logged out in %1 seconds.</source>
        <translation>为保护您的信息，%1 秒后将自动退出登录。</translation>
    </message>
    <message>
        <source>I am still here</source>
        <translation>我还在</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>知道了</translation>
    </message>
    <message>
        <source>Switch to %1</source>
        <translation>改为%1办理</translation>
    </message>
    <message>
        <source>Stay with %1</source>
        <translation>继续为%1办理</translation>
    </message>
</context>
<context>
    <name>ssc::SignInCountersScreen</name>
    <message>
        <source>Account %1</source>
        <translation>账号 %1</translation>
    </message>
    <message>
        <source>Terminal %1</source>
        <translation>终端 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n wrong sign-in(s) in a row</source>
        <translation>
            <numerusform>连续登录失败 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>Blocked until %1</source>
        <translation>锁定至 %1</translation>
    </message>
    <message>
        <source>Wrong sign-ins</source>
        <translation>登录失败记录</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Clear and unblock</source>
        <translation>清除并解除锁定</translation>
    </message>
    <message numerus="yes">
        <source>%n user name(s) that no account has were tried too; they are not shown.</source>
        <translation>
            <numerusform>另有 %n 个不存在的用户名被尝试登录，未予显示。</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking up wrong sign-ins…</source>
        <translation>正在查询登录失败记录…</translation>
    </message>
    <message>
        <source>No wrong sign-ins.</source>
        <translation>没有登录失败记录。</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) or terminal(s) with wrong sign-ins, blocked ones first.</source>
        <translation>
            <numerusform>%n 个账号或终端有登录失败记录，已锁定的排在前面。</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear a count only when you know who made the wrong sign-ins.</source>
        <translation>请在确认是谁登录失败后再清除记录。</translation>
    </message>
    <message>
        <source>%1 · this terminal</source>
        <translation>%1 · 本机</translation>
    </message>
    <message>
        <source>Not blocked: signing in still works</source>
        <translation>未锁定，仍可登录</translation>
    </message>
    <message>
        <source>Clear the count</source>
        <translation>清除计数</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) or terminal(s) with wrong sign-ins, none blocked.</source>
        <translation>
            <numerusform>%n 个账号或终端有登录失败记录，均未锁定。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>ssc::SimulatorWindow</name>
    <message>
        <source>Code shown to the pedestal.</source>
        <translation>已向扫码墩出示二维码。</translation>
    </message>
    <message>
        <source>Demo: the citizen&apos;s phone</source>
        <translation>演示：市民的手机</translation>
    </message>
    <message>
        <source>Show this person&apos;s e-card code</source>
        <translation>出示此人的电子社保卡二维码</translation>
    </message>
    <message>
        <source>Show an expired code</source>
        <translation>出示已过期的二维码</translation>
    </message>
    <message>
        <source>Show the last code again</source>
        <translation>再次出示上一个二维码</translation>
    </message>
    <message>
        <source>Show a QR code that is not an e-card</source>
        <translation>出示非电子社保卡的二维码</translation>
    </message>
    <message>
        <source>Login confirmed in the app.</source>
        <translation>已在手机上确认登录。</translation>
    </message>
    <message>
        <source>Scan the terminal&apos;s login code and confirm</source>
        <translation>用手机扫描终端上的登录码并确认</translation>
    </message>
    <message>
        <source>Card inserted (generation %1). Its PIN is 123456.</source>
        <translation>已插入第%1代社保卡，密码为123456。</translation>
    </message>
    <message>
        <source>Card taken out.</source>
        <translation>已取出卡片。</translation>
    </message>
    <message>
        <source>Insert this person&apos;s card</source>
        <translation>插入此人的社保卡</translation>
    </message>
    <message>
        <source>Take the card out</source>
        <translation>取出社保卡</translation>
    </message>
    <message>
        <source>Show the e-card payment code (pays the order on screen)</source>
        <translation>出示电子社保卡付款码（支付屏幕上的订单）</translation>
    </message>
</context>
<context>
    <name>ssc::StaffLoginScreen</name>
    <message>
        <source>Staff login</source>
        <translation>工作人员登录</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Login refused</source>
        <translation>登录被拒绝</translation>
    </message>
</context>
<context>
    <name>ssc::StaffLookupScreen</name>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Name, as on the card</source>
        <translation>姓名（与社保卡一致）</translation>
    </message>
    <message>
        <source>Social security number</source>
        <translation>社会保障号码</translation>
    </message>
    <message>
        <source>Looking up…</source>
        <translation>正在查询…</translation>
    </message>
    <message>
        <source>Find the person to certify</source>
        <translation>查找被认证人</translation>
    </message>
    <message>
        <source>Enter the name and the social security number of the person to certify; the person then does the face part in front of the camera.</source>
        <translation>请输入被认证人的姓名和社会保障号码，然后由本人对着摄像头完成刷脸认证。</translation>
    </message>
    <message>
        <source>Certify for someone else</source>
        <translation>代他人认证</translation>
    </message>
</context>
<context>
    <name>ssc::StartScreen</name>
    <message>
        <source>Visitor entry: public services without logging in</source>
        <translation>访客入口：无需登录，使用公共服务</translation>
    </message>
    <message>
        <source>Or scan this code in your e-card app to log in.</source>
        <translation>也可用电子社保卡“扫一扫”扫此码登录</translation>
    </message>
    <message>
        <source>Open the e-card in your phone app and hold its QR code over the scanner below, or insert your social security card face up, chip end first.</source>
        <translation>请在手机上打开电子社保卡，将二维码对准下方的扫码墩；也可以将社保卡正面朝上、芯片一端先插入读卡器。</translation>
    </message>
    <message>
        <source>Sign in by face</source>
        <comment>no card or phone with them</comment>
        <translation>没带卡和手机？刷脸登录</translation>
    </message>
    <message>
        <source>The applicant holds the QR code of the e-card in their phone app over the scanner, or inserts their social security card face up, chip end first.</source>
        <translation>请申请人打开手机中的电子社保卡，将二维码对准扫码墩，或将社保卡正面朝上、芯片一端先插入读卡器。</translation>
    </message>
    <message>
        <source>Ask for the applicant&apos;s e-card QR code or card</source>
        <translation>请申请人出示电子社保卡或插卡</translation>
    </message>
    <message>
        <source>Please show your e-card QR code</source>
        <translation>请出示电子社保卡二维码</translation>
    </message>
    <message>
        <source>Ask for the applicant&apos;s e-card QR code</source>
        <translation>请申请人出示电子社保卡</translation>
    </message>
    <message>
        <source>The applicant holds the QR code of the e-card in their phone app over the scanner.</source>
        <translation>请申请人打开手机中的电子社保卡，将二维码对准扫码墩。</translation>
    </message>
    <message>
        <source>Open the e-card in your phone app and hold its QR code over the scanner below.</source>
        <translation>请在手机上打开电子社保卡，将二维码对准下方的扫码墩。</translation>
    </message>
    <message>
        <source>Public services: no applicant needed</source>
        <translation>公共服务：无需申请人</translation>
    </message>
</context>
<context>
    <name>ssc::TransferScreen</name>
    <message>
        <source>Pension relation transfer</source>
        <translation>社保关系转移</translation>
    </message>
    <message>
        <source>Asked for where you work and pay in now: your record and your account follow you, and your years are counted together.</source>
        <translation>向现在就业参保的地方申请：参保缴费信息和个人账户随您转移，缴费年限累计计算。</translation>
    </message>
    <message>
        <source>By the rules as they stand today you would draw your pension in %1: %2.</source>
        <translation>按现行规定，您将在%1领取养老金：%2。</translation>
    </message>
    <message>
        <source>Submitting your transfer application…</source>
        <translation>正在提交转移申请…</translation>
    </message>
    <message>
        <source>The new place reviews it within 15 working days; then the old place moves your record and funds. You can follow every step here.</source>
        <translation>转入地将在15个工作日内审核；审核同意后由转出地转移参保缴费信息和基金。每一步进度都可以在这里查询。</translation>
    </message>
    <message>
        <source>Apply again</source>
        <translation>重新申请</translation>
    </message>
    <message>
        <source>Your transfer (receipt %1) was agreed by the new place, which has sent the letter of contact to the old place. The old place moves your record and funds within 15 working days.</source>
        <translation>您的转移申请（回执号 %1）转入地已同意接收，并已向转出地发出联系函。转出地将在15个工作日内转移参保缴费信息和基金。</translation>
    </message>
    <message>
        <source>Your transfer (receipt %1): the old place is moving your record and funds. The new place completes it within 15 working days.</source>
        <translation>您的转移申请（回执号 %1）：转出地正在转移参保缴费信息和基金，转入地将在15个工作日内办结接续。</translation>
    </message>
    <message>
        <source>Your transfer (receipt %1) is complete: your pension relation is at the new place and your years are counted together.</source>
        <translation>您的转移（回执号 %1）已办结：养老保险关系已接续到转入地，缴费年限合并计算。</translation>
    </message>
    <message>
        <source>Your transfer application (receipt %1) was returned: %2. You can apply again.</source>
        <translation>您的转移申请（回执号 %1）被退回：%2。您可以重新申请。</translation>
    </message>
    <message>
        <source>Your transfer application (receipt %1) is being reviewed by the new place, within 15 working days.</source>
        <translation>您的转移申请（回执号 %1）正在由转入地审核，15个工作日内完成。</translation>
    </message>
    <message>
        <source>The new place reviews and agrees, and sends the letter of contact</source>
        <translation>转入地审核同意，向转出地发出联系函</translation>
    </message>
    <message>
        <source>The old place moves your contribution record and funds</source>
        <translation>转出地转移参保缴费信息和基金</translation>
    </message>
    <message>
        <source>The new place takes them over: the transfer is complete</source>
        <translation>转入地接续，转移办结</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>转移进度</translation>
    </message>
    <message>
        <source>Questions? Ask a pension transfer office: they are listed under &quot;Service outlets and channels&quot;.</source>
        <translation>有疑问可以到社保关系转移窗口咨询：在“社保卡服务网点和渠道”中可以找到各地的这类窗口。</translation>
    </message>
    <message>
        <source>No transfer is needed now</source>
        <translation>目前无需转移</translation>
    </message>
    <message>
        <source>The applicant already draws a pension: the relation stays where it is paid, wherever they live.</source>
        <translation>申请人已经按规定领取养老金，不再转移养老保险关系：无论在哪里居住，养老金仍由原参保地发放。</translation>
    </message>
    <message>
        <source>The applicant is not paying in anywhere at the moment. A transfer is asked for where they work and pay in, once they do.</source>
        <translation>申请人目前没有在任何地方参保缴费。社保关系转移要在其就业并参保缴费的地方申请。</translation>
    </message>
    <message>
        <source>The applicant has paid in at one place only, so there is nothing to move. When they work and pay in somewhere new, they ask for the transfer there.</source>
        <translation>申请人只在一个地方参保缴费过，没有需要转移的社保关系。以后到新的地方就业参保时，再在那里申请转移。</translation>
    </message>
    <message>
        <source>Every earlier relation of the applicant has already moved to where they pay in now, so there is nothing more to move.</source>
        <translation>申请人以前各地的社保关系都已转到现在缴费的地方，无需转移。</translation>
    </message>
    <message>
        <source>The applicant was first insured here at 50 or over (women: 40), away from their household registration: this is a temporary account, and no relation can be moved into it. On retiring, it moves to where they will draw their pension.</source>
        <translation>申请人在非户籍地首次参保时男性已满 50 岁（女性满 40 岁），在此建立的是临时账户，其他地区的养老保险关系不能转入。到达退休年龄时，临时账户将转到待遇领取地。</translation>
    </message>
</context>
<context>
    <name>ssc::UndeliveredTextsScreen</name>
    <message>
        <source>The phone network reported it not delivered</source>
        <translation>运营商回执：未送达</translation>
    </message>
    <message numerus="yes">
        <source>Could not be sent after %n attempt(s)</source>
        <translation>
            <numerusform>尝试发送 %n 次后仍未发出</numerusform>
        </translation>
    </message>
    <message>
        <source>Receipt %1 · to %2 · decided %3</source>
        <translation>回执号 %1 · 发往 %2 · 审核于 %3</translation>
    </message>
    <message>
        <source>Undelivered texts</source>
        <translation>未送达的短信</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>重新发送</translation>
    </message>
    <message>
        <source>Looking up undelivered texts…</source>
        <translation>正在查询未送达的短信…</translation>
    </message>
    <message>
        <source>Every text has been sent.</source>
        <translation>所有短信都已发出。</translation>
    </message>
    <message numerus="yes">
        <source>%n text(s) did not reach the person, newest first.</source>
        <translation>
            <numerusform>%n 条短信未送达本人，最新的在前。</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the phone number on file with the person before sending a text again.</source>
        <translation>重新发送前，请先与本人核对登记的手机号码。</translation>
    </message>
    <message>
        <source>The newest %1 are shown; the others follow once these are dealt with.</source>
        <translation>只显示最新的 %1 条，处理完后再显示其余的。</translation>
    </message>
    <message>
        <source>Decisions cannot be sent by text for now.</source>
        <translation>审核结果的短信暂时发不出去。</translation>
    </message>
    <message>
        <source>The texts are kept and go out by themselves once sending works again; please call technical support. Meanwhile applicants see each decision under My applications at a kiosk, or at a counter.</source>
        <translation>短信已保存，恢复后会自动发出；请联系技术支持。在此之前，申请人可在自助终端的“我的办件”中查看审核结果，也可到窗口查询。</translation>
    </message>
</context>
<context>
    <name>ssc::VideoFileFrames</name>
    <message>
        <source>no such video file: %1</source>
        <translation>视频文件不存在：%1</translation>
    </message>
    <message>
        <source>video file %1</source>
        <translation>视频文件 %1</translation>
    </message>
    <message>
        <source>the video file cannot be played</source>
        <translation>视频文件无法播放</translation>
    </message>
</context>
<context>
    <name>ssc::VirtualCardReader</name>
    <message>
        <source>Simulated card reader</source>
        <translation>模拟读卡器</translation>
    </message>
</context>
<context>
    <name>ssc::VirtualPedestal</name>
    <message>
        <source>Virtual scanning pedestal (demo)</source>
        <translation>虚拟扫码墩（演示）</translation>
    </message>
</context>
</TS>
