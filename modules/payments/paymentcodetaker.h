#pragma once

#include <QString>

namespace ssc {

// A screen that takes a payment code scanned on the pedestal (被扫: the citizen shows the e-card app's
// payment code): the shell hands it the code before treating the scan as a login (app/mainwindow.cpp), only
// while the screen waits for a payment and the text looks like a payment code, never an e-card code.
class PaymentCodeTaker {
public:
    virtual ~PaymentCodeTaker() = default;
    virtual bool takesPaymentCode(const QString& text) const = 0;
    virtual void takePaymentCode(const QString& text) = 0;
};

} // namespace ssc
