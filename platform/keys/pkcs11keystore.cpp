#include "pkcs11keystore.h"

#define CRYPTOKI_COMPAT // the names of the PKCS#11 standard (CK_ATTRIBUTE, pValue...)
#include <p11-kit/pkcs11.h>

#include "security/aesgcm.h"

#include <dlfcn.h>

#include <map>
#include <memory>
#include <mutex>
#include <vector>

namespace ssc::platform {
namespace {

const QByteArray issuerLabel = "ssc-issuer-master";
const QByteArray dataWrappingLabel = "ssc-data-wrapping";
constexpr int gcmNonceBytes = 12;
// DER of the object identifier 1.3.101.112 (id-Ed25519, RFC 8410): CKA_EC_PARAMS of an Ed25519 key.
const QByteArray ed25519Params = QByteArray::fromHex("06032b6570");

QByteArray signingLabel(quint8 keyId)
{
    return "ssc-ecard-signing-" + QByteArray::number(keyId);
}

QString failure(const char* what, CK_RV rv)
{
    return QStringLiteral("the PKCS#11 token refused %1 (CKR 0x%2)")
        .arg(QLatin1String(what))
        .arg(qulonglong(rv), 0, 16);
}

// A template entry pointing at a value that outlives the call.
template <typename T> CK_ATTRIBUTE attribute(CK_ATTRIBUTE_TYPE type, T& value)
{
    return {type, &value, sizeof(T)};
}
CK_ATTRIBUTE bytesAttribute(CK_ATTRIBUTE_TYPE type, const QByteArray& value)
{
    return {type, const_cast<char*>(value.constData()), CK_ULONG(value.size())};
}

// An Ed25519 public key as tokens give CKA_EC_POINT: DER OCTET STRING (04 20 …) or the 32 raw bytes.
std::optional<QByteArray> rawEd25519Point(const QByteArray& point)
{
    if (point.size() == 34 && point[0] == '\x04' && point[1] == '\x20')
        return point.mid(2);
    if (point.size() == 32)
        return point;
    return std::nullopt;
}

} // namespace

// A loaded and initialised module. PKCS#11 allows one C_Initialize per process and module, so every store of
// one process on the same module shares it; the last one finalises it.
struct Module {
    void* library = nullptr;
    CK_FUNCTION_LIST* p11 = nullptr;

    ~Module()
    {
        if (p11)
            p11->C_Finalize(nullptr);
        if (library)
            dlclose(library);
    }

    static std::shared_ptr<Module> load(const QString& path, QString* error)
    {
        static std::mutex mutex;
        static std::map<QString, std::weak_ptr<Module>> loaded;
        const std::lock_guard lock(mutex);
        if (auto shared = loaded[path].lock())
            return shared;
        auto module = std::make_shared<Module>();
        // RTLD_NODELETE: the module's code stays mapped after dlclose(), so memory it allocated and never
        // freed is still named by its library in a leak report (tests/lsan.supp) instead of an unknown
        // address.
        module->library = dlopen(path.toLocal8Bit().constData(), RTLD_NOW | RTLD_LOCAL | RTLD_NODELETE);
        if (!module->library) {
            *error = QStringLiteral("the PKCS#11 module %1 cannot be loaded: %2")
                         .arg(path, QString::fromLocal8Bit(dlerror()));
            return nullptr;
        }
        auto getList = reinterpret_cast<CK_C_GetFunctionList>(dlsym(module->library, "C_GetFunctionList"));
        CK_FUNCTION_LIST* list = nullptr;
        if (!getList || getList(&list) != CKR_OK || !list) {
            *error = QStringLiteral("%1 is not a PKCS#11 module").arg(path);
            return nullptr;
        }
        CK_C_INITIALIZE_ARGS threads{};
        threads.flags = CKF_OS_LOCKING_OK;
        if (const CK_RV rv = list->C_Initialize(&threads); rv != CKR_OK) {
            *error = failure("to initialise", rv);
            return nullptr;
        }
        module->p11 = list;
        loaded[path] = module;
        return module;
    }
};

struct Pkcs11KeyStore::Token {
    std::shared_ptr<Module> module;
    CK_FUNCTION_LIST* p11 = nullptr;
    CK_SESSION_HANDLE session = CK_INVALID_HANDLE;
    QString label;

    // Closing the last session of the process logs the user out (PKCS#11 5.6); the module outlives it.
    ~Token()
    {
        if (session != CK_INVALID_HANDLE)
            p11->C_CloseSession(session);
    }

    // The one object of that class and label; CK_INVALID_HANDLE when there is none.
    CK_OBJECT_HANDLE find(CK_OBJECT_CLASS objectClass, const QByteArray& objectLabel)
    {
        CK_ATTRIBUTE query[] = {attribute(CKA_CLASS, objectClass), bytesAttribute(CKA_LABEL, objectLabel)};
        CK_OBJECT_HANDLE found = CK_INVALID_HANDLE;
        CK_ULONG foundCount = 0;
        if (p11->C_FindObjectsInit(session, query, 2) != CKR_OK)
            return CK_INVALID_HANDLE;
        if (p11->C_FindObjects(session, &found, 1, &foundCount) != CKR_OK || foundCount != 1)
            found = CK_INVALID_HANDLE;
        p11->C_FindObjectsFinal(session);
        return found;
    }

    std::optional<QByteArray> attributeBytes(CK_OBJECT_HANDLE object, CK_ATTRIBUTE_TYPE type)
    {
        CK_ATTRIBUTE query{type, nullptr, 0};
        if (p11->C_GetAttributeValue(session, object, &query, 1) != CKR_OK ||
            query.ulValueLen == CK_UNAVAILABLE_INFORMATION)
            return std::nullopt;
        QByteArray value(qsizetype(query.ulValueLen), '\0');
        query.pValue = value.data();
        if (p11->C_GetAttributeValue(session, object, &query, 1) != CKR_OK)
            return std::nullopt;
        return value;
    }

    // Runs one single-part operation (C_Sign or C_Encrypt) with its output size asked first.
    template <typename Init, typename Run>
    std::optional<QByteArray> singlePart(CK_MECHANISM mechanism, CK_OBJECT_HANDLE key,
                                         const QByteArray& input, Init init, Run run)
    {
        if (key == CK_INVALID_HANDLE || (p11->*init)(session, &mechanism, key) != CKR_OK)
            return std::nullopt;
        auto* in = reinterpret_cast<CK_BYTE*>(const_cast<char*>(input.constData()));
        CK_ULONG size = 0;
        if ((p11->*run)(session, in, CK_ULONG(input.size()), nullptr, &size) != CKR_OK)
            return std::nullopt; // a failed call ends the operation (PKCS#11 5.2)
        QByteArray output(qsizetype(size), '\0');
        if ((p11->*run)(session, in, CK_ULONG(input.size()), reinterpret_cast<CK_BYTE*>(output.data()),
                        &size) != CKR_OK)
            return std::nullopt;
        output.truncate(qsizetype(size));
        return output;
    }

    // A new AES key of `bytes` on the token, labelled: sensitive, never extractable, for encrypting (and for
    // decrypting when `decrypts`).
    bool generateAesKey(const QByteArray& keyLabel, CK_ULONG bytes, bool decrypts, QString* error)
    {
        CK_BBOOL yes = CK_TRUE;
        CK_BBOOL no = CK_FALSE;
        CK_BBOOL decrypt = decrypts ? CK_TRUE : CK_FALSE;
        CK_ATTRIBUTE keyTemplate[] = {attribute(CKA_TOKEN, yes),       attribute(CKA_PRIVATE, yes),
                                      attribute(CKA_SENSITIVE, yes),   attribute(CKA_EXTRACTABLE, no),
                                      attribute(CKA_ENCRYPT, yes),     attribute(CKA_DECRYPT, decrypt),
                                      attribute(CKA_VALUE_LEN, bytes), bytesAttribute(CKA_LABEL, keyLabel)};
        CK_MECHANISM generate{CKM_AES_KEY_GEN, nullptr, 0};
        CK_OBJECT_HANDLE key = CK_INVALID_HANDLE;
        if (const CK_RV rv = p11->C_GenerateKey(session, &generate, keyTemplate, 8, &key); rv != CKR_OK) {
            *error = failure("to make an AES key", rv);
            return false;
        }
        return true;
    }

    // AES-GCM under the key with that label, with the caller's 12-byte nonce (tokens take it from the
    // caller): cipher text and tag when encrypting, the plain text when not.
    std::optional<QByteArray> gcm(const QByteArray& keyLabel, QByteArray nonce, const QByteArray& input,
                                  bool encrypt)
    {
        CK_GCM_PARAMS params{reinterpret_cast<CK_BYTE*>(nonce.data()),
                             CK_ULONG(nonce.size()),
                             CK_ULONG(8 * nonce.size()),
                             nullptr,
                             0,
                             8 * aesgcm::tagBytes};
        const CK_MECHANISM mechanism{CKM_AES_GCM, &params, sizeof params};
        const CK_OBJECT_HANDLE key = find(CKO_SECRET_KEY, keyLabel);
        return encrypt ? singlePart(mechanism, key, input, &CK_FUNCTION_LIST::C_EncryptInit,
                                    &CK_FUNCTION_LIST::C_Encrypt)
                       : singlePart(mechanism, key, input, &CK_FUNCTION_LIST::C_DecryptInit,
                                    &CK_FUNCTION_LIST::C_Decrypt);
    }
};

std::unique_ptr<Pkcs11KeyStore> Pkcs11KeyStore::open(const QString& modulePath, const QString& tokenLabel,
                                                     const QByteArray& pin, QString* error)
{
    auto token = std::make_unique<Token>();
    token->label = tokenLabel;
    token->module = Module::load(modulePath, error);
    if (!token->module)
        return nullptr;
    token->p11 = token->module->p11;
    CK_ULONG slotCount = 0;
    token->p11->C_GetSlotList(CK_TRUE, nullptr, &slotCount);
    std::vector<CK_SLOT_ID> slotIds(slotCount);
    token->p11->C_GetSlotList(CK_TRUE, slotIds.data(), &slotCount);
    slotIds.resize(slotCount);
    for (const CK_SLOT_ID slot : slotIds) {
        CK_TOKEN_INFO info{};
        if (token->p11->C_GetTokenInfo(slot, &info) != CKR_OK)
            continue;
        const QString label =
            QString::fromUtf8(reinterpret_cast<const char*>(info.label), sizeof info.label).trimmed();
        if (label != tokenLabel)
            continue;
        if (const CK_RV rv = token->p11->C_OpenSession(slot, CKF_SERIAL_SESSION | CKF_RW_SESSION, nullptr,
                                                       nullptr, &token->session);
            rv != CKR_OK) {
            *error = failure("a session", rv);
            return nullptr;
        }
        const CK_RV rv = token->p11->C_Login(
            token->session, CKU_USER, reinterpret_cast<CK_UTF8CHAR*>(const_cast<char*>(pin.constData())),
            CK_ULONG(pin.size()));
        if (rv != CKR_OK && rv != CKR_USER_ALREADY_LOGGED_IN) {
            *error = rv == CKR_PIN_INCORRECT
                         ? QStringLiteral("the PIN of PKCS#11 token %1 is wrong").arg(tokenLabel)
                         : failure("the login", rv);
            return nullptr;
        }
        return std::unique_ptr<Pkcs11KeyStore>(new Pkcs11KeyStore(std::move(token)));
    }
    *error = QStringLiteral("no PKCS#11 token labelled %1 in %2").arg(tokenLabel, modulePath);
    return nullptr;
}

Pkcs11KeyStore::Pkcs11KeyStore(std::unique_ptr<Token> token) : m_token(std::move(token)) {}
Pkcs11KeyStore::~Pkcs11KeyStore() = default;

QString Pkcs11KeyStore::describe() const
{
    return QStringLiteral("PKCS#11 token %1").arg(m_token->label);
}

std::optional<QByteArray> Pkcs11KeyStore::createSigningKey(quint8 keyId, QString* error)
{
    const std::lock_guard lock(m_mutex);
    const QByteArray label = signingLabel(keyId);
    if (m_token->find(CKO_PRIVATE_KEY, label) != CK_INVALID_HANDLE) {
        *error = QStringLiteral("the token holds %1 already").arg(QString::fromLatin1(label));
        return std::nullopt;
    }
    CK_BBOOL yes = CK_TRUE;
    CK_BBOOL no = CK_FALSE;
    CK_ATTRIBUTE publicTemplate[] = {attribute(CKA_TOKEN, yes), attribute(CKA_VERIFY, yes),
                                     bytesAttribute(CKA_LABEL, label),
                                     bytesAttribute(CKA_EC_PARAMS, ed25519Params)};
    CK_ATTRIBUTE privateTemplate[] = {attribute(CKA_TOKEN, yes),     attribute(CKA_PRIVATE, yes),
                                      attribute(CKA_SENSITIVE, yes), attribute(CKA_EXTRACTABLE, no),
                                      attribute(CKA_SIGN, yes),      bytesAttribute(CKA_LABEL, label)};
    CK_MECHANISM generate{CKM_EC_EDWARDS_KEY_PAIR_GEN, nullptr, 0};
    CK_OBJECT_HANDLE publicKey = CK_INVALID_HANDLE;
    CK_OBJECT_HANDLE privateKey = CK_INVALID_HANDLE;
    if (const CK_RV rv = m_token->p11->C_GenerateKeyPair(m_token->session, &generate, publicTemplate, 4,
                                                         privateTemplate, 6, &publicKey, &privateKey);
        rv != CKR_OK) {
        *error = failure("to make an Ed25519 key pair", rv);
        return std::nullopt;
    }
    const auto point = m_token->attributeBytes(publicKey, CKA_EC_POINT);
    const auto raw = point ? rawEd25519Point(*point) : std::nullopt;
    if (!raw)
        *error = QStringLiteral("the token's Ed25519 public key has an unknown form");
    return raw;
}

std::optional<QByteArray> Pkcs11KeyStore::sign(quint8 keyId, const QByteArray& message)
{
    const std::lock_guard lock(m_mutex);
    return m_token->singlePart({CKM_EDDSA, nullptr, 0}, m_token->find(CKO_PRIVATE_KEY, signingLabel(keyId)),
                               message, &CK_FUNCTION_LIST::C_SignInit, &CK_FUNCTION_LIST::C_Sign);
}

bool Pkcs11KeyStore::hasIssuerKey()
{
    const std::lock_guard lock(m_mutex);
    return m_token->find(CKO_SECRET_KEY, issuerLabel) != CK_INVALID_HANDLE;
}

bool Pkcs11KeyStore::createIssuerKey(QString* error)
{
    if (hasIssuerKey()) {
        *error = QStringLiteral("the token holds an issuer master key already");
        return false;
    }
    const std::lock_guard lock(m_mutex);
    return m_token->generateAesKey(issuerLabel, 16, false, error);
}

bool Pkcs11KeyStore::importIssuerKey(const QByteArray& value, QString* error)
{
    if (value.size() != 16 || hasIssuerKey()) {
        *error = value.size() != 16 ? QStringLiteral("an issuer master key has 16 bytes")
                                    : QStringLiteral("the token holds an issuer master key already");
        return false;
    }
    const std::lock_guard lock(m_mutex);
    CK_OBJECT_CLASS secret = CKO_SECRET_KEY;
    CK_KEY_TYPE aes = CKK_AES;
    CK_BBOOL yes = CK_TRUE;
    CK_BBOOL no = CK_FALSE;
    CK_ATTRIBUTE keyTemplate[] = {attribute(CKA_CLASS, secret),
                                  attribute(CKA_KEY_TYPE, aes),
                                  attribute(CKA_TOKEN, yes),
                                  attribute(CKA_PRIVATE, yes),
                                  attribute(CKA_SENSITIVE, yes),
                                  attribute(CKA_EXTRACTABLE, no),
                                  attribute(CKA_ENCRYPT, yes),
                                  bytesAttribute(CKA_VALUE, value),
                                  bytesAttribute(CKA_LABEL, issuerLabel)};
    CK_OBJECT_HANDLE key = CK_INVALID_HANDLE;
    if (const CK_RV rv = m_token->p11->C_CreateObject(m_token->session, keyTemplate, 9, &key); rv != CKR_OK) {
        *error = failure("to take the issuer master key", rv);
        return false;
    }
    return true;
}

bool Pkcs11KeyStore::openIssuerKey(QString* error)
{
    if (hasIssuerKey())
        return true;
    *error = QStringLiteral("the PKCS#11 token %1 holds no issuer master key (%2): make or import one with "
                            "ssc-platform keys")
                 .arg(m_token->label, QString::fromLatin1(issuerLabel));
    return false;
}

std::optional<QByteArray> Pkcs11KeyStore::diversify(const QByteArray& block)
{
    if (block.size() != 16)
        return std::nullopt;
    const std::lock_guard lock(m_mutex);
    return m_token->singlePart({CKM_AES_ECB, nullptr, 0}, m_token->find(CKO_SECRET_KEY, issuerLabel), block,
                               &CK_FUNCTION_LIST::C_EncryptInit, &CK_FUNCTION_LIST::C_Encrypt);
}

bool Pkcs11KeyStore::ensureDataWrappingKey(QString* error)
{
    const std::lock_guard lock(m_mutex);
    return m_token->find(CKO_SECRET_KEY, dataWrappingLabel) != CK_INVALID_HANDLE ||
           m_token->generateAesKey(dataWrappingLabel, aesgcm::keyBytes, true, error);
}

// The wrapped key is our nonce followed by what the token returns (cipher text and tag).
std::optional<QByteArray> Pkcs11KeyStore::wrapDataKey(const QByteArray& dataKey)
{
    const QByteArray nonce = aesgcm::randomBytes(gcmNonceBytes);
    if (dataKey.size() != aesgcm::keyBytes || nonce.isEmpty())
        return std::nullopt;
    const std::lock_guard lock(m_mutex);
    const auto sealed = m_token->gcm(dataWrappingLabel, nonce, dataKey, true);
    return sealed ? std::optional(nonce + *sealed) : std::nullopt;
}

std::optional<QByteArray> Pkcs11KeyStore::unwrapDataKey(const QByteArray& wrapped)
{
    if (wrapped.size() <= gcmNonceBytes + aesgcm::tagBytes)
        return std::nullopt;
    const std::lock_guard lock(m_mutex);
    const auto key =
        m_token->gcm(dataWrappingLabel, wrapped.left(gcmNonceBytes), wrapped.mid(gcmNonceBytes), false);
    if (!key || key->size() != aesgcm::keyBytes)
        return std::nullopt;
    return key;
}

} // namespace ssc::platform
