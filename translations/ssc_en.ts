<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ApplicationCard</name>
    <message>
        <source>Receipt %1, filed %2</source>
        <translation>Receipt %1, filed %2</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Reason: %1</translation>
    </message>
</context>
<context>
    <name>ApplicationStatus</name>
    <message>
        <source>Submitted, waiting for review</source>
        <translation>Submitted, waiting for review</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>Accepted, a mediator is being assigned</source>
        <translation>Accepted, a mediator is being assigned</translation>
    </message>
    <message>
        <source>In mediation</source>
        <translation>In mediation</translation>
    </message>
    <message>
        <source>Settled by mediation</source>
        <translation>Settled by mediation</translation>
    </message>
    <message>
        <source>Not settled: passed on to arbitration</source>
        <translation>Not settled: passed on to arbitration</translation>
    </message>
    <message>
        <source>Unknown status</source>
        <translation>Unknown status</translation>
    </message>
    <message>
        <source>Agreed by the new place: the old place is asked to transfer</source>
        <translation>Agreed by the new place: the old place is asked to transfer</translation>
    </message>
    <message>
        <source>The old place is moving your record and funds</source>
        <translation>The old place is moving your record and funds</translation>
    </message>
    <message>
        <source>Transferred: your relation is at the new place</source>
        <translation>Transferred: your relation is at the new place</translation>
    </message>
    <message>
        <source>The new card is being made</source>
        <translation>The new card is being made</translation>
    </message>
    <message>
        <source>Ready to collect at the service counter</source>
        <translation>Ready to collect at the service counter</translation>
    </message>
    <message>
        <source>Collected: the new card is in use, the old one cancelled</source>
        <translation>Collected: the new card is in use, the old one cancelled</translation>
    </message>
    <message>
        <source>The employment service has contacted you</source>
        <translation>The employment service has contacted you</translation>
    </message>
</context>
<context>
    <name>ApplicationsModule</name>
    <message>
        <source>My applications</source>
        <translation>My applications</translation>
    </message>
    <message>
        <source>Every application and how far it has come</source>
        <translation>Every application and how far it has come</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Applications</translation>
    </message>
</context>
<context>
    <name>BenefitClaimForm</name>
    <message>
        <source>Where should the benefit be paid?</source>
        <translation>Where should the benefit be paid?</translation>
    </message>
    <message>
        <source>My social security card&apos;s bank account (%1)</source>
        <translation>My social security card&apos;s bank account (%1)</translation>
    </message>
    <message>
        <source>Another bank card in my own name</source>
        <translation>Another bank card in my own name</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <source>Industrial and Commercial Bank of China</source>
        <translation>Industrial and Commercial Bank of China</translation>
    </message>
    <message>
        <source>Agricultural Bank of China</source>
        <translation>Agricultural Bank of China</translation>
    </message>
    <message>
        <source>Bank of China</source>
        <translation>Bank of China</translation>
    </message>
    <message>
        <source>China Construction Bank</source>
        <translation>China Construction Bank</translation>
    </message>
    <message>
        <source>Bank of Communications</source>
        <translation>Bank of Communications</translation>
    </message>
    <message>
        <source>Postal Savings Bank of China</source>
        <translation>Postal Savings Bank of China</translation>
    </message>
    <message>
        <source>China Merchants Bank</source>
        <translation>China Merchants Bank</translation>
    </message>
    <message>
        <source>Rural commercial bank or credit union</source>
        <translation>Rural commercial bank or credit union</translation>
    </message>
    <message>
        <source>Bank card number</source>
        <translation>Bank card number</translation>
    </message>
    <message>
        <source>A bank card number has 16 to 19 digits; one of these seems wrong.</source>
        <translation>A bank card number has 16 to 19 digits; one of these seems wrong.</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Mobile phone</translation>
    </message>
    <message>
        <source>Looking for work, and ready to take suitable work or training?</source>
        <translation>Looking for work, and ready to take suitable work or training?</translation>
    </message>
    <message>
        <source>The benefit is paid while you look for work. If you cannot work now, ask at the counter what else can help.</source>
        <translation>The benefit is paid while you look for work. If you cannot work now, ask at the counter what else can help.</translation>
    </message>
    <message>
        <source>Unemployment benefit</source>
        <translation>Unemployment benefit</translation>
    </message>
    <message>
        <source>I confirm that I am unemployed and looking for work, that the account is in my own name, and that I will report at once when I find work, join the army, settle abroad or start drawing a pension. Benefit paid after that must be returned.</source>
        <translation>I confirm that I am unemployed and looking for work, that the account is in my own name, and that I will report at once when I find work, join the army, settle abroad or start drawing a pension. Benefit paid after that must be returned.</translation>
    </message>
    <message>
        <source>Unemployment subsidy</source>
        <translation>Unemployment subsidy</translation>
    </message>
    <message>
        <source>Migrant worker&apos;s one-off living allowance</source>
        <translation>Migrant worker&apos;s one-off living allowance</translation>
    </message>
    <message>
        <source>Temporary living allowance</source>
        <translation>Temporary living allowance</translation>
    </message>
    <message>
        <source>I confirm that I am unemployed, that the account is in my own name and that what I tell is true. An allowance paid on untrue information must be returned.</source>
        <translation>I confirm that I am unemployed, that the account is in my own name and that what I tell is true. An allowance paid on untrue information must be returned.</translation>
    </message>
    <message>
        <source>Where it is paid</source>
        <translation>Where it is paid</translation>
    </message>
    <message>
        <source>Contact and looking for work</source>
        <translation>Contact and looking for work</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
</context>
<context>
    <name>CardPinModule</name>
    <message>
        <source>Change the card PIN</source>
        <translation>Change the card PIN</translation>
    </message>
    <message>
        <source>With your card in the reader</source>
        <translation>With your card in the reader</translation>
    </message>
    <message>
        <source>Unlock and reset a card PIN</source>
        <translation>Unlock and reset a card PIN</translation>
    </message>
    <message>
        <source>Locked or forgotten: the citizen sets a new PIN</source>
        <translation>Locked or forgotten: the citizen sets a new PIN</translation>
    </message>
</context>
<context>
    <name>CardStatusPolicy</name>
    <message>
        <source>Sealed</source>
        <translation>Sealed</translation>
    </message>
    <message>
        <source>Reported lost</source>
        <translation>Reported lost</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Your social security card has been made and will be handed to you soon.</source>
        <translation>Your social security card has been made and will be handed to you soon.</translation>
    </message>
    <message>
        <source>Your social security card was reported lost by you.</source>
        <translation>Your social security card was reported lost by you.</translation>
    </message>
    <message>
        <source>Your social security card has been cancelled.</source>
        <translation>Your social security card has been cancelled.</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Your physical card and your e-card can both be used.</source>
        <translation>Your physical card and your e-card can both be used.</translation>
    </message>
    <message>
        <source>Your new card has not been handed to you yet, so its e-card cannot be used.</source>
        <translation>Your new card has not been handed to you yet, so its e-card cannot be used.</translation>
    </message>
    <message>
        <source>This card was reported lost, so its e-card cannot be used.</source>
        <translation>This card was reported lost, so its e-card cannot be used.</translation>
    </message>
    <message>
        <source>This card has been cancelled, so its e-card cannot be used.</source>
        <translation>This card has been cancelled, so its e-card cannot be used.</translation>
    </message>
    <message>
        <source>Collect your card at the issuing service outlet, then claim your e-card again.</source>
        <translation>Collect your card at the issuing service outlet, then claim your e-card again.</translation>
    </message>
    <message>
        <source>Found the card again? Insert it and enter its PIN to cancel the loss report. Otherwise apply for a new card (many outlets issue one on the spot), then claim your e-card again.</source>
        <translation>Found the card again? Insert it and enter its PIN to cancel the loss report. Otherwise apply for a new card (many outlets issue one on the spot), then claim your e-card again.</translation>
    </message>
    <message>
        <source>Apply for a new social security card at a service outlet; once you have it, claim your e-card again.</source>
        <translation>Apply for a new social security card at a service outlet; once you have it, claim your e-card again.</translation>
    </message>
</context>
<context>
    <name>CardTaskFrame</name>
    <message>
        <source>Receipt number: %1</source>
        <translation>Receipt number: %1</translation>
    </message>
    <message>
        <source>Back to my cards</source>
        <translation>Back to my cards</translation>
    </message>
    <message>
        <source>Back to the cards</source>
        <translation>Back to the cards</translation>
    </message>
</context>
<context>
    <name>CertificationWords</name>
    <message>
        <source>You are certified until %1. Nothing to do before then.</source>
        <translation>You are certified until %1. Nothing to do before then.</translation>
    </message>
    <message>
        <source>%1 is certified until %2. Nothing to do before then.</source>
        <translation>%1 is certified until %2. Nothing to do before then.</translation>
    </message>
    <message>
        <source>Your certification is due.</source>
        <translation>Your certification is due.</translation>
    </message>
    <message>
        <source>%1&apos;s certification is due.</source>
        <translation>%1&apos;s certification is due.</translation>
    </message>
    <message>
        <source>Your certification is due: the last one covered you until %1.</source>
        <translation>Your certification is due: the last one covered you until %1.</translation>
    </message>
    <message>
        <source>%1&apos;s certification is due: the last one covered them until %2.</source>
        <translation>%1&apos;s certification is due: the last one covered them until %2.</translation>
    </message>
    <message>
        <source>Certified: %1&apos;s pension continues to be paid for this cycle.</source>
        <translation>Certified: %1&apos;s pension continues to be paid for this cycle.</translation>
    </message>
    <message>
        <source>%1 is already certified for this cycle: nothing more to do.</source>
        <translation>%1 is already certified for this cycle: nothing more to do.</translation>
    </message>
    <message>
        <source>Received: a member of staff will check the recording, usually within 3 working days. Nothing else needs to be done for %1.</source>
        <translation>Received: a member of staff will check the recording, usually within 3 working days. Nothing else needs to be done for %1.</translation>
    </message>
    <message>
        <source>%1&apos;s photo on file does not match the face recorded. %1 should ask the social security card office to update the photo, then certify again.</source>
        <translation>%1&apos;s photo on file does not match the face recorded. %1 should ask the social security card office to update the photo, then certify again.</translation>
    </message>
    <message>
        <source>There is no usable photo of %1 on file. %1 should have one taken at the social security card office, then certify again.</source>
        <translation>There is no usable photo of %1 on file. %1 should have one taken at the social security card office, then certify again.</translation>
    </message>
</context>
<context>
    <name>CreditCode</name>
    <message>
        <source>A unified social credit code has 18 characters; %1 were entered.</source>
        <translation>A unified social credit code has 18 characters; %1 were entered.</translation>
    </message>
    <message>
        <source>The code uses digits and capital letters except I, O, Z, S and V; %1 is not one.</source>
        <translation>The code uses digits and capital letters except I, O, Z, S and V; %1 is not one.</translation>
    </message>
    <message>
        <source>The first two characters are not a registering authority and kind of organisation.</source>
        <translation>The first two characters are not a registering authority and kind of organisation.</translation>
    </message>
    <message>
        <source>Characters 3 to 8 must be the region&apos;s six digits.</source>
        <translation>Characters 3 to 8 must be the region&apos;s six digits.</translation>
    </message>
    <message>
        <source>The last character does not match the others: please check the code for a typing mistake.</source>
        <translation>The last character does not match the others: please check the code for a typing mistake.</translation>
    </message>
</context>
<context>
    <name>DescriptorFaceMatcher</name>
    <message>
        <source>The face matching model is missing: %1. Run tools/face-model/fetch.sh (docs/face.md).</source>
        <translation>The face matching model is missing: %1. Run tools/face-model/fetch.sh (docs/face.md).</translation>
    </message>
    <message>
        <source>The face matching model %1 is not the expected one (SHA-256 %2, expected %3): refused. Run tools/face-model/fetch.sh again.</source>
        <translation>The face matching model %1 is not the expected one (SHA-256 %2, expected %3): refused. Run tools/face-model/fetch.sh again.</translation>
    </message>
    <message>
        <source>The face matching model %1 cannot be read: %2</source>
        <translation>The face matching model %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>The face matching model %1 cannot be read.</source>
        <translation>The face matching model %1 cannot be read.</translation>
    </message>
    <message>
        <source>The face landmark model cannot be loaded: %1</source>
        <translation>The face landmark model cannot be loaded: %1</translation>
    </message>
</context>
<context>
    <name>DesignSystem</name>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Take care</source>
        <translation>Take care</translation>
    </message>
    <message>
        <source>Did not work</source>
        <translation>Did not work</translation>
    </message>
</context>
<context>
    <name>DeviceMatch</name>
    <message>
        <source>scanner</source>
        <translation>scanner</translation>
    </message>
    <message>
        <source>scanner (found by class)</source>
        <translation>scanner (found by class)</translation>
    </message>
    <message>
        <source>card reader</source>
        <translation>card reader</translation>
    </message>
    <message>
        <source>card reader (found by class)</source>
        <translation>card reader (found by class)</translation>
    </message>
    <message>
        <source>seen, not supported</source>
        <translation>seen, not supported</translation>
    </message>
</context>
<context>
    <name>DevicesCommand</name>
    <message>
        <source>USB is not available: %1</source>
        <translation>USB is not available: %1</translation>
    </message>
    <message>
        <source>platform reachable (%1 ms)</source>
        <translation>platform reachable (%1 ms)</translation>
    </message>
    <message>
        <source>platform: no address configured (platform/url)</source>
        <translation>platform: no address configured (platform/url)</translation>
    </message>
    <message>
        <source>cameras: none</source>
        <translation>cameras: none</translation>
    </message>
    <message>
        <source>cameras: %1</source>
        <translation>cameras: %1</translation>
    </message>
    <message>
        <source>printer %1: ready</source>
        <translation>printer %1: ready</translation>
    </message>
    <message>
        <source>printer %1: %2</source>
        <translation>printer %1: %2</translation>
    </message>
    <message>
        <source>printer: none (set printing/queue, or a CUPS default destination)</source>
        <translation>printer: none (set printing/queue, or a CUPS default destination)</translation>
    </message>
    <message>
        <source>%1: the terminal may not open it. Add this line to /etc/udev/rules.d/70-ssc-terminal.rules, run &apos;udevadm control --reload &amp;&amp; udevadm trigger&apos; and plug it in again:
  %2</source>
        <translation>%1: the terminal may not open it. Add this line to /etc/udev/rules.d/70-ssc-terminal.rules, run &apos;udevadm control --reload &amp;&amp; udevadm trigger&apos; and plug it in again:
  %2</translation>
    </message>
</context>
<context>
    <name>DiplomasModule</name>
    <message>
        <source>Technical school diplomas</source>
        <translation>Technical school diplomas</translation>
    </message>
    <message>
        <source>Diplomas of graduates from 2015-06-30</source>
        <translation>Diplomas of graduates from 2015-06-30</translation>
    </message>
</context>
<context>
    <name>DisputeForm</name>
    <message>
        <source>This date is in the future.</source>
        <translation>This date is in the future.</translation>
    </message>
    <message>
        <source>Whether there is a labour relation</source>
        <translation>Whether there is a labour relation</translation>
    </message>
    <message>
        <source>Signing, performing, changing or ending a contract</source>
        <translation>Signing, performing, changing or ending a contract</translation>
    </message>
    <message>
        <source>Dismissal or resignation</source>
        <translation>Dismissal or resignation</translation>
    </message>
    <message>
        <source>Working hours, rest and leave</source>
        <translation>Working hours, rest and leave</translation>
    </message>
    <message>
        <source>Social insurance</source>
        <translation>Social insurance</translation>
    </message>
    <message>
        <source>Welfare, training or labour protection</source>
        <translation>Welfare, training or labour protection</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>Pay</translation>
    </message>
    <message>
        <source>Work injury medical costs</source>
        <translation>Work injury medical costs</translation>
    </message>
    <message>
        <source>Economic compensation or damages</source>
        <translation>Economic compensation or damages</translation>
    </message>
    <message>
        <source>Another labour dispute</source>
        <translation>Another labour dispute</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Mobile phone</translation>
    </message>
    <message>
        <source>E-mail (optional)</source>
        <translation>E-mail (optional)</translation>
    </message>
    <message>
        <source>An e-mail address looks like name@example.com.</source>
        <translation>An e-mail address looks like name@example.com.</translation>
    </message>
    <message>
        <source>Employer&apos;s name</source>
        <translation>Employer&apos;s name</translation>
    </message>
    <message>
        <source>Employer&apos;s unified social credit code (18 characters)</source>
        <translation>Employer&apos;s unified social credit code (18 characters)</translation>
    </message>
    <message>
        <source>Employer&apos;s address</source>
        <translation>Employer&apos;s address</translation>
    </message>
    <message>
        <source>Employer&apos;s phone or contact person (optional)</source>
        <translation>Employer&apos;s phone or contact person (optional)</translation>
    </message>
    <message>
        <source>What is the dispute about?</source>
        <translation>What is the dispute about?</translation>
    </message>
    <message>
        <source>Still working for this employer?</source>
        <translation>Still working for this employer?</translation>
    </message>
    <message>
        <source>When did the employment end?</source>
        <translation>When did the employment end?</translation>
    </message>
    <message>
        <source>Date the dispute arose (when the infringement became known)</source>
        <translation>Date the dispute arose (when the infringement became known)</translation>
    </message>
    <message>
        <source>Amount claimed in yuan (if any)</source>
        <translation>Amount claimed in yuan (if any)</translation>
    </message>
    <message>
        <source>What is claimed</source>
        <translation>What is claimed</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Evidence: contract, pay slips, photos (optional)</source>
        <translation>Evidence: contract, pay slips, photos (optional)</translation>
    </message>
    <message>
        <source>Labour dispute mediation</source>
        <translation>Labour dispute mediation</translation>
    </message>
    <message>
        <source>I confirm that what I have entered is true and that the evidence is genuine. Mediation is free of charge; I may apply for arbitration if it does not succeed within 15 days.</source>
        <translation>I confirm that what I have entered is true and that the evidence is genuine. Mediation is free of charge; I may apply for arbitration if it does not succeed within 15 days.</translation>
    </message>
    <message>
        <source>The applicant</source>
        <translation>The applicant</translation>
    </message>
    <message>
        <source>The employer</source>
        <translation>The employer</translation>
    </message>
    <message>
        <source>The dispute</source>
        <translation>The dispute</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
</context>
<context>
    <name>DisputesModule</name>
    <message>
        <source>Labour dispute mediation</source>
        <translation>Labour dispute mediation</translation>
    </message>
    <message>
        <source>Apply for mediation and follow its progress</source>
        <translation>Apply for mediation and follow its progress</translation>
    </message>
</context>
<context>
    <name>Divisions</name>
    <message>
        <source>This place is not a current city, district or county. Please choose it from the list.</source>
        <translation>This place is not a current city, district or county. Please choose it from the list.</translation>
    </message>
    <message>
        <source>This place is not in the province or city chosen above. Please choose it again.</source>
        <translation>This place is not in the province or city chosen above. Please choose it again.</translation>
    </message>
</context>
<context>
    <name>ECardChannel</name>
    <message>
        <source>Zhangshang 12333 app</source>
        <translation>Zhangshang 12333 app</translation>
    </message>
    <message>
        <source>Electronic Social Security Card app</source>
        <translation>Electronic Social Security Card app</translation>
    </message>
    <message>
        <source>National Social Insurance Public Service Platform</source>
        <translation>National Social Insurance Public Service Platform</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>WeChat</translation>
    </message>
    <message>
        <source>Alipay</source>
        <translation>Alipay</translation>
    </message>
    <message>
        <source>UnionPay QuickPass</source>
        <translation>UnionPay QuickPass</translation>
    </message>
    <message>
        <source>A bank&apos;s app</source>
        <translation>A bank&apos;s app</translation>
    </message>
</context>
<context>
    <name>ECardCodeText</name>
    <message>
        <source>The scanner read nothing.</source>
        <translation>The scanner read nothing.</translation>
    </message>
    <message>
        <source>This is not an e-card QR code.</source>
        <translation>This is not an e-card QR code.</translation>
    </message>
    <message>
        <source>The QR code was not read completely. Please scan it again.</source>
        <translation>The QR code was not read completely. Please scan it again.</translation>
    </message>
    <message>
        <source>This kind of e-card code is not supported here.</source>
        <translation>This kind of e-card code is not supported here.</translation>
    </message>
</context>
<context>
    <name>ECardCommand</name>
    <message>
        <source>usage: ssc-ctl ecard mint PERSON | ssc-ctl ecard qr PERSON OUT.png</source>
        <translation>usage: ssc-ctl ecard mint PERSON | ssc-ctl ecard qr PERSON OUT.png</translation>
    </message>
    <message>
        <source>no platform address: give --platform URL or set platform/url</source>
        <translation>no platform address: give --platform URL or set platform/url</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>cannot write %1</translation>
    </message>
    <message>
        <source>QR code written to %1 (valid until %2)</source>
        <translation>QR code written to %1 (valid until %2)</translation>
    </message>
</context>
<context>
    <name>ELicenceCheck</name>
    <message>
        <source>Do not accept it. Ask for the card, or another proof.</source>
        <translation>Do not accept it. Ask for the card, or another proof.</translation>
    </message>
    <message>
        <source>This e-licence is more than 5 minutes old.</source>
        <translation>This e-licence is more than 5 minutes old.</translation>
    </message>
    <message>
        <source>Ask the citizen to open it again on their phone or at a kiosk, and scan the new one.</source>
        <translation>Ask the citizen to open it again on their phone or at a kiosk, and scan the new one.</translation>
    </message>
    <message>
        <source>This e-licence is dated in the future.</source>
        <translation>This e-licence is dated in the future.</translation>
    </message>
    <message>
        <source>Please scan it again.</source>
        <translation>Please scan it again.</translation>
    </message>
    <message>
        <source>This e-licence was not issued by the social insurance office, or it was altered.</source>
        <translation>This e-licence was not issued by the social insurance office, or it was altered.</translation>
    </message>
</context>
<context>
    <name>ELicenceDocument</name>
    <message>
        <source>Social security card e-licence</source>
        <translation>Social security card e-licence</translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation>Verification code</translation>
    </message>
    <message>
        <source>A service counter checks this code with its scanner until %1. After that the paper is for reading only: open the licence again for a fresh code.</source>
        <translation>A service counter checks this code with its scanner until %1. After that the paper is for reading only: open the licence again for a fresh code.</translation>
    </message>
    <message>
        <source>Names and numbers are printed masked.</source>
        <translation>Names and numbers are printed masked.</translation>
    </message>
    <message>
        <source>%1 · Verification code %2</source>
        <translation>%1 · Verification code %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
</context>
<context>
    <name>ELicenceText</name>
    <message>
        <source>The scanner read nothing.</source>
        <translation>The scanner read nothing.</translation>
    </message>
    <message>
        <source>This is not a social security card e-licence.</source>
        <translation>This is not a social security card e-licence.</translation>
    </message>
    <message>
        <source>The e-licence was not read completely, or it was altered. Please scan it again.</source>
        <translation>The e-licence was not read completely, or it was altered. Please scan it again.</translation>
    </message>
    <message>
        <source>This kind of e-licence is not supported here.</source>
        <translation>This kind of e-licence is not supported here.</translation>
    </message>
</context>
<context>
    <name>EmploymentModule</name>
    <message>
        <source>Employment history and policies enjoyed</source>
        <translation>Employment history and policies enjoyed</translation>
    </message>
    <message>
        <source>Employment and entrepreneurship certificate</source>
        <translation>Employment and entrepreneurship certificate</translation>
    </message>
</context>
<context>
    <name>EmploymentServices</name>
    <message>
        <source>Policy advice</source>
        <translation>Policy advice</translation>
    </message>
    <message>
        <source>The employment and start-up policies that apply to you, and help to apply for them.</source>
        <translation>The employment and start-up policies that apply to you, and help to apply for them.</translation>
    </message>
    <message>
        <source>Job seeking and training</source>
        <translation>Job seeking and training</translation>
    </message>
    <message>
        <source>Career guidance, vacancies, trainee posts, job fairs and training courses.</source>
        <translation>Career guidance, vacancies, trainee posts, job fairs and training courses.</translation>
    </message>
    <message>
        <source>Starting a business</source>
        <translation>Starting a business</translation>
    </message>
    <message>
        <source>Start-up training, advice on opening, financing and the guaranteed start-up loan.</source>
        <translation>Start-up training, advice on opening, financing and the guaranteed start-up loan.</translation>
    </message>
    <message>
        <source>Employment assistance</source>
        <translation>Employment assistance</translation>
    </message>
    <message>
        <source>Priority help for people who find work hard to get, including public-benefit posts.</source>
        <translation>Priority help for people who find work hard to get, including public-benefit posts.</translation>
    </message>
    <message>
        <source>Service asked for</source>
        <translation>Service asked for</translation>
    </message>
    <message>
        <source>Employment services</source>
        <translation>Employment services</translation>
    </message>
    <message>
        <source>The service</source>
        <translation>The service</translation>
    </message>
    <message>
        <source>I ask the public employment service to contact me about this service.</source>
        <translation>I ask the public employment service to contact me about this service.</translation>
    </message>
</context>
<context>
    <name>EstimateScreen</name>
    <message>
        <source>See the estimate</source>
        <translation>See the estimate</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <source>The archive cannot be opened: it may be damaged.</source>
        <translation>The archive cannot be opened: it may be damaged.</translation>
    </message>
    <message>
        <source>The archive holds more than %1 files.</source>
        <translation>The archive holds more than %1 files.</translation>
    </message>
    <message>
        <source>The archive holds a file whose path leads out of it (%1). It cannot be attached.</source>
        <translation>The archive holds a file whose path leads out of it (%1). It cannot be attached.</translation>
    </message>
    <message>
        <source>The archive holds a link (%1) instead of a file.</source>
        <translation>The archive holds a link (%1) instead of a file.</translation>
    </message>
    <message>
        <source>The archive is protected by a password (%1). Attach the files without a password.</source>
        <translation>The archive is protected by a password (%1). Attach the files without a password.</translation>
    </message>
    <message>
        <source>The archive unpacks to far more than it holds (%1). It cannot be attached.</source>
        <translation>The archive unpacks to far more than it holds (%1). It cannot be attached.</translation>
    </message>
    <message>
        <source>The archive holds another archive (%1). Put all the files in one archive.</source>
        <translation>The archive holds another archive (%1). Put all the files in one archive.</translation>
    </message>
    <message>
        <source>%1 in the archive is not a photo (JPG, PNG) or a PDF, or its name does not match its content.</source>
        <translation>%1 in the archive is not a photo (JPG, PNG) or a PDF, or its name does not match its content.</translation>
    </message>
    <message>
        <source>%1 in the archive is damaged or cannot be attached.</source>
        <translation>%1 in the archive is damaged or cannot be attached.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB. Attach a smaller file or photograph the pages.</source>
        <translation>The file is larger than %1 MB. Attach a smaller file or photograph the pages.</translation>
    </message>
    <message>
        <source>The file&apos;s name cannot be used. Rename the file and try again.</source>
        <translation>The file&apos;s name cannot be used. Rename the file and try again.</translation>
    </message>
    <message>
        <source>Only photos (JPG, PNG), PDF files and ZIP archives of them can be attached.</source>
        <translation>Only photos (JPG, PNG), PDF files and ZIP archives of them can be attached.</translation>
    </message>
    <message>
        <source>The file&apos;s name does not match its content, so it cannot be attached. Attach the original file.</source>
        <translation>The file&apos;s name does not match its content, so it cannot be attached. Attach the original file.</translation>
    </message>
    <message>
        <source>The picture is too large (more than %1 million pixels).</source>
        <translation>The picture is too large (more than %1 million pixels).</translation>
    </message>
    <message>
        <source>The PDF file is incomplete or damaged.</source>
        <translation>The PDF file is incomplete or damaged.</translation>
    </message>
    <message>
        <source>The picture cannot be opened: it may be damaged.</source>
        <translation>The picture cannot be opened: it may be damaged.</translation>
    </message>
    <message>
        <source>The PDF is encrypted or protected by a password, so its content cannot be checked. Attach it without protection.</source>
        <translation>The PDF is encrypted or protected by a password, so its content cannot be checked. Attach it without protection.</translation>
    </message>
    <message>
        <source>The PDF contains JavaScript and cannot be attached. Photograph the pages instead.</source>
        <translation>The PDF contains JavaScript and cannot be attached. Photograph the pages instead.</translation>
    </message>
    <message>
        <source>The PDF runs an action when it is opened and cannot be attached. Photograph the pages instead.</source>
        <translation>The PDF runs an action when it is opened and cannot be attached. Photograph the pages instead.</translation>
    </message>
    <message>
        <source>The PDF runs actions by itself when pages or fields are shown and cannot be attached. Photograph the pages instead.</source>
        <translation>The PDF runs actions by itself when pages or fields are shown and cannot be attached. Photograph the pages instead.</translation>
    </message>
    <message>
        <source>The PDF tries to start a program or open another file and cannot be attached. Photograph the pages instead.</source>
        <translation>The PDF tries to start a program or open another file and cannot be attached. Photograph the pages instead.</translation>
    </message>
    <message>
        <source>The PDF carries other files inside it and cannot be attached. Attach those files themselves.</source>
        <translation>The PDF carries other files inside it and cannot be attached. Attach those files themselves.</translation>
    </message>
    <message>
        <source>The PDF contains links or forms that reach the internet and cannot be attached. Photograph the pages instead.</source>
        <translation>The PDF contains links or forms that reach the internet and cannot be attached. Photograph the pages instead.</translation>
    </message>
    <message>
        <source>The PDF is an XFA form, which can carry scripts, and cannot be attached. Print it to a plain PDF or photograph the pages.</source>
        <translation>The PDF is an XFA form, which can carry scripts, and cannot be attached. Print it to a plain PDF or photograph the pages.</translation>
    </message>
    <message>
        <source>The PDF unpacks to far more than it holds and cannot be attached. Print it to a new PDF or photograph the pages.</source>
        <translation>The PDF unpacks to far more than it holds and cannot be attached. Print it to a new PDF or photograph the pages.</translation>
    </message>
</context>
<context>
    <name>ExamScoresModule</name>
    <message>
        <source>Professional-technical examinations from 2014</source>
        <translation>Professional-technical examinations from 2014</translation>
    </message>
    <message>
        <source>Professional examination scores</source>
        <translation>Professional examination scores</translation>
    </message>
</context>
<context>
    <name>FaceConsentNotice</name>
    <message>
        <source>Before we record your face</source>
        <translation>Before we record your face</translation>
    </message>
    <message>
        <source>%1, before we record your face</source>
        <comment>the person being certified, masked</comment>
        <translation>%1, before we record your face</translation>
    </message>
    <message>
        <source>Who is asking: your family member who is signed in here, through the family service, to certify your pension for you.</source>
        <translation>Who is asking: your family member who is signed in here, through the family service, to certify your pension for you.</translation>
    </message>
    <message>
        <source>Who is asking: the social security staff member visiting you, to certify your pension.</source>
        <translation>Who is asking: the social security staff member visiting you, to certify your pension.</translation>
    </message>
    <message>
        <source>Who is asking: the clerk at this counter, to certify your pension.</source>
        <translation>Who is asking: the clerk at this counter, to certify your pension.</translation>
    </message>
    <message>
        <source>Who is asking: the clerk at this counter, who is helping you.</source>
        <translation>Who is asking: the clerk at this counter, who is helping you.</translation>
    </message>
    <message>
        <source>What is recorded</source>
        <translation>What is recorded</translation>
    </message>
    <message>
        <source>A short video of your face while you follow the prompts. If you read numbers aloud, also the sound of your voice.</source>
        <translation>A short video of your face while you follow the prompts. If you read numbers aloud, also the sound of your voice.</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>How long it is kept</source>
        <translation>How long it is kept</translation>
    </message>
    <message>
        <source>The recordings are kept for 180 days, then deleted. After that only the result is kept: whether and when you were certified.</source>
        <translation>The recordings are kept for 180 days, then deleted. After that only the result is kept: whether and when you were certified.</translation>
    </message>
    <message>
        <source>Who sees it</source>
        <translation>Who sees it</translation>
    </message>
    <message>
        <source>It is your choice. If you do not agree, nothing is recorded: ask at a social security counter about other ways to certify. You can withdraw your agreement on this screen at any time.</source>
        <translation>It is your choice. If you do not agree, nothing is recorded: ask at a social security counter about other ways to certify. You can withdraw your agreement on this screen at any time.</translation>
    </message>
    <message>
        <source>To agree, show your own e-card code to the scanner, or insert your social security card and enter its PIN. Only you can agree.</source>
        <translation>To agree, show your own e-card code to the scanner, or insert your social security card and enter its PIN. Only you can agree.</translation>
    </message>
    <message>
        <source>To agree, %1 shows their own e-card code to the scanner, or inserts their social security card and enters its PIN. Only %1 can agree, nobody else.</source>
        <comment>the person being certified, masked</comment>
        <translation>To agree, %1 shows their own e-card code to the scanner, or inserts their social security card and enters its PIN. Only %1 can agree, nobody else.</translation>
    </message>
    <message>
        <source>Before we look at your face</source>
        <translation>Before we look at your face</translation>
    </message>
    <message>
        <source>A short video of your face while you follow the prompts.</source>
        <translation>A short video of your face while you follow the prompts.</translation>
    </message>
    <message>
        <source>Only to sign you in at this kiosk instead of your card&apos;s PIN. It is used for nothing else.</source>
        <translation>Only to sign you in at this kiosk instead of your card&apos;s PIN. It is used for nothing else.</translation>
    </message>
    <message>
        <source>The video is not kept: it is checked at once and deleted. Only the result is kept for 180 days: whether you were signed in, when, and at which kiosk.</source>
        <translation>The video is not kept: it is checked at once and deleted. Only the result is kept for 180 days: whether you were signed in, when, and at which kiosk.</translation>
    </message>
    <message>
        <source>It is your choice. If you do not agree, nothing is recorded: show your e-card QR code instead, or ask at a service counter.</source>
        <translation>It is your choice. If you do not agree, nothing is recorded: show your e-card QR code instead, or ask at a service counter.</translation>
    </message>
    <message>
        <source>Nobody. The social security office&apos;s computer compares your face with the photo on file for you.</source>
        <translation>Nobody. The social security office&apos;s computer compares your face with the photo on file for you.</translation>
    </message>
    <message>
        <source>Only to confirm that you can keep receiving your pension (pension certification). It is used for nothing else.</source>
        <translation>Only to confirm that you can keep receiving your pension (pension certification). It is used for nothing else.</translation>
    </message>
    <message>
        <source>The social security office&apos;s computer compares your face with the photo on your card. If you read numbers aloud, a clerk listens to the recording to check the numbers.</source>
        <translation>The social security office&apos;s computer compares your face with the photo on your card. If you read numbers aloud, a clerk listens to the recording to check the numbers.</translation>
    </message>
</context>
<context>
    <name>FaceLoginClaim</name>
    <message>
        <source>ID number (social security number)</source>
        <translation>ID number (social security number)</translation>
    </message>
    <message>
        <source>This is not a valid ID number: please check each digit against your ID card.</source>
        <translation>This is not a valid ID number: please check each digit against your ID card.</translation>
    </message>
    <message>
        <source>Name, as on your ID card</source>
        <translation>Name, as on your ID card</translation>
    </message>
    <message>
        <source>Sign in with your face</source>
        <translation>Sign in with your face</translation>
    </message>
    <message>
        <source>Who are you?</source>
        <translation>Who are you?</translation>
    </message>
</context>
<context>
    <name>FaceLoginClaimPage</name>
    <message>
        <source>Go on to the face check</source>
        <translation>Go on to the face check</translation>
    </message>
</context>
<context>
    <name>FleetModule</name>
    <message>
        <source>Terminals</source>
        <translation>Terminals</translation>
    </message>
    <message>
        <source>See which of the hall&apos;s terminals need attention</source>
        <translation>See which of the hall&apos;s terminals need attention</translation>
    </message>
</context>
<context>
    <name>FleetText</name>
    <message>
        <source>usage: ssc-ctl fleet list|outdated --user MANAGER (password on standard input)</source>
        <translation>usage: ssc-ctl fleet list|outdated --user MANAGER (password on standard input)</translation>
    </message>
    <message>
        <source>this terminal has no platform credentials: platform/url, platform/terminalId and platform/terminalSecret of a counter terminal</source>
        <translation>this terminal has no platform credentials: platform/url, platform/terminalId and platform/terminalSecret of a counter terminal</translation>
    </message>
    <message>
        <source>never reported</source>
        <translation>never reported</translation>
    </message>
    <message>
        <source>working</source>
        <translation>working</translation>
    </message>
    <message>
        <source>version %1: cannot serve, needs an update</source>
        <translation>version %1: cannot serve, needs an update</translation>
    </message>
    <message>
        <source>version %1, platform wants %2 or newer</source>
        <translation>version %1, platform wants %2 or newer</translation>
    </message>
</context>
<context>
    <name>FleetWords</name>
    <message>
        <source>Not heard from: switched off, frozen or without network.</source>
        <translation>Not heard from: switched off, frozen or without network.</translation>
    </message>
    <message>
        <source>The code scanner %1 stopped working or was unplugged.</source>
        <translation>The code scanner %1 stopped working or was unplugged.</translation>
    </message>
    <message>
        <source>The card reader %1 stopped working or was unplugged.</source>
        <translation>The card reader %1 stopped working or was unplugged.</translation>
    </message>
    <message>
        <source>The printer %1 is out of paper.</source>
        <translation>The printer %1 is out of paper.</translation>
    </message>
    <message>
        <source>The printer %1 is out of toner.</source>
        <translation>The printer %1 is out of toner.</translation>
    </message>
    <message>
        <source>The printer %1 is low on toner.</source>
        <translation>The printer %1 is low on toner.</translation>
    </message>
    <message>
        <source>The printer %1 has a paper jam or an open cover.</source>
        <translation>The printer %1 has a paper jam or an open cover.</translation>
    </message>
    <message>
        <source>The print service does not answer.</source>
        <translation>The print service does not answer.</translation>
    </message>
    <message>
        <source>The disk is almost full.</source>
        <translation>The disk is almost full.</translation>
    </message>
    <message>
        <source>Home-visit records are waiting to be sent.</source>
        <translation>Home-visit records are waiting to be sent.</translation>
    </message>
    <message>
        <source>Needs an update: it has stopped serving.</source>
        <translation>Needs an update: it has stopped serving.</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <source>self-service kiosk</source>
        <translation>self-service kiosk</translation>
    </message>
    <message>
        <source>counter</source>
        <translation>counter</translation>
    </message>
    <message>
        <source>home-visit laptop</source>
        <translation>home-visit laptop</translation>
    </message>
    <message numerus="yes">
        <source>last heard %1, %n min ago</source>
        <translation>
            <numerusform>last heard %1, %n min ago</numerusform>
            <numerusform>last heard %1, %n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>last heard %1, %n s ago</source>
        <translation>
            <numerusform>last heard %1, %n second ago</numerusform>
            <numerusform>last heard %1, %n seconds ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(came back %n time(s) soon after it was put right)</source>
        <translation>
            <numerusform>(came back %n time soon after it was put right)</numerusform>
            <numerusform>(came back %n times soon after it was put right)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FormState</name>
    <message>
        <source>This form has no such field.</source>
        <translation>This form has no such field.</translation>
    </message>
    <message>
        <source>Please fill this in.</source>
        <translation>Please fill this in.</translation>
    </message>
    <message>
        <source>At most %1 characters, please.</source>
        <translation>At most %1 characters, please.</translation>
    </message>
    <message>
        <source>Please use letters, digits and punctuation only.</source>
        <translation>Please use letters, digits and punctuation only.</translation>
    </message>
    <message>
        <source>Digits only, please.</source>
        <translation>Digits only, please.</translation>
    </message>
    <message>
        <source>A mobile number has 11 digits and starts with 1.</source>
        <translation>A mobile number has 11 digits and starts with 1.</translation>
    </message>
    <message>
        <source>Please choose a date.</source>
        <translation>Please choose a date.</translation>
    </message>
    <message>
        <source>Please choose one of the options.</source>
        <translation>Please choose one of the options.</translation>
    </message>
    <message>
        <source>Please answer yes or no.</source>
        <translation>Please answer yes or no.</translation>
    </message>
    <message>
        <source>An amount in yuan, like 3500 or 3500.50.</source>
        <translation>An amount in yuan, like 3500 or 3500.50.</translation>
    </message>
    <message>
        <source>At most 10 files, please. Put more in one ZIP archive.</source>
        <translation>At most 10 files, please. Put more in one ZIP archive.</translation>
    </message>
    <message>
        <source>Please attach the files again.</source>
        <translation>Please attach the files again.</translation>
    </message>
</context>
<context>
    <name>IdCheck</name>
    <message>
        <source>no number was given</source>
        <translation>no number was given</translation>
    </message>
    <message>
        <source>character “%1” at position %2 cannot appear in a social security number</source>
        <translation>character “%1” at position %2 cannot appear in a social security number</translation>
    </message>
    <message>
        <source>a resident ID number has 18 characters (15 for a first-generation ID); this one has %1</source>
        <translation>a resident ID number has 18 characters (15 for a first-generation ID); this one has %1</translation>
    </message>
    <message>
        <source>the last character must be a digit or X, not “%1”</source>
        <translation>the last character must be a digit or X, not “%1”</translation>
    </message>
    <message>
        <source>“%1” is not a province code: check the first digits of the address code</source>
        <translation>“%1” is not a province code: check the first digits of the address code</translation>
    </message>
    <message>
        <source>residence permits for Hong Kong, Macau and Taiwan residents use address code 810000, 820000 or 830000, not %1</source>
        <translation>residence permits for Hong Kong, Macau and Taiwan residents use address code 810000, 820000 or 830000, not %1</translation>
    </message>
    <message>
        <source>no such date %1: check the birth date digits</source>
        <translation>no such date %1: check the birth date digits</translation>
    </message>
    <message>
        <source>birth date %1 is in the future</source>
        <translation>birth date %1 is in the future</translation>
    </message>
    <message>
        <source>birth date %1 is before 1900</source>
        <translation>birth date %1 is before 1900</translation>
    </message>
    <message>
        <source>check character should be %1, not %2: a digit was probably mistyped</source>
        <translation>one character is wrong: the last should be %1, not %2; a digit was probably mistyped</translation>
    </message>
    <message>
        <source>not a resident ID, residence permit or permanent residence ID number; if the person holds none of these, check it as a number coded by national unified rules</source>
        <translation>not a resident ID, residence permit or permanent residence ID number; if the person holds none of these, check it as a number coded by national unified rules</translation>
    </message>
    <message>
        <source>a number coded by national unified rules has 8 to 20 letters and digits; this one has %1 characters</source>
        <translation>a number coded by national unified rules has 8 to 20 letters and digits; this one has %1 characters</translation>
    </message>
</context>
<context>
    <name>IdCheckCommand</name>
    <message>
        <source>%1	invalid	%2</source>
        <translation>%1	invalid	%2</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>valid</translation>
    </message>
    <message>
        <source>as 18 characters: %1</source>
        <translation>as 18 characters: %1</translation>
    </message>
    <message>
        <source>shape checked only: this kind&apos;s full rules are not public</source>
        <translation>shape checked only: this kind&apos;s full rules are not public</translation>
    </message>
    <message>
        <source>The person holds no resident ID: accept numbers coded by national unified rules (shape only).</source>
        <translation>The person holds no resident ID: accept numbers coded by national unified rules (shape only).</translation>
    </message>
    <message>
        <source>Numbers to check, or - to read one per line from standard input.</source>
        <translation>Numbers to check, or - to read one per line from standard input.</translation>
    </message>
    <message>
        <source>give at least one number to check: ssc-ctl id check NUMBER...</source>
        <translation>give at least one number to check: ssc-ctl id check NUMBER...</translation>
    </message>
</context>
<context>
    <name>IdKind</name>
    <message>
        <source>resident ID number</source>
        <translation>resident ID number</translation>
    </message>
    <message>
        <source>first-generation resident ID (15 digits, upgraded)</source>
        <translation>first-generation resident ID (15 digits, upgraded)</translation>
    </message>
    <message>
        <source>Hong Kong resident&apos;s residence permit</source>
        <translation>Hong Kong resident&apos;s residence permit</translation>
    </message>
    <message>
        <source>Macau resident&apos;s residence permit</source>
        <translation>Macau resident&apos;s residence permit</translation>
    </message>
    <message>
        <source>Taiwan resident&apos;s residence permit</source>
        <translation>Taiwan resident&apos;s residence permit</translation>
    </message>
    <message>
        <source>foreigner&apos;s permanent residence ID</source>
        <translation>foreigner&apos;s permanent residence ID</translation>
    </message>
    <message>
        <source>foreigner&apos;s permanent residence ID (old format)</source>
        <translation>foreigner&apos;s permanent residence ID (old format)</translation>
    </message>
    <message>
        <source>number coded by national unified rules</source>
        <translation>number coded by national unified rules</translation>
    </message>
    <message>
        <source>unknown kind</source>
        <translation>unknown kind</translation>
    </message>
</context>
<context>
    <name>LaunchOptions</name>
    <message>
        <source>unknown mode %1: use kiosk, counter or field</source>
        <translation>unknown mode %1: use kiosk, counter or field</translation>
    </message>
    <message>
        <source>unknown language %1: use zh_CN or en</source>
        <translation>unknown language %1: use zh_CN or en</translation>
    </message>
    <message>
        <source>unknown theme %1: use standard or elder</source>
        <translation>unknown theme %1: use standard or elder</translation>
    </message>
</context>
<context>
    <name>LoginFlow</name>
    <message>
        <source>The code could not be read.</source>
        <translation>The code could not be read.</translation>
    </message>
    <message>
        <source>Please refresh the code in your app and hold it steady over the scanner.</source>
        <translation>Please refresh the code in your app and hold it steady over the scanner.</translation>
    </message>
    <message>
        <source>The PIN of this card is locked after too many wrong tries.</source>
        <translation>The PIN of this card is locked after too many wrong tries.</translation>
    </message>
    <message>
        <source>Please take the card and your ID card to a service counter to unlock it.</source>
        <translation>Please take the card and your ID card to a service counter to unlock it.</translation>
    </message>
    <message>
        <source>This card could not be read.</source>
        <translation>This card could not be read.</translation>
    </message>
    <message>
        <source>The card did not answer the PIN check.</source>
        <translation>The card did not answer the PIN check.</translation>
    </message>
    <message>
        <source>Please take the card out and insert it again face up, chip end first. If it still cannot be read, please ask at a service counter.</source>
        <translation>Please take the card out and insert it again face up, chip end first. If it still cannot be read, please ask at a service counter.</translation>
    </message>
    <message>
        <source>This is not a genuine e-card code.</source>
        <translation>This is not a genuine e-card code.</translation>
    </message>
    <message>
        <source>The social security system&apos;s answer was incomplete.</source>
        <translation>The social security system&apos;s answer was incomplete.</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>¥%1</source>
        <translation>¥%1</translation>
    </message>
</context>
<context>
    <name>MyCardModule</name>
    <message>
        <source>My social security card</source>
        <translation>My social security card</translation>
    </message>
    <message>
        <source>Your cards in every region and their status</source>
        <translation>Your cards in every region and their status</translation>
    </message>
    <message>
        <source>Issue a replacement card</source>
        <translation>Issue a replacement card</translation>
    </message>
    <message>
        <source>Made on the card printer while the applicant waits</source>
        <translation>Made on the card printer while the applicant waits</translation>
    </message>
    <message>
        <source>This person&apos;s cards in every region and their status</source>
        <translation>This person&apos;s cards in every region and their status</translation>
    </message>
    <message>
        <source>Social security cards</source>
        <translation>Social security cards</translation>
    </message>
</context>
<context>
    <name>NewPinRules</name>
    <message>
        <source>The PIN has six digits.</source>
        <translation>The PIN has six digits.</translation>
    </message>
    <message>
        <source>This is your current PIN. Choose a different one.</source>
        <translation>This is your current PIN. Choose a different one.</translation>
    </message>
    <message>
        <source>One digit six times is the first thing anyone would try.</source>
        <translation>One digit six times is the first thing anyone would try.</translation>
    </message>
    <message>
        <source>Digits in a row, like 123456, are easy to guess.</source>
        <translation>Digits in a row, like 123456, are easy to guess.</translation>
    </message>
    <message>
        <source>This is your birth date, which is printed on your ID card. Choose other digits.</source>
        <translation>This is your birth date, which is printed on your ID card. Choose other digits.</translation>
    </message>
</context>
<context>
    <name>OtherBenefits</name>
    <message>
        <source>Please register as unemployed first.</source>
        <translation>Please register as unemployed first.</translation>
    </message>
    <message>
        <source>This region does not pay this benefit at present.</source>
        <translation>This region does not pay this benefit at present.</translation>
    </message>
    <message>
        <source>The subsidy is not paid to people who draw a pension.</source>
        <translation>The subsidy is not paid to people who draw a pension.</translation>
    </message>
    <message>
        <source>The subsidy is for people who paid unemployment insurance.</source>
        <translation>The subsidy is for people who paid unemployment insurance.</translation>
    </message>
    <message>
        <source>Only your employer paid your unemployment insurance: you can claim a migrant worker&apos;s living allowance instead.</source>
        <translation>Only your employer paid your unemployment insurance: you can claim a migrant worker&apos;s living allowance instead.</translation>
    </message>
    <message>
        <source>The subsidy is not paid while you receive unemployment benefit.</source>
        <translation>The subsidy is not paid while you receive unemployment benefit.</translation>
    </message>
    <message>
        <source>You can claim unemployment benefit, which pays more and for longer.</source>
        <translation>You can claim unemployment benefit, which pays more and for longer.</translation>
    </message>
    <message>
        <source>This allowance is for migrant workers whose employer alone paid their unemployment insurance.</source>
        <translation>This allowance is for migrant workers whose employer alone paid their unemployment insurance.</translation>
    </message>
    <message>
        <source>This allowance needs a full year of continuous work.</source>
        <translation>This allowance needs a full year of continuous work.</translation>
    </message>
    <message>
        <source>You were insured for a year or more: the one-off living allowance applies instead.</source>
        <translation>You were insured for a year or more: the one-off living allowance applies instead.</translation>
    </message>
    <message>
        <source>This allowance is for people first insured on or after %1.</source>
        <translation>This allowance is for people first insured on or after %1.</translation>
    </message>
</context>
<context>
    <name>OutletsModule</name>
    <message>
        <source>Service outlets and channels</source>
        <translation>Service outlets and channels</translation>
    </message>
    <message>
        <source>Where to replace a card or claim the e-card</source>
        <translation>Where to replace a card or claim the e-card</translation>
    </message>
</context>
<context>
    <name>PaymentsModule</name>
    <message>
        <source>Pay contributions</source>
        <translation>Pay contributions</translation>
    </message>
    <message>
        <source>Residents&apos; pension and medical insurance, by phone</source>
        <translation>Residents&apos; pension and medical insurance, by phone</translation>
    </message>
    <message>
        <source>Refunds to make</source>
        <translation>Refunds to make</translation>
    </message>
    <message>
        <source>Contributions paid twice in this hall, refunded to the payer</source>
        <translation>Contributions paid twice in this hall, refunded to the payer</translation>
    </message>
</context>
<context>
    <name>PayoutAccount</name>
    <message>
        <source>This claim has no payment yet.</source>
        <translation>This claim has no payment yet.</translation>
    </message>
    <message>
        <source>Only a payment the bank sent back can be paid to another account.</source>
        <translation>Only a payment the bank sent back can be paid to another account.</translation>
    </message>
    <message>
        <source>This payment is on its way or paid already.</source>
        <translation>This payment is on its way or paid already.</translation>
    </message>
    <message>
        <source>A bank card number has 16 to 19 digits; one of these seems wrong.</source>
        <translation>A bank card number has 16 to 19 digits; one of these seems wrong.</translation>
    </message>
    <message>
        <source>Please confirm it again.</source>
        <translation>Please confirm it again.</translation>
    </message>
    <message>
        <source>This payment was changed meanwhile.</source>
        <translation>This payment was changed meanwhile.</translation>
    </message>
</context>
<context>
    <name>PayoutAccountForm</name>
    <message>
        <source>Bank card number</source>
        <translation>Bank card number</translation>
    </message>
    <message>
        <source>A debit card of a bank in mainland China, in your own name: the bank sends the money back when the name on the account is another&apos;s.</source>
        <translation>A debit card of a bank in mainland China, in your own name: the bank sends the money back when the name on the account is another&apos;s.</translation>
    </message>
    <message>
        <source>A bank card number has 16 to 19 digits; one of these seems wrong.</source>
        <translation>A bank card number has 16 to 19 digits; one of these seems wrong.</translation>
    </message>
    <message>
        <source>Pay it to another bank card</source>
        <translation>Pay it to another bank card</translation>
    </message>
    <message>
        <source>The card to pay it to</source>
        <translation>The card to pay it to</translation>
    </message>
    <message>
        <source>I confirm that this bank card is in my own name and that the payment the bank sent back is to be paid to it.</source>
        <translation>I confirm that this bank card is in my own name and that the payment the bank sent back is to be paid to it.</translation>
    </message>
</context>
<context>
    <name>PayoutDue</name>
    <message>
        <source>The claim names no bank account to pay into: return it so the person can give one.</source>
        <translation>The claim names no bank account to pay into: return it so the person can give one.</translation>
    </message>
</context>
<context>
    <name>PayoutProgress</name>
    <message>
        <source>Paid %1 to %2 (%3)</source>
        <translation>Paid %1 to %2 (%3)</translation>
    </message>
    <message>
        <source>the bank did not pay it</source>
        <translation>the bank did not pay it</translation>
    </message>
    <message>
        <source>%1 to be paid to %2</source>
        <translation>%1 to be paid to %2</translation>
    </message>
    <message>
        <source>Returned: %1 — give another bank card in your name to have it paid again</source>
        <translation>Returned: %1 — give another bank card in your name to have it paid again</translation>
    </message>
    <message>
        <source>%1 to be paid again, to %2</source>
        <translation>%1 to be paid again, to %2</translation>
    </message>
    <message>
        <source>%1 of %2 months paid</source>
        <translation>%1 of %2 months paid</translation>
    </message>
    <message>
        <source>Stopped: %1 (%2)</source>
        <translation>Stopped: %1 (%2)</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>the latest, %1, went to %2 on %3</source>
        <translation>the latest, %1, went to %2 on %3</translation>
    </message>
</context>
<context>
    <name>PayoutReturn</name>
    <message>
        <source>the account has been closed</source>
        <translation>the account has been closed</translation>
    </message>
    <message>
        <source>the account holder&apos;s name does not match</source>
        <translation>the account holder&apos;s name does not match</translation>
    </message>
    <message>
        <source>there is no such account</source>
        <translation>there is no such account</translation>
    </message>
    <message>
        <source>the account is frozen</source>
        <translation>the account is frozen</translation>
    </message>
    <message>
        <source>the account cannot receive this credit</source>
        <translation>the account cannot receive this credit</translation>
    </message>
</context>
<context>
    <name>PayoutStop</name>
    <message>
        <source>employment has been registered</source>
        <translation>employment has been registered</translation>
    </message>
    <message>
        <source>re-employed and insured again</source>
        <translation>re-employed and insured again</translation>
    </message>
    <message>
        <source>the basic pension has started</source>
        <translation>the basic pension has started</translation>
    </message>
    <message>
        <source>the unemployment registration has ended</source>
        <translation>the unemployment registration has ended</translation>
    </message>
    <message>
        <source>enlisted for military service</source>
        <translation>enlisted for military service</translation>
    </message>
    <message>
        <source>settled abroad</source>
        <translation>settled abroad</translation>
    </message>
    <message>
        <source>serving a prison sentence</source>
        <translation>serving a prison sentence</translation>
    </message>
    <message>
        <source>the person has died</source>
        <translation>the person has died</translation>
    </message>
    <message>
        <source>suitable work or training offered was refused without good reason</source>
        <translation>suitable work or training offered was refused without good reason</translation>
    </message>
</context>
<context>
    <name>PensionEstimate</name>
    <message>
        <source>Beijing&apos;s formula</source>
        <translation>Beijing&apos;s formula</translation>
    </message>
</context>
<context>
    <name>PensionEstimateForm</name>
    <message>
        <source>At most %1.</source>
        <translation>At most %1.</translation>
    </message>
    <message>
        <source>How you are insured</source>
        <translation>How you are insured</translation>
    </message>
    <message>
        <source>Insured as</source>
        <translation>Insured as</translation>
    </message>
    <message>
        <source>An employee of an enterprise</source>
        <translation>An employee of an enterprise</translation>
    </message>
    <message>
        <source>Self-employed or in flexible employment</source>
        <translation>Self-employed or in flexible employment</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Managerial or technical (retirement at 55 before the reform)</source>
        <translation>Managerial or technical (retirement at 55 before the reform)</translation>
    </message>
    <message>
        <source>Production or service (retirement at 50 before the reform)</source>
        <translation>Production or service (retirement at 50 before the reform)</translation>
    </message>
    <message>
        <source>Planned retirement</source>
        <translation>Planned retirement</translation>
    </message>
    <message>
        <source>At the statutory retirement age</source>
        <translation>At the statutory retirement age</translation>
    </message>
    <message>
        <source>As early as allowed (up to 3 years earlier)</source>
        <translation>As early as allowed (up to 3 years earlier)</translation>
    </message>
    <message>
        <source>3 years later, agreed with the employer</source>
        <translation>3 years later, agreed with the employer</translation>
    </message>
    <message>
        <source>What has been paid</source>
        <translation>What has been paid</translation>
    </message>
    <message>
        <source>Years paid so far</source>
        <translation>Years paid so far</translation>
    </message>
    <message>
        <source>And months beyond those years</source>
        <translation>And months beyond those years</translation>
    </message>
    <message>
        <source>Deemed years: years worked before contributions began (usually 0)</source>
        <translation>Deemed years: years worked before contributions began (usually 0)</translation>
    </message>
    <message>
        <source>Of those, years paid from October 1992 to June 1998</source>
        <translation>Of those, years paid from October 1992 to June 1998</translation>
    </message>
    <message>
        <source>Your wage over the years against the local average (the contribution index)</source>
        <translation>Your wage over the years against the local average (the contribution index)</translation>
    </message>
    <message>
        <source>0.6: well below the average</source>
        <translation>0.6: well below the average</translation>
    </message>
    <message>
        <source>0.8: below the average</source>
        <translation>0.8: below the average</translation>
    </message>
    <message>
        <source>1.0: about the average</source>
        <translation>1.0: about the average</translation>
    </message>
    <message>
        <source>1.2: above the average</source>
        <translation>1.2: above the average</translation>
    </message>
    <message>
        <source>1.5: well above the average</source>
        <translation>1.5: well above the average</translation>
    </message>
    <message>
        <source>2.0: twice the average</source>
        <translation>2.0: twice the average</translation>
    </message>
    <message>
        <source>3.0: three times the average (the most counted)</source>
        <translation>3.0: three times the average (the most counted)</translation>
    </message>
    <message>
        <source>Personal account balance at the end of last year (yuan)</source>
        <translation>Personal account balance at the end of last year (yuan)</translation>
    </message>
    <message>
        <source>Wages</source>
        <translation>Wages</translation>
    </message>
    <message>
        <source>Monthly contribution wage this year (yuan)</source>
        <translation>Monthly contribution wage this year (yuan)</translation>
    </message>
    <message>
        <source>Local monthly average wage of last year (yuan)</source>
        <translation>Local monthly average wage of last year (yuan)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>2% a year</source>
        <translation>2% a year</translation>
    </message>
    <message>
        <source>4% a year</source>
        <translation>4% a year</translation>
    </message>
    <message>
        <source>6% a year</source>
        <translation>6% a year</translation>
    </message>
    <message>
        <source>How the contribution wage may grow</source>
        <translation>How the contribution wage may grow</translation>
    </message>
    <message>
        <source>How the local average wage may grow</source>
        <translation>How the local average wage may grow</translation>
    </message>
    <message>
        <source>Pension estimate</source>
        <translation>Pension estimate</translation>
    </message>
    <message>
        <source>Your rights record shows the years you have paid and the account balance at the end of last year. Paid in several places not yet transferred? Add them up.</source>
        <translation>Your rights record shows the years you have paid and the account balance at the end of last year. Paid in several places not yet transferred? Add them up.</translation>
    </message>
    <message>
        <source>Usually the years you worked without a break before the pension insurance began where you worked.</source>
        <translation>Usually the years you worked without a break before the pension insurance began where you worked.</translation>
    </message>
    <message>
        <source>Years paid in the first years of the reform. They add a transitional pension.</source>
        <translation>Years paid in the first years of the reform. They add a transitional pension.</translation>
    </message>
    <message>
        <source>Compare your wage with the local average wage over the years: about the same every year is 1; higher, choose more than 1; lower, less than 1.</source>
        <translation>Compare your wage with the local average wage over the years: about the same every year is 1; higher, choose more than 1; lower, less than 1.</translation>
    </message>
    <message>
        <source>On your rights record: the personal account balance at the end of last year.</source>
        <translation>On your rights record: the personal account balance at the end of last year.</translation>
    </message>
    <message>
        <source>Not sure? Use last year&apos;s monthly contribution base from your rights record.</source>
        <translation>Not sure? Use last year&apos;s monthly contribution base from your rights record.</translation>
    </message>
    <message>
        <source>Published every year by the local statistics office; already filled in where we have it.</source>
        <translation>Published every year by the local statistics office; already filled in where we have it.</translation>
    </message>
</context>
<context>
    <name>PensionEstimateModule</name>
    <message>
        <source>Pension estimate</source>
        <translation>Pension estimate</translation>
    </message>
    <message>
        <source>What you may receive a month on retiring</source>
        <translation>What you may receive a month on retiring</translation>
    </message>
    <message>
        <source>What this person may receive a month on retiring</source>
        <translation>What this person may receive a month on retiring</translation>
    </message>
</context>
<context>
    <name>PensionModule</name>
    <message>
        <source>Pension certification</source>
        <translation>Pension certification</translation>
    </message>
    <message>
        <source>Whether you are certified and until when</source>
        <translation>Whether you are certified and until when</translation>
    </message>
    <message>
        <source>Certification reviews</source>
        <translation>Certification reviews</translation>
    </message>
    <message>
        <source>Watch read-aloud certifications and decide</source>
        <translation>Watch read-aloud certifications and decide</translation>
    </message>
    <message>
        <source>By name and number; the person shows their face</source>
        <translation>By name and number; the person shows their face</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Waiting to be sent</translation>
    </message>
    <message>
        <source>Certifications kept on this device</source>
        <translation>Certifications kept on this device</translation>
    </message>
    <message>
        <source>Whether this person is certified and until when</source>
        <translation>Whether this person is certified and until when</translation>
    </message>
    <message>
        <source>Certify for someone else</source>
        <translation>Certify for someone else</translation>
    </message>
</context>
<context>
    <name>PensionTransfer</name>
    <message>
        <source>You already draw a pension: the relation stays where it is paid, wherever you live.</source>
        <translation>You already draw a pension: the relation stays where it is paid, wherever you live.</translation>
    </message>
    <message>
        <source>You were first insured here at 50 or over (women: 40), away from your household registration: this is a temporary account, and no relation can be moved into it. On retiring, it moves to where you will draw your pension.</source>
        <translation>You were first insured here at 50 or over (women: 40), away from your household registration: this is a temporary account, and no relation can be moved into it. On retiring, it moves to where you will draw your pension.</translation>
    </message>
    <message>
        <source>your household registration, where your relation is</source>
        <translation>your household registration, where your relation is</translation>
    </message>
    <message>
        <source>where your relation is, with 10 years or more paid there</source>
        <translation>where your relation is, with 10 years or more paid there</translation>
    </message>
    <message>
        <source>the latest place where you paid 10 years or more</source>
        <translation>the latest place where you paid 10 years or more</translation>
    </message>
    <message>
        <source>your household registration: no place has 10 years paid yet</source>
        <translation>your household registration: no place has 10 years paid yet</translation>
    </message>
    <message>
        <source>You are not paying in anywhere at the moment. A transfer is asked for at the place where you work and pay in, once you do.</source>
        <translation>You are not paying in anywhere at the moment. A transfer is asked for at the place where you work and pay in, once you do.</translation>
    </message>
    <message>
        <source>You have paid in at one place only, so there is nothing to move. When you work and pay in somewhere new, ask for the transfer there.</source>
        <translation>You have paid in at one place only, so there is nothing to move. When you work and pay in somewhere new, ask for the transfer there.</translation>
    </message>
    <message>
        <source>Every earlier relation has already moved to where you pay in now, so there is nothing more to move.</source>
        <translation>Every earlier relation has already moved to where you pay in now, so there is nothing more to move.</translation>
    </message>
</context>
<context>
    <name>PensionTransferForm</name>
    <message>
        <source>New place of work and insurance</source>
        <translation>New place of work and insurance</translation>
    </message>
    <message>
        <source>A transfer goes from one province to another.</source>
        <translation>A transfer goes from one province to another.</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Mobile phone</translation>
    </message>
    <message>
        <source>Pension relation transfer</source>
        <translation>Pension relation transfer</translation>
    </message>
    <message>
        <source>From where to where</source>
        <translation>From where to where</translation>
    </message>
    <message>
        <source>I confirm that what I have given is true. I understand that the new place reviews the application, and that the old place then moves my contribution record and funds; each step takes up to 15 working days.</source>
        <translation>I confirm that what I have given is true. I understand that the new place reviews the application, and that the old place then moves my contribution record and funds; each step takes up to 15 working days.</translation>
    </message>
    <message>
        <source>Where the pension relation is now</source>
        <translation>Where the pension relation is now</translation>
    </message>
    <message>
        <source>The new employer</source>
        <translation>The new employer</translation>
    </message>
    <message>
        <source>Employer and phone</source>
        <translation>Employer and phone</translation>
    </message>
</context>
<context>
    <name>PlatformApi</name>
    <message>
        <source>There is no such address in this API.</source>
        <translation>There is no such address in this API.</translation>
    </message>
    <message>
        <source>This address does not accept this method.</source>
        <translation>This address does not accept this method.</translation>
    </message>
    <message>
        <source>The request body must be a JSON object.</source>
        <translation>The request body must be a JSON object.</translation>
    </message>
    <message>
        <source>A required field is missing or empty: %1.</source>
        <translation>A required field is missing or empty: %1.</translation>
    </message>
    <message>
        <source>The data service did not answer in time. Please try again later.</source>
        <translation>The data service did not answer in time. Please try again later.</translation>
    </message>
    <message>
        <source>Please try again in a moment.</source>
        <translation>Please try again in a moment.</translation>
    </message>
    <message>
        <source>This terminal is registered for another mode of use.</source>
        <translation>This terminal is registered for another mode of use.</translation>
    </message>
    <message>
        <source>This is not a valid e-card code.</source>
        <translation>This is not a valid e-card code.</translation>
    </message>
    <message>
        <source>This code has expired.</source>
        <translation>This code has expired.</translation>
    </message>
    <message>
        <source>This code has already been used.</source>
        <translation>This code has already been used.</translation>
    </message>
    <message>
        <source>Please refresh the code in your app and show it again.</source>
        <translation>Please refresh the code in your app and show it again.</translation>
    </message>
    <message>
        <source>No insured person was found for this code or card.</source>
        <translation>No insured person was found for this code or card.</translation>
    </message>
    <message>
        <source>Please ask at a service counter.</source>
        <translation>Please ask at a service counter.</translation>
    </message>
    <message>
        <source>No one is logged in on this terminal, or the session has ended.</source>
        <translation>No one is logged in on this terminal, or the session has ended.</translation>
    </message>
    <message>
        <source>Please show your code or insert your card again.</source>
        <translation>Please show your code or insert your card again.</translation>
    </message>
    <message>
        <source>This login code is unknown.</source>
        <translation>This login code is unknown.</translation>
    </message>
    <message>
        <source>This login code has expired: a new one is shown.</source>
        <translation>This login code has expired: a new one is shown.</translation>
    </message>
    <message>
        <source>This login code has already been used.</source>
        <translation>This login code has already been used.</translation>
    </message>
    <message>
        <source>Staff accounts are used at counters and on home visits only.</source>
        <translation>Staff accounts are used at counters and on home visits only.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <source>Too many wrong passwords: this account is locked until %1.</source>
        <translation>Too many wrong passwords: this account is locked until %1.</translation>
    </message>
    <message>
        <source>Please log in with your staff account.</source>
        <translation>Please log in with your staff account.</translation>
    </message>
    <message>
        <source>Every submission needs an Idempotency-Key header (8 to 100 characters).</source>
        <translation>Every submission needs an Idempotency-Key header (8 to 100 characters).</translation>
    </message>
    <message>
        <source>This submission key was already used for different content.</source>
        <translation>This submission key was already used for different content.</translation>
    </message>
    <message>
        <source>This person is not in the demo data.</source>
        <translation>This person is not in the demo data.</translation>
    </message>
    <message>
        <source>Unknown kind of outlet: use cross-province, instant-replacement, online-channel or ecard-channel.</source>
        <translation>Unknown kind of outlet: use cross-province, instant-replacement, online-channel or ecard-channel.</translation>
    </message>
    <message>
        <source>Please choose a province from the list of open provinces.</source>
        <translation>Please choose a province from the list of open provinces.</translation>
    </message>
    <message>
        <source>This province offers records for %1 to %2 through national query.</source>
        <translation>This province offers records for %1 to %2 through national query.</translation>
    </message>
    <message>
        <source>For other years, please ask the local social insurance office.</source>
        <translation>For other years, please ask the local social insurance office.</translation>
    </message>
    <message>
        <source>This province has not yet opened its rights records for national query.</source>
        <translation>This province has not yet opened its rights records for national query.</translation>
    </message>
    <message>
        <source>Please ask the social insurance office where you are insured, or use its own website or app.</source>
        <translation>Please ask the social insurance office where you are insured, or use its own website or app.</translation>
    </message>
    <message>
        <source>You have no social insurance record in this province for %1.</source>
        <translation>You have no social insurance record in this province for %1.</translation>
    </message>
    <message>
        <source>Please check that you chose the province where you were insured that year.</source>
        <translation>Please check that you chose the province where you were insured that year.</translation>
    </message>
    <message>
        <source>The province&apos;s data did not come back in time.</source>
        <translation>The province&apos;s data did not come back in time.</translation>
    </message>
    <message>
        <source>No rights record was issued with this verification code.</source>
        <translation>No rights record was issued with this verification code.</translation>
    </message>
    <message>
        <source>An employment and entrepreneurship certificate number has 16 digits.</source>
        <translation>An employment and entrepreneurship certificate number has 16 digits.</translation>
    </message>
    <message>
        <source>No employment and entrepreneurship certificate with this number is yours.</source>
        <translation>No employment and entrepreneurship certificate with this number is yours.</translation>
    </message>
    <message>
        <source>Please check the number on your certificate, or ask at a counter: the clerk can look it up by your card.</source>
        <translation>Please check the number on your certificate, or ask at a counter: the clerk can look it up by your card.</translation>
    </message>
    <message>
        <source>No employment and entrepreneurship certificate is on record for you.</source>
        <translation>No employment and entrepreneurship certificate is on record for you.</translation>
    </message>
    <message>
        <source>Please choose an examination from the list.</source>
        <translation>Please choose an examination from the list.</translation>
    </message>
    <message>
        <source>Scores can be looked up for examinations from %1 to %2.</source>
        <translation>Scores can be looked up for examinations from %1 to %2.</translation>
    </message>
    <message>
        <source>A field of the form is not valid.</source>
        <translation>A field of the form is not valid.</translation>
    </message>
    <message>
        <source>This kind of application is not known.</source>
        <translation>This kind of application is not known.</translation>
    </message>
    <message>
        <source>The applicant&apos;s commitment must be confirmed before filing.</source>
        <translation>The applicant&apos;s commitment must be confirmed before filing.</translation>
    </message>
    <message>
        <source>No application waiting for review has this receipt.</source>
        <translation>No application waiting for review has this receipt.</translation>
    </message>
    <message>
        <source>An attached file was not found. Please attach it again.</source>
        <translation>An attached file was not found. Please attach it again.</translation>
    </message>
    <message>
        <source>This decision does not apply to the application as it stands.</source>
        <translation>This decision does not apply to the application as it stands.</translation>
    </message>
    <message>
        <source>The file did not arrive whole. Please attach it again.</source>
        <translation>The file did not arrive whole. Please attach it again.</translation>
    </message>
    <message>
        <source>The citizen must confirm this form with their own e-card code or card before it is filed.</source>
        <translation>The citizen must confirm this form with their own e-card code or card before it is filed.</translation>
    </message>
    <message>
        <source>This code or card belongs to someone else, not to the person being served.</source>
        <translation>This code or card belongs to someone else, not to the person being served.</translation>
    </message>
    <message>
        <source>You do not draw a pension, so there is nothing to certify. To start drawing one when you reach the retirement age, ask your social insurance office.</source>
        <translation>You do not draw a pension, so there is nothing to certify. To start drawing one when you reach the retirement age, ask your social insurance office.</translation>
    </message>
    <message>
        <source>This is your own code or card: a family member shows their own.</source>
        <translation>This is your own code or card: a family member shows their own.</translation>
    </message>
    <message>
        <source>This person is not among your family members.</source>
        <translation>This person is not among your family members.</translation>
    </message>
    <message>
        <source>Certified: your pension continues to be paid for this cycle.</source>
        <translation>Certified: your pension continues to be paid for this cycle.</translation>
    </message>
    <message>
        <source>Received: a member of staff will check your recording, usually within 3 working days. You need not do anything else.</source>
        <translation>Received: a member of staff will check your recording, usually within 3 working days. You need not do anything else.</translation>
    </message>
    <message>
        <source>Your photo on file does not match you. Please ask the social security card office to update your photo, then certify again.</source>
        <translation>Your photo on file does not match you. Please ask the social security card office to update your photo, then certify again.</translation>
    </message>
    <message>
        <source>There is no usable photo of you on file. Please have one taken at the social security card office, then certify again.</source>
        <translation>There is no usable photo of you on file. Please have one taken at the social security card office, then certify again.</translation>
    </message>
    <message>
        <source>You are already certified for this cycle: nothing more to do.</source>
        <translation>You are already certified for this cycle: nothing more to do.</translation>
    </message>
    <message>
        <source>The recording could not be accepted. Please certify again.</source>
        <translation>The recording could not be accepted. Please certify again.</translation>
    </message>
    <message>
        <source>This attempt did not pass the checks on the terminal.</source>
        <translation>This attempt did not pass the checks on the terminal.</translation>
    </message>
    <message>
        <source>The picture sent is not a readable image.</source>
        <translation>The picture sent is not a readable image.</translation>
    </message>
    <message>
        <source>No face can be seen in the picture sent.</source>
        <translation>No face can be seen in the picture sent.</translation>
    </message>
    <message>
        <source>The certification method must be &quot;actions&quot; or &quot;read-aloud&quot;.</source>
        <translation>The certification method must be &quot;actions&quot; or &quot;read-aloud&quot;.</translation>
    </message>
    <message>
        <source>There is no certification waiting for review under this receipt.</source>
        <translation>There is no certification waiting for review under this receipt.</translation>
    </message>
    <message>
        <source>This is not a valid social security number.</source>
        <translation>This is not a valid social security number.</translation>
    </message>
    <message>
        <source>No insured person has this name and social security number. Please check both.</source>
        <translation>No insured person has this name and social security number. Please check both.</translation>
    </message>
    <message>
        <source>A transfer is asked for where you pay in now: please choose that province as the new place.</source>
        <translation>A transfer is asked for where you pay in now: please choose that province as the new place.</translation>
    </message>
    <message>
        <source>You have no pension relation left to transfer in that province. Please choose where you paid in before.</source>
        <translation>You have no pension relation left to transfer in that province. Please choose where you paid in before.</translation>
    </message>
    <message>
        <source>Your transfer application is already under way: you can follow its progress here, with no need to apply again.</source>
        <translation>Your transfer application is already under way: you can follow its progress here, with no need to apply again.</translation>
    </message>
    <message>
        <source>The card was not proven: a card is accepted only with its PIN entered on the card in the reader.</source>
        <translation>The card was not proven: a card is accepted only with its PIN entered on the card in the reader.</translation>
    </message>
    <message>
        <source>Please take the card out, insert it again and enter its PIN.</source>
        <translation>Please take the card out, insert it again and enter its PIN.</translation>
    </message>
    <message>
        <source>The card&apos;s answer is for a check this terminal never asked for.</source>
        <translation>The card&apos;s answer is for a check this terminal never asked for.</translation>
    </message>
    <message>
        <source>The card check took too long and has expired.</source>
        <translation>The card check took too long and has expired.</translation>
    </message>
    <message>
        <source>This card check was already used once and cannot be used again.</source>
        <translation>This card check was already used once and cannot be used again.</translation>
    </message>
    <message>
        <source>The card&apos;s answer is not right: it is not this card&apos;s answer to this check.</source>
        <translation>The card&apos;s answer is not right: it is not this card&apos;s answer to this check.</translation>
    </message>
    <message>
        <source>This account&apos;s role does not work on this kind of terminal: clerks and reviewers at a counter, visiting staff on a field laptop.</source>
        <translation>This account&apos;s role does not work on this kind of terminal: clerks and reviewers at a counter, visiting staff on a field laptop.</translation>
    </message>
    <message>
        <source>This task is not part of your role.</source>
        <translation>This task is not part of your role.</translation>
    </message>
    <message>
        <source>Please find the person by name and social security number first.</source>
        <translation>Please find the person by name and social security number first.</translation>
    </message>
    <message>
        <source>You filed this certification yourself: another reviewer must decide it.</source>
        <translation>You filed this certification yourself: another reviewer must decide it.</translation>
    </message>
    <message>
        <source>The recording is missing or cannot be played. Please certify again.</source>
        <translation>The recording is missing or cannot be played. Please certify again.</translation>
    </message>
    <message>
        <source>The recording&apos;s frame times are missing or do not fit its frames. Please certify again.</source>
        <translation>The recording&apos;s frame times are missing or do not fit its frames. Please certify again.</translation>
    </message>
    <message>
        <source>This certification&apos;s challenge is not known for this person at this terminal. Please start the certification again.</source>
        <translation>This certification&apos;s challenge is not known for this person at this terminal. Please start the certification again.</translation>
    </message>
    <message>
        <source>This certification&apos;s challenge has expired. Please start the certification again.</source>
        <translation>This certification&apos;s challenge has expired. Please start the certification again.</translation>
    </message>
    <message>
        <source>This certification&apos;s challenge has already been used. Please start the certification again.</source>
        <translation>This certification&apos;s challenge has already been used. Please start the certification again.</translation>
    </message>
    <message>
        <source>The recording is longer than the time the challenge allowed. Please certify again.</source>
        <translation>The recording is longer than the time the challenge allowed. Please certify again.</translation>
    </message>
    <message>
        <source>Challenges for home visits are issued to field terminals only.</source>
        <translation>Challenges for home visits are issued to field terminals only.</translation>
    </message>
    <message>
        <source>The visit day must be today or within the next 7 days.</source>
        <translation>The visit day must be today or within the next 7 days.</translation>
    </message>
    <message>
        <source>The visit list must name between 1 and 50 different people by their id.</source>
        <translation>The visit list must name between 1 and 50 different people by their id.</translation>
    </message>
    <message>
        <source>The actions were not done in the order asked. Please try again and do each action when the screen asks for it.</source>
        <translation>The actions were not done in the order asked. Please try again and do each action when the screen asks for it.</translation>
    </message>
    <message>
        <source>No blink was seen in the recording. Please try again and blink when asked.</source>
        <translation>No blink was seen in the recording. Please try again and blink when asked.</translation>
    </message>
    <message>
        <source>An action asked for was not seen in the recording. Please try again and do each action when the screen asks for it.</source>
        <translation>An action asked for was not seen in the recording. Please try again and do each action when the screen asks for it.</translation>
    </message>
    <message>
        <source>The face left the picture during the recording. Please keep your face in the oval from the start to the end.</source>
        <translation>The face left the picture during the recording. Please keep your face in the oval from the start to the end.</translation>
    </message>
    <message>
        <source>No face can be seen in the recording. Please face the camera and try again.</source>
        <translation>No face can be seen in the recording. Please face the camera and try again.</translation>
    </message>
    <message>
        <source>Another person appeared in the recording. Only the person being certified may be in the picture.</source>
        <translation>Another person appeared in the recording. Only the person being certified may be in the picture.</translation>
    </message>
    <message>
        <source>The recording is not one continuous recording of one face. Please certify again in one go.</source>
        <translation>The recording is not one continuous recording of one face. Please certify again in one go.</translation>
    </message>
    <message>
        <source>The recording shows a still picture, not a person. The person must be there in person.</source>
        <translation>The recording shows a still picture, not a person. The person must be there in person.</translation>
    </message>
    <message>
        <source>The recording repeats itself like a video played in a loop. The person must be there in person.</source>
        <translation>The recording repeats itself like a video played in a loop. The person must be there in person.</translation>
    </message>
    <message>
        <source>The recording shows the photo on file, not the person. The person must be there in person.</source>
        <translation>The recording shows the photo on file, not the person. The person must be there in person.</translation>
    </message>
    <message>
        <source>We did not see the digits being read. Please try again and read them aloud facing the screen.</source>
        <translation>We did not see the digits being read. Please try again and read them aloud facing the screen.</translation>
    </message>
    <message>
        <source>The reading was too short to read four digits. Please try again and read all four.</source>
        <translation>The reading was too short to read four digits. Please try again and read all four.</translation>
    </message>
    <message>
        <source>Too many wrong sign-ins at this terminal: sign-in here is paused until %1. Other terminals are not affected.</source>
        <translation>Too many wrong sign-ins at this terminal: sign-in here is paused until %1. Other terminals are not affected.</translation>
    </message>
    <message>
        <source>The user name begins or ends with a space. Type it without spaces.</source>
        <translation>The user name begins or ends with a space. Type it without spaces.</translation>
    </message>
    <message>
        <source>The user name is too long or contains characters that cannot be typed. Check it and type it again.</source>
        <translation>The user name is too long or contains characters that cannot be typed. Check it and type it again.</translation>
    </message>
    <message>
        <source>There is no sign-in counter for this account or terminal (it may have been cleared already).</source>
        <translation>There is no sign-in counter for this account or terminal (it may have been cleared already).</translation>
    </message>
    <message>
        <source>Choose the kind of counter to clear: account or terminal.</source>
        <translation>Choose the kind of counter to clear: account or terminal.</translation>
    </message>
    <message>
        <source>Check the code against the paper. A record whose code is not found is not genuine: ask the social insurance office.</source>
        <translation>Check the code against the paper. A record whose code is not found is not genuine: ask the social insurance office.</translation>
    </message>
    <message>
        <source>The request is not well-formed HTTP.</source>
        <translation>The request is not well-formed HTTP.</translation>
    </message>
    <message>
        <source>The request is too large.</source>
        <translation>The request is too large.</translation>
    </message>
    <message>
        <source>The request did not arrive in time, so the connection was closed.</source>
        <translation>The request did not arrive in time, so the connection was closed.</translation>
    </message>
    <message>
        <source>Too many requests from this terminal or account in a short time.</source>
        <translation>Too many requests from this terminal or account in a short time.</translation>
    </message>
    <message>
        <source>You logged in</source>
        <translation>You logged in</translation>
    </message>
    <message>
        <source>Found your record by your name and number</source>
        <translation>Found your record by your name and number</translation>
    </message>
    <message>
        <source>Looked at your pension certification</source>
        <translation>Looked at your pension certification</translation>
    </message>
    <message>
        <source>Certified your pension entitlement for you</source>
        <translation>Certified your pension entitlement for you</translation>
    </message>
    <message>
        <source>Put you on a home visit list</source>
        <translation>Put you on a home visit list</translation>
    </message>
    <message>
        <source>Opened your certification for review</source>
        <translation>Opened your certification for review</translation>
    </message>
    <message>
        <source>Watched your certification recording</source>
        <translation>Watched your certification recording</translation>
    </message>
    <message>
        <source>Decided your certification</source>
        <translation>Decided your certification</translation>
    </message>
    <message>
        <source>Showed your full numbers on screen</source>
        <translation>Showed your full numbers on screen</translation>
    </message>
    <message>
        <source>Used your personal data</source>
        <translation>Used your personal data</translation>
    </message>
    <message>
        <source>The page must be a number from 1 on.</source>
        <translation>The page must be a number from 1 on.</translation>
    </message>
    <message>
        <source>Only these fields can be shown in full: %1.</source>
        <translation>Only these fields can be shown in full: %1.</translation>
    </message>
    <message>
        <source>Please say why the numbers are shown in full.</source>
        <translation>Please say why the numbers are shown in full.</translation>
    </message>
    <message>
        <source>The person being certified has not agreed to have their face recorded. Please show them the notice and let them agree first.</source>
        <translation>The person being certified has not agreed to have their face recorded. Please show them the notice and let them agree first.</translation>
    </message>
    <message>
        <source>The notice about face recording has changed. Please read the new notice and agree again.</source>
        <translation>The notice about face recording has changed. Please read the new notice and agree again.</translation>
    </message>
    <message>
        <source>Only the person being certified can agree: with their own e-card code, or their own card and its PIN.</source>
        <translation>Only the person being certified can agree: with their own e-card code, or their own card and its PIN.</translation>
    </message>
    <message>
        <source>You showed your full numbers on screen</source>
        <translation>You showed your full numbers on screen</translation>
    </message>
    <message>
        <source>At a counter, the clerk shows the numbers in full.</source>
        <translation>At a counter, the clerk shows the numbers in full.</translation>
    </message>
    <message>
        <source>Added you to their family service, with your consent</source>
        <translation>Added you to their family service, with your consent</translation>
    </message>
    <message>
        <source>Looked at your pension certification for you</source>
        <translation>Looked at your pension certification for you</translation>
    </message>
    <message>
        <source>Sent your face certification from their session</source>
        <translation>Sent your face certification from their session</translation>
    </message>
    <message>
        <source>You changed your card&apos;s PIN</source>
        <translation>You changed your card&apos;s PIN</translation>
    </message>
    <message>
        <source>You tried to change your card&apos;s PIN; it stayed as it was</source>
        <translation>You tried to change your card&apos;s PIN; it stayed as it was</translation>
    </message>
    <message>
        <source>You began changing your card&apos;s PIN</source>
        <translation>You began changing your card&apos;s PIN</translation>
    </message>
    <message>
        <source>This card belongs to someone other than the person served.</source>
        <translation>This card belongs to someone other than the person served.</translation>
    </message>
    <message>
        <source>Only the card&apos;s holder can change its PIN.</source>
        <translation>Only the card&apos;s holder can change its PIN.</translation>
    </message>
    <message>
        <source>The outcome of a PIN change is changed or unchanged.</source>
        <translation>The outcome of a PIN change is changed or unchanged.</translation>
    </message>
    <message>
        <source>No such PIN change for this card here.</source>
        <translation>No such PIN change for this card here.</translation>
    </message>
    <message>
        <source>This PIN change was already recorded with another outcome.</source>
        <translation>This PIN change was already recorded with another outcome.</translation>
    </message>
    <message>
        <source>Reported your card lost</source>
        <translation>Reported your card lost</translation>
    </message>
    <message>
        <source>Cancelled the loss report of your card</source>
        <translation>Cancelled the loss report of your card</translation>
    </message>
    <message>
        <source>A card&apos;s loss is reported at a kiosk or a service counter.</source>
        <translation>A card&apos;s loss is reported at a kiosk or a service counter.</translation>
    </message>
    <message>
        <source>The card&apos;s status changed in the meantime.</source>
        <translation>The card&apos;s status changed in the meantime.</translation>
    </message>
    <message>
        <source>Please look at the card&apos;s status again.</source>
        <translation>Please look at the card&apos;s status again.</translation>
    </message>
    <message>
        <source>You hold no such card.</source>
        <translation>You hold no such card.</translation>
    </message>
    <message>
        <source>This card is already reported lost.</source>
        <translation>This card is already reported lost.</translation>
    </message>
    <message>
        <source>Nothing more to do: it cannot be used by anyone. Apply for a replacement, or cancel the report with the card and its PIN.</source>
        <translation>Nothing more to do: it cannot be used by anyone. Apply for a replacement, or cancel the report with the card and its PIN.</translation>
    </message>
    <message>
        <source>Only a card in use can be reported lost.</source>
        <translation>Only a card in use can be reported lost.</translation>
    </message>
    <message>
        <source>This card is cancelled or not yet collected, so it cannot be used anyway.</source>
        <translation>This card is cancelled or not yet collected, so it cannot be used anyway.</translation>
    </message>
    <message>
        <source>This card is not reported lost.</source>
        <translation>This card is not reported lost.</translation>
    </message>
    <message>
        <source>There is no loss report to cancel.</source>
        <translation>There is no loss report to cancel.</translation>
    </message>
    <message>
        <source>A card&apos;s PIN is unlocked and reset at a service counter.</source>
        <translation>A card&apos;s PIN is unlocked and reset at a service counter.</translation>
    </message>
    <message>
        <source>The card holder&apos;s own e-card code is needed to reset the PIN.</source>
        <translation>The card holder&apos;s own e-card code is needed to reset the PIN.</translation>
    </message>
    <message>
        <source>Ask the card holder to show the e-card code in their app on the scanner.</source>
        <translation>Ask the card holder to show the e-card code in their app on the scanner.</translation>
    </message>
    <message>
        <source>This card&apos;s PIN has been reset too often today.</source>
        <translation>This card&apos;s PIN has been reset too often today.</translation>
    </message>
    <message>
        <source>Please come back tomorrow, or ask the card office.</source>
        <translation>Please come back tomorrow, or ask the card office.</translation>
    </message>
    <message>
        <source>That e-card code is not the card holder&apos;s.</source>
        <translation>That e-card code is not the card holder&apos;s.</translation>
    </message>
    <message>
        <source>Only the card holder can have its PIN reset, with their own e-card code.</source>
        <translation>Only the card holder can have its PIN reset, with their own e-card code.</translation>
    </message>
    <message>
        <source>No such PIN reset for this card here.</source>
        <translation>No such PIN reset for this card here.</translation>
    </message>
    <message>
        <source>You opened your card&apos;s e-licence</source>
        <translation>You opened your card&apos;s e-licence</translation>
    </message>
    <message>
        <source>Checked your card&apos;s e-licence shown to them</source>
        <translation>Checked your card&apos;s e-licence shown to them</translation>
    </message>
    <message>
        <source>The e-licence is shown after logging in with the card and its PIN, or with your e-card.</source>
        <translation>The e-licence is shown after logging in with the card and its PIN, or with your e-card.</translation>
    </message>
    <message>
        <source>Please log out and log in with your card.</source>
        <translation>Please log out and log in with your card.</translation>
    </message>
    <message>
        <source>Do not accept it. Ask for the card, or another proof.</source>
        <translation>Do not accept it. Ask for the card, or another proof.</translation>
    </message>
    <message>
        <source>E-licences are checked at a service counter.</source>
        <translation>E-licences are checked at a service counter.</translation>
    </message>
    <message>
        <source>This is not a readable e-licence.</source>
        <translation>This is not a readable e-licence.</translation>
    </message>
    <message>
        <source>Please scan it again.</source>
        <translation>Please scan it again.</translation>
    </message>
    <message>
        <source>This e-licence was shown more than 5 minutes after it was opened.</source>
        <translation>This e-licence was shown more than 5 minutes after it was opened.</translation>
    </message>
    <message>
        <source>Ask the citizen to open it again on their phone or at a kiosk.</source>
        <translation>Ask the citizen to open it again on their phone or at a kiosk.</translation>
    </message>
    <message>
        <source>Someone tried to sign in as you by face; the face did not pass</source>
        <translation>Someone tried to sign in as you by face; the face did not pass</translation>
    </message>
    <message>
        <source>Began resetting your card&apos;s PIN at a counter</source>
        <translation>Began resetting your card&apos;s PIN at a counter</translation>
    </message>
    <message>
        <source>Reset your card&apos;s PIN at a counter</source>
        <translation>Reset your card&apos;s PIN at a counter</translation>
    </message>
    <message>
        <source>You signed in with your face only, which is not enough for this service. Please sign in with your card and its PIN or your e-card, or go to a service counter.</source>
        <translation>You signed in with your face only, which is not enough for this service. Please sign in with your card and its PIN or your e-card, or go to a service counter.</translation>
    </message>
    <message>
        <source>Signing in by face is offered at self-service kiosks only.</source>
        <translation>Signing in by face is offered at self-service kiosks only.</translation>
    </message>
    <message>
        <source>Please read the notice about your face and agree to it before your face is recorded.</source>
        <translation>Please read the notice about your face and agree to it before your face is recorded.</translation>
    </message>
    <message>
        <source>Signing in by face has failed too often for this person or at this kiosk. Please sign in with your card or e-card, or go to a service counter with your ID card.</source>
        <translation>Signing in by face has failed too often for this person or at this kiosk. Please sign in with your card or e-card, or go to a service counter with your ID card.</translation>
    </message>
    <message>
        <source>There is no usable photo of you on file, so you cannot sign in by face. Please go to a service counter with your ID card.</source>
        <translation>There is no usable photo of you on file, so you cannot sign in by face. Please go to a service counter with your ID card.</translation>
    </message>
    <message>
        <source>Your face could not be matched with the photo on file, so you are not signed in.</source>
        <translation>Your face could not be matched with the photo on file, so you are not signed in.</translation>
    </message>
    <message>
        <source>Please try again, or go to a service counter with your ID card.</source>
        <translation>Please try again, or go to a service counter with your ID card.</translation>
    </message>
    <message>
        <source>Applied for a replacement of your card</source>
        <translation>Applied for a replacement of your card</translation>
    </message>
    <message>
        <source>Made your new card</source>
        <translation>Made your new card</translation>
    </message>
    <message>
        <source>Handed over your new card; the old one is cancelled</source>
        <translation>Handed over your new card; the old one is cancelled</translation>
    </message>
    <message>
        <source>A new card is issued and handed over at a service counter.</source>
        <translation>A new card is issued and handed over at a service counter.</translation>
    </message>
    <message>
        <source>A new card is applied for at a kiosk or a service counter.</source>
        <translation>A new card is applied for at a kiosk or a service counter.</translation>
    </message>
    <message>
        <source>You have no card replacement with this receipt.</source>
        <translation>You have no card replacement with this receipt.</translation>
    </message>
    <message>
        <source>A lost card is reported lost before it is replaced.</source>
        <translation>A lost card is reported lost before it is replaced.</translation>
    </message>
    <message>
        <source>Report it lost first: then nobody can use it while the new one is made.</source>
        <translation>Report it lost first: then nobody can use it while the new one is made.</translation>
    </message>
    <message>
        <source>This card cannot be replaced for this reason.</source>
        <translation>This card cannot be replaced for this reason.</translation>
    </message>
    <message>
        <source>A replacement of this card is already under way.</source>
        <translation>A replacement of this card is already under way.</translation>
    </message>
    <message>
        <source>See how far it has come in &quot;My applications&quot;.</source>
        <translation>See how far it has come in &quot;My applications&quot;.</translation>
    </message>
    <message>
        <source>A card is replaced when it is lost, damaged, expired or its information changed.</source>
        <translation>A card is replaced when it is lost, damaged, expired or its information changed.</translation>
    </message>
    <message>
        <source>The new card was already handed over.</source>
        <translation>The new card was already handed over.</translation>
    </message>
    <message>
        <source>The new card has not been made yet.</source>
        <translation>The new card has not been made yet.</translation>
    </message>
    <message>
        <source>This is not the card made for this replacement.</source>
        <translation>This is not the card made for this replacement.</translation>
    </message>
    <message>
        <source>Cards are not issued at counters here yet.</source>
        <translation>Cards are not issued at counters here yet.</translation>
    </message>
    <message>
        <source>The card office makes the new card; it is collected here.</source>
        <translation>The card office makes the new card; it is collected here.</translation>
    </message>
    <message>
        <source>There is no such text message.</source>
        <translation>There is no such text message.</translation>
    </message>
    <message>
        <source>Only a text message that failed or was not delivered can be sent again.</source>
        <translation>Only a text message that failed or was not delivered can be sent again.</translation>
    </message>
    <message>
        <source>You have already claimed this benefit: see its status.</source>
        <translation>You have already claimed this benefit: see its status.</translation>
    </message>
    <message>
        <source>Please register as unemployed first.</source>
        <translation>Please register as unemployed first.</translation>
    </message>
    <message>
        <source>You have asked for this service already: the employment service will contact you.</source>
        <translation>You have asked for this service already: the employment service will contact you.</translation>
    </message>
    <message>
        <source>Payments cannot be taken here at the moment.</source>
        <translation>Payments cannot be taken here at the moment.</translation>
    </message>
    <message>
        <source>Please pay at a bank or in the e-card app, or ask at the counter.</source>
        <translation>Please pay at a bank or in the e-card app, or ask at the counter.</translation>
    </message>
    <message>
        <source>There is no such item to pay.</source>
        <translation>There is no such item to pay.</translation>
    </message>
    <message>
        <source>That amount is not one of the amounts this item allows.</source>
        <translation>That amount is not one of the amounts this item allows.</translation>
    </message>
    <message>
        <source>This contribution is already paid for %1.</source>
        <translation>This contribution is already paid for %1.</translation>
    </message>
    <message>
        <source>Nothing more is needed for this year.</source>
        <translation>Nothing more is needed for this year.</translation>
    </message>
    <message>
        <source>There is no such payment of yours.</source>
        <translation>There is no such payment of yours.</translation>
    </message>
    <message>
        <source>The payment service did not answer. Nothing was charged.</source>
        <translation>The payment service did not answer. Nothing was charged.</translation>
    </message>
    <message>
        <source>Please try again in a minute.</source>
        <translation>Please try again in a minute.</translation>
    </message>
    <message>
        <source>This payment is no longer waiting to be paid.</source>
        <translation>This payment is no longer waiting to be paid.</translation>
    </message>
    <message>
        <source>That is not a payment code. Nothing was charged.</source>
        <translation>That is not a payment code. Nothing was charged.</translation>
    </message>
    <message>
        <source>Open the payment code in the e-card app and hold it to the scanner again.</source>
        <translation>Open the payment code in the e-card app and hold it to the scanner again.</translation>
    </message>
    <message>
        <source>The payment was declined by your account. Nothing was charged.</source>
        <translation>The payment was declined by your account. Nothing was charged.</translation>
    </message>
    <message>
        <source>Please pay another way, or ask your bank.</source>
        <translation>Please pay another way, or ask your bank.</translation>
    </message>
    <message>
        <source>The time to pay this order has run out. Nothing was charged.</source>
        <translation>The time to pay this order has run out. Nothing was charged.</translation>
    </message>
    <message>
        <source>Refunds are made by a clerk at a counter.</source>
        <translation>Refunds are made by a clerk at a counter.</translation>
    </message>
    <message>
        <source>Only a paid order can be refunded, and only once.</source>
        <translation>Only a paid order can be refunded, and only once.</translation>
    </message>
    <message>
        <source>No receipt has this verification code.</source>
        <translation>No receipt has this verification code.</translation>
    </message>
    <message>
        <source>This instance of the service is shutting down. Please try again.</source>
        <translation>This instance of the service is shutting down. Please try again.</translation>
    </message>
    <message>
        <source>This person does not draw a pension, so there is nothing to certify. To start drawing one at the retirement age, they ask their social insurance office.</source>
        <translation>This person does not draw a pension, so there is nothing to certify. To start drawing one at the retirement age, they ask their social insurance office.</translation>
    </message>
    <message>
        <source>This cannot be paid here yet: the region has not set its amounts.</source>
        <translation>This cannot be paid here yet: the region has not set its amounts.</translation>
    </message>
    <message>
        <source>Choose why the payment is refunded: paid twice, wrong grade, wrong item or paid for the wrong person.</source>
        <translation>Choose why the payment is refunded: paid twice, wrong grade, wrong item or paid for the wrong person.</translation>
    </message>
    <message>
        <source>This payment is the only one for its year: it was not paid twice.</source>
        <translation>This payment is the only one for its year: it was not paid twice.</translation>
    </message>
    <message>
        <source>The year this payment was for has ended: it can no longer be refunded here.</source>
        <translation>The year this payment was for has ended: it can no longer be refunded here.</translation>
    </message>
    <message>
        <source>Please ask the social insurance office about the year&apos;s account.</source>
        <translation>Please ask the social insurance office about the year&apos;s account.</translation>
    </message>
    <message>
        <source>This payment was paid once: it is refunded only with the person who paid at the counter.</source>
        <translation>This payment was paid once: it is refunded only with the person who paid at the counter.</translation>
    </message>
    <message>
        <source>This e-licence was not issued by the social insurance office, or it was altered.</source>
        <translation>This e-licence was not issued by the social insurance office, or it was altered.</translation>
    </message>
    <message>
        <source>The social security system is busy right now.</source>
        <translation>The social security system is busy right now.</translation>
    </message>
    <message>
        <source>The social security system is busy checking other recordings and files.</source>
        <translation>The social security system is busy checking other recordings and files.</translation>
    </message>
    <message>
        <source>This terminal is not registered with the social security system or its secret is wrong.</source>
        <translation>This terminal is not registered with the social security system or its secret is wrong.</translation>
    </message>
    <message>
        <source>The code&apos;s time is ahead of the social security system&apos;s: check the phone&apos;s clock.</source>
        <translation>The code&apos;s time is ahead of the social security system&apos;s: check the phone&apos;s clock.</translation>
    </message>
    <message>
        <source>This social security card is not in the social security system.</source>
        <translation>This social security card is not in the social security system.</translation>
    </message>
    <message>
        <source>What was read from the card does not match the social security records.</source>
        <translation>What was read from the card does not match the social security records.</translation>
    </message>
    <message>
        <source>A certification must follow the actions or digits it asked for. Please start the certification again.</source>
        <translation>A certification must follow the actions or digits it asked for. Please start the certification again.</translation>
    </message>
    <message>
        <source>This code could not be confirmed as an e-card QR code.</source>
        <translation>This code could not be confirmed as an e-card QR code.</translation>
    </message>
</context>
<context>
    <name>PlatformClient</name>
    <message>
        <source>Data timed out. Please try again later.</source>
        <translation>Data timed out. Please try again later.</translation>
    </message>
    <message>
        <source>Please tell the hall staff: this terminal needs attention.</source>
        <translation>Please tell the hall staff: this terminal needs attention.</translation>
    </message>
    <message>
        <source>Please try again in a moment, or ask at a service counter.</source>
        <translation>Please try again in a moment, or ask at a service counter.</translation>
    </message>
    <message>
        <source>The social security system cannot be reached right now.</source>
        <translation>The social security system cannot be reached right now.</translation>
    </message>
    <message>
        <source>The social security system&apos;s identity could not be verified, so no data was sent.</source>
        <translation>The social security system&apos;s identity could not be verified, so no data was sent.</translation>
    </message>
    <message>
        <source>The social security system&apos;s address is plain http:// on another computer, so no data was sent: it must start with https://.</source>
        <translation>The social security system&apos;s address is plain http:// on another computer, so no data was sent: it must start with https://.</translation>
    </message>
    <message>
        <source>The social security system gave an answer this terminal does not understand.</source>
        <translation>The social security system gave an answer this terminal does not understand.</translation>
    </message>
</context>
<context>
    <name>PrintProblems</name>
    <message>
        <source>Printed. Please take your document from the printer.</source>
        <translation>Printed. Please take your document from the printer.</translation>
    </message>
    <message>
        <source>The printing service is not answering. Please try again in a moment or ask a member of staff.</source>
        <translation>The printing service is not answering. Please try again in a moment or ask a member of staff.</translation>
    </message>
    <message>
        <source>The printer is out of paper. Please ask a member of staff to refill it, then try again.</source>
        <translation>The printer is out of paper. Please ask a member of staff to refill it, then try again.</translation>
    </message>
    <message>
        <source>Paper is jammed in the printer. Please ask a member of staff to clear it, then try again.</source>
        <translation>Paper is jammed in the printer. Please ask a member of staff to clear it, then try again.</translation>
    </message>
    <message>
        <source>The printer has run out of ink or toner. Please ask a member of staff.</source>
        <translation>The printer has run out of ink or toner. Please ask a member of staff.</translation>
    </message>
    <message>
        <source>A cover of the printer is open. Please ask a member of staff to close it, then try again.</source>
        <translation>A cover of the printer is open. Please ask a member of staff to close it, then try again.</translation>
    </message>
    <message>
        <source>The printer is not answering. Please try again in a moment or ask a member of staff.</source>
        <translation>The printer is not answering. Please try again in a moment or ask a member of staff.</translation>
    </message>
    <message>
        <source>The printer has been paused. Please ask a member of staff to resume it, then try again.</source>
        <translation>The printer has been paused. Please ask a member of staff to resume it, then try again.</translation>
    </message>
    <message>
        <source>The printer is not taking documents at the moment. Please ask a member of staff.</source>
        <translation>The printer is not taking documents at the moment. Please ask a member of staff.</translation>
    </message>
    <message>
        <source>The document could not be printed. Please try again.</source>
        <translation>The document could not be printed. Please try again.</translation>
    </message>
    <message>
        <source>The printer did not print in time, so the document was withdrawn and nothing will come out later. Please try again or ask a member of staff.</source>
        <translation>The printer did not print in time, so the document was withdrawn and nothing will come out later. Please try again or ask a member of staff.</translation>
    </message>
    <message>
        <source>This terminal has no printer. For a paper copy, please use a kiosk with a printer or a service counter.</source>
        <translation>This terminal has no printer. For a paper copy, please use a kiosk with a printer or a service counter.</translation>
    </message>
</context>
<context>
    <name>Province</name>
    <message>
        <source>Beijing</source>
        <translation>Beijing</translation>
    </message>
    <message>
        <source>Tianjin</source>
        <translation>Tianjin</translation>
    </message>
    <message>
        <source>Hebei</source>
        <translation>Hebei</translation>
    </message>
    <message>
        <source>Shanxi</source>
        <translation>Shanxi</translation>
    </message>
    <message>
        <source>Inner Mongolia</source>
        <translation>Inner Mongolia</translation>
    </message>
    <message>
        <source>Liaoning</source>
        <translation>Liaoning</translation>
    </message>
    <message>
        <source>Jilin</source>
        <translation>Jilin</translation>
    </message>
    <message>
        <source>Heilongjiang</source>
        <translation>Heilongjiang</translation>
    </message>
    <message>
        <source>Shanghai</source>
        <translation>Shanghai</translation>
    </message>
    <message>
        <source>Jiangsu</source>
        <translation>Jiangsu</translation>
    </message>
    <message>
        <source>Zhejiang</source>
        <translation>Zhejiang</translation>
    </message>
    <message>
        <source>Anhui</source>
        <translation>Anhui</translation>
    </message>
    <message>
        <source>Fujian</source>
        <translation>Fujian</translation>
    </message>
    <message>
        <source>Jiangxi</source>
        <translation>Jiangxi</translation>
    </message>
    <message>
        <source>Shandong</source>
        <translation>Shandong</translation>
    </message>
    <message>
        <source>Henan</source>
        <translation>Henan</translation>
    </message>
    <message>
        <source>Hubei</source>
        <translation>Hubei</translation>
    </message>
    <message>
        <source>Hunan</source>
        <translation>Hunan</translation>
    </message>
    <message>
        <source>Guangdong</source>
        <translation>Guangdong</translation>
    </message>
    <message>
        <source>Guangxi</source>
        <translation>Guangxi</translation>
    </message>
    <message>
        <source>Hainan</source>
        <translation>Hainan</translation>
    </message>
    <message>
        <source>Chongqing</source>
        <translation>Chongqing</translation>
    </message>
    <message>
        <source>Sichuan</source>
        <translation>Sichuan</translation>
    </message>
    <message>
        <source>Guizhou</source>
        <translation>Guizhou</translation>
    </message>
    <message>
        <source>Yunnan</source>
        <translation>Yunnan</translation>
    </message>
    <message>
        <source>Tibet</source>
        <translation>Tibet</translation>
    </message>
    <message>
        <source>Shaanxi</source>
        <translation>Shaanxi</translation>
    </message>
    <message>
        <source>Gansu</source>
        <translation>Gansu</translation>
    </message>
    <message>
        <source>Qinghai</source>
        <translation>Qinghai</translation>
    </message>
    <message>
        <source>Ningxia</source>
        <translation>Ningxia</translation>
    </message>
    <message>
        <source>Xinjiang</source>
        <translation>Xinjiang</translation>
    </message>
</context>
<context>
    <name>QrCommand</name>
    <message>
        <source>usage: ssc-ctl qr decode IMAGE...</source>
        <translation>usage: ssc-ctl qr decode IMAGE...</translation>
    </message>
    <message>
        <source>nothing read: %1</source>
        <translation>nothing read: %1</translation>
    </message>
</context>
<context>
    <name>QrDecoder</name>
    <message>
        <source>the file is not an image this terminal can read</source>
        <translation>the file is not an image this terminal can read</translation>
    </message>
    <message>
        <source>a QR code was found but could not be read: damaged, blurred or partly covered</source>
        <translation>a QR code was found but could not be read: damaged, blurred or partly covered</translation>
    </message>
    <message>
        <source>no QR code was found: hold the code flat, closer, and out of reflections</source>
        <translation>no QR code was found: hold the code flat, closer, and out of reflections</translation>
    </message>
</context>
<context>
    <name>QualificationsModule</name>
    <message>
        <source>Qualification certificates</source>
        <translation>Qualification certificates</translation>
    </message>
    <message>
        <source>Your professional and skills certificates</source>
        <translation>Your professional and skills certificates</translation>
    </message>
    <message>
        <source>This person&apos;s professional and skills certificates</source>
        <translation>This person&apos;s professional and skills certificates</translation>
    </message>
</context>
<context>
    <name>ReceiptDocument</name>
    <message>
        <source>Printed %1</source>
        <translation>Printed %1</translation>
    </message>
    <message>
        <source>For your information. For a certified proof, please ask at a service counter.</source>
        <translation>For your information. For a certified proof, please ask at a service counter.</translation>
    </message>
    <message>
        <source>%1 · No. %2</source>
        <translation>%1 · No. %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
</context>
<context>
    <name>RecordDocument</name>
    <message>
        <source>1. Basic information</source>
        <translation>1. Basic information</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Social security number</source>
        <translation>Social security number</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Insured as</source>
        <translation>Insured as</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Employer</translation>
    </message>
    <message>
        <source>Insured since</source>
        <translation>Insured since</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Base (yuan)</source>
        <translation>Base (yuan)</translation>
    </message>
    <message>
        <source>%1-%2</source>
        <translation>%1-%2</translation>
    </message>
    <message>
        <source>2. Contributions (personal share per month)</source>
        <translation>2. Contributions (personal share per month)</translation>
    </message>
    <message>
        <source>Personal total</source>
        <translation>Personal total</translation>
    </message>
    <message>
        <source>Government subsidy</source>
        <translation>Government subsidy</translation>
    </message>
    <message>
        <source>Employer total</source>
        <translation>Employer total</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Balance at the end of last year</source>
        <translation>Balance at the end of last year</translation>
    </message>
    <message>
        <source>Credited this year</source>
        <translation>Credited this year</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Interest</translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation>Paid out</translation>
    </message>
    <message>
        <source>Months in total</source>
        <translation>Months in total</translation>
    </message>
    <message>
        <source>Balance at the end of this year</source>
        <translation>Balance at the end of this year</translation>
    </message>
    <message>
        <source>%1. Personal accounts (yuan)</source>
        <translation>%1. Personal accounts (yuan)</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>Insurance</translation>
    </message>
    <message>
        <source>Benefit</source>
        <translation>Benefit</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Months</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <source>%1. Benefits received</source>
        <translation>%1. Benefits received</translation>
    </message>
    <message>
        <source>%1 has not opened these insurances for national query; ask the local office for them: %2.</source>
        <translation>%1 has not opened these insurances for national query; ask the local office for them: %2.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation>Verification code</translation>
    </message>
    <message>
        <source>Social insurance personal rights record, %1</source>
        <translation>Social insurance personal rights record, %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Social insurance personal rights record</source>
        <translation>Social insurance personal rights record</translation>
    </message>
    <message>
        <source>Printed at %1</source>
        <translation>Printed at %1</translation>
    </message>
    <message>
        <source>To check this record, scan the code with a phone, or open this address and compare what it shows with the paper:</source>
        <translation>To check this record, scan the code with a phone, or open this address and compare what it shows with the paper:</translation>
    </message>
    <message>
        <source>Data as of %1</source>
        <translation>Data as of %1</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>on %1</translation>
    </message>
    <message>
        <source>Document No. %1</source>
        <translation>Document No. %1</translation>
    </message>
    <message>
        <source>%1 · Document No. %2</source>
        <translation>%1 · Document No. %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>For the year</source>
        <translation>For the year</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Paid on</translation>
    </message>
    <message>
        <source>Receipt verification code</source>
        <translation>Receipt verification code</translation>
    </message>
    <message>
        <source>%1. Contributions paid with the e-card</source>
        <translation>%1. Contributions paid with the e-card</translation>
    </message>
    <message>
        <source>Contributions paid with the e-card</source>
        <translation>Contributions paid with the e-card</translation>
    </message>
    <message>
        <source>Grade %1</source>
        <translation>Grade %1</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
</context>
<context>
    <name>RecordTexts</name>
    <message>
        <source>Resident pension insurance</source>
        <translation>Resident pension insurance</translation>
    </message>
    <message>
        <source>Employee pension insurance</source>
        <translation>Employee pension insurance</translation>
    </message>
    <message>
        <source>Resident medical insurance</source>
        <translation>Resident medical insurance</translation>
    </message>
    <message>
        <source>Employee medical insurance</source>
        <translation>Employee medical insurance</translation>
    </message>
    <message>
        <source>Unemployment insurance</source>
        <translation>Unemployment insurance</translation>
    </message>
    <message>
        <source>Work injury insurance</source>
        <translation>Work injury insurance</translation>
    </message>
    <message>
        <source>Maternity insurance</source>
        <translation>Maternity insurance</translation>
    </message>
    <message>
        <source>Medical insurance personal account</source>
        <translation>Medical insurance personal account</translation>
    </message>
    <message>
        <source>Pension insurance personal account</source>
        <translation>Pension insurance personal account</translation>
    </message>
    <message>
        <source>Urban and rural residents</source>
        <translation>Urban and rural residents</translation>
    </message>
    <message>
        <source>Urban employees</source>
        <translation>Urban employees</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>● paid   △ in arrears   ○ transferred in   – not due</source>
        <translation>● paid   △ in arrears   ○ transferred in   – not due</translation>
    </message>
</context>
<context>
    <name>RecordsModule</name>
    <message>
        <source>Social insurance rights record</source>
        <translation>Social insurance rights record</translation>
    </message>
    <message>
        <source>See and print your yearly record</source>
        <translation>See and print your yearly record</translation>
    </message>
    <message>
        <source>See and print this person&apos;s yearly record</source>
        <translation>See and print this person&apos;s yearly record</translation>
    </message>
</context>
<context>
    <name>RegistrationForm</name>
    <message>
        <source>Mobile phone</source>
        <translation>Mobile phone</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Education</translation>
    </message>
    <message>
        <source>Primary school</source>
        <translation>Primary school</translation>
    </message>
    <message>
        <source>Junior secondary</source>
        <translation>Junior secondary</translation>
    </message>
    <message>
        <source>Senior secondary</source>
        <translation>Senior secondary</translation>
    </message>
    <message>
        <source>Technical or vocational school</source>
        <translation>Technical or vocational school</translation>
    </message>
    <message>
        <source>College</source>
        <translation>College</translation>
    </message>
    <message>
        <source>Bachelor</source>
        <translation>Bachelor</translation>
    </message>
    <message>
        <source>Master or above</source>
        <translation>Master or above</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>Healthy or good</source>
        <translation>Healthy or good</translation>
    </message>
    <message>
        <source>Fair or weak</source>
        <translation>Fair or weak</translation>
    </message>
    <message>
        <source>Ill</source>
        <translation>Ill</translation>
    </message>
    <message>
        <source>Physical defect</source>
        <translation>Physical defect</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>Disability grade</source>
        <translation>Disability grade</translation>
    </message>
    <message>
        <source>Grade %1</source>
        <translation>Grade %1</translation>
    </message>
    <message>
        <source>Household registration</source>
        <translation>Household registration</translation>
    </message>
    <message>
        <source>Local, urban</source>
        <translation>Local, urban</translation>
    </message>
    <message>
        <source>Local, rural</source>
        <translation>Local, rural</translation>
    </message>
    <message>
        <source>Elsewhere, urban</source>
        <translation>Elsewhere, urban</translation>
    </message>
    <message>
        <source>Elsewhere, rural</source>
        <translation>Elsewhere, rural</translation>
    </message>
    <message>
        <source>Address of residence</source>
        <translation>Address of residence</translation>
    </message>
    <message>
        <source>Unemployed since</source>
        <translation>Unemployed since</translation>
    </message>
    <message>
        <source>Reason for the unemployment</source>
        <translation>Reason for the unemployment</translation>
    </message>
    <message>
        <source>Claim unemployment benefit?</source>
        <translation>Claim unemployment benefit?</translation>
    </message>
    <message>
        <source>Vocational skill level</source>
        <translation>Vocational skill level</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Level 5 (junior)</source>
        <translation>Level 5 (junior)</translation>
    </message>
    <message>
        <source>Level 4 (intermediate)</source>
        <translation>Level 4 (intermediate)</translation>
    </message>
    <message>
        <source>Level 3 (senior)</source>
        <translation>Level 3 (senior)</translation>
    </message>
    <message>
        <source>Level 2 (technician)</source>
        <translation>Level 2 (technician)</translation>
    </message>
    <message>
        <source>Level 1 (senior technician)</source>
        <translation>Level 1 (senior technician)</translation>
    </message>
    <message>
        <source>Work sought</source>
        <translation>Work sought</translation>
    </message>
    <message>
        <source>A job with an employer</source>
        <translation>A job with an employer</translation>
    </message>
    <message>
        <source>Flexible work</source>
        <translation>Flexible work</translation>
    </message>
    <message>
        <source>Starting a business</source>
        <translation>Starting a business</translation>
    </message>
    <message>
        <source>Vocational training</source>
        <translation>Vocational training</translation>
    </message>
    <message>
        <source>Work wanted (optional)</source>
        <translation>Work wanted (optional)</translation>
    </message>
    <message>
        <source>Unemployment registration</source>
        <translation>Unemployment registration</translation>
    </message>
    <message>
        <source>I confirm that what I have entered is true, that I am of working age, able and willing to work, and without work. I know that false statements may mean paying back what I received and legal consequences.</source>
        <translation>I confirm that what I have entered is true, that I am of working age, able and willing to work, and without work. I know that false statements may mean paying back what I received and legal consequences.</translation>
    </message>
    <message>
        <source>Province where the unemployment began</source>
        <translation>Province where the unemployment began</translation>
    </message>
    <message>
        <source>City (prefecture, league)</source>
        <translation>City (prefecture, league)</translation>
    </message>
    <message>
        <source>District or county</source>
        <translation>District or county</translation>
    </message>
    <message>
        <source>Basic information</source>
        <translation>Basic information</translation>
    </message>
    <message>
        <source>Unemployment</source>
        <translation>Unemployment</translation>
    </message>
    <message>
        <source>Looking for work</source>
        <translation>Looking for work</translation>
    </message>
</context>
<context>
    <name>ReplacementRules</name>
    <message>
        <source>The card is lost</source>
        <translation>The card is lost</translation>
    </message>
    <message>
        <source>The card is damaged</source>
        <translation>The card is damaged</translation>
    </message>
    <message>
        <source>My name or number on the card changed</source>
        <translation>My name or number on the card changed</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Free</translation>
    </message>
    <message>
        <source>¥%1</source>
        <translation>¥%1</translation>
    </message>
    <message>
        <source>The card has expired or will expire soon</source>
        <translation>The card has expired or will expire soon</translation>
    </message>
</context>
<context>
    <name>ResidentContributions</name>
    <message>
        <source>Residents&apos; pension insurance</source>
        <translation>Residents&apos; pension insurance</translation>
    </message>
    <message>
        <source>Residents&apos; medical insurance</source>
        <translation>Residents&apos; medical insurance</translation>
    </message>
    <message>
        <source>You already receive a pension, so there is nothing more to pay.</source>
        <translation>You already receive a pension, so there is nothing more to pay.</translation>
    </message>
    <message>
        <source>Your employer pays your pension insurance this year, so you are not in the residents&apos; scheme.</source>
        <translation>Your employer pays your pension insurance this year, so you are not in the residents&apos; scheme.</translation>
    </message>
    <message>
        <source>The residents&apos; pension is paid from the age of 16.</source>
        <translation>The residents&apos; pension is paid from the age of 16.</translation>
    </message>
</context>
<context>
    <name>RetirementCommand</name>
    <message>
        <source>%1 years</source>
        <comment>age</comment>
        <translation>%1 years</translation>
    </message>
    <message>
        <source>%1 years %2 months</source>
        <comment>age</comment>
        <translation>%1 years %2 months</translation>
    </message>
    <message>
        <source>%1 years</source>
        <comment>length of contributions</comment>
        <translation>%1 years</translation>
    </message>
    <message>
        <source>statutory retirement age: %1 (originally %2, delayed by %3 months)</source>
        <translation>statutory retirement age: %1 (originally %2, delayed by %3 months)</translation>
    </message>
    <message>
        <source>retirement month: %1</source>
        <translation>retirement month: %1</translation>
    </message>
    <message>
        <source>minimum contribution for a monthly pension: %1</source>
        <translation>minimum contribution for a monthly pension: %1</translation>
    </message>
    <message>
        <source>flexible retirement: from %1 (%2) at the earliest, to %3 (%4) at the latest by agreement</source>
        <translation>flexible retirement: from %1 (%2) at the earliest, to %3 (%4) at the latest by agreement</translation>
    </message>
    <message>
        <source>--sex must be male or female</source>
        <translation>--sex must be male or female</translation>
    </message>
    <message>
        <source>--group must be worker (women originally retiring at 50) or cadre (women originally retiring at 55)</source>
        <translation>--group must be worker (women originally retiring at 50) or cadre (women originally retiring at 55)</translation>
    </message>
    <message>
        <source>for women, --group worker or --group cadre is required</source>
        <translation>for women, --group worker or --group cadre is required</translation>
    </message>
    <message>
        <source>--born must be a month written YYYY-MM, for example 1971-04</source>
        <translation>--born must be a month written YYYY-MM, for example 1971-04</translation>
    </message>
</context>
<context>
    <name>ReviewText</name>
    <message>
        <source>no platform address: give --platform URL or set platform/url</source>
        <translation>no platform address: give --platform URL or set platform/url</translation>
    </message>
    <message>
        <source>%1 is now %2</source>
        <translation>%1 is now %2</translation>
    </message>
    <message>
        <source>usage: ssc-ctl review approve|accept|mediate|settle|arbitrate|agree|transfer|complete|contact RECEIPT | ssc-ctl review return RECEIPT REASON</source>
        <translation>usage: ssc-ctl review approve|accept|mediate|settle|arbitrate|agree|transfer|complete|contact RECEIPT | ssc-ctl review return RECEIPT REASON</translation>
    </message>
</context>
<context>
    <name>Sex</name>
    <message>
        <source>male</source>
        <translation>male</translation>
    </message>
    <message>
        <source>female</source>
        <translation>female</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
</context>
<context>
    <name>SignInsModule</name>
    <message>
        <source>Wrong sign-ins</source>
        <translation>Wrong sign-ins</translation>
    </message>
    <message>
        <source>See blocked accounts and terminals and unblock them</source>
        <translation>See blocked accounts and terminals and unblock them</translation>
    </message>
</context>
<context>
    <name>SscCtl</name>
    <message>
        <source>unknown language %1: use zh_CN or en</source>
        <translation>unknown language %1: use zh_CN or en</translation>
    </message>
    <message>
        <source>unknown verb “%1”</source>
        <translation>unknown verb “%1”</translation>
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
        <translation>usage: ssc-ctl [--lang zh_CN|en] [--json] VERB ...
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
exit status: 0 all good, 1 a number is invalid or an image gave nothing, 2 usage error</translation>
    </message>
</context>
<context>
    <name>StaffLogin</name>
    <message>
        <source>Enter your user name and password.</source>
        <translation>Enter your user name and password.</translation>
    </message>
    <message numerus="yes">
        <source>%n more wrong password(s) will pause signing in.</source>
        <translation>
            <numerusform>%n more wrong password will pause signing in.</numerusform>
            <numerusform>%n more wrong passwords will pause signing in.</numerusform>
        </translation>
    </message>
    <message>
        <source>The social security system cannot be reached, and this laptop has no valid offline sign-in for this user and password. Sign in once with a network connection on the day of the visits.</source>
        <translation>The social security system cannot be reached, and this laptop has no valid offline sign-in for this user and password. Sign in once with a network connection on the day of the visits.</translation>
    </message>
</context>
<context>
    <name>TextsModule</name>
    <message>
        <source>Undelivered texts</source>
        <translation>Undelivered texts</translation>
    </message>
    <message>
        <source>Review decisions whose text message did not reach the person</source>
        <translation>Review decisions whose text message did not reach the person</translation>
    </message>
</context>
<context>
    <name>TransferModule</name>
    <message>
        <source>Pension relation transfer</source>
        <translation>Pension relation transfer</translation>
    </message>
    <message>
        <source>Move it to where you work now and follow its progress</source>
        <translation>Move it to where you work now and follow its progress</translation>
    </message>
    <message>
        <source>Move it to where this person works now and follow its progress</source>
        <translation>Move it to where this person works now and follow its progress</translation>
    </message>
</context>
<context>
    <name>UnemploymentModule</name>
    <message>
        <source>Unemployment registration</source>
        <translation>Unemployment registration</translation>
    </message>
    <message>
        <source>Register and see how it is reviewed</source>
        <translation>Register and see how it is reviewed</translation>
    </message>
    <message>
        <source>Unemployment benefit</source>
        <translation>Unemployment benefit</translation>
    </message>
    <message>
        <source>Claim it and follow the review</source>
        <translation>Claim it and follow the review</translation>
    </message>
    <message>
        <source>Employment services</source>
        <translation>Employment services</translation>
    </message>
    <message>
        <source>Ask for job, training, start-up or policy help</source>
        <translation>Ask for job, training, start-up or policy help</translation>
    </message>
</context>
<context>
    <name>UnemploymentReason</name>
    <message>
        <source>Left school or university, not yet employed</source>
        <translation>Left school or university, not yet employed</translation>
    </message>
    <message>
        <source>Dismissed, or the contract ended by the employer</source>
        <translation>Dismissed, or the contract ended by the employer</translation>
    </message>
    <message>
        <source>The employer went bankrupt or closed</source>
        <translation>The employer went bankrupt or closed</translation>
    </message>
    <message>
        <source>Resigned</source>
        <translation>Resigned</translation>
    </message>
    <message>
        <source>Stopped self-employment</source>
        <translation>Stopped self-employment</translation>
    </message>
    <message>
        <source>Stopped flexible employment</source>
        <translation>Stopped flexible employment</translation>
    </message>
    <message>
        <source>Stopped running a business</source>
        <translation>Stopped running a business</translation>
    </message>
    <message>
        <source>Farmland requisitioned</source>
        <translation>Farmland requisitioned</translation>
    </message>
    <message>
        <source>Demobilised from the armed forces</source>
        <translation>Demobilised from the armed forces</translation>
    </message>
    <message>
        <source>Released from prison or re-education</source>
        <translation>Released from prison or re-education</translation>
    </message>
    <message>
        <source>Other reasons</source>
        <translation>Other reasons</translation>
    </message>
</context>
<context>
    <name>UnemploymentRules</name>
    <message>
        <source>The date of birth is not valid.</source>
        <translation>The date of birth is not valid.</translation>
    </message>
    <message>
        <source>Unemployment registration is for people aged 16 or over.</source>
        <translation>Unemployment registration is for people aged 16 or over.</translation>
    </message>
    <message>
        <source>You have reached the statutory retirement age (%1). Please ask about your pension instead.</source>
        <translation>You have reached the statutory retirement age (%1). Please ask about your pension instead.</translation>
    </message>
    <message>
        <source>People who draw a pension cannot register as unemployed.</source>
        <translation>People who draw a pension cannot register as unemployed.</translation>
    </message>
    <message>
        <source>You are registered as unemployed already. You can look up how your registration is reviewed.</source>
        <translation>You are registered as unemployed already. You can look up how your registration is reviewed.</translation>
    </message>
    <message>
        <source>The date you became unemployed cannot be in the future.</source>
        <translation>The date you became unemployed cannot be in the future.</translation>
    </message>
    <message>
        <source>This region registers unemployment up to %1 days back. Please ask at a service counter.</source>
        <translation>This region registers unemployment up to %1 days back. Please ask at a service counter.</translation>
    </message>
    <message>
        <source>You may be able to claim the unemployment subsidy instead; migrant workers whose employer paid for them may claim a one-off living allowance.</source>
        <translation>You may be able to claim the unemployment subsidy instead; migrant workers whose employer paid for them may claim a one-off living allowance.</translation>
    </message>
    <message>
        <source>Please register as unemployed first.</source>
        <translation>Please register as unemployed first.</translation>
    </message>
    <message>
        <source>Unemployment insurance was paid for less than a year.</source>
        <translation>Unemployment insurance was paid for less than a year.</translation>
    </message>
    <message>
        <source>The benefit is for people who lost their job against their will.</source>
        <translation>The benefit is for people who lost their job against their will.</translation>
    </message>
    <message>
        <source>Only your employer paid your unemployment insurance, as for migrant workers.</source>
        <translation>Only your employer paid your unemployment insurance, as for migrant workers.</translation>
    </message>
    <message>
        <source>Migrant workers may claim a one-off living allowance after a full year of work, or a temporary living allowance when insured for less than a year.</source>
        <translation>Migrant workers may claim a one-off living allowance after a full year of work, or a temporary living allowance when insured for less than a year.</translation>
    </message>
</context>
<context>
    <name>VerificationPage</name>
    <message>
        <source>Checking a social insurance rights record</source>
        <translation>Checking a social insurance rights record</translation>
    </message>
    <message>
        <source>Contributions in the year</source>
        <translation>Contributions in the year</translation>
    </message>
    <message>
        <source>Months paid</source>
        <translation>Months paid</translation>
    </message>
    <message>
        <source>Months in arrears</source>
        <translation>Months in arrears</translation>
    </message>
    <message>
        <source>Months transferred in</source>
        <translation>Months transferred in</translation>
    </message>
    <message>
        <source>Personal accounts at the end of the year</source>
        <translation>Personal accounts at the end of the year</translation>
    </message>
    <message>
        <source>%1 yuan</source>
        <translation>%1 yuan</translation>
    </message>
    <message>
        <source>Benefits received in the year</source>
        <translation>Benefits received in the year</translation>
    </message>
    <message>
        <source>%1 months, %2 yuan</source>
        <translation>%1 months, %2 yuan</translation>
    </message>
    <message>
        <source>Genuine: this record was issued by %1.</source>
        <translation>Genuine: this record was issued by %1.</translation>
    </message>
    <message>
        <source>Compare the paper with what is below. The monthly figures are on the paper only; names and numbers are partly hidden to protect the holder.</source>
        <translation>Compare the paper with what is below. The monthly figures are on the paper only; names and numbers are partly hidden to protect the holder.</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Document number</translation>
    </message>
    <message>
        <source>Issued at</source>
        <translation>Issued at</translation>
    </message>
    <message>
        <source>Issued on (Beijing time)</source>
        <translation>Issued on (Beijing time)</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Holder</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Not confirmed: no record was issued under the code %1.</source>
        <translation>Not confirmed: no record was issued under the code %1.</translation>
    </message>
    <message>
        <source>Check the code against the paper and type it again. If it still is not found, do not accept the paper: ask the holder to print a new record, or ask the social insurance office.</source>
        <translation>Check the code against the paper and type it again. If it still is not found, do not accept the paper: ask the holder to print a new record, or ask the social insurance office.</translation>
    </message>
    <message>
        <source>%1 yuan for %2, paid on %3</source>
        <translation>%1 yuan for %2, paid on %3</translation>
    </message>
</context>
<context>
    <name>ssc</name>
    <message>
        <source>payment code shown to the scanner</source>
        <translation>payment code shown to the scanner</translation>
    </message>
    <message>
        <source>e-card cashier</source>
        <translation>e-card cashier</translation>
    </message>
    <message>
        <source>Paid for: %1</source>
        <translation>Paid for: %1</translation>
    </message>
    <message>
        <source>Paid at: %1 (%2)</source>
        <translation>Paid at: %1 (%2)</translation>
    </message>
    <message>
        <source>Transaction: %1</source>
        <translation>Transaction: %1</translation>
    </message>
    <message>
        <source>Verification code: %1 (the social insurance office confirms it is genuine)</source>
        <translation>Verification code: %1 (the social insurance office confirms it is genuine)</translation>
    </message>
    <message>
        <source>Receipt for a contribution paid</source>
        <translation>Receipt for a contribution paid</translation>
    </message>
    <message>
        <source>Amount: %1</source>
        <translation>Amount: %1</translation>
    </message>
</context>
<context>
    <name>ssc::AccessLogScreen</name>
    <message>
        <source>You</source>
        <translation>You</translation>
    </message>
    <message>
        <source>The terminal itself</source>
        <translation>The terminal itself</translation>
    </message>
    <message>
        <source>Reviewing officer %1</source>
        <translation>Reviewing officer %1</translation>
    </message>
    <message>
        <source>Visiting staff member %1</source>
        <translation>Visiting staff member %1</translation>
    </message>
    <message>
        <source>Counter clerk %1</source>
        <translation>Counter clerk %1</translation>
    </message>
    <message>
        <source>At a self-service kiosk</source>
        <translation>At a self-service kiosk</translation>
    </message>
    <message>
        <source>On a home visit</source>
        <translation>On a home visit</translation>
    </message>
    <message>
        <source>At a service counter</source>
        <translation>At a service counter</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>With your social security card and PIN</source>
        <translation>With your social security card and PIN</translation>
    </message>
    <message>
        <source>By scanning the login code with your phone</source>
        <translation>By scanning the login code with your phone</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>phone number</translation>
    </message>
    <message>
        <source>card number</source>
        <translation>card number</translation>
    </message>
    <message>
        <source>bank account</source>
        <translation>bank account</translation>
    </message>
    <message>
        <source>to compare them with a document you brought</source>
        <translation>to compare them with a document you brought</translation>
    </message>
    <message>
        <source>to correct a record</source>
        <translation>to correct a record</translation>
    </message>
    <message>
        <source>you asked to see them</source>
        <translation>you asked to see them</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Shown in full: %1</source>
        <translation>Shown in full: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Why: %1</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Looking up who used your personal data…</source>
        <translation>Looking up who used your personal data…</translation>
    </message>
    <message>
        <source>The list could not be shown</source>
        <translation>The list could not be shown</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Nothing is recorded yet</source>
        <translation>Nothing is recorded yet</translation>
    </message>
    <message>
        <source>Each time a clerk, a reviewer or you yourself use your personal data, it is listed here with when, where and for what.</source>
        <translation>Each time a clerk, a reviewer or you yourself use your personal data, it is listed here with when, where and for what.</translation>
    </message>
    <message>
        <source>Back to my card</source>
        <translation>Back to my card</translation>
    </message>
    <message>
        <source>Show earlier entries</source>
        <translation>Show earlier entries</translation>
    </message>
    <message>
        <source>With your e-card</source>
        <translation>With your e-card</translation>
    </message>
    <message>
        <source>social security number</source>
        <translation>social security number</translation>
    </message>
    <message>
        <source>Your family member %1</source>
        <translation>Your family member %1</translation>
    </message>
    <message>
        <source>By your face, instead of the PIN</source>
        <translation>By your face, instead of the PIN</translation>
    </message>
    <message>
        <source>Something here was not you?</source>
        <translation>Something here was not you?</translation>
    </message>
    <message>
        <source>Tell a service counter, with your ID card, or call 12333. If your card is still in use, report it lost at a kiosk or a counter first.</source>
        <translation>Tell a service counter, with your ID card, or call 12333. If your card is still in use, report it lost at a kiosk or a counter first.</translation>
    </message>
    <message>
        <source>Report my card lost</source>
        <translation>Report my card lost</translation>
    </message>
    <message>
        <source>Report your card lost now: nobody can use it or its e-card after that. Then tell a service counter, with your ID card, or call 12333.</source>
        <translation>Report your card lost now: nobody can use it or its e-card after that. Then tell a service counter, with your ID card, or call 12333.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s), newest first.</source>
        <translation>
            <numerusform>%n entry, newest first.</numerusform>
            <numerusform>%n entries, newest first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Staff used your personal data %n time(s); their names are partly hidden.</source>
        <translation>
            <numerusform>Staff used your personal data %n time; their names are partly hidden.</numerusform>
            <numerusform>Staff used your personal data %n times; their names are partly hidden.</numerusform>
        </translation>
    </message>
    <message>
        <source>No staff member has used your personal data; the entries are your own logins.</source>
        <translation>No staff member has used your personal data; the entries are your own logins.</translation>
    </message>
    <message numerus="yes">
        <source>%n time(s), %1 to %2</source>
        <translation>
            <numerusform>%n time, %1 to %2</numerusform>
            <numerusform>%n times, %1 to %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Your own logins one after another at one place are shown as one.</source>
        <translation>Your own logins one after another at one place are shown as one.</translation>
    </message>
    <message numerus="yes">
        <source>%n time(s), all at %1</source>
        <translation>
            <numerusform>%n time, at %1</numerusform>
            <numerusform>%n times, all at %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Who used my data</source>
        <translation>Who used my data</translation>
    </message>
</context>
<context>
    <name>ssc::AnswerSummary</name>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Change: %1</source>
        <translation>Change: %1</translation>
    </message>
    <message>
        <source>The applicant&apos;s commitment (read it to them)</source>
        <translation>The applicant&apos;s commitment (read it to them)</translation>
    </message>
    <message>
        <source>I confirm the commitment above</source>
        <translation>I confirm the commitment above</translation>
    </message>
    <message>
        <source>Please read the answers and the commitment to the citizen. The citizen confirms them by showing their e-card code to the scanner; then the form is filed.</source>
        <translation>Please read the answers and the commitment to the citizen. The citizen confirms them by showing their e-card code to the scanner; then the form is filed.</translation>
    </message>
    <message>
        <source>Please tick the commitment first</source>
        <translation>Please tick the commitment first</translation>
    </message>
    <message>
        <source>Read the commitment, tick the box under it, then tap Submit again.</source>
        <translation>Read the commitment, tick the box under it, then tap Submit again.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Hide the number</source>
        <translation>Hide the number</translation>
    </message>
    <message>
        <source>Show the whole number</source>
        <translation>Show the whole number</translation>
    </message>
    <message>
        <source>Hide the number: %1</source>
        <translation>Hide the number: %1</translation>
    </message>
    <message>
        <source>Show the whole number: %1</source>
        <translation>Show the whole number: %1</translation>
    </message>
</context>
<context>
    <name>ssc::ApplicationScreen</name>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Looking up your applications…</source>
        <translation>Looking up your applications…</translation>
    </message>
    <message>
        <source>The card&apos;s PIN was not confirmed. The citizen can try again with the card or show their e-card code instead.</source>
        <translation>The card&apos;s PIN was not confirmed. The citizen can try again with the card or show their e-card code instead.</translation>
    </message>
    <message>
        <source>Receipt number: %1</source>
        <translation>Receipt number: %1</translation>
    </message>
    <message>
        <source>Your application has been submitted</source>
        <translation>Your application has been submitted</translation>
    </message>
    <message>
        <source>This cannot be done here now</source>
        <translation>This cannot be done here now</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Everything you entered is still here. Tap &quot;Try again&quot;: however often you try, the application is filed only once.</source>
        <translation>Everything you entered is still here. Tap &quot;Try again&quot;: however often you try, the application is filed only once.</translation>
    </message>
    <message>
        <source>The application was not submitted</source>
        <translation>The application was not submitted</translation>
    </message>
    <message>
        <source>Not submitted yet: the social security system did not answer</source>
        <translation>Not submitted yet: the social security system did not answer</translation>
    </message>
</context>
<context>
    <name>ssc::ApplicationsScreen</name>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>My applications</source>
        <translation>My applications</translation>
    </message>
    <message>
        <source>Looking up your applications…</source>
        <translation>Looking up your applications…</translation>
    </message>
    <message numerus="yes">
        <source>%n application(s), newest first:</source>
        <translation>
            <numerusform>%n application, newest first:</numerusform>
            <numerusform>%n applications, newest first:</numerusform>
        </translation>
    </message>
    <message>
        <source> · %1</source>
        <translation> · %1</translation>
    </message>
    <message>
        <source>%1 has no applications yet</source>
        <translation>%1 has no applications yet</translation>
    </message>
    <message>
        <source>Applications you file for them appear here with how far they have come. To file one, go back to the services.</source>
        <translation>Applications you file for them appear here with how far they have come. To file one, go back to the services.</translation>
    </message>
    <message>
        <source>You have not filed any applications yet</source>
        <translation>You have not filed any applications yet</translation>
    </message>
    <message>
        <source>Back to the services</source>
        <translation>Back to the services</translation>
    </message>
    <message>
        <source>Choose a service</source>
        <translation>Choose a service</translation>
    </message>
    <message>
        <source>What you apply for appears here with how far it has come. To apply, choose a service such as unemployment registration on the home page.</source>
        <translation>What you apply for appears here with how far it has come. To apply, choose a service such as unemployment registration on the home page.</translation>
    </message>
    <message>
        <source>Replace my social security card</source>
        <translation>Replace my social security card</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Applications of %1</source>
        <translation>Applications of %1</translation>
    </message>
    <message>
        <source>Looking up this person&apos;s applications…</source>
        <translation>Looking up this person&apos;s applications…</translation>
    </message>
</context>
<context>
    <name>ssc::BenefitScreen</name>
    <message>
        <source>%1

What you can claim instead: %2</source>
        <translation>%1

What you can claim instead: %2</translation>
    </message>
    <message numerus="yes">
        <source>You can receive unemployment benefit for %n month(s), from %1 months of contributions.</source>
        <translation>
            <numerusform>You can receive unemployment benefit for %n month, from %1 months of contributions.</numerusform>
            <numerusform>You can receive unemployment benefit for %n months, from %1 months of contributions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This includes %n month(s) until you reach the retirement age.</source>
        <translation>
            <numerusform>This includes %n month until you reach the retirement age.</numerusform>
            <numerusform>This includes %n months until you reach the retirement age.</numerusform>
        </translation>
    </message>
    <message>
        <source>Submitting your claim…</source>
        <translation>Submitting your claim…</translation>
    </message>
    <message>
        <source>Claim again</source>
        <translation>Claim again</translation>
    </message>
    <message>
        <source>The claim is reviewed within 5 working days; the benefit is then paid every month to the account you chose.</source>
        <translation>The claim is reviewed within 5 working days; the benefit is then paid every month to the account you chose.</translation>
    </message>
    <message>
        <source>Claim the %1</source>
        <translation>Claim the %1</translation>
    </message>
    <message>
        <source>%1

You can claim the %2 instead: one tap below.</source>
        <translation>%1

You can claim the %2 instead: one tap below.</translation>
    </message>
    <message>
        <source>Not this one, but another benefit is due to you</source>
        <translation>Not this one, but another benefit is due to you</translation>
    </message>
    <message>
        <source>The claim is reviewed within 5 working days; the money is then paid to the account you chose.</source>
        <translation>The claim is reviewed within 5 working days; the money is then paid to the account you chose.</translation>
    </message>
    <message>
        <source>Your claim was approved</source>
        <translation>Your claim was approved</translation>
    </message>
    <message>
        <source>Your claim was returned</source>
        <translation>Your claim was returned</translation>
    </message>
    <message>
        <source>Your claim is being reviewed</source>
        <translation>Your claim is being reviewed</translation>
    </message>
    <message>
        <source>The reason: %1. You can claim again.</source>
        <translation>The reason: %1. You can claim again.</translation>
    </message>
    <message>
        <source>A decision usually comes within 5 working days; you will be told by text message.</source>
        <translation>A decision usually comes within 5 working days; you will be told by text message.</translation>
    </message>
    <message>
        <source>The benefit is paid every month to the account you chose.</source>
        <translation>The benefit is paid every month to the account you chose.</translation>
    </message>
    <message>
        <source>The money is paid to the account you chose.</source>
        <translation>The money is paid to the account you chose.</translation>
    </message>
    <message>
        <source>Register as unemployed</source>
        <translation>Register as unemployed</translation>
    </message>
    <message>
        <source>First, register as unemployed</source>
        <translation>First, register as unemployed</translation>
    </message>
    <message>
        <source>Benefits are claimed once you register as unemployed. It takes a few minutes here; then you can claim.</source>
        <translation>Benefits are claimed once you register as unemployed. It takes a few minutes here; then you can claim.</translation>
    </message>
    <message numerus="yes">
        <source>You can receive %1 a month for %n month(s), %2 in all.</source>
        <translation>
            <numerusform>You can receive %1 a month for %n month, %2 in all.</numerusform>
            <numerusform>You can receive %1 a month for %n months, %2 in all.</numerusform>
        </translation>
    </message>
    <message>
        <source>The payment could not be made</source>
        <translation>The payment could not be made</translation>
    </message>
    <message>
        <source>It will be paid again</source>
        <translation>It will be paid again</translation>
    </message>
    <message>
        <source>Give another bank card in your own name: the payment the bank sent back is paid to it.</source>
        <translation>Give another bank card in your own name: the payment the bank sent back is paid to it.</translation>
    </message>
    <message>
        <source>Sending the card number…</source>
        <translation>Sending the card number…</translation>
    </message>
    <message>
        <source>%1 is paid to %2 in the next payment run, usually within 2 working days. You can follow it here.</source>
        <translation>%1 is paid to %2 in the next payment run, usually within 2 working days. You can follow it here.</translation>
    </message>
    <message>
        <source>Pay it to another card</source>
        <translation>Pay it to another card</translation>
    </message>
</context>
<context>
    <name>ssc::BundleFolderChooser</name>
    <message>
        <source>This computer: %1</source>
        <translation>This computer: %1</translation>
    </message>
    <message>
        <source>USB drive %1: %2</source>
        <translation>USB drive %1: %2</translation>
    </message>
    <message>
        <source>Where should the support bundle go?</source>
        <translation>Where should the support bundle go?</translation>
    </message>
    <message>
        <source>A USB drive appears here once it is plugged in and opened by the system. The bundle holds logs, versions and devices, no personal data.</source>
        <translation>A USB drive appears here once it is plugged in and opened by the system. The bundle holds logs, versions and devices, no personal data.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ssc::CameraFrames</name>
    <message>
        <source>no camera is connected</source>
        <translation>no camera is connected</translation>
    </message>
    <message>
        <source>camera</source>
        <translation>camera</translation>
    </message>
    <message>
        <source>the camera was unplugged</source>
        <translation>the camera was unplugged</translation>
    </message>
    <message>
        <source>the camera reported an error</source>
        <translation>the camera reported an error</translation>
    </message>
</context>
<context>
    <name>ssc::CameraScanner</name>
    <message>
        <source>camera</source>
        <translation>camera</translation>
    </message>
</context>
<context>
    <name>ssc::CardIssueScreen</name>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Issue a replacement card</source>
        <translation>Issue a replacement card</translation>
    </message>
    <message>
        <source>Start issuing</source>
        <translation>Start issuing</translation>
    </message>
    <message>
        <source>The citizen chooses the new card&apos;s PIN twice on the customer display.</source>
        <translation>The citizen chooses the new card&apos;s PIN twice on the customer display.</translation>
    </message>
    <message>
        <source>Put the new card from the encoder into the reader.</source>
        <translation>Put the new card from the encoder into the reader.</translation>
    </message>
    <message>
        <source>This counter has no card encoder</source>
        <translation>This counter has no card encoder</translation>
    </message>
    <message>
        <source>Cards are issued at once only at a counter with an instant-issue printer. The application stands: the card office makes the card and the citizen collects it.</source>
        <translation>Cards are issued at once only at a counter with an instant-issue printer. The application stands: the card office makes the card and the citizen collects it.</translation>
    </message>
    <message>
        <source>This counter has no card reader</source>
        <translation>This counter has no card reader</translation>
    </message>
    <message>
        <source>The new card proves itself in a reader before it is handed over.</source>
        <translation>The new card proves itself in a reader before it is handed over.</translation>
    </message>
    <message>
        <source>Looking up the citizen&apos;s application…</source>
        <translation>Looking up the citizen&apos;s application…</translation>
    </message>
    <message>
        <source>The application could not be looked up</source>
        <translation>The application could not be looked up</translation>
    </message>
    <message>
        <source>No replacement under way for this citizen</source>
        <translation>No replacement under way for this citizen</translation>
    </message>
    <message>
        <source>Apply for it first in &quot;My social security card&quot;: the reason and the fee are settled there.</source>
        <translation>Apply for it first in &quot;My social security card&quot;: the reason and the fee are settled there.</translation>
    </message>
    <message>
        <source>Replacement %1: %2</source>
        <translation>Replacement %1: %2</translation>
    </message>
    <message>
        <source>Fee: %1. Status: %2. Collect the fee before you start; the old card stops working once the new one is active.</source>
        <translation>Fee: %1. Status: %2. Collect the fee before you start; the old card stops working once the new one is active.</translation>
    </message>
    <message>
        <source>The citizen is choosing another PIN</source>
        <translation>The citizen is choosing another PIN</translation>
    </message>
    <message>
        <source>The customer display told them why the last one was not taken.</source>
        <translation>The customer display told them why the last one was not taken.</translation>
    </message>
    <message>
        <source>The citizen is typing on the customer display</source>
        <translation>The citizen is typing on the customer display</translation>
    </message>
    <message>
        <source>Do not look at or type on their keys. Their digits never show here.</source>
        <translation>Do not look at or type on their keys. Their digits never show here.</translation>
    </message>
    <message>
        <source>Making the card</source>
        <translation>Making the card</translation>
    </message>
    <message>
        <source>This is not the new card</source>
        <translation>This is not the new card</translation>
    </message>
    <message>
        <source>Take it out and insert the card the encoder just made (%1).</source>
        <translation>Take it out and insert the card the encoder just made (%1).</translation>
    </message>
    <message>
        <source>Insert the new card in the reader</source>
        <translation>Insert the new card in the reader</translation>
    </message>
    <message>
        <source>The card %1 is written. Take any other card out of the reader first.</source>
        <translation>The card %1 is written. Take any other card out of the reader first.</translation>
    </message>
    <message>
        <source>Activating the new card</source>
        <translation>Activating the new card</translation>
    </message>
    <message>
        <source>Leave the card in the reader. This takes a few seconds.</source>
        <translation>Leave the card in the reader. This takes a few seconds.</translation>
    </message>
    <message>
        <source>The new card is active</source>
        <translation>The new card is active</translation>
    </message>
    <message>
        <source>Card %1 now works with the PIN the citizen chose. The old card is cancelled: take it back if the citizen has it, and hand over the new one.</source>
        <translation>Card %1 now works with the PIN the citizen chose. The old card is cancelled: take it back if the citizen has it, and hand over the new one.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>The new card is not active yet</source>
        <translation>The new card is not active yet</translation>
    </message>
    <message>
        <source>The old card stays as it was until the new one is active.</source>
        <translation>The old card stays as it was until the new one is active.</translation>
    </message>
    <message>
        <source>The encoder has no blank card. Load blanks and try again.</source>
        <translation>The encoder has no blank card. Load blanks and try again.</translation>
    </message>
    <message>
        <source>The new card left the reader before it was activated. Insert it again and try again.</source>
        <translation>The new card left the reader before it was activated. Insert it again and try again.</translation>
    </message>
    <message>
        <source>The new card did not take the PIN or did not answer. Try again; if it fails again, write another blank.</source>
        <translation>The new card did not take the PIN or did not answer. Try again; if it fails again, write another blank.</translation>
    </message>
    <message>
        <source>Choose a PIN for your new card</source>
        <translation>Choose a PIN for your new card</translation>
    </message>
    <message>
        <source>Enter the new PIN again</source>
        <translation>Enter the new PIN again</translation>
    </message>
    <message>
        <source>The two PINs were different. Choose the PIN again.</source>
        <translation>The two PINs were different. Choose the PIN again.</translation>
    </message>
    <message>
        <source>Making your new card</source>
        <translation>Making your new card</translation>
    </message>
    <message>
        <source>Please wait a moment: the card is being written.</source>
        <translation>Please wait a moment: the card is being written.</translation>
    </message>
    <message>
        <source>Activating your new card</source>
        <translation>Activating your new card</translation>
    </message>
    <message>
        <source>Please wait a moment.</source>
        <translation>Please wait a moment.</translation>
    </message>
    <message>
        <source>Your new card is ready</source>
        <translation>Your new card is ready</translation>
    </message>
    <message>
        <source>Use the PIN you just chose. Your old card no longer works.</source>
        <translation>Use the PIN you just chose. Your old card no longer works.</translation>
    </message>
    <message>
        <source>Your new card is not ready yet</source>
        <translation>Your new card is not ready yet</translation>
    </message>
    <message>
        <source>The member of staff will tell you what happens next.</source>
        <translation>The member of staff will tell you what happens next.</translation>
    </message>
    <message>
        <source>The social security system makes the card and the encoder writes it.</source>
        <translation>The social security system makes the card and the encoder writes it.</translation>
    </message>
    <message>
        <source>The new card proves itself with the citizen&apos;s PIN; the social security system activates it and cancels the old card.</source>
        <translation>The new card proves itself with the citizen&apos;s PIN; the social security system activates it and cancels the old card.</translation>
    </message>
    <message>
        <source>The social security system makes the card and the encoder writes it. Leave the printer alone until the card comes out.</source>
        <translation>The social security system makes the card and the encoder writes it. Leave the printer alone until the card comes out.</translation>
    </message>
    <message>
        <source>The encoder could not write the card. Try again with another blank; the social security system makes no second card.</source>
        <translation>The encoder could not write the card. Try again with another blank; the social security system makes no second card.</translation>
    </message>
    <message>
        <source>The social security system did not answer. Try again.</source>
        <translation>The social security system did not answer. Try again.</translation>
    </message>
</context>
<context>
    <name>ssc::CardReaderManager</name>
    <message numerus="yes">
        <source>Card reader %1, %n slot(s): %2; %3.</source>
        <translation>
            <numerusform>Card reader %1, %n slot: %2; %3.</numerusform>
            <numerusform>Card reader %1, %n slots: %2; %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>the card in slot %1</source>
        <translation>the card in slot %1</translation>
    </message>
    <message>
        <source>no card</source>
        <translation>no card</translation>
    </message>
    <message>
        <source>the terminal&apos;s PSAM in slot %1</source>
        <translation>the terminal&apos;s PSAM in slot %1</translation>
    </message>
    <message>
        <source>no PSAM (third-generation cards are read without their protected files)</source>
        <translation>no PSAM (third-generation cards are read without their protected files)</translation>
    </message>
</context>
<context>
    <name>ssc::CcidReader</name>
    <message>
        <source>Card reader %1 is in use by another program. Close the program that uses the reader, or unplug the reader and plug it in again.</source>
        <translation>Card reader %1 is in use by another program. Close the program that uses the reader, or unplug the reader and plug it in again.</translation>
    </message>
    <message>
        <source>Card reader %1 is in use by pcscd (the PC/SC smart card service, process %2). Stop it with &quot;sudo systemctl disable --now pcscd.socket pcscd.service&quot;, then unplug the reader and plug it in again.</source>
        <translation>Card reader %1 is in use by pcscd (the PC/SC smart card service, process %2). Stop it with &quot;sudo systemctl disable --now pcscd.socket pcscd.service&quot;, then unplug the reader and plug it in again.</translation>
    </message>
    <message>
        <source>Card reader %1 may not be opened by the terminal&apos;s user. Add the line %2 to /etc/udev/rules.d/70-ssc-terminal.rules, run &quot;sudo udevadm control --reload &amp;&amp; sudo udevadm trigger&quot; and plug the reader in again.</source>
        <translation>Card reader %1 may not be opened by the terminal&apos;s user. Add the line %2 to /etc/udev/rules.d/70-ssc-terminal.rules, run &quot;sudo udevadm control --reload &amp;&amp; sudo udevadm trigger&quot; and plug the reader in again.</translation>
    </message>
</context>
<context>
    <name>ssc::CertificationScreen</name>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Looking up your certification…</source>
        <translation>Looking up your certification…</translation>
    </message>
    <message>
        <source>Resident pension</source>
        <translation>Resident pension</translation>
    </message>
    <message>
        <source>Pension of an institution retiree</source>
        <translation>Pension of an institution retiree</translation>
    </message>
    <message>
        <source>Pension of an enterprise retiree</source>
        <translation>Pension of an enterprise retiree</translation>
    </message>
    <message numerus="yes">
        <source>Certified once every %n month(s)</source>
        <translation>
            <numerusform>Certified once every month</numerusform>
            <numerusform>Certified once every %n months</numerusform>
        </translation>
    </message>
    <message>
        <source>Last certified on %1</source>
        <translation>Last certified on %1</translation>
    </message>
    <message>
        <source>Certify now: read four digits</source>
        <translation>Certify now: read four digits</translation>
    </message>
    <message>
        <source>This terminal has no camera for certification by face; the staff at a service counter can help you.</source>
        <translation>This terminal has no camera for certification by face; the staff at a service counter can help you.</translation>
    </message>
    <message>
        <source>Certify now: do the actions shown</source>
        <translation>Certify now: do the actions shown</translation>
    </message>
    <message>
        <source>This device has no camera for certification by face. Connect one and open this page again (Diagnostics shows whether it is found), or certify the person at a service counter.</source>
        <translation>This device has no camera for certification by face. Connect one and open this page again (Diagnostics shows whether it is found), or certify the person at a service counter.</translation>
    </message>
    <message>
        <source>This counter has no camera for certification by face. Connect one and open this page again (Diagnostics shows whether it is found), or certify the person at a kiosk.</source>
        <translation>This counter has no camera for certification by face. Connect one and open this page again (Diagnostics shows whether it is found), or certify the person at a kiosk.</translation>
    </message>
    <message>
        <source>Back to finding a person</source>
        <translation>Back to finding a person</translation>
    </message>
    <message>
        <source>Find a service counter</source>
        <translation>Find a service counter</translation>
    </message>
    <message>
        <source>Certification by face needs a camera</source>
        <translation>Certification by face needs a camera</translation>
    </message>
    <message>
        <source>Pension certification</source>
        <translation>Pension certification</translation>
    </message>
    <message>
        <source>Pension certification of %1</source>
        <translation>Pension certification of %1</translation>
    </message>
    <message>
        <source>Family service: certify for a family member</source>
        <translation>Family service: certify for a family member</translation>
    </message>
    <message>
        <source>Estimate the pension</source>
        <translation>Estimate the pension</translation>
    </message>
    <message>
        <source>Nothing to certify</source>
        <translation>Nothing to certify</translation>
    </message>
</context>
<context>
    <name>ssc::CitizenPanel</name>
    <message>
        <source>Applicant being served</source>
        <translation>Applicant being served</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>End session</translation>
    </message>
    <message>
        <source>%1
Social security number %2
Card %3
Issued in %4 · %5</source>
        <translation>%1
Social security number %2
Card %3
Issued in %4 · %5</translation>
    </message>
</context>
<context>
    <name>ssc::CustomerPinPad</name>
    <message>
        <source>Six digits, not your birth date, not all the same, not 123456. Only you see this screen; cover the keys with your hand.</source>
        <translation>Six digits, not your birth date, not all the same, not 123456. Only you see this screen; cover the keys with your hand.</translation>
    </message>
    <message>
        <source>The same six digits once more, so a slip of the finger does not lock you out.</source>
        <translation>The same six digits once more, so a slip of the finger does not lock you out.</translation>
    </message>
</context>
<context>
    <name>ssc::DatePicker</name>
    <message>
        <source>yyyy</source>
        <comment>a year on a tile</comment>
        <translation>yyyy</translation>
    </message>
    <message>
        <source>MMMM</source>
        <comment>a month on a tile</comment>
        <translation>MMMM</translation>
    </message>
    <message>
        <source>yyyy</source>
        <comment>the year part of a chosen date</comment>
        <translation>yyyy</translation>
    </message>
    <message>
        <source>MMMM</source>
        <comment>the month part of a chosen date</comment>
        <translation>MMMM</translation>
    </message>
    <message>
        <source>d</source>
        <comment>the day part of a chosen date</comment>
        <translation>d</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>a chosen date, read aloud</comment>
        <translation>d MMMM yyyy</translation>
    </message>
    <message>
        <source>Year: %1. Tap to choose another year.</source>
        <translation>Year: %1. Tap to choose another year.</translation>
    </message>
    <message>
        <source>Month: %1. Tap to choose another month.</source>
        <translation>Month: %1. Tap to choose another month.</translation>
    </message>
    <message>
        <source>Day: %1. Tap to choose another day.</source>
        <translation>Day: %1. Tap to choose another day.</translation>
    </message>
    <message>
        <source>%1 is not a date that can be chosen here. Please type the year, month and day, for example %2.</source>
        <translation>%1 is not a date that can be chosen here. Please type the year, month and day, for example %2.</translation>
    </message>
</context>
<context>
    <name>ssc::DiagnosticsScreen</name>
    <message>
        <source>USB is not available on this terminal.</source>
        <translation>USB is not available on this terminal.</translation>
    </message>
    <message>
        <source>Platform: no address configured.</source>
        <translation>Platform: no address configured.</translation>
    </message>
    <message>
        <source>Platform reachable in %1 ms; database %2, schema %3.</source>
        <translation>Platform reachable in %1 ms; database %2, schema %3.</translation>
    </message>
    <message>
        <source>Platform not reachable: %1</source>
        <translation>Platform not reachable: %1</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnostics</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>USB id</source>
        <translation>USB id</translation>
    </message>
    <message>
        <source>Bus-address</source>
        <translation>Bus-address</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>What it is</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>ssc-terminal %1 · Qt %2</source>
        <translation>ssc-terminal %1 · Qt %2</translation>
    </message>
    <message>
        <source>Card reader: none connected.</source>
        <translation>Card reader: none connected.</translation>
    </message>
    <message>
        <source>Card reader %1: a card is inserted.</source>
        <translation>Card reader %1: a card is inserted.</translation>
    </message>
    <message>
        <source>Card reader %1: ready, no card.</source>
        <translation>Card reader %1: ready, no card.</translation>
    </message>
    <message>
        <source>Camera %1: %2 frames read, %3 dropped while busy.</source>
        <translation>Camera %1: %2 frames read, %3 dropped while busy.</translation>
    </message>
    <message>
        <source>Camera: not in use.</source>
        <translation>Camera: not in use.</translation>
    </message>
    <message>
        <source>Printer: checking…</source>
        <translation>Printer: checking…</translation>
    </message>
    <message>
        <source>Printer: none configured.</source>
        <translation>Printer: none configured.</translation>
    </message>
    <message>
        <source>Printer %1: ready.</source>
        <translation>Printer %1: ready.</translation>
    </message>
    <message>
        <source>Printer %1: %2</source>
        <translation>Printer %1: %2</translation>
    </message>
    <message>
        <source>Support bundle saved (logs, versions, devices; no personal data): %1</source>
        <translation>Support bundle saved (logs, versions, devices; no personal data): %1</translation>
    </message>
    <message>
        <source>The support bundle could not be saved: %1</source>
        <translation>The support bundle could not be saved: %1</translation>
    </message>
    <message>
        <source>Save support bundle</source>
        <translation>Save support bundle</translation>
    </message>
    <message>
        <source>Camera not working: %1</source>
        <translation>Camera not working: %1</translation>
    </message>
    <message>
        <source>Camera: connected, opened when a service needs it.</source>
        <translation>Camera: connected, opened when a service needs it.</translation>
    </message>
    <message>
        <source>Camera: none connected.</source>
        <translation>Camera: none connected.</translation>
    </message>
    <message>
        <source>Camera %1: open for pictures; codes are read by the pedestal.</source>
        <translation>Camera %1: open for pictures; codes are read by the pedestal.</translation>
    </message>
    <message>
        <source>No USB devices found. Plug in the code scanner or card reader, then tap Refresh.</source>
        <translation>No USB devices found. Plug in the code scanner or card reader, then tap Refresh.</translation>
    </message>
    <message>
        <source>Scanner %1 may not be opened by the terminal&apos;s user. Add the line %2 to /etc/udev/rules.d/70-ssc-terminal.rules, run &quot;sudo udevadm control --reload &amp;&amp; sudo udevadm trigger&quot; and plug the scanner in again.</source>
        <translation>Scanner %1 may not be opened by the terminal&apos;s user. Add the line %2 to /etc/udev/rules.d/70-ssc-terminal.rules, run &quot;sudo udevadm control --reload &amp;&amp; sudo udevadm trigger&quot; and plug the scanner in again.</translation>
    </message>
    <message>
        <source>Platform: checking…</source>
        <translation>Platform: checking…</translation>
    </message>
</context>
<context>
    <name>ssc::DiplomasScreen</name>
    <message>
        <source>Technician college diploma</source>
        <translation>Technician college diploma</translation>
    </message>
    <message>
        <source>Senior technical school diploma</source>
        <translation>Senior technical school diploma</translation>
    </message>
    <message>
        <source>Technical school diploma</source>
        <translation>Technical school diploma</translation>
    </message>
    <message>
        <source>Major: %1 · level: %2</source>
        <translation>Major: %1 · level: %2</translation>
    </message>
    <message>
        <source>Certificate number %1 · graduated %2</source>
        <translation>Certificate number %1 · graduated %2</translation>
    </message>
    <message>
        <source>Technical school diplomas</source>
        <translation>Technical school diplomas</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Looking up your diplomas…</source>
        <translation>Looking up your diplomas…</translation>
    </message>
    <message>
        <source>No technical school diploma of yours is on record. Diplomas of graduates from 30 June 2015 on can be looked up; for earlier ones please ask your school or the provincial human resources and social security department.</source>
        <translation>No technical school diploma of yours is on record. Diplomas of graduates from 30 June 2015 on can be looked up; for earlier ones please ask your school or the provincial human resources and social security department.</translation>
    </message>
    <message>
        <source>Diplomas on record: %1 (graduates from 30 June 2015 on).</source>
        <translation>Diplomas on record: %1 (graduates from 30 June 2015 on).</translation>
    </message>
</context>
<context>
    <name>ssc::DisputeScreen</name>
    <message>
        <source>Labour dispute mediation</source>
        <translation>Labour dispute mediation</translation>
    </message>
    <message>
        <source>Pay owed while you still work there can be taken to arbitration at any time during the employment, and within one year after it ends.</source>
        <translation>Pay owed while you still work there can be taken to arbitration at any time during the employment, and within one year after it ends.</translation>
    </message>
    <message numerus="yes">
        <source>If mediation does not succeed, you can apply for arbitration until %1 (%n day(s) left).</source>
        <translation>
            <numerusform>If mediation does not succeed, you can apply for arbitration until %1 (%n day left).</numerusform>
            <numerusform>If mediation does not succeed, you can apply for arbitration until %1 (%n days left).</numerusform>
        </translation>
    </message>
    <message>
        <source>The one-year time limit for arbitration ended on %1. Mediation can still be tried, but if it fails, the arbitration committee may refuse the case as out of time.</source>
        <translation>The one-year time limit for arbitration ended on %1. Mediation can still be tried, but if it fails, the arbitration committee may refuse the case as out of time.</translation>
    </message>
    <message>
        <source>Four steps: the applicant, the employer, the dispute, the evidence. Mediation is free of charge.</source>
        <translation>Four steps: the applicant, the employer, the dispute, the evidence. Mediation is free of charge.</translation>
    </message>
    <message>
        <source>Submitting your application…</source>
        <translation>Submitting your application…</translation>
    </message>
    <message>
        <source>New application</source>
        <translation>New application</translation>
    </message>
    <message>
        <source>Your mediation applications and how far each has come:</source>
        <translation>Your mediation applications and how far each has come:</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>A mediation organisation decides within 5 working days whether to accept it and will contact you by phone. You can follow the progress here without entering anything again.</source>
        <translation>A mediation organisation decides within 5 working days whether to accept it and will contact you by phone. You can follow the progress here without entering anything again.</translation>
    </message>
</context>
<context>
    <name>ssc::DocumentActions</name>
    <message>
        <source>Saved as %1</source>
        <translation>Saved as %1</translation>
    </message>
    <message>
        <source>The file could not be saved there: %1</source>
        <translation>The file could not be saved there: %1</translation>
    </message>
    <message>
        <source>Save the document</source>
        <translation>Save the document</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Save as PDF file</source>
        <translation>Save as PDF file</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <source>Printing, please wait by the printer.</source>
        <translation>Printing, please wait by the printer.</translation>
    </message>
    <message>
        <source>Try printing again</source>
        <translation>Try printing again</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>No printer at this counter: save it as a PDF file instead.</source>
        <translation>No printer at this counter: save it as a PDF file instead.</translation>
    </message>
    <message>
        <source>Find a service counter</source>
        <translation>Find a service counter</translation>
    </message>
</context>
<context>
    <name>ssc::ELicencePage</name>
    <message>
        <source>Holder</source>
        <translation>Holder</translation>
    </message>
    <message>
        <source>Social security number</source>
        <translation>Social security number</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>Card number</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation>Verification code</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>My social security card e-licence</source>
        <translation>My social security card e-licence</translation>
    </message>
    <message>
        <source>Open it again</source>
        <translation>Open it again</translation>
    </message>
    <message>
        <source>The e-licence cannot be shown</source>
        <translation>The e-licence cannot be shown</translation>
    </message>
    <message>
        <source>Social security card e-licence</source>
        <translation>Social security card e-licence</translation>
    </message>
    <message>
        <source>Names and numbers are shown masked, as on every screen.</source>
        <translation>Names and numbers are shown masked, as on every screen.</translation>
    </message>
    <message>
        <source>This code is no longer fresh: a counter would refuse it. Open it again.</source>
        <translation>This code is no longer fresh: a counter would refuse it. Open it again.</translation>
    </message>
    <message>
        <source>Take a photo of this code with your phone. A service counter accepts it until %1; after that, open it again here or in your e-card app.</source>
        <translation>Take a photo of this code with your phone. A service counter accepts it until %1; after that, open it again here or in your e-card app.</translation>
    </message>
</context>
<context>
    <name>ssc::EmploymentScreen</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>now</source>
        <translation>now</translation>
    </message>
    <message>
        <source>The certificate number has 16 digits; %1 entered.</source>
        <translation>The certificate number has 16 digits; %1 entered.</translation>
    </message>
    <message>
        <source>Unemployed (registered)</source>
        <translation>Unemployed (registered)</translation>
    </message>
    <message>
        <source>Employed</source>
        <translation>Employed</translation>
    </message>
    <message>
        <source>Employment and entrepreneurship certificate</source>
        <translation>Employment and entrepreneurship certificate</translation>
    </message>
    <message>
        <source>Number: %1</source>
        <translation>Number: %1</translation>
    </message>
    <message>
        <source>Issued by %1 on %2</source>
        <translation>Issued by %1 on %2</translation>
    </message>
    <message>
        <source>Current status: %1</source>
        <translation>Current status: %1</translation>
    </message>
    <message>
        <source>Unemployed</source>
        <translation>Unemployed</translation>
    </message>
    <message>
        <source>Employment and unemployment</source>
        <translation>Employment and unemployment</translation>
    </message>
    <message>
        <source>Employment support policies enjoyed</source>
        <translation>Employment support policies enjoyed</translation>
    </message>
    <message>
        <source>None so far.</source>
        <translation>None so far.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Look up</source>
        <translation>Look up</translation>
    </message>
    <message>
        <source>Look up by this person&apos;s card</source>
        <translation>Look up by this person&apos;s card</translation>
    </message>
    <message>
        <source>Looking up the certificate…</source>
        <translation>Looking up the certificate…</translation>
    </message>
    <message>
        <source>Your certificate, with your employment history and the policies you enjoy.</source>
        <translation>Your certificate, with your employment history and the policies you enjoy.</translation>
    </message>
    <message>
        <source>Enter the 16-digit number printed on your certificate.</source>
        <translation>Enter the 16-digit number printed on your certificate.</translation>
    </message>
    <message>
        <source>The citizen&apos;s certificate, with their employment history and the policies they enjoy.</source>
        <translation>The citizen&apos;s certificate, with their employment history and the policies they enjoy.</translation>
    </message>
    <message>
        <source>Enter the 16-digit number printed on the citizen&apos;s certificate, or look it up by their card.</source>
        <translation>Enter the 16-digit number printed on the citizen&apos;s certificate, or look it up by their card.</translation>
    </message>
</context>
<context>
    <name>ssc::EmploymentServicesScreen</name>
    <message>
        <source>Employment services</source>
        <translation>Employment services</translation>
    </message>
    <message>
        <source>Check the service you ask for.</source>
        <translation>Check the service you ask for.</translation>
    </message>
    <message>
        <source>Sending your request…</source>
        <translation>Sending your request…</translation>
    </message>
    <message>
        <source>The employment service will phone you within 5 working days, free of charge. Keep the receipt number for when they call.</source>
        <translation>The employment service will phone you within 5 working days, free of charge. Keep the receipt number for when they call.</translation>
    </message>
    <message>
        <source>Ask for another service</source>
        <translation>Ask for another service</translation>
    </message>
    <message>
        <source>Registered as unemployed, you can ask the public employment service for these services, free of charge. Tap one: the office will contact you.</source>
        <translation>Registered as unemployed, you can ask the public employment service for these services, free of charge. Tap one: the office will contact you.</translation>
    </message>
    <message>
        <source>Tap a service to ask for it: the office will contact you. What you have asked for is listed after what each service offers.</source>
        <translation>Tap a service to ask for it: the office will contact you. What you have asked for is listed after what each service offers.</translation>
    </message>
    <message>
        <source>Check with %1 the service they ask for.</source>
        <translation>Check with %1 the service they ask for.</translation>
    </message>
    <message>
        <source>The employment service will phone %1 within 5 working days, free of charge. Give them the receipt number for when they call.</source>
        <translation>The employment service will phone %1 within 5 working days, free of charge. Give them the receipt number for when they call.</translation>
    </message>
    <message>
        <source>Registered as unemployed, %1 can ask the public employment service for these services, free of charge. Tap the one they want and let them confirm it: the office will contact them.</source>
        <translation>Registered as unemployed, %1 can ask the public employment service for these services, free of charge. Tap the one they want and let them confirm it: the office will contact them.</translation>
    </message>
    <message>
        <source>Tap the service %1 wants and let them confirm it: the office will contact them. What they have asked for is listed after what each service offers.</source>
        <translation>Tap the service %1 wants and let them confirm it: the office will contact them. What they have asked for is listed after what each service offers.</translation>
    </message>
</context>
<context>
    <name>ssc::EstimateScreen</name>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Pension estimate</source>
        <translation>Pension estimate</translation>
    </message>
    <message>
        <source>Change the figures</source>
        <translation>Change the figures</translation>
    </message>
    <message>
        <source>Looking up what you have paid…</source>
        <translation>Looking up what you have paid…</translation>
    </message>
    <message>
        <source>The estimate needs you logged in with your e-card, with your date of birth on record.</source>
        <translation>The estimate needs you logged in with your e-card, with your date of birth on record.</translation>
    </message>
    <message>
        <source>You already draw a pension, so there is nothing to estimate: the amount paid to you is on your rights record.</source>
        <translation>You already draw a pension, so there is nothing to estimate: the amount paid to you is on your rights record.</translation>
    </message>
    <message>
        <source>The estimate is for enterprise employees and people in flexible employment. For the resident pension, please ask your social insurance office.</source>
        <translation>The estimate is for enterprise employees and people in flexible employment. For the resident pension, please ask your social insurance office.</translation>
    </message>
    <message>
        <source>You have reached that retirement age: the social insurance office calculates your pension when you apply for it.</source>
        <translation>You have reached that retirement age: the social insurance office calculates your pension when you apply for it.</translation>
    </message>
    <message>
        <source>The local average wage is needed for the estimate.</source>
        <translation>The local average wage is needed for the estimate.</translation>
    </message>
    <message>
        <source>No estimate can be made for this retirement age.</source>
        <translation>No estimate can be made for this retirement age.</translation>
    </message>
    <message>
        <source>An estimate from the figures you gave, not a promise: the social insurance office calculates your pension when you retire.</source>
        <translation>An estimate from the figures you gave, not a promise: the social insurance office calculates your pension when you retire.</translation>
    </message>
    <message>
        <source>About %1 a month</source>
        <translation>About %1 a month</translation>
    </message>
    <message>
        <source>From %1, when you retire at %2 years %3 months.</source>
        <translation>From %1, when you retire at %2 years %3 months.</translation>
    </message>
    <message>
        <source>Basic pension: %1</source>
        <translation>Basic pension: %1</translation>
    </message>
    <message>
        <source>Personal account pension: %1</source>
        <translation>Personal account pension: %1</translation>
    </message>
    <message>
        <source>Transitional pension: %1</source>
        <translation>Transitional pension: %1</translation>
    </message>
    <message>
        <source>For years worked before the pension reform, by %1.</source>
        <translation>For years worked before the pension reform, by %1.</translation>
    </message>
    <message>
        <source>For years worked before the pension reform, by %1 as a guide: your province&apos;s own may differ.</source>
        <translation>For years worked before the pension reform, by %1 as a guide: your province&apos;s own may differ.</translation>
    </message>
    <message>
        <source>At retirement you will have %1 years of contributions; %2 years are needed for a monthly pension when retiring in %3.</source>
        <translation>At retirement you will have %1 years of contributions; %2 years are needed for a monthly pension when retiring in %3.</translation>
    </message>
    <message>
        <source>With fewer years you can keep paying after the retirement age until you have enough, or move to the resident pension scheme. The estimate above assumes you have enough.</source>
        <translation>With fewer years you can keep paying after the retirement age until you have enough, or move to the resident pension scheme. The estimate above assumes you have enough.</translation>
    </message>
    <message>
        <source>You pay about %1 a month now: 20% of your contribution base, 8% of it into your account.</source>
        <translation>You pay about %1 a month now: 20% of your contribution base, 8% of it into your account.</translation>
    </message>
    <message>
        <source>You pay about %1 a month now: 8% of your contribution base, all of it into your account; your employer pays 16%.</source>
        <translation>You pay about %1 a month now: 8% of your contribution base, all of it into your account; your employer pays 16%.</translation>
    </message>
    <message>
        <source>From %1, when you retire at %2.</source>
        <translation>From %1, when you retire at %2.</translation>
    </message>
    <message>
        <source>At today&apos;s wage level that is about %1 a month.</source>
        <translation>At today&apos;s wage level that is about %1 a month.</translation>
    </message>
    <message>
        <source>The more years you pay, and the higher your pay compared with the average wage where you live, the more it is: %1 years, at %2 times the average wage.</source>
        <translation>The more years you pay, and the higher your pay compared with the average wage where you live, the more it is: %1 years, at %2 times the average wage.</translation>
    </message>
    <message>
        <source>How it is worked out: (average wage + average wage × %1) ÷ 2 × %2 years × 1%, with the average wage of %3 a month (last year&apos;s, grown to your retirement).</source>
        <translation>How it is worked out: (average wage + average wage × %1) ÷ 2 × %2 years × 1%, with the average wage of %3 a month (last year&apos;s, grown to your retirement).</translation>
    </message>
    <message>
        <source>What you paid into your personal account, %1 by the time you retire, paid out month by month.</source>
        <translation>What you paid into your personal account, %1 by the time you retire, paid out month by month.</translation>
    </message>
    <message>
        <source>How it is worked out: %1 ÷ %2, the months the law sets for your retirement age.</source>
        <translation>How it is worked out: %1 ÷ %2, the months the law sets for your retirement age.</translation>
    </message>
    <message>
        <source>We have filled this in from your social insurance record. Check it, correct anything you know better, then see what you may receive.</source>
        <translation>We have filled this in from your social insurance record. Check it, correct anything you know better, then see what you may receive.</translation>
    </message>
    <message>
        <source>The applicant already draws a pension, so there is nothing to estimate: the amount paid is on their rights record.</source>
        <translation>The applicant already draws a pension, so there is nothing to estimate: the amount paid is on their rights record.</translation>
    </message>
    <message>
        <source>Filled in from the applicant&apos;s social insurance record. Check it with the applicant, correct anything they know better, then see the estimate.</source>
        <translation>Filled in from the applicant&apos;s social insurance record. Check it with the applicant, correct anything they know better, then see the estimate.</translation>
    </message>
    <message>
        <source>The applicant has reached that retirement age: the social insurance office calculates the pension when they apply for it.</source>
        <translation>The applicant has reached that retirement age: the social insurance office calculates the pension when they apply for it.</translation>
    </message>
</context>
<context>
    <name>ssc::EvidencePanel</name>
    <message>
        <source>Add a file (photo, PDF or ZIP)</source>
        <translation>Add a file (photo, PDF or ZIP)</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Photos, PDF, ZIP (*.jpg *.jpeg *.png *.pdf *.zip)</source>
        <translation>Photos, PDF, ZIP (*.jpg *.jpeg *.png *.pdf *.zip)</translation>
    </message>
    <message>
        <source>Photos (JPG, PNG) and PDF files up to 10 MB each, at most 10; several files can go in one ZIP archive.</source>
        <translation>Photos (JPG, PNG) and PDF files up to 10 MB each, at most 10; several files can go in one ZIP archive.</translation>
    </message>
    <message>
        <source>At most 10 files, please. Put more in one ZIP archive.</source>
        <translation>At most 10 files, please. Put more in one ZIP archive.</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>The file cannot be read.</translation>
    </message>
    <message>
        <source>Attaching %1…</source>
        <translation>Attaching %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s): %1</source>
        <translation>
            <numerusform>%n file: %1</numerusform>
            <numerusform>%n files: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Take a photo of a paper</source>
        <translation>Take a photo of a paper</translation>
    </message>
    <message>
        <source>The camera gives no picture at the moment. Please try again.</source>
        <translation>The camera gives no picture at the moment. Please try again.</translation>
    </message>
</context>
<context>
    <name>ssc::ExamScoresScreen</name>
    <message>
        <source>Score %1 · pass mark %2 · %3</source>
        <translation>Score %1 · pass mark %2 · %3</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>passed</translation>
    </message>
    <message>
        <source>not passed</source>
        <translation>not passed</translation>
    </message>
    <message>
        <source>Examination scores %1</source>
        <translation>Examination scores %1</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Professional examination scores</source>
        <translation>Professional examination scores</translation>
    </message>
    <message>
        <source>Examination</source>
        <translation>Examination</translation>
    </message>
    <message>
        <source>Year of the examination</source>
        <translation>Year of the examination</translation>
    </message>
    <message>
        <source>Looking up…</source>
        <translation>Looking up…</translation>
    </message>
    <message>
        <source>No scores of yours for this examination in %1. Please check the examination and the year.</source>
        <translation>No scores of yours for this examination in %1. Please check the examination and the year.</translation>
    </message>
    <message>
        <source>Your scores in %1: %2 subjects.</source>
        <translation>Your scores in %1: %2 subjects.</translation>
    </message>
    <message>
        <source>Choose the examination and the year (from 2014): the scores show as soon as both are chosen.</source>
        <translation>Choose the examination and the year (from 2014): the scores show as soon as both are chosen.</translation>
    </message>
</context>
<context>
    <name>ssc::FaceCertificationScreen</name>
    <message>
        <source>Good. Hold it there.</source>
        <translation>Good. Hold it there.</translation>
    </message>
    <message>
        <source>Put your face inside the oval.</source>
        <translation>Put your face inside the oval.</translation>
    </message>
    <message>
        <source>Only you should be in the picture: please ask others to step away.</source>
        <translation>Only you should be in the picture: please ask others to step away.</translation>
    </message>
    <message>
        <source>It is too dark: please turn on a light or move somewhere brighter.</source>
        <translation>It is too dark: please turn on a light or move somewhere brighter.</translation>
    </message>
    <message>
        <source>Move your face to the middle of the oval.</source>
        <translation>Move your face to the middle of the oval.</translation>
    </message>
    <message>
        <source>Please come a little closer.</source>
        <translation>Please come a little closer.</translation>
    </message>
    <message>
        <source>Please move back a little.</source>
        <translation>Please move back a little.</translation>
    </message>
    <message>
        <source>Face the screen: do not look up, down or aside.</source>
        <translation>Face the screen: do not look up, down or aside.</translation>
    </message>
    <message>
        <source>Do not cover your eyes, nose or mouth.</source>
        <translation>Do not cover your eyes, nose or mouth.</translation>
    </message>
    <message>
        <source>Please hold your head still.</source>
        <translation>Please hold your head still.</translation>
    </message>
    <message>
        <source>Please blink.</source>
        <translation>Please blink.</translation>
    </message>
    <message>
        <source>Please nod.</source>
        <translation>Please nod.</translation>
    </message>
    <message>
        <source>Turn your head slowly to one side, then back.</source>
        <translation>Turn your head slowly to one side, then back.</translation>
    </message>
    <message>
        <source>Open your mouth, then close it.</source>
        <translation>Open your mouth, then close it.</translation>
    </message>
    <message>
        <source>Looking at the screen, read these four digits aloud:</source>
        <translation>Looking at the screen, read these four digits aloud:</translation>
    </message>
    <message>
        <source>Well done: you are there in person.</source>
        <translation>Well done: you are there in person.</translation>
    </message>
    <message>
        <source>The action asked for was not seen in time. Face the screen, do each action when it is asked, and try again.</source>
        <translation>The action asked for was not seen in time. Face the screen, do each action when it is asked, and try again.</translation>
    </message>
    <message>
        <source>We did not see you read the digits. Look at the screen and read them aloud.</source>
        <translation>We did not see you read the digits. Look at the screen and read them aloud.</translation>
    </message>
    <message>
        <source>Record the whole process: keep your face in the oval from the first digit to the last.</source>
        <translation>Record the whole process: keep your face in the oval from the first digit to the last.</translation>
    </message>
    <message>
        <source>That was too short: read all four digits, then press &quot;I have read them&quot;.</source>
        <translation>That was too short: read all four digits, then press &quot;I have read them&quot;.</translation>
    </message>
    <message>
        <source>We could not see your face well enough. %1</source>
        <translation>We could not see your face well enough. %1</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>I have read them</source>
        <translation>I have read them</translation>
    </message>
    <message>
        <source>Certification by face is not possible at this terminal now.</source>
        <translation>Certification by face is not possible at this terminal now.</translation>
    </message>
    <message>
        <source>The staff at a service counter can certify you.</source>
        <translation>The staff at a service counter can certify you.</translation>
    </message>
    <message>
        <source>Action %1 of %2</source>
        <translation>Action %1 of %2</translation>
    </message>
    <message>
        <source>Your certification could not be sent.</source>
        <translation>Your certification could not be sent.</translation>
    </message>
    <message>
        <source>Certified until %1.</source>
        <translation>Certified until %1.</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Send again</translation>
    </message>
    <message>
        <source>Well done. Sending your certification…</source>
        <translation>Well done. Sending your certification…</translation>
    </message>
    <message>
        <source>%1 — for %2</source>
        <translation>%1 — for %2</translation>
    </message>
    <message>
        <source>The certification could not be kept on this device.</source>
        <translation>The certification could not be kept on this device.</translation>
    </message>
    <message>
        <source>Please tell the staff member: the device&apos;s storage needs attention.</source>
        <translation>Please tell the staff member: the device&apos;s storage needs attention.</translation>
    </message>
    <message>
        <source>The certification cannot start now.</source>
        <translation>The certification cannot start now.</translation>
    </message>
    <message>
        <source>Preparing your certification…</source>
        <translation>Preparing your certification…</translation>
    </message>
    <message>
        <source>blink</source>
        <comment>the action asked, in the title</comment>
        <translation>blink</translation>
    </message>
    <message>
        <source>nod</source>
        <comment>the action asked, in the title</comment>
        <translation>nod</translation>
    </message>
    <message>
        <source>turn your head</source>
        <comment>the action asked, in the title</comment>
        <translation>turn your head</translation>
    </message>
    <message>
        <source>open your mouth</source>
        <comment>the action asked, in the title</comment>
        <translation>open your mouth</translation>
    </message>
    <message>
        <source>Certification by face</source>
        <translation>Certification by face</translation>
    </message>
    <message>
        <source>Certification by face: %1</source>
        <translation>Certification by face: %1</translation>
    </message>
    <message>
        <source>Certification by face: read the digits aloud</source>
        <translation>Certification by face: read the digits aloud</translation>
    </message>
    <message>
        <source>Welcome. You are signed in.</source>
        <translation>Welcome. You are signed in.</translation>
    </message>
    <message>
        <source>Sign in with your face</source>
        <translation>Sign in with your face</translation>
    </message>
    <message>
        <source>Sign in with your face: %1</source>
        <translation>Sign in with your face: %1</translation>
    </message>
    <message>
        <source>Signing in by face is not possible at this terminal now.</source>
        <translation>Signing in by face is not possible at this terminal now.</translation>
    </message>
    <message>
        <source>Show your e-card QR code instead, or ask at a service counter: they can reset your card&apos;s PIN.</source>
        <translation>Show your e-card QR code instead, or ask at a service counter: they can reset your card&apos;s PIN.</translation>
    </message>
    <message>
        <source>Getting ready to look at your face…</source>
        <translation>Getting ready to look at your face…</translation>
    </message>
    <message>
        <source>Signing in by face cannot start now.</source>
        <translation>Signing in by face cannot start now.</translation>
    </message>
    <message>
        <source>Well done. Checking your face…</source>
        <translation>Well done. Checking your face…</translation>
    </message>
    <message>
        <source>You are not signed in.</source>
        <translation>You are not signed in.</translation>
    </message>
    <message>
        <source>Kept safely on this device: not sent yet.</source>
        <translation>Kept safely on this device: not sent yet.</translation>
    </message>
    <message>
        <source>Sent by itself once there is a network; the social insurance office then decides.</source>
        <translation>Sent by itself once there is a network; the social insurance office then decides.</translation>
    </message>
    <message>
        <source>The camera is not working at the moment.</source>
        <translation>The camera is not working at the moment.</translation>
    </message>
</context>
<context>
    <name>ssc::FaceConsentScreen</name>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>I agree</source>
        <translation>I agree</translation>
    </message>
    <message>
        <source>Withdraw my agreement</source>
        <translation>Withdraw my agreement</translation>
    </message>
    <message>
        <source>The agreement was not recorded</source>
        <translation>The agreement was not recorded</translation>
    </message>
    <message>
        <source>The card&apos;s PIN was not confirmed</source>
        <translation>The card&apos;s PIN was not confirmed</translation>
    </message>
    <message>
        <source>Show the e-card code instead, or try the card again.</source>
        <translation>Show the e-card code instead, or try the card again.</translation>
    </message>
    <message>
        <source>Waiting for the agreement</source>
        <translation>Waiting for the agreement</translation>
    </message>
    <message>
        <source>The agreement is withdrawn</source>
        <translation>The agreement is withdrawn</translation>
    </message>
    <message>
        <source>Nothing more will be recorded until you agree again.</source>
        <translation>Nothing more will be recorded until you agree again.</translation>
    </message>
    <message>
        <source>You agreed to this notice before</source>
        <translation>You agreed to this notice before</translation>
    </message>
    <message>
        <source>Tap &quot;I agree&quot; to go on, or withdraw your agreement.</source>
        <translation>Tap &quot;I agree&quot; to go on, or withdraw your agreement.</translation>
    </message>
    <message>
        <source>Read to the end to agree (page down with ▼)</source>
        <translation>Read to the end to agree (page down with ▼)</translation>
    </message>
    <message>
        <source>I do not agree</source>
        <translation>I do not agree</translation>
    </message>
</context>
<context>
    <name>ssc::FaceLoginClaimPage</name>
    <message>
        <source>No card or phone with you? Sign in with your face</source>
        <translation>No card or phone with you? Sign in with your face</translation>
    </message>
    <message>
        <source>Type your ID number and your name. Your face is then compared with the photo the social security office holds for you.</source>
        <translation>Type your ID number and your name. Your face is then compared with the photo the social security office holds for you.</translation>
    </message>
</context>
<context>
    <name>ssc::FamilyScreen</name>
    <message>
        <source>The card&apos;s PIN was not confirmed. Your family member can show their e-card code instead.</source>
        <translation>The card&apos;s PIN was not confirmed. Your family member can show their e-card code instead.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Family service</source>
        <translation>Family service</translation>
    </message>
    <message>
        <source>Add a family member</source>
        <translation>Add a family member</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Ask your family member to show their own e-card code to the scanner, or to insert their social security card and enter its PIN: that is their consent.</source>
        <translation>Ask your family member to show their own e-card code to the scanner, or to insert their social security card and enter its PIN: that is their consent.</translation>
    </message>
    <message>
        <source>Looking up your family members…</source>
        <translation>Looking up your family members…</translation>
    </message>
    <message>
        <source>You can help your parents certify their pension here. Add a family member first.</source>
        <translation>You can help your parents certify their pension here. Add a family member first.</translation>
    </message>
    <message>
        <source>Your family members and their pension certification:</source>
        <translation>Your family members and their pension certification:</translation>
    </message>
    <message>
        <source>Looking up…</source>
        <translation>Looking up…</translation>
    </message>
    <message>
        <source>draws no pension</source>
        <translation>draws no pension</translation>
    </message>
    <message>
        <source>certified until %1</source>
        <translation>certified until %1</translation>
    </message>
    <message>
        <source>certification due</source>
        <translation>certification due</translation>
    </message>
    <message>
        <source>Certify now</source>
        <translation>Certify now</translation>
    </message>
    <message>
        <source>Waiting for your family member&apos;s consent…</source>
        <translation>Waiting for your family member&apos;s consent…</translation>
    </message>
</context>
<context>
    <name>ssc::FleetScreen</name>
    <message>
        <source>Needs attention now</source>
        <translation>Needs attention now</translation>
    </message>
    <message>
        <source>Working, with a warning</source>
        <translation>Working, with a warning</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Working</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <source>Terminals</source>
        <translation>Terminals</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Looking up the hall&apos;s terminals…</source>
        <translation>Looking up the hall&apos;s terminals…</translation>
    </message>
    <message numerus="yes">
        <source>%n new problem(s) in the hall.</source>
        <translation>
            <numerusform>%n new problem in the hall.</numerusform>
            <numerusform>%n new problems in the hall.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n terminal(s) need attention now.</source>
        <translation>
            <numerusform>%n terminal needs attention now.</numerusform>
            <numerusform>%n terminals need attention now.</numerusform>
        </translation>
    </message>
    <message>
        <source>They are listed first. The list is looked up again every 30 seconds.</source>
        <translation>They are listed first. The list is looked up again every 30 seconds.</translation>
    </message>
    <message>
        <source>No terminals are registered in this hall.</source>
        <translation>No terminals are registered in this hall.</translation>
    </message>
    <message numerus="yes">
        <source>All %n terminal(s) are serving.</source>
        <translation>
            <numerusform>The terminal is serving.</numerusform>
            <numerusform>All %n terminals are serving.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a warning.</source>
        <translation>
            <numerusform>%n with a warning.</numerusform>
            <numerusform>%n with a warning.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Has not reported yet.</source>
        <translation>Has not reported yet.</translation>
    </message>
    <message>
        <source>A terminal reports within a minute of starting; one that never does is switched off or cannot reach the service.</source>
        <translation>A terminal reports within a minute of starting; one that never does is switched off or cannot reach the service.</translation>
    </message>
    <message>
        <source>None of the hall&apos;s terminals has reported yet.</source>
        <translation>None of the hall&apos;s terminals has reported yet.</translation>
    </message>
    <message>
        <source>%1 of %2 terminals are serving; %3 not reported yet.</source>
        <translation>%1 of %2 terminals are serving; %3 not reported yet.</translation>
    </message>
    <message>
        <source>%1 · this terminal</source>
        <translation>%1 · this terminal</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ssc::FormView</name>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Please check your answers</source>
        <translation>Please check your answers</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Previous step</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Submit</translation>
    </message>
    <message>
        <source>What is this?</source>
        <translation>What is this?</translation>
    </message>
    <message>
        <source>The number we have for you, shown with stars. Keep it, or type a new one.</source>
        <translation>The number we have for you, shown with stars. Keep it, or type a new one.</translation>
    </message>
    <message>
        <source>Check these answers with the applicant</source>
        <translation>Check these answers with the applicant</translation>
    </message>
    <message>
        <source>Back to the answers</source>
        <translation>Back to the answers</translation>
    </message>
    <message>
        <source>Answers to change</source>
        <translation>Answers to change</translation>
    </message>
    <message>
        <source>One answer needs changing</source>
        <translation>One answer needs changing</translation>
    </message>
    <message>
        <source>%1 answers need changing</source>
        <translation>%1 answers need changing</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Step %1 of %2: %3</translation>
    </message>
    <message>
        <source>The number on file for the applicant, shown with stars. Keep it, or type a new one.</source>
        <translation>The number on file for the applicant, shown with stars. Keep it, or type a new one.</translation>
    </message>
    <message>
        <source>Go to the question</source>
        <translation>Go to the question</translation>
    </message>
    <message>
        <source>Go to the first of them</source>
        <translation>Go to the first of them</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>two questions to change</comment>
        <translation>%1 and %2</translation>
    </message>
    <message>
        <source>%1, %2 and %3</source>
        <comment>three questions to change</comment>
        <translation>%1, %2 and %3</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 and %n more</source>
        <comment>questions to change: two named, the others counted</comment>
        <translation>
            <numerusform>%1, %2 and %n more</numerusform>
            <numerusform>%1, %2 and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ssc::HeaderBar</name>
    <message>
        <source>English</source>
        <comment>the language to switch to</comment>
        <translation>中文</translation>
    </message>
    <message>
        <source>Standard view</source>
        <translation>Standard view</translation>
    </message>
    <message>
        <source>Large text (elder view)</source>
        <translation>Large text</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <comment>read this screen to me</comment>
        <translation>Read aloud</translation>
    </message>
    <message>
        <source>%1:%2 left</source>
        <comment>time before the session ends</comment>
        <translation>%1:%2 left</translation>
    </message>
    <message>
        <source>E-card services</source>
        <translation>E-card services</translation>
    </message>
    <message>
        <source>Home</source>
        <comment>back to the list of services</comment>
        <translation>Home</translation>
    </message>
    <message>
        <source>Only %1:%2 left</source>
        <comment>the session ends within a minute</comment>
        <translation>Only %1:%2 left</translation>
    </message>
</context>
<context>
    <name>ssc::HomeScreen</name>
    <message>
        <source>Log out</source>
        <translation>Log out</translation>
    </message>
    <message>
        <source>Hello, %1</source>
        <translation>Hello, %1</translation>
    </message>
    <message>
        <source>Card issued in %1 · %2 · %3</source>
        <translation>Card issued in %1 · %2 · %3</translation>
    </message>
    <message>
        <source>Visitor mode</source>
        <translation>Visitor mode</translation>
    </message>
    <message>
        <source>Public services need no login. For your own records, show your e-card QR code.</source>
        <translation>Public services need no login. For your own records, show your e-card QR code.</translation>
    </message>
    <message>
        <source>Needs your card and PIN or your e-card, not only your face</source>
        <translation>Needs your card and PIN or your e-card, not only your face</translation>
    </message>
    <message>
        <source>Home visit services</source>
        <translation>Home visit services</translation>
    </message>
    <message>
        <source>Certify a person at home, or send what this laptop keeps. Public services need no login.</source>
        <translation>Certify a person at home, or send what this laptop keeps. Public services need no login.</translation>
    </message>
    <message>
        <source>Not available here at the moment: tap to see where else</source>
        <translation>Not available here at the moment: tap to see where else</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>Back to the start</translation>
    </message>
    <message>
        <source>After logging in with your e-card QR code</source>
        <translation>After logging in with your e-card QR code</translation>
    </message>
    <message>
        <source>Log in for my own services</source>
        <translation>Log in for my own services</translation>
    </message>
    <message>
        <source>Which service for %1?</source>
        <translation>Which service for %1?</translation>
    </message>
</context>
<context>
    <name>ssc::ImageFrames</name>
    <message>
        <source>no images to show</source>
        <translation>no images to show</translation>
    </message>
    <message numerus="yes">
        <source>%n still image(s)</source>
        <translation>
            <numerusform>%n still image</numerusform>
            <numerusform>%n still images</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ssc::InErrorRefunds</name>
    <message>
        <source>Wrong grade chosen</source>
        <translation>Wrong grade chosen</translation>
    </message>
    <message>
        <source>Wrong item paid</source>
        <translation>Wrong item paid</translation>
    </message>
    <message>
        <source>Paid for the wrong person</source>
        <translation>Paid for the wrong person</translation>
    </message>
    <message>
        <source>Paid twice for one year</source>
        <translation>Paid twice for one year</translation>
    </message>
    <message>
        <source>Refund %1 to %2?</source>
        <translation>Refund %1 to %2?</translation>
    </message>
    <message>
        <source>Reason: %1. Order %2, %3. The money goes back to the account it was paid from and the contribution is taken off the record; a refund cannot be undone.</source>
        <translation>Reason: %1. Order %2, %3. The money goes back to the account it was paid from and the contribution is taken off the record; a refund cannot be undone.</translation>
    </message>
    <message>
        <source>Yes, refund %1</source>
        <translation>Yes, refund %1</translation>
    </message>
    <message>
        <source>Why is %1 refunded?</source>
        <translation>Why is %1 refunded?</translation>
    </message>
    <message>
        <source>Order %1, %2. Ask the citizen and choose one.</source>
        <translation>Order %1, %2. Ask the citizen and choose one.</translation>
    </message>
    <message>
        <source>Paid %1 for %2</source>
        <translation>Paid %1 for %2</translation>
    </message>
    <message>
        <source>Order %1. Paid in error? It can be refunded while its year is open.</source>
        <translation>Order %1. Paid in error? It can be refunded while its year is open.</translation>
    </message>
    <message>
        <source>Refund (paid in error)</source>
        <translation>Refund (paid in error)</translation>
    </message>
    <message>
        <source>Do not refund</source>
        <translation>Do not refund</translation>
    </message>
</context>
<context>
    <name>ssc::MainWindow</name>
    <message>
        <source>Social security e-card terminal</source>
        <translation>Social security e-card terminal</translation>
    </message>
    <message>
        <source>Self-service kiosk</source>
        <translation>Self-service kiosk</translation>
    </message>
    <message>
        <source>Service counter</source>
        <translation>Service counter</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>Home visit</translation>
    </message>
    <message>
        <source>Identifying you, one moment please…</source>
        <translation>Identifying you, one moment please…</translation>
    </message>
    <message>
        <source>We could not log you in</source>
        <translation>We could not log you in</translation>
    </message>
    <message>
        <source> · Staff: %1</source>
        <translation> · Staff: %1</translation>
    </message>
    <message>
        <source>Staff log out</source>
        <translation>Staff log out</translation>
    </message>
    <message>
        <source>This service needs you to log in</source>
        <translation>This service needs you to log in</translation>
    </message>
    <message>
        <source>It shows your own records, so we need to know who you are first.</source>
        <translation>It shows your own records, so we need to know who you are first.</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnostics</translation>
    </message>
    <message>
        <source>That was not an e-card code</source>
        <translation>That was not an e-card code</translation>
    </message>
    <message>
        <source>Nothing was changed. You can carry on where you were.</source>
        <translation>Nothing was changed. You can carry on where you were.</translation>
    </message>
    <message>
        <source>That code could not be used</source>
        <translation>That code could not be used</translation>
    </message>
    <message>
        <source>You are already logged in</source>
        <translation>You are already logged in</translation>
    </message>
    <message>
        <source>That was your own code. You can carry on where you were.</source>
        <translation>That was your own code. You can carry on where you were.</translation>
    </message>
    <message>
        <source>Visitor mode has ended</source>
        <translation>Visitor mode has ended</translation>
    </message>
    <message>
        <source>Nobody touched the screen for %1 seconds.</source>
        <translation>Nobody touched the screen for %1 seconds.</translation>
    </message>
    <message>
        <source>You were logged out</source>
        <translation>You were logged out</translation>
    </message>
    <message>
        <source>Nobody touched the screen for %1 seconds, so we logged you out and cleared your details from this screen. Show your code to start again.</source>
        <translation>Nobody touched the screen for %1 seconds, so we logged you out and cleared your details from this screen. Show your code to start again.</translation>
    </message>
    <message>
        <source> · Demo: no real person data</source>
        <translation> · Demo: no real person data</translation>
    </message>
    <message>
        <source>Cancelling the loss report, one moment please…</source>
        <translation>Cancelling the loss report, one moment please…</translation>
    </message>
    <message>
        <source>The loss report is cancelled</source>
        <translation>The loss report is cancelled</translation>
    </message>
    <message>
        <source>Card found: cancel the loss report</source>
        <translation>Card found: cancel the loss report</translation>
    </message>
    <message>
        <source>E-licence refused</source>
        <translation>E-licence refused</translation>
    </message>
    <message>
        <source>E-licence genuine and fresh</source>
        <translation>E-licence genuine and fresh</translation>
    </message>
    <message>
        <source>%1 · social security number %2 · card %3, %4, valid until %5. Compare the person with the holder; the licence logs nobody in.</source>
        <translation>%1 · social security number %2 · card %3, %4, valid until %5. Compare the person with the holder; the licence logs nobody in.</translation>
    </message>
    <message>
        <source>You signed in with your face only</source>
        <translation>You signed in with your face only</translation>
    </message>
    <message>
        <source>This service changes your card or your money, or files an application, so it needs more than your face.</source>
        <translation>This service changes your card or your money, or files an application, so it needs more than your face.</translation>
    </message>
    <message>
        <source>Insert your card and enter its PIN, or show your e-card QR code, or go to a service counter.</source>
        <translation>Insert your card and enter its PIN, or show your e-card QR code, or go to a service counter.</translation>
    </message>
    <message numerus="yes">
        <source>%n new problem(s) with the hall&apos;s terminals: see Terminals.</source>
        <translation>
            <numerusform>%n new problem with the hall&apos;s terminals: see Terminals.</numerusform>
            <numerusform>%n new problems with the hall&apos;s terminals: see Terminals.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Find a service counter</source>
        <translation>Find a service counter</translation>
    </message>
    <message>
        <source>The card and its e-card work again.
Receipt number: %1</source>
        <translation>The card and its e-card work again.
Receipt number: %1</translation>
    </message>
    <message>
        <source>Show your e-card QR code to the scanner.</source>
        <translation>Show your e-card QR code to the scanner.</translation>
    </message>
    <message>
        <source>First identify the citizen you serve</source>
        <translation>First identify the citizen you serve</translation>
    </message>
    <message>
        <source>This service works on a citizen&apos;s own records.</source>
        <translation>This service works on a citizen&apos;s own records.</translation>
    </message>
    <message>
        <source>Ask them to show their e-card QR code to the scanner or to insert their card.</source>
        <translation>Ask them to show their e-card QR code to the scanner or to insert their card.</translation>
    </message>
    <message>
        <source> · Social security system connected (%1 ms)</source>
        <translation> · Social security system connected (%1 ms)</translation>
    </message>
    <message>
        <source> · The social security system cannot be reached</source>
        <translation> · The social security system cannot be reached</translation>
    </message>
</context>
<context>
    <name>ssc::MessageScreen</name>
    <message>
        <source>OK, back to the start</source>
        <translation>OK, back to the start</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
</context>
<context>
    <name>ssc::MyCardScreen</name>
    <message>
        <source>Hide numbers</source>
        <translation>Hide numbers</translation>
    </message>
    <message>
        <source>Show numbers</source>
        <translation>Show numbers</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>%1 · social security number %2</source>
        <translation>%1 · social security number %2</translation>
    </message>
    <message>
        <source>Social security card · %1</source>
        <translation>Social security card · %1</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>Card number</translation>
    </message>
    <message>
        <source>Issued in</source>
        <translation>Issued in</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>Bank account</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>not yet</translation>
    </message>
    <message>
        <source>My social security card</source>
        <translation>My social security card</translation>
    </message>
    <message>
        <source>Who used my data</source>
        <translation>Who used my data</translation>
    </message>
    <message>
        <source>Numbers are shown in full. They are hidden again after one minute.</source>
        <translation>Numbers are shown in full. They are hidden again after one minute.</translation>
    </message>
    <message>
        <source>The numbers stay hidden</source>
        <translation>The numbers stay hidden</translation>
    </message>
    <message>
        <source>Why are the numbers shown in full?</source>
        <translation>Why are the numbers shown in full?</translation>
    </message>
    <message>
        <source>Your reason is recorded with your name, and the citizen can see it in their record of who used their data.</source>
        <translation>Your reason is recorded with your name, and the citizen can see it in their record of who used their data.</translation>
    </message>
    <message>
        <source>The citizen asked</source>
        <translation>The citizen asked</translation>
    </message>
    <message>
        <source>Compare with a document</source>
        <translation>Compare with a document</translation>
    </message>
    <message>
        <source>Correct a record</source>
        <translation>Correct a record</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Report lost</source>
        <translation>Report lost</translation>
    </message>
    <message>
        <source>Show my e-licence</source>
        <translation>Show my e-licence</translation>
    </message>
    <message>
        <source>Apply for a new card</source>
        <translation>Apply for a new card</translation>
    </message>
    <message>
        <source>Social security cards of %1</source>
        <translation>Social security cards of %1</translation>
    </message>
    <message>
        <source>E-card claimed</source>
        <translation>E-card claimed</translation>
    </message>
</context>
<context>
    <name>ssc::NumberPad</name>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Enter the number</source>
        <translation>Enter the number</translation>
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
        <translation>Space</translation>
    </message>
    <message>
        <source>Space: first choice</source>
        <translation>Space: first choice</translation>
    </message>
    <message>
        <source>Letters ABC</source>
        <translation>Letters ABC</translation>
    </message>
</context>
<context>
    <name>ssc::OutOfServiceScreen</name>
    <message>
        <source>This terminal is waiting for an update</source>
        <translation>This terminal is waiting for an update</translation>
    </message>
    <message>
        <source>It cannot serve anyone until it has been updated. The hall&apos;s staff can see this on their screen.</source>
        <translation>It cannot serve anyone until it has been updated. The hall&apos;s staff can see this on their screen.</translation>
    </message>
    <message>
        <source>Please use another terminal or go to a counter. Thank you for your patience.</source>
        <translation>Please use another terminal or go to a counter. Thank you for your patience.</translation>
    </message>
    <message>
        <source>For staff: the platform speaks API version %1; this terminal (version %2) speaks %3.</source>
        <translation>For staff: the platform speaks API version %1; this terminal (version %2) speaks %3.</translation>
    </message>
    <message>
        <source>For staff: the platform serves terminals from version %1 on; this one is version %2.</source>
        <translation>For staff: the platform serves terminals from version %1 on; this one is version %2.</translation>
    </message>
</context>
<context>
    <name>ssc::OutboxScreen</name>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Waiting to be sent</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Send now</translation>
    </message>
    <message>
        <source>This terminal sends everything at once: nothing waits here.</source>
        <translation>This terminal sends everything at once: nothing waits here.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) waiting to be sent. They are kept encrypted on this device and sent as soon as there is a network.</source>
        <translation>
            <numerusform>%n item waiting to be sent. It is kept encrypted on this device and sent as soon as there is a network.</numerusform>
            <numerusform>%n items waiting to be sent. They are kept encrypted on this device and sent as soon as there is a network.</numerusform>
        </translation>
    </message>
    <message>
        <source>kept at %1</source>
        <translation>kept at %1</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) cannot be read on this device and will not be sent.</source>
        <translation>
            <numerusform>%n item cannot be read on this device and will not be sent.</numerusform>
            <numerusform>%n items cannot be read on this device and will not be sent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Please report it to the office before the next visit.</source>
        <translation>Please report it to the office before the next visit.</translation>
    </message>
    <message>
        <source>The last try to send did not work</source>
        <translation>The last try to send did not work</translation>
    </message>
    <message>
        <source>%1 · pension certification</source>
        <translation>%1 · pension certification</translation>
    </message>
    <message>
        <source>Everything has been sent</source>
        <translation>Everything has been sent</translation>
    </message>
    <message>
        <source>What was kept on this device has reached the social security office; nothing waits here.</source>
        <translation>What was kept on this device has reached the social security office; nothing waits here.</translation>
    </message>
</context>
<context>
    <name>ssc::OutletsScreen</name>
    <message>
        <source>Cross-province service outlets</source>
        <translation>Cross-province service outlets</translation>
    </message>
    <message>
        <source>Instant card replacement</source>
        <translation>Instant card replacement</translation>
    </message>
    <message>
        <source>Online service channels</source>
        <translation>Online service channels</translation>
    </message>
    <message>
        <source>E-card channels</source>
        <translation>E-card channels</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Looking up…</source>
        <translation>Looking up…</translation>
    </message>
    <message>
        <source>No outlets of this kind in this region.</source>
        <translation>No outlets of this kind in this region.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Service outlets and channels</source>
        <translation>Service outlets and channels</translation>
    </message>
    <message>
        <source>Places found: %1</source>
        <translation>Places found: %1</translation>
    </message>
    <message>
        <source>Pension transfer offices</source>
        <translation>Pension transfer offices</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>all kinds</source>
        <translation>all kinds</translation>
    </message>
    <message>
        <source>Change the place or kind</source>
        <translation>Change the place or kind</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Hide</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Hide the places and kinds</source>
        <translation>Hide the places and kinds</translation>
    </message>
</context>
<context>
    <name>ssc::PaymentQrPage</name>
    <message>
        <source>Waiting for your payment. Time left to pay: %1:%2</source>
        <translation>Waiting for your payment. Time left to pay: %1:%2</translation>
    </message>
    <message>
        <source>Open the e-card in your phone&apos;s app.</source>
        <translation>Open the e-card in your phone&apos;s app.</translation>
    </message>
    <message>
        <source>Scan this code.</source>
        <translation>Scan this code.</translation>
    </message>
    <message>
        <source>Check the amount and confirm with your payment password.</source>
        <translation>Check the amount and confirm with your payment password.</translation>
    </message>
    <message>
        <source>Or open the payment code in the app and hold it to the scanner below.</source>
        <translation>Or open the payment code in the app and hold it to the scanner below.</translation>
    </message>
    <message>
        <source>Do not pay now</source>
        <translation>Do not pay now</translation>
    </message>
    <message>
        <source>You can still scan the QR code, or show another payment code. Time left: %1:%2</source>
        <translation>You can still scan the QR code, or show another payment code. Time left: %1:%2</translation>
    </message>
    <message>
        <source>Pay %1 for %2, %3</source>
        <translation>Pay %1 for %2, %3</translation>
    </message>
</context>
<context>
    <name>ssc::PaymentScreen</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 is paid for %2.</source>
        <translation>%1 is paid for %2.</translation>
    </message>
    <message>
        <source>Finding out what you can pay…</source>
        <translation>Finding out what you can pay…</translation>
    </message>
    <message>
        <source>Making your order…</source>
        <translation>Making your order…</translation>
    </message>
    <message>
        <source>This takes a few seconds. Nothing is charged yet.</source>
        <translation>This takes a few seconds. Nothing is charged yet.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>There is nothing to pay now.</source>
        <translation>There is nothing to pay now.</translation>
    </message>
    <message>
        <source>Order %1. The year was already paid; refund this payment to the account it came from.</source>
        <translation>Order %1. The year was already paid; refund this payment to the account it came from.</translation>
    </message>
    <message>
        <source>It is recorded on your contributions. Keep the receipt: its verification code %1 proves the payment.</source>
        <translation>It is recorded on your contributions. Keep the receipt: its verification code %1 proves the payment.</translation>
    </message>
    <message>
        <source>Paid, but %1 was already paid, so this payment will be refunded</source>
        <translation>Paid, but %1 was already paid, so this payment will be refunded</translation>
    </message>
    <message>
        <source>The time to pay ran out. Nothing was charged.</source>
        <translation>The time to pay ran out. Nothing was charged.</translation>
    </message>
    <message>
        <source>You can start again whenever you are ready.</source>
        <translation>You can start again whenever you are ready.</translation>
    </message>
    <message>
        <source>Pay something else</source>
        <translation>Pay something else</translation>
    </message>
    <message>
        <source>Pay contributions</source>
        <translation>Pay contributions</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Pay your residents&apos; pension or medical insurance contribution with the e-card app on your phone. The payment is recorded at once.</source>
        <translation>Pay your residents&apos; pension or medical insurance contribution with the e-card app on your phone. The payment is recorded at once.</translation>
    </message>
    <message>
        <source>What do you want to pay?</source>
        <translation>What do you want to pay?</translation>
    </message>
    <message>
        <source>How much a year? A higher amount gives a higher pension later.</source>
        <translation>How much a year? A higher amount gives a higher pension later.</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>Pay</translation>
    </message>
    <message>
        <source>Paying for: %1</source>
        <translation>Paying for: %1</translation>
    </message>
    <message>
        <source>Order %1, %2. The money goes back to the account it was paid from; a refund cannot be undone.</source>
        <translation>Order %1, %2. The money goes back to the account it was paid from; a refund cannot be undone.</translation>
    </message>
    <message>
        <source>Do not refund</source>
        <translation>Do not refund</translation>
    </message>
    <message>
        <source>Order number (keep it: a refund or a question needs it)</source>
        <translation>Order number (keep it: a refund or a question needs it)</translation>
    </message>
    <message>
        <source>The applicant can pay in the e-card app or at a bank.</source>
        <translation>The applicant can pay in the e-card app or at a bank.</translation>
    </message>
    <message>
        <source>Refund %1 to %2?</source>
        <translation>Refund %1 to %2?</translation>
    </message>
    <message>
        <source>Yes, refund %1</source>
        <translation>Yes, refund %1</translation>
    </message>
    <message>
        <source>Paid twice: %1 for %2</source>
        <translation>Paid twice: %1 for %2</translation>
    </message>
    <message>
        <source>Refund %1</source>
        <translation>Refund %1</translation>
    </message>
    <message>
        <source>Paid: %1 for %2</source>
        <translation>Paid: %1 for %2</translation>
    </message>
    <message>
        <source>Please show this receipt at a counter: a clerk refunds %1 to the account you paid from. Nothing else is needed.</source>
        <translation>Please show this receipt at a counter: a clerk refunds %1 to the account you paid from. Nothing else is needed.</translation>
    </message>
    <message>
        <source>Pay %1</source>
        <translation>Pay %1</translation>
    </message>
    <message>
        <source>Please pay in the e-card app or at a bank, or at a service counter.</source>
        <translation>Please pay in the e-card app or at a bank, or at a service counter.</translation>
    </message>
    <message>
        <source>Find a service counter</source>
        <translation>Find a service counter</translation>
    </message>
    <message>
        <source>Refunded %1 to %2</source>
        <translation>Refunded %1 to %2</translation>
    </message>
    <message>
        <source>%1 is taken off the contributions. The money goes back to the account it was paid from; the bank knows the refund by the number below.</source>
        <translation>%1 is taken off the contributions. The money goes back to the account it was paid from; the bank knows the refund by the number below.</translation>
    </message>
    <message>
        <source>Refund number (for the bank, if the money is asked after)</source>
        <translation>Refund number (for the bank, if the money is asked after)</translation>
    </message>
    <message>
        <source>Payments cannot be taken here at the moment</source>
        <translation>Payments cannot be taken here at the moment</translation>
    </message>
</context>
<context>
    <name>ssc::PinChangeScreen</name>
    <message>
        <source>This card is not one of yours</source>
        <translation>This card is not one of yours</translation>
    </message>
    <message>
        <source>Take it out and insert your own social security card.</source>
        <translation>Take it out and insert your own social security card.</translation>
    </message>
    <message>
        <source>This terminal has no card reader</source>
        <translation>This terminal has no card reader</translation>
    </message>
    <message>
        <source>Change your PIN at a terminal with a card reader, or at a service counter.</source>
        <translation>Change your PIN at a terminal with a card reader, or at a service counter.</translation>
    </message>
    <message>
        <source>Insert your social security card</source>
        <translation>Insert your social security card</translation>
    </message>
    <message>
        <source>Face up, chip end first, into the card reader.</source>
        <translation>Face up, chip end first, into the card reader.</translation>
    </message>
    <message>
        <source>Changing the PIN on your card</source>
        <translation>Changing the PIN on your card</translation>
    </message>
    <message>
        <source>Leave the card in the reader. This takes a few seconds.</source>
        <translation>Leave the card in the reader. This takes a few seconds.</translation>
    </message>
    <message>
        <source>Put the card back in, please</source>
        <translation>Put the card back in, please</translation>
    </message>
    <message>
        <source>The card left the reader while its PIN was being changed. Insert it again within a minute and the terminal finishes the change.</source>
        <translation>The card left the reader while its PIN was being changed. Insert it again within a minute and the terminal finishes the change.</translation>
    </message>
    <message>
        <source>Your PIN is changed</source>
        <translation>Your PIN is changed</translation>
    </message>
    <message>
        <source>Your PIN was not changed</source>
        <translation>Your PIN was not changed</translation>
    </message>
    <message>
        <source>The change did not reach the card. Your old PIN still works; you can try again.</source>
        <translation>The change did not reach the card. Your old PIN still works; you can try again.</translation>
    </message>
    <message>
        <source>The card is locked</source>
        <translation>The card is locked</translation>
    </message>
    <message>
        <source>The PIN was wrong too many times. Take the card and your ID card to a service counter to unlock it.</source>
        <translation>The PIN was wrong too many times. Take the card and your ID card to a service counter to unlock it.</translation>
    </message>
    <message>
        <source>The card already uses your new PIN.</source>
        <translation>The card already uses your new PIN.</translation>
    </message>
    <message>
        <source>Your old PIN still works.</source>
        <translation>Your old PIN still works.</translation>
    </message>
    <message>
        <source>If your new PIN does not work on the card, your old one does.</source>
        <translation>If your new PIN does not work on the card, your old one does.</translation>
    </message>
    <message>
        <source>The PIN change did not finish</source>
        <translation>The PIN change did not finish</translation>
    </message>
    <message>
        <source>Ask the staff in the hall if you need help.</source>
        <translation>Ask the staff in the hall if you need help.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Change the card PIN</source>
        <translation>Change the card PIN</translation>
    </message>
    <message>
        <source>Enter your current PIN</source>
        <translation>Enter your current PIN</translation>
    </message>
    <message>
        <source>Choose a new PIN</source>
        <translation>Choose a new PIN</translation>
    </message>
    <message>
        <source>Enter the new PIN again</source>
        <translation>Enter the new PIN again</translation>
    </message>
    <message numerus="yes">
        <source>That was not the current PIN. %n tries left before the card locks.</source>
        <translation>
            <numerusform>That was not the current PIN. %n try left before the card locks.</numerusform>
            <numerusform>That was not the current PIN. %n tries left before the card locks.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two new PINs were different. Choose the new PIN again.</source>
        <translation>The two new PINs were different. Choose the new PIN again.</translation>
    </message>
    <message>
        <source>Six digits. Cover the keys with your hand while you type.</source>
        <translation>Six digits. Cover the keys with your hand while you type.</translation>
    </message>
    <message>
        <source>Six digits, not your birth date, not all the same, not 123456.</source>
        <translation>Six digits, not your birth date, not all the same, not 123456.</translation>
    </message>
    <message>
        <source>The same six digits once more, so a slip of the finger does not lock you out.</source>
        <translation>The same six digits once more, so a slip of the finger does not lock you out.</translation>
    </message>
    <message>
        <source>The reader&apos;s cancel key stops.</source>
        <translation>The reader&apos;s cancel key stops.</translation>
    </message>
    <message>
        <source>Type your current PIN on the card reader&apos;s keypad</source>
        <translation>Type your current PIN on the card reader&apos;s keypad</translation>
    </message>
    <message>
        <source>Type your current PIN on the card reader&apos;s keypad again, then its OK key.</source>
        <translation>Type your current PIN on the card reader&apos;s keypad again, then its OK key.</translation>
    </message>
    <message>
        <source>Six digits, then the reader&apos;s OK key. The terminal never sees them.</source>
        <translation>Six digits, then the reader&apos;s OK key. The terminal never sees them.</translation>
    </message>
    <message>
        <source>On the card reader&apos;s keypad: your current PIN, then the new PIN twice</source>
        <translation>On the card reader&apos;s keypad: your current PIN, then the new PIN twice</translation>
    </message>
    <message>
        <source>Each followed by the reader&apos;s OK key. The terminal cannot check a PIN it never sees: choose six digits that are not your birth date, not all the same and not a run such as 123456.</source>
        <translation>Each followed by the reader&apos;s OK key. The terminal cannot check a PIN it never sees: choose six digits that are not your birth date, not all the same and not a run such as 123456.</translation>
    </message>
    <message>
        <source>Nothing was typed on the card reader&apos;s keypad in time.</source>
        <translation>Nothing was typed on the card reader&apos;s keypad in time.</translation>
    </message>
    <message>
        <source>The cancel key on the card reader&apos;s keypad was pressed.</source>
        <translation>The cancel key on the card reader&apos;s keypad was pressed.</translation>
    </message>
    <message>
        <source>Use the new PIN from now on, at kiosks, counters and for your e-card. Keep it to yourself.</source>
        <translation>Use the new PIN from now on, at kiosks, counters and for your e-card. Keep it to yourself.</translation>
    </message>
</context>
<context>
    <name>ssc::PinPadScreen</name>
    <message>
        <source>Enter the PIN of your social security card</source>
        <translation>Enter the PIN of your social security card</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirm</translation>
    </message>
    <message numerus="yes">
        <source>The PIN was not right. %n tries left before the card locks.</source>
        <translation>
            <numerusform>The PIN was not right. %n try left before the card locks.</numerusform>
            <numerusform>The PIN was not right. %n tries left before the card locks.</numerusform>
        </translation>
    </message>
    <message>
        <source>Six digits. Cover the keys with your hand while you type.</source>
        <translation>Six digits. Cover the keys with your hand while you type.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Forgot the PIN? Sign in with your face</source>
        <translation>Forgot the PIN? Sign in with your face</translation>
    </message>
    <message numerus="yes">
        <source>%n more digits</source>
        <translation>
            <numerusform>%n more digit</numerusform>
            <numerusform>%n more digits</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ssc::PinResetScreen</name>
    <message>
        <source>Choose a new PIN</source>
        <translation>Choose a new PIN</translation>
    </message>
    <message>
        <source>Enter the new PIN again</source>
        <translation>Enter the new PIN again</translation>
    </message>
    <message>
        <source>The two new PINs were different. Choose the new PIN again.</source>
        <translation>The two new PINs were different. Choose the new PIN again.</translation>
    </message>
    <message>
        <source>Show your e-card code</source>
        <translation>Show your e-card code</translation>
    </message>
    <message>
        <source>Open the e-card in your app and hold its code to the scanner. It proves that the card is yours.</source>
        <translation>Open the e-card in your app and hold its code to the scanner. It proves that the card is yours.</translation>
    </message>
    <message>
        <source>Setting your new PIN</source>
        <translation>Setting your new PIN</translation>
    </message>
    <message>
        <source>Leave the card in the reader. This takes a few seconds.</source>
        <translation>Leave the card in the reader. This takes a few seconds.</translation>
    </message>
    <message>
        <source>Your card is unlocked</source>
        <translation>Your card is unlocked</translation>
    </message>
    <message>
        <source>Use your new PIN from now on. Keep it to yourself.</source>
        <translation>Use your new PIN from now on. Keep it to yourself.</translation>
    </message>
    <message>
        <source>The PIN was not reset</source>
        <translation>The PIN was not reset</translation>
    </message>
    <message>
        <source>The member of staff will tell you what to do next.</source>
        <translation>The member of staff will tell you what to do next.</translation>
    </message>
    <message>
        <source>Unlock and reset your card PIN</source>
        <translation>Unlock and reset your card PIN</translation>
    </message>
    <message>
        <source>Please hand your social security card to the member of staff.</source>
        <translation>Please hand your social security card to the member of staff.</translation>
    </message>
    <message>
        <source>Insert the citizen&apos;s card in the reader.</source>
        <translation>Insert the citizen&apos;s card in the reader.</translation>
    </message>
    <message>
        <source>The citizen types a new PIN twice on the customer display.</source>
        <translation>The citizen types a new PIN twice on the customer display.</translation>
    </message>
    <message>
        <source>The citizen shows their own e-card code on the scanner.</source>
        <translation>The citizen shows their own e-card code on the scanner.</translation>
    </message>
    <message>
        <source>This counter has no card reader</source>
        <translation>This counter has no card reader</translation>
    </message>
    <message>
        <source>Take the card out and insert it again</source>
        <translation>Take the card out and insert it again</translation>
    </message>
    <message>
        <source>The reset starts from the card as it goes in.</source>
        <translation>The reset starts from the card as it goes in.</translation>
    </message>
    <message>
        <source>Insert the citizen&apos;s card</source>
        <translation>Insert the citizen&apos;s card</translation>
    </message>
    <message>
        <source>Locked by wrong PINs, or the PIN forgotten: both are reset here.</source>
        <translation>Locked by wrong PINs, or the PIN forgotten: both are reset here.</translation>
    </message>
    <message>
        <source>The citizen is choosing another PIN</source>
        <translation>The citizen is choosing another PIN</translation>
    </message>
    <message>
        <source>The customer display told them why the last one was not taken.</source>
        <translation>The customer display told them why the last one was not taken.</translation>
    </message>
    <message>
        <source>The citizen is typing on the customer display</source>
        <translation>The citizen is typing on the customer display</translation>
    </message>
    <message>
        <source>Do not look at or type on their keys. Their digits never show here.</source>
        <translation>Do not look at or type on their keys. Their digits never show here.</translation>
    </message>
    <message>
        <source>Scan the citizen&apos;s e-card code</source>
        <translation>Scan the citizen&apos;s e-card code</translation>
    </message>
    <message>
        <source>Their own code, from their app, proves the card is theirs. Someone else&apos;s code is refused.</source>
        <translation>Their own code, from their app, proves the card is theirs. Someone else&apos;s code is refused.</translation>
    </message>
    <message>
        <source>Resetting the PIN</source>
        <translation>Resetting the PIN</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Start again</translation>
    </message>
    <message>
        <source>The PIN is reset and the card unlocked</source>
        <translation>The PIN is reset and the card unlocked</translation>
    </message>
    <message>
        <source>The card now takes the citizen&apos;s new PIN, with all its tries. Hand the card back.</source>
        <translation>The card now takes the citizen&apos;s new PIN, with all its tries. Hand the card back.</translation>
    </message>
    <message>
        <source>The card left the reader.</source>
        <translation>The card left the reader.</translation>
    </message>
    <message>
        <source>The card refused the reset; it keeps its old PIN.</source>
        <translation>The card refused the reset; it keeps its old PIN.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Unlock and reset a card PIN</source>
        <translation>Unlock and reset a card PIN</translation>
    </message>
    <message>
        <source>The card may already take the new PIN: start again to finish.</source>
        <translation>The card may already take the new PIN: start again to finish.</translation>
    </message>
    <message>
        <source>Nothing changed on the card. You can start again.</source>
        <translation>Nothing changed on the card. You can start again.</translation>
    </message>
    <message>
        <source>A PIN is reset with the card in a reader and the citizen at a customer display. Send the citizen to a counter that has both; use Back for their other services.</source>
        <translation>A PIN is reset with the card in a reader and the citizen at a customer display. Send the citizen to a counter that has both; use Back for their other services.</translation>
    </message>
    <message>
        <source>The card and the social security system reset the PIN.</source>
        <translation>The card and the social security system reset the PIN.</translation>
    </message>
    <message>
        <source>The card or the social security system did not answer.</source>
        <translation>The card or the social security system did not answer.</translation>
    </message>
</context>
<context>
    <name>ssc::QualificationsScreen</name>
    <message>
        <source>Skills certificate</source>
        <translation>Skills certificate</translation>
    </message>
    <message>
        <source>Professional-technical qualification</source>
        <translation>Professional-technical qualification</translation>
    </message>
    <message>
        <source>Certificate number: %1</source>
        <translation>Certificate number: %1</translation>
    </message>
    <message>
        <source>Issued by %1 on %2</source>
        <translation>Issued by %1 on %2</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Qualification certificates</source>
        <translation>Qualification certificates</translation>
    </message>
    <message>
        <source>Looking up your certificates…</source>
        <translation>Looking up your certificates…</translation>
    </message>
    <message>
        <source>No professional or skills certificates are on record for you. If you hold one that is missing, please ask at the counter.</source>
        <translation>No professional or skills certificates are on record for you. If you hold one that is missing, please ask at the counter.</translation>
    </message>
    <message>
        <source>Certificates on record: %1</source>
        <translation>Certificates on record: %1</translation>
    </message>
    <message>
        <source>No professional or skills certificates are on record for this citizen. One that is missing is added by the body that issued it, from its own records.</source>
        <translation>No professional or skills certificates are on record for this citizen. One that is missing is added by the body that issued it, from its own records.</translation>
    </message>
</context>
<context>
    <name>ssc::RecordsScreen</name>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Social insurance rights record</source>
        <translation>Social insurance rights record</translation>
    </message>
    <message>
        <source>Province of insurance</source>
        <translation>Province of insurance</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>%1 has not yet opened its records for national query. Please ask the social insurance office there, or use its own website or app.</source>
        <translation>%1 has not yet opened its records for national query. Please ask the social insurance office there, or use its own website or app.</translation>
    </message>
    <message>
        <source>%1 has not opened these insurances for national query, so they are not on this record: %2.</source>
        <translation>%1 has not opened these insurances for national query, so they are not on this record: %2.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Fetching your %1 record from %2…</source>
        <translation>Fetching your %1 record from %2…</translation>
    </message>
    <message>
        <source>Looking up which provinces are open…</source>
        <translation>Looking up which provinces are open…</translation>
    </message>
    <message>
        <source>Your %1 record from %2. Please check it, then print it.</source>
        <translation>Your %1 record from %2. Please check it, then print it.</translation>
    </message>
    <message>
        <source>%1 so far</source>
        <translation>%1 so far</translation>
    </message>
    <message>
        <source>Choose the province, then tap a year: its record opens at once.</source>
        <translation>Choose the province, then tap a year: its record opens at once.</translation>
    </message>
    <message>
        <source>The social security system cannot be reached right now.</source>
        <translation>The social security system cannot be reached right now.</translation>
    </message>
</context>
<context>
    <name>ssc::RefundsScreen</name>
    <message>
        <source>%1 · %2 %3 · %4</source>
        <translation>%1 · %2 %3 · %4</translation>
    </message>
    <message>
        <source>Paid %1 at %2 · order %3</source>
        <translation>Paid %1 at %2 · order %3</translation>
    </message>
    <message>
        <source>Refunds to make</source>
        <translation>Refunds to make</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Refund %1</source>
        <translation>Refund %1</translation>
    </message>
    <message>
        <source>Refund %1 to %2? This cannot be undone.</source>
        <translation>Refund %1 to %2? This cannot be undone.</translation>
    </message>
    <message>
        <source>Order %1. The money goes back to the account it was paid from; the year stays paid by the citizen&apos;s other payment.</source>
        <translation>Order %1. The money goes back to the account it was paid from; the year stays paid by the citizen&apos;s other payment.</translation>
    </message>
    <message>
        <source>Yes, refund %1</source>
        <translation>Yes, refund %1</translation>
    </message>
    <message>
        <source>Do not refund</source>
        <translation>Do not refund</translation>
    </message>
    <message>
        <source>Looking up payments to refund…</source>
        <translation>Looking up payments to refund…</translation>
    </message>
    <message>
        <source>Refunding…</source>
        <translation>Refunding…</translation>
    </message>
    <message>
        <source>Refund number: %1</source>
        <translation>Refund number: %1</translation>
    </message>
    <message>
        <source>The citizen quotes it to their bank if the money has not arrived in a few working days.</source>
        <translation>The citizen quotes it to their bank if the money has not arrived in a few working days.</translation>
    </message>
    <message>
        <source>No other payment in this hall waits for a refund.</source>
        <translation>No other payment in this hall waits for a refund.</translation>
    </message>
    <message numerus="yes">
        <source>%n more payment(s) paid twice wait for a refund.</source>
        <translation>
            <numerusform>%n more payment paid twice waits for a refund.</numerusform>
            <numerusform>%n more payments paid twice wait for a refund.</numerusform>
        </translation>
    </message>
    <message>
        <source>Refunded %1 to %2</source>
        <translation>Refunded %1 to %2</translation>
    </message>
    <message>
        <source>No payment in this hall waits for a refund.</source>
        <translation>No payment in this hall waits for a refund.</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) made in this hall paid a year already paid, newest first.</source>
        <translation>
            <numerusform>%n payment made in this hall paid a year already paid.</numerusform>
            <numerusform>%n payments made in this hall paid a year already paid, newest first.</numerusform>
        </translation>
    </message>
    <message>
        <source>The newest %1 are shown; the others follow once these are refunded.</source>
        <translation>The newest %1 are shown; the others follow once these are refunded.</translation>
    </message>
    <message>
        <source>Refund each to the account it came from; the citizen need not be here.</source>
        <translation>Refund each to the account it came from; the citizen need not be here.</translation>
    </message>
</context>
<context>
    <name>ssc::RegistrationScreen</name>
    <message>
        <source>Unemployment registration</source>
        <translation>Unemployment registration</translation>
    </message>
    <message>
        <source>Register again</source>
        <translation>Register again</translation>
    </message>
    <message>
        <source>You are registered as unemployed (receipt %1). Your registration has been approved.</source>
        <translation>You are registered as unemployed (receipt %1). Your registration has been approved.</translation>
    </message>
    <message>
        <source>Your registration (receipt %1) was returned: %2. You can register again.</source>
        <translation>Your registration (receipt %1) was returned: %2. You can register again.</translation>
    </message>
    <message>
        <source>Your registration (receipt %1) is being reviewed, usually within 5 working days.</source>
        <translation>Your registration (receipt %1) is being reviewed, usually within 5 working days.</translation>
    </message>
    <message>
        <source>Three short steps. Choose where you can; type only where you must.</source>
        <translation>Three short steps. Choose where you can; type only where you must.</translation>
    </message>
    <message>
        <source>Submitting your registration…</source>
        <translation>Submitting your registration…</translation>
    </message>
    <message>
        <source>The review usually takes up to 5 working days; you can look up the result here.</source>
        <translation>The review usually takes up to 5 working days; you can look up the result here.</translation>
    </message>
</context>
<context>
    <name>ssc::ReplaceCardPage</name>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Apply for a new card</source>
        <translation>Apply for a new card</translation>
    </message>
    <message>
        <source>Social security card · %1 · card number %2</source>
        <translation>Social security card · %1 · card number %2</translation>
    </message>
    <message>
        <source>This card is reported lost: the new card replaces it.</source>
        <translation>This card is reported lost: the new card replaces it.</translation>
    </message>
    <message>
        <source>Fee: %1</source>
        <translation>Fee: %1</translation>
    </message>
    <message>
        <source>Paid by the citizen when the new card is handed over.</source>
        <translation>Paid by the citizen when the new card is handed over.</translation>
    </message>
    <message>
        <source>Paid at the service counter when you collect the new card.</source>
        <translation>Paid at the service counter when you collect the new card.</translation>
    </message>
    <message>
        <source>The old card keeps working until the new one is handed over; then it is cancelled.</source>
        <translation>The old card keeps working until the new one is handed over; then it is cancelled.</translation>
    </message>
    <message>
        <source>The application was not filed</source>
        <translation>The application was not filed</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>Applying…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Applied for a new card</source>
        <translation>Applied for a new card</translation>
    </message>
    <message>
        <source>Fee: %1.</source>
        <translation>Fee: %1.</translation>
    </message>
    <message>
        <source>The new card is made and handed over at a counter with an instant-issue printer. &quot;My applications&quot; shows how far it has come.</source>
        <translation>The new card is made and handed over at a counter with an instant-issue printer. &quot;My applications&quot; shows how far it has come.</translation>
    </message>
    <message>
        <source>Collect it at a social security service counter with your ID card, usually while you wait. &quot;My applications&quot; shows how far it has come: applied, being made, ready to collect, collected.</source>
        <translation>Collect it at a social security service counter with your ID card, usually while you wait. &quot;My applications&quot; shows how far it has come: applied, being made, ready to collect, collected.</translation>
    </message>
    <message>
        <source>Why is a new card needed?</source>
        <translation>Why is a new card needed?</translation>
    </message>
    <message>
        <source>Lost the card? Report it lost first</source>
        <translation>Lost the card? Report it lost first</translation>
    </message>
</context>
<context>
    <name>ssc::ReportLostPage</name>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Report a card lost</source>
        <translation>Report a card lost</translation>
    </message>
    <message>
        <source>Social security card · %1 · card number %2</source>
        <translation>Social security card · %1 · card number %2</translation>
    </message>
    <message>
        <source>The card was not reported lost</source>
        <translation>The card was not reported lost</translation>
    </message>
    <message>
        <source>Reporting…</source>
        <translation>Reporting…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Report this card lost</source>
        <translation>Report this card lost</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>The card is reported lost</source>
        <translation>The card is reported lost</translation>
    </message>
    <message>
        <source>Apply for a new card</source>
        <translation>Apply for a new card</translation>
    </message>
    <message>
        <source>The card and its e-card stop working at once</source>
        <translation>The card and its e-card stop working at once</translation>
    </message>
    <message>
        <source>The card and its e-card cannot be used from now on. Found it again? Insert it at a kiosk and enter its PIN. Need a new card? Apply for a replacement now.</source>
        <translation>The card and its e-card cannot be used from now on. Found it again? Insert it at a kiosk and enter its PIN. Need a new card? Apply for a replacement now.</translation>
    </message>
    <message>
        <source>From then on nobody can use them, not even the applicant. If the applicant finds the card again, they cancel the report with the card and its PIN, at a kiosk or here. Otherwise they apply for a new card.</source>
        <translation>From then on nobody can use them, not even the applicant. If the applicant finds the card again, they cancel the report with the card and its PIN, at a kiosk or here. Otherwise they apply for a new card.</translation>
    </message>
    <message>
        <source>From then on nobody can use them, not even you. If you find the card again, insert it at a kiosk and enter its PIN to cancel the report. Otherwise apply for a replacement card at a service counter, usually while you wait.</source>
        <translation>From then on nobody can use them, not even you. If you find the card again, insert it at a kiosk and enter its PIN to cancel the report. Otherwise apply for a replacement card at a service counter, usually while you wait.</translation>
    </message>
    <message>
        <source>The card and its e-card cannot be used from now on. To use the card again, the applicant inserts it and enters its PIN to cancel the report. For a new card, apply for a replacement.</source>
        <translation>The card and its e-card cannot be used from now on. To use the card again, the applicant inserts it and enters its PIN to cancel the report. For a new card, apply for a replacement.</translation>
    </message>
</context>
<context>
    <name>ssc::ResultPage</name>
    <message>
        <source>Your receipt number (keep it to ask about this later)</source>
        <translation>Your receipt number (keep it to ask about this later)</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Social security receipt number %1</source>
        <translation>Social security receipt number %1</translation>
    </message>
    <message>
        <source>QR code of the receipt number</source>
        <translation>QR code of the receipt number</translation>
    </message>
    <message>
        <source>Scan the code with your phone&apos;s camera to keep the number.</source>
        <translation>Scan the code with your phone&apos;s camera to keep the number.</translation>
    </message>
</context>
<context>
    <name>ssc::ReviewQueueScreen</name>
    <message>
        <source>Read-aloud certifications to review</source>
        <translation>Read-aloud certifications to review</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Play again</source>
        <translation>Play again</translation>
    </message>
    <message>
        <source>Refuse: %1</source>
        <translation>Refuse: %1</translation>
    </message>
    <message>
        <source>%1, certification by reading aloud</source>
        <translation>%1, certification by reading aloud</translation>
    </message>
    <message>
        <source>Looking up the certifications waiting…</source>
        <translation>Looking up the certifications waiting…</translation>
    </message>
    <message>
        <source>Nothing waiting for review.</source>
        <translation>Nothing waiting for review.</translation>
    </message>
    <message numerus="yes">
        <source>%n certification(s) waiting, oldest first.</source>
        <translation>
            <numerusform>%n certification waiting, oldest first.</numerusform>
            <numerusform>%n certifications waiting, oldest first.</numerusform>
        </translation>
    </message>
    <message>
        <source>the person is not clearly seen</source>
        <translation>the person is not clearly seen</translation>
    </message>
    <message>
        <source>wrong digits read</source>
        <translation>wrong digits read</translation>
    </message>
    <message>
        <source>the reading is not recorded whole</source>
        <translation>the reading is not recorded whole</translation>
    </message>
    <message>
        <source>Approve: the person reads the digits</source>
        <translation>Approve: the person reads the digits</translation>
    </message>
    <message>
        <source>With sound.</source>
        <translation>With sound.</translation>
    </message>
    <message>
        <source>Without sound: judge from the lips.</source>
        <translation>Without sound: judge from the lips.</translation>
    </message>
    <message>
        <source>Digits asked: %1</source>
        <translation>Digits asked: %1</translation>
    </message>
</context>
<context>
    <name>ssc::ScrollPage</name>
    <message>
        <source>Show what is above</source>
        <translation>Show what is above</translation>
    </message>
    <message>
        <source>Show more below</source>
        <translation>Show more below</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <comment>page of pages</comment>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
</context>
<context>
    <name>ssc::SecondCodeCheck</name>
    <message>
        <source>The social security system&apos;s answer was incomplete.</source>
        <translation>The social security system&apos;s answer was incomplete.</translation>
    </message>
</context>
<context>
    <name>ssc::SessionNotices</name>
    <message>
        <source>Another person&apos;s code was scanned</source>
        <translation>Another person&apos;s code was scanned</translation>
    </message>
    <message>
        <source>Log %1 out and continue with %2? Nothing is changed until you choose.</source>
        <translation>Log %1 out and continue with %2? Nothing is changed until you choose.</translation>
    </message>
    <message>
        <source>Are you still there?</source>
        <translation>Are you still there?</translation>
    </message>
    <message>
        <source>For your privacy you will be logged out in %1 seconds.</source>
        <translation>For your privacy you will be logged out in %1 seconds.</translation>
    </message>
    <message>
        <source>I am still here</source>
        <translation>I am still here</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Switch to %1</source>
        <translation>Switch to %1</translation>
    </message>
    <message>
        <source>Stay with %1</source>
        <translation>Stay with %1</translation>
    </message>
</context>
<context>
    <name>ssc::SignInCountersScreen</name>
    <message>
        <source>Account %1</source>
        <translation>Account %1</translation>
    </message>
    <message>
        <source>Terminal %1</source>
        <translation>Terminal %1</translation>
    </message>
    <message numerus="yes">
        <source>%n wrong sign-in(s) in a row</source>
        <translation>
            <numerusform>%n wrong sign-in in a row</numerusform>
            <numerusform>%n wrong sign-ins in a row</numerusform>
        </translation>
    </message>
    <message>
        <source>Blocked until %1</source>
        <translation>Blocked until %1</translation>
    </message>
    <message>
        <source>Wrong sign-ins</source>
        <translation>Wrong sign-ins</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Clear and unblock</source>
        <translation>Clear and unblock</translation>
    </message>
    <message numerus="yes">
        <source>%n user name(s) that no account has were tried too; they are not shown.</source>
        <translation>
            <numerusform>%n user name that no account has was tried too; it is not shown.</numerusform>
            <numerusform>%n user names that no account has were tried too; they are not shown.</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking up wrong sign-ins…</source>
        <translation>Looking up wrong sign-ins…</translation>
    </message>
    <message>
        <source>No wrong sign-ins.</source>
        <translation>No wrong sign-ins.</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) or terminal(s) with wrong sign-ins, blocked ones first.</source>
        <translation>
            <numerusform>%n account or terminal with wrong sign-ins.</numerusform>
            <numerusform>%n accounts or terminals with wrong sign-ins, blocked ones first.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear a count only when you know who made the wrong sign-ins.</source>
        <translation>Clear a count only when you know who made the wrong sign-ins.</translation>
    </message>
    <message>
        <source>%1 · this terminal</source>
        <translation>%1 · this terminal</translation>
    </message>
    <message>
        <source>Not blocked: signing in still works</source>
        <translation>Not blocked: signing in still works</translation>
    </message>
    <message>
        <source>Clear the count</source>
        <translation>Clear the count</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) or terminal(s) with wrong sign-ins, none blocked.</source>
        <translation>
            <numerusform>%n account or terminal with wrong sign-ins, none blocked.</numerusform>
            <numerusform>%n accounts or terminals with wrong sign-ins, none blocked.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ssc::SimulatorWindow</name>
    <message>
        <source>Code shown to the pedestal.</source>
        <translation>Code shown to the pedestal.</translation>
    </message>
    <message>
        <source>Demo: the citizen&apos;s phone</source>
        <translation>Demo: the citizen&apos;s phone</translation>
    </message>
    <message>
        <source>Show this person&apos;s e-card code</source>
        <translation>Show this person&apos;s e-card code</translation>
    </message>
    <message>
        <source>Show an expired code</source>
        <translation>Show an expired code</translation>
    </message>
    <message>
        <source>Show the last code again</source>
        <translation>Show the last code again</translation>
    </message>
    <message>
        <source>Show a QR code that is not an e-card</source>
        <translation>Show a QR code that is not an e-card</translation>
    </message>
    <message>
        <source>Login confirmed in the app.</source>
        <translation>Login confirmed in the app.</translation>
    </message>
    <message>
        <source>Scan the terminal&apos;s login code and confirm</source>
        <translation>Scan the terminal&apos;s login code and confirm</translation>
    </message>
    <message>
        <source>Card inserted (generation %1). Its PIN is 123456.</source>
        <translation>Card inserted (generation %1). Its PIN is 123456.</translation>
    </message>
    <message>
        <source>Card taken out.</source>
        <translation>Card taken out.</translation>
    </message>
    <message>
        <source>Insert this person&apos;s card</source>
        <translation>Insert this person&apos;s card</translation>
    </message>
    <message>
        <source>Take the card out</source>
        <translation>Take the card out</translation>
    </message>
    <message>
        <source>Show the e-card payment code (pays the order on screen)</source>
        <translation>Show the e-card payment code (pays the order on screen)</translation>
    </message>
</context>
<context>
    <name>ssc::StaffLoginScreen</name>
    <message>
        <source>Staff login</source>
        <translation>Staff login</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>Login refused</source>
        <translation>Login refused</translation>
    </message>
</context>
<context>
    <name>ssc::StaffLookupScreen</name>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Name, as on the card</source>
        <translation>Name, as on the card</translation>
    </message>
    <message>
        <source>Social security number</source>
        <translation>Social security number</translation>
    </message>
    <message>
        <source>Looking up…</source>
        <translation>Looking up…</translation>
    </message>
    <message>
        <source>Find the person to certify</source>
        <translation>Find the person to certify</translation>
    </message>
    <message>
        <source>Enter the name and the social security number of the person to certify; the person then does the face part in front of the camera.</source>
        <translation>Enter the name and the social security number of the person to certify; the person then does the face part in front of the camera.</translation>
    </message>
    <message>
        <source>Certify for someone else</source>
        <translation>Certify for someone else</translation>
    </message>
</context>
<context>
    <name>ssc::StartScreen</name>
    <message>
        <source>Visitor entry: public services without logging in</source>
        <translation>Public services, no login needed</translation>
    </message>
    <message>
        <source>Or scan this code in your e-card app to log in.</source>
        <translation>Or scan this code in your e-card app to log in.</translation>
    </message>
    <message>
        <source>Open the e-card in your phone app and hold its QR code over the scanner below, or insert your social security card face up, chip end first.</source>
        <translation>Open the e-card in your phone app and hold its QR code over the scanner below, or insert your social security card face up, chip end first.</translation>
    </message>
    <message>
        <source>Sign in by face</source>
        <comment>no card or phone with them</comment>
        <translation>Sign in by face</translation>
    </message>
    <message>
        <source>The applicant holds the QR code of the e-card in their phone app over the scanner, or inserts their social security card face up, chip end first.</source>
        <translation>The applicant holds the QR code of the e-card in their phone app over the scanner, or inserts their social security card face up, chip end first.</translation>
    </message>
    <message>
        <source>Ask for the applicant&apos;s e-card QR code or card</source>
        <translation>Ask for the applicant&apos;s e-card QR code or card</translation>
    </message>
    <message>
        <source>Please show your e-card QR code</source>
        <translation>Please show your e-card QR code</translation>
    </message>
    <message>
        <source>Ask for the applicant&apos;s e-card QR code</source>
        <translation>Ask for the applicant&apos;s e-card QR code</translation>
    </message>
    <message>
        <source>The applicant holds the QR code of the e-card in their phone app over the scanner.</source>
        <translation>The applicant holds the QR code of the e-card in their phone app over the scanner.</translation>
    </message>
    <message>
        <source>Open the e-card in your phone app and hold its QR code over the scanner below.</source>
        <translation>Open the e-card in your phone app and hold its QR code over the scanner below.</translation>
    </message>
    <message>
        <source>Public services: no applicant needed</source>
        <translation>Public services: no applicant needed</translation>
    </message>
</context>
<context>
    <name>ssc::TransferScreen</name>
    <message>
        <source>Pension relation transfer</source>
        <translation>Pension relation transfer</translation>
    </message>
    <message>
        <source>Asked for where you work and pay in now: your record and your account follow you, and your years are counted together.</source>
        <translation>Asked for where you work and pay in now: your record and your account follow you, and your years are counted together.</translation>
    </message>
    <message>
        <source>By the rules as they stand today you would draw your pension in %1: %2.</source>
        <translation>By the rules as they stand today you would draw your pension in %1: %2.</translation>
    </message>
    <message>
        <source>Submitting your transfer application…</source>
        <translation>Submitting your transfer application…</translation>
    </message>
    <message>
        <source>Apply again</source>
        <translation>Apply again</translation>
    </message>
    <message>
        <source>Your transfer (receipt %1) was agreed by the new place, which has sent the letter of contact to the old place. The old place moves your record and funds within 15 working days.</source>
        <translation>Your transfer (receipt %1) was agreed by the new place, which has sent the letter of contact to the old place. The old place moves your record and funds within 15 working days.</translation>
    </message>
    <message>
        <source>Your transfer (receipt %1): the old place is moving your record and funds. The new place completes it within 15 working days.</source>
        <translation>Your transfer (receipt %1): the old place is moving your record and funds. The new place completes it within 15 working days.</translation>
    </message>
    <message>
        <source>Your transfer (receipt %1) is complete: your pension relation is at the new place and your years are counted together.</source>
        <translation>Your transfer (receipt %1) is complete: your pension relation is at the new place and your years are counted together.</translation>
    </message>
    <message>
        <source>Your transfer application (receipt %1) was returned: %2. You can apply again.</source>
        <translation>Your transfer application (receipt %1) was returned: %2. You can apply again.</translation>
    </message>
    <message>
        <source>Your transfer application (receipt %1) is being reviewed by the new place, within 15 working days.</source>
        <translation>Your transfer application (receipt %1) is being reviewed by the new place, within 15 working days.</translation>
    </message>
    <message>
        <source>The new place reviews and agrees, and sends the letter of contact</source>
        <translation>The new place reviews and agrees, and sends the letter of contact</translation>
    </message>
    <message>
        <source>The old place moves your contribution record and funds</source>
        <translation>The old place moves your contribution record and funds</translation>
    </message>
    <message>
        <source>The new place takes them over: the transfer is complete</source>
        <translation>The new place takes them over: the transfer is complete</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Questions? Ask a pension transfer office: they are listed under &quot;Service outlets and channels&quot;.</source>
        <translation>Questions? Ask a pension transfer office: they are listed under &quot;Service outlets and channels&quot;.</translation>
    </message>
    <message>
        <source>The new place reviews it within 15 working days; then the old place moves your record and funds. You can follow every step here.</source>
        <translation>The new place reviews it within 15 working days; then the old place moves your record and funds. You can follow every step here.</translation>
    </message>
    <message>
        <source>No transfer is needed now</source>
        <translation>No transfer is needed now</translation>
    </message>
    <message>
        <source>The applicant already draws a pension: the relation stays where it is paid, wherever they live.</source>
        <translation>The applicant already draws a pension: the relation stays where it is paid, wherever they live.</translation>
    </message>
    <message>
        <source>The applicant is not paying in anywhere at the moment. A transfer is asked for where they work and pay in, once they do.</source>
        <translation>The applicant is not paying in anywhere at the moment. A transfer is asked for where they work and pay in, once they do.</translation>
    </message>
    <message>
        <source>The applicant has paid in at one place only, so there is nothing to move. When they work and pay in somewhere new, they ask for the transfer there.</source>
        <translation>The applicant has paid in at one place only, so there is nothing to move. When they work and pay in somewhere new, they ask for the transfer there.</translation>
    </message>
    <message>
        <source>Every earlier relation of the applicant has already moved to where they pay in now, so there is nothing more to move.</source>
        <translation>Every earlier relation of the applicant has already moved to where they pay in now, so there is nothing more to move.</translation>
    </message>
    <message>
        <source>The applicant was first insured here at 50 or over (women: 40), away from their household registration: this is a temporary account, and no relation can be moved into it. On retiring, it moves to where they will draw their pension.</source>
        <translation>The applicant was first insured here at 50 or over (women: 40), away from their household registration: this is a temporary account, and no relation can be moved into it. On retiring, it moves to where they will draw their pension.</translation>
    </message>
</context>
<context>
    <name>ssc::UndeliveredTextsScreen</name>
    <message>
        <source>The phone network reported it not delivered</source>
        <translation>The phone network reported it not delivered</translation>
    </message>
    <message numerus="yes">
        <source>Could not be sent after %n attempt(s)</source>
        <translation>
            <numerusform>Could not be sent after %n attempt</numerusform>
            <numerusform>Could not be sent after %n attempts</numerusform>
        </translation>
    </message>
    <message>
        <source>Receipt %1 · to %2 · decided %3</source>
        <translation>Receipt %1 · to %2 · decided %3</translation>
    </message>
    <message>
        <source>Undelivered texts</source>
        <translation>Undelivered texts</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Send again</translation>
    </message>
    <message>
        <source>Looking up undelivered texts…</source>
        <translation>Looking up undelivered texts…</translation>
    </message>
    <message>
        <source>Every text has been sent.</source>
        <translation>Every text has been sent.</translation>
    </message>
    <message numerus="yes">
        <source>%n text(s) did not reach the person, newest first.</source>
        <translation>
            <numerusform>%n text did not reach the person.</numerusform>
            <numerusform>%n texts did not reach the person, newest first.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the phone number on file with the person before sending a text again.</source>
        <translation>Check the phone number on file with the person before sending a text again.</translation>
    </message>
    <message>
        <source>The newest %1 are shown; the others follow once these are dealt with.</source>
        <translation>The newest %1 are shown; the others follow once these are dealt with.</translation>
    </message>
    <message>
        <source>Decisions cannot be sent by text for now.</source>
        <translation>Decisions cannot be sent by text for now.</translation>
    </message>
    <message>
        <source>The texts are kept and go out by themselves once sending works again; please call technical support. Meanwhile applicants see each decision under My applications at a kiosk, or at a counter.</source>
        <translation>The texts are kept and go out by themselves once sending works again; please call technical support. Meanwhile applicants see each decision under My applications at a kiosk, or at a counter.</translation>
    </message>
</context>
<context>
    <name>ssc::VideoFileFrames</name>
    <message>
        <source>no such video file: %1</source>
        <translation>no such video file: %1</translation>
    </message>
    <message>
        <source>video file %1</source>
        <translation>video file %1</translation>
    </message>
    <message>
        <source>the video file cannot be played</source>
        <translation>the video file cannot be played</translation>
    </message>
</context>
<context>
    <name>ssc::VirtualCardReader</name>
    <message>
        <source>Simulated card reader</source>
        <translation>Simulated card reader</translation>
    </message>
</context>
<context>
    <name>ssc::VirtualPedestal</name>
    <message>
        <source>Virtual scanning pedestal (demo)</source>
        <translation>Virtual scanning pedestal (demo)</translation>
    </message>
</context>
</TS>
