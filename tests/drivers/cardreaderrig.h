#pragma once

// An emulated CCID reader (umockdev) with the real driver opened on it, for the card reader tests.
#include "emulatedcardreader.h"

#include "cardreader/ccidreader.h"
#include "usb/usbcontext.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

struct CardReaderRig {
    // Whether umockdev's preload library is in place (ctest sets it); for initTestCase.
    static bool mockEnvironment()
    {
        const UsbEmulator probe;
        return UsbEmulator::inMockEnvironment();
    }

    explicit CardReaderRig(const QByteArray& descriptors = {}) : reader(usb, 5, descriptors) {}
    UsbEmulator usb;
    EmulatedCardReader reader;
    std::unique_ptr<ssc::UsbContext> context;
    std::unique_ptr<ssc::CcidReader> driver;

    bool start()
    {
        context = std::make_unique<ssc::UsbContext>();
        if (!QTest::qWaitFor([&] { return !context->devices().isEmpty(); }, 5000))
            return false;
        driver = std::make_unique<ssc::CcidReader>(*context, context->devices().first());
        QString error;
        return driver->open(&error);
    }
    // The card inserted into the started reader, and what the driver read from it (nothing within 5 s:
    // empty).
    std::optional<ssc::CardFiles> insertAndRead(const EmulatedCard& card)
    {
        QSignalSpy inserted(driver.get(), &ssc::CcidReader::cardInserted);
        reader.insert(card);
        if (!inserted.wait(5000))
            return std::nullopt;
        return inserted.first().first().value<ssc::CardFiles>();
    }
    // Started, and a card inserted and read.
    bool startWithCard()
    {
        if (!start())
            return false;
        QSignalSpy inserted(driver.get(), &ssc::CcidReader::cardInserted);
        reader.insert(EmulatedCard{});
        return inserted.wait(5000);
    }
};
