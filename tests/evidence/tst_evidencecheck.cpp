// Evidence files: what is accepted and every class of hostile file refused with its own clear reason (in
// Chinese and English), from archives built the way an attacker would build them.
#include "evidencecheck.h"
#include "evidencefiles.h"
#include "i18n/translator.h"

#include <QTest>

using namespace ssc;
using namespace evidencefiles;

namespace {

// Sets a field in every local and central header of an archive, as a hand-edited archive would have it.
QByteArray patched(QByteArray zip, int localOffset, int centralOffset, quint32 value, int width)
{
    auto put = [&](qsizetype at) {
        for (int i = 0; i < width; ++i)
            zip[at + i] = char((value >> (8 * i)) & 0xFF);
    };
    for (qsizetype at = zip.indexOf("PK\x03\x04"); at >= 0; at = zip.indexOf("PK\x03\x04", at + 4))
        put(at + localOffset);
    for (qsizetype at = zip.indexOf("PK\x01\x02"); at >= 0; at = zip.indexOf("PK\x01\x02", at + 4))
        put(at + centralOffset);
    return zip;
}

// A page's link annotation running `action` when clicked.
QByteArray linkAnnotation(const QByteArray& action)
{
    return "<< /Annots [<< /Type /Annot /Subtype /Link /Rect [0 0 100 20] /A " + action + " >>] >>";
}

const QByteArray program = QByteArray("\x7F"
                                      "ELF\x02\x01\x01",
                                      7) +
                           QByteArray(200, '\0');

} // namespace

class TestEvidenceCheck : public QObject {
    Q_OBJECT

    static void expectRefused(const EvidenceVerdict& verdict, const char* code)
    {
        QVERIFY2(!verdict.accepted, code);
        QCOMPARE(verdict.code, QString::fromLatin1(code));
        QVERIFY(!verdict.reason.isEmpty());
        QVERIFY(!verdict.reason.in(QStringLiteral("en")).isEmpty());
        // Said in the citizen's language: the Chinese text is not the English source.
        QVERIFY2(verdict.reason.in(QStringLiteral("zh_CN")) != verdict.reason.in(QStringLiteral("en")), code);
    }

private slots:
    void initTestCase() { QVERIFY(useLanguage(chineseLanguage)); }

    void picturesPdfsAndArchivesOfThemAreAccepted()
    {
        QVERIFY(checkEvidence(QStringLiteral("合同.jpg"), jpeg()).accepted);
        QVERIFY(checkEvidence(QStringLiteral("wage.PNG"), png()).accepted);
        QVERIFY(checkEvidence(QStringLiteral("a.pdf"), pdf()).accepted);
        QCOMPARE(checkEvidence(QStringLiteral("a.pdf"), pdf()).type, EvidenceType::Pdf);
        // A phone's PNG saved as .jpg is still a picture.
        QVERIFY(checkEvidence(QStringLiteral("screen.jpg"), png()).accepted);
        const EvidenceVerdict archive =
            checkEvidence(QStringLiteral("证据.zip"), zip({{QStringLiteral("工资/一月.jpg"), jpeg()},
                                                           {QStringLiteral("contract.pdf"), pdf()},
                                                           {QStringLiteral("工资/"), {}}}));
        QVERIFY2(archive.accepted, qPrintable(archive.reason.translated()));
        QCOMPARE(archive.type, EvidenceType::Zip);
        QCOMPARE(archive.entries,
                 (QStringList{QStringLiteral("工资/一月.jpg"), QStringLiteral("contract.pdf")}));
    }

    void folderNamesInFrontOfTheFileGo()
    {
        QCOMPARE(checkEvidence(QStringLiteral("C:\\Users\\zw\\photo.jpg"), jpeg()).name,
                 QStringLiteral("photo.jpg"));
        QCOMPARE(checkEvidence(QStringLiteral("../../etc/photo.jpg"), jpeg()).name,
                 QStringLiteral("photo.jpg"));
    }

    void emptyTooLargeAndUnnamedFilesAreRefused()
    {
        expectRefused(checkEvidence(QStringLiteral("a.jpg"), {}), "empty_file");
        EvidenceLimits small;
        small.maxFileBytes = 1024 * 1024;
        expectRefused(checkEvidence(QStringLiteral("a.jpg"), QByteArray(small.maxFileBytes + 1, 'x'), small),
                      "too_large");
        QVERIFY(checkEvidence(QStringLiteral("a.jpg"), jpeg(), small).accepted);
        expectRefused(checkEvidence(QStringLiteral(".jpg"), jpeg()), "bad_name");
        expectRefused(checkEvidence(QStringLiteral("a\x01.jpg"), jpeg()), "bad_name");
        expectRefused(checkEvidence(QString(130, u'a') + QStringLiteral(".jpg"), jpeg()), "bad_name");
        expectRefused(checkEvidence(QStringLiteral("folder/"), jpeg()), "bad_name");
    }

    void otherKindsOfFileAreRefused()
    {
        expectRefused(checkEvidence(QStringLiteral("setup.exe"), program), "unknown_type");
        expectRefused(
            checkEvidence(QStringLiteral("contract.docx"), zip({{QStringLiteral("a.xml"), "<a/>"}})),
            "unknown_type");
        expectRefused(checkEvidence(QStringLiteral("noextension"), jpeg()), "unknown_type");
    }

    void fakeExtensionsAreRefused()
    {
        expectRefused(checkEvidence(QStringLiteral("photo.jpg"), program), "fake_extension");
        expectRefused(checkEvidence(QStringLiteral("photo.jpg"), pdf()), "fake_extension");
        expectRefused(checkEvidence(QStringLiteral("contract.pdf"), jpeg()), "fake_extension");
        expectRefused(checkEvidence(QStringLiteral("contract.pdf"), zip({{QStringLiteral("a.jpg"), jpeg()}})),
                      "fake_extension");
        expectRefused(checkEvidence(QStringLiteral("files.zip"), pdf()), "fake_extension");
    }

    void damagedAndOversizedPicturesAreRefused()
    {
        expectRefused(
            checkEvidence(QStringLiteral("a.jpg"), QByteArray("\xFF\xD8\xFF\xE0") + QByteArray(500, 'z')),
            "broken_image");
        expectRefused(checkEvidence(QStringLiteral("a.png"), png().left(60)), "broken_image");
        // A chunk whose header claims far more than the file holds (the decoder would allocate it).
        QByteArray liar = png();
        const qsizetype end = liar.indexOf("IEND") - 4;
        liar.insert(end, QByteArray("\x70\x64\x66\x25tEXtdate", 12));
        expectRefused(checkEvidence(QStringLiteral("a.png"), liar), "broken_image");
        EvidenceLimits limits;
        limits.maxImagePixels = 1000;
        expectRefused(checkEvidence(QStringLiteral("a.png"), png(64, 48), limits), "image_too_large");
    }

    void incompleteAndDamagedPdfsAreRefused()
    {
        expectRefused(checkEvidence(QStringLiteral("a.pdf"), pdf().left(80)), "broken_pdf");
        // The end cut off: no cross-reference table to read, and qpdf's repair is off.
        expectRefused(checkEvidence(QStringLiteral("a.pdf"), pdf().chopped(40)), "broken_pdf");
        QVERIFY(checkEvidence(QStringLiteral("a.pdf"), pdf({}, {}, PdfLayout::ObjectStreams)).accepted);
        // An internal link is not an action that leaves the document.
        QVERIFY(checkEvidence(QStringLiteral("a.pdf"), pdf({}, linkAnnotation("<< /S /GoTo /D (top) >>")))
                    .accepted);
    }

    // qpdf unpacks an object stream whole into memory: they are unpacked and counted first, and a PDF whose
    // object streams unpack past the limit is refused before qpdf sees them.
    void pdfBombsAreRefusedBeforeTheyUnpack()
    {
        const QByteArray padded =
            pdf("<< /Padding (" + QByteArray(200 * 1024, '0') + ") >>", {}, PdfLayout::ObjectStreams);
        QVERIFY(padded.size() < 20 * 1024); // 200 KB of zeros packed small
        EvidenceLimits limits;
        limits.maxUnpackedBytes = 100 * 1024;
        expectRefused(checkEvidence(QStringLiteral("a.pdf"), padded, limits), "pdf_bomb");
        QVERIFY(checkEvidence(QStringLiteral("a.pdf"), padded).accepted);
    }

    // A predictor row as wide as the number says: qpdf reserved it before reading a byte (the evidence fuzz
    // target's out-of-memory input, 7777777777777777773 columns, is in its corpus). Refused before qpdf
    // parses.
    void absurdPredictorWidthsAreRefusedBeforeParsing()
    {
        const QByteArray usual = pdf("<< /DecodeParms << /Columns 4000 /Predictor 12 >> >>");
        // qpdf's own writer will not write such a number: it is put in by hand, as the fuzzer did.
        const QByteArray wide = QByteArray(usual).replace("/Columns 4000", "/Columns 7777777777777777773");
        QVERIFY(wide.contains("/Columns 7777777777777777773"));
        expectRefused(checkEvidence(QStringLiteral("a.pdf"), wide), "pdf_bomb");
        QVERIFY(checkEvidence(QStringLiteral("a.pdf"), usual).accepted); // an image's width is fine
    }

    void encryptedPdfsAreRefused()
    {
        expectRefused(checkEvidence(QStringLiteral("a.pdf"), encryptedPdf("")), "pdf_encrypted");
        expectRefused(checkEvidence(QStringLiteral("a.pdf"), encryptedPdf("user-secret")), "pdf_encrypted");
    }

    // Each finding of issue 16 as the issue found it passing the old regular expression over the raw bytes:
    // spelled with #xx escapes, packed into a compressed object stream, or simply not in the old list
    // (/OpenAction, /AA, /URI, /XFA). The raw-bytes column proves the hiding worked.
    void activePdfsAreRefusedHoweverHidden_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QByteArray>("absentFromRawBytes");
        const QByteArray script = "<< /Names << /JavaScript << /Names [(a) << /S /JavaScript /JS "
                                  "(app.alert(1)) >>] >> >> >>";
        QTest::newRow("javascript") << pdf(script) << "pdf_javascript" << QByteArray();
        QTest::newRow("javascript, escaped names")
            << respelled(respelled(pdf("<< /Names << /JPLACEHOLDER00 << /Names [(a) << /S /JPLACEHOLDER00 "
                                       "/JQQQ (app.alert(1)) >>] >> >> >>"),
                                   "/JPLACEHOLDER00", "/J#61vaScrip#74"),
                         "/JQQQ", "/J#53")
            << "pdf_javascript" << QByteArray("JavaScript");
        QTest::newRow("javascript, object stream")
            << pdf(script, {}, PdfLayout::ObjectStreams) << "pdf_javascript" << QByteArray("JavaScript");
        const QByteArray openAction = "<< /OpenAction << /S /GoTo /D (top) >> >>";
        QTest::newRow("open action") << pdf(openAction) << "pdf_open_action" << QByteArray();
        QTest::newRow("open action, escaped")
            << respelled(pdf("<< /OpenAQQQtion << /S /GoTo /D (top) >> >>"), "/OpenAQQQtion", "/OpenA#63tion")
            << "pdf_open_action" << QByteArray("OpenAction");
        QTest::newRow("open action, object stream")
            << pdf(openAction, {}, PdfLayout::ObjectStreams) << "pdf_open_action" << QByteArray("OpenAction");
        const QByteArray pageAction = "<< /AA << /O << /S /GoTo /D (top) >> >> >>";
        QTest::newRow("page action") << pdf({}, pageAction) << "pdf_auto_action" << QByteArray();
        QTest::newRow("page action, object stream")
            << pdf({}, pageAction, PdfLayout::ObjectStreams) << "pdf_auto_action" << QByteArray("/AA");
        const QByteArray launch = linkAnnotation("<< /S /Launch /F (cmd.exe) >>");
        QTest::newRow("launch") << pdf({}, launch) << "pdf_launch" << QByteArray();
        QTest::newRow("launch, escaped")
            << respelled(pdf({}, linkAnnotation("<< /S /LaunQQQh /F (cmd.exe) >>")), "/LaunQQQh", "/Laun#63h")
            << "pdf_launch" << QByteArray("Launch");
        QTest::newRow("launch, object stream")
            << pdf({}, launch, PdfLayout::ObjectStreams) << "pdf_launch" << QByteArray("Launch");
        const QByteArray attachment =
            "<< /Names << /EmbeddedFiles << /Names [(run.exe) << /Type /Filespec /F (run.exe) >>] >> >> >>";
        QTest::newRow("embedded file") << pdf(attachment) << "pdf_embedded_file" << QByteArray();
        QTest::newRow("embedded file, escaped")
            << respelled(pdf("<< /Names << /EmbeddedFilQQQQ << /Names [] >> >> >>"), "/EmbeddedFilQQQQ",
                         "/EmbeddedFil#65s")
            << "pdf_embedded_file" << QByteArray("EmbeddedFiles");
        QTest::newRow("embedded file, object stream") << pdf(attachment, {}, PdfLayout::ObjectStreams)
                                                      << "pdf_embedded_file" << QByteArray("EmbeddedFile");
        const QByteArray link = linkAnnotation("<< /S /URI /URI (http://attacker.example/) >>");
        QTest::newRow("uri") << pdf({}, link) << "pdf_uri" << QByteArray();
        QTest::newRow("uri, escaped")
            << respelled(pdf({}, linkAnnotation("<< /S /UQQQI /UQQQI (http://attacker.example/) >>")),
                         "/UQQQI", "/U#52I")
            << "pdf_uri" << QByteArray("/URI");
        QTest::newRow("uri, object stream")
            << pdf({}, link, PdfLayout::ObjectStreams) << "pdf_uri" << QByteArray("/URI");
        const QByteArray xfa = "<< /AcroForm << /Fields [] /XFA (<xdp:xdp/>) >> >>";
        QTest::newRow("xfa") << pdf(xfa) << "pdf_xfa" << QByteArray();
        QTest::newRow("xfa, escaped")
            << respelled(pdf("<< /AcroForm << /Fields [] /XQQQQ (<xdp:xdp/>) >> >>"), "/XQQQQ", "/X#46A")
            << "pdf_xfa" << QByteArray("/XFA");
        QTest::newRow("xfa, object stream")
            << pdf(xfa, {}, PdfLayout::ObjectStreams) << "pdf_xfa" << QByteArray("/XFA");
    }

    void activePdfsAreRefusedHoweverHidden()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, code);
        QFETCH(QByteArray, absentFromRawBytes);
        if (!absentFromRawBytes.isEmpty())
            QVERIFY2(!bytes.contains(absentFromRawBytes), "the hiding did not hide");
        expectRefused(checkEvidence(QStringLiteral("a.pdf"), bytes), code.toLatin1().constData());
        // Inside an archive too, named as the entry.
        const EvidenceVerdict inZip =
            checkEvidence(QStringLiteral("a.zip"), zip({{QStringLiteral("c.pdf"), bytes}}));
        expectRefused(inZip, "zip_entry_broken");
        QCOMPARE(inZip.entry, QStringLiteral("c.pdf"));
    }

    void damagedArchivesAreRefused()
    {
        const QByteArray whole = zip({{QStringLiteral("a.jpg"), jpeg()}});
        expectRefused(checkEvidence(QStringLiteral("a.zip"), whole.left(whole.size() / 2)), "broken_zip");
        expectRefused(
            checkEvidence(QStringLiteral("a.zip"), QByteArray("PK\x03\x04") + QByteArray(100, '\0')),
            "broken_zip");
    }

    void pathsThatClimbOutOfTheArchiveAreRefused()
    {
        for (const QString& name :
             {QStringLiteral("../../etc/cron.d/x.jpg"), QStringLiteral("/etc/passwd.jpg"),
              QStringLiteral("a/../../b.jpg"), QStringLiteral("..\\..\\windows\\x.jpg"),
              QStringLiteral("C:/Windows/x.jpg")}) {
            const EvidenceVerdict v = checkEvidence(
                QStringLiteral("a.zip"), zip({{QStringLiteral("ok.jpg"), jpeg()}, {name, jpeg()}}));
            expectRefused(v, "zip_path");
            QCOMPARE(v.entry, name);
            QVERIFY(v.reason.translated().contains(name));
        }
    }

    void linksEncryptionAndNestedArchivesAreRefused()
    {
        expectRefused(checkEvidence(QStringLiteral("a.zip"),
                                    zip({{QStringLiteral("passwd.jpg"), "/etc/passwd", true}})),
                      "zip_link");
        // General purpose flag bit 0: the entry is encrypted.
        expectRefused(checkEvidence(QStringLiteral("a.zip"),
                                    patched(zip({{QStringLiteral("a.jpg"), jpeg()}}), 6, 8, 1, 2)),
                      "zip_encrypted");
        const QByteArray inner = zip({{QStringLiteral("a.jpg"), jpeg()}});
        expectRefused(checkEvidence(QStringLiteral("a.zip"), zip({{QStringLiteral("inner.zip"), inner}})),
                      "zip_nested");
        expectRefused(checkEvidence(QStringLiteral("a.zip"), zip({{QStringLiteral("inner.jpg"), inner}})),
                      "zip_nested");
    }

    void tooManyEntriesAreRefused()
    {
        EvidenceLimits limits;
        limits.maxEntries = 3;
        QList<Entry> entries;
        for (int i = 0; i < 4; ++i)
            entries.append({QStringLiteral("p%1.jpg").arg(i), jpeg()});
        expectRefused(checkEvidence(QStringLiteral("a.zip"), zip(entries), limits), "zip_too_many");
        entries.removeLast();
        QVERIFY(checkEvidence(QStringLiteral("a.zip"), zip(entries), limits).accepted);
    }

    void zipBombsAreRefusedWithoutUnpackingThem()
    {
        // 8 MiB of zeros packs into a few kilobytes: a ratio no photo or PDF has.
        const QByteArray zeros(8 * 1024 * 1024, '\0');
        expectRefused(checkEvidence(QStringLiteral("a.zip"), zip({{QStringLiteral("zeros.pdf"), zeros}})),
                      "zip_bomb");
        // Many honest-looking entries that together unpack past the archive's limit.
        EvidenceLimits limits;
        limits.maxUnpackedBytes = 2 * jpeg(400, 300).size();
        expectRefused(checkEvidence(QStringLiteral("a.zip"),
                                    zip({{QStringLiteral("1.jpg"), jpeg(400, 300)},
                                         {QStringLiteral("2.jpg"), jpeg(400, 300)},
                                         {QStringLiteral("3.jpg"), jpeg(400, 300)}}),
                                    limits),
                      "zip_bomb");
        // Headers that say an entry is small while far more comes out: stopped at the size claimed.
        const QByteArray honest =
            zip({{QStringLiteral("a.pdf"), pdf("<< /Padding (" + QByteArray(20000, ' ') + ") >>")}});
        const EvidenceVerdict lying = checkEvidence(QStringLiteral("a.zip"), patched(honest, 22, 24, 100, 4));
        QVERIFY(!lying.accepted);
        QVERIFY2(lying.code == u"zip_bomb" || lying.code == u"broken_zip", qPrintable(lying.code));
    }

    void entriesAreCheckedLikeFiles()
    {
        expectRefused(checkEvidence(QStringLiteral("a.zip"), zip({{QStringLiteral("notes.txt"), "hello"}})),
                      "zip_entry_type");
        expectRefused(checkEvidence(QStringLiteral("a.zip"), zip({{QStringLiteral("photo.jpg"), program}})),
                      "zip_entry_type");
        const EvidenceVerdict broken = checkEvidence(
            QStringLiteral("a.zip"),
            zip({{QStringLiteral("ok.jpg"), jpeg()},
                 {QStringLiteral("c.pdf"), pdf("<< /Names << /JavaScript << /Names [] >> >> >>")}}));
        expectRefused(broken, "zip_entry_broken");
        QCOMPARE(broken.entry, QStringLiteral("c.pdf"));
    }
};

QTEST_GUILESS_MAIN(TestEvidenceCheck)
#include "tst_evidencecheck.moc"
