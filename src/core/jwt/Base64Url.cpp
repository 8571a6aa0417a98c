#include "Base64Url.h"

namespace Base64Url {

namespace {
bool inAlphabet(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '_';
}
} // namespace

std::optional<QByteArray> decode(QByteArrayView text, Failure *failure)
{
    qsizetype length = text.size();
    while (length > 0 && text.at(length - 1) == '=' && text.size() - length < 2)
        --length;
    for (qsizetype i = 0; i < length; ++i) {
        if (!inAlphabet(text.at(i))) {
            if (failure)
                *failure = Failure{i, text.at(i)};
            return std::nullopt;
        }
    }
    if (length % 4 == 1 || (length < text.size() && (length + (text.size() - length)) % 4 != 0)) {
        if (failure)
            *failure = Failure{};
        return std::nullopt;
    }
    const auto result = QByteArray::fromBase64Encoding(text.first(length).toByteArray(),
                                                       QByteArray::Base64UrlEncoding |
                                                           QByteArray::OmitTrailingEquals |
                                                           QByteArray::AbortOnBase64DecodingErrors);
    if (!result) {
        if (failure)
            *failure = Failure{};
        return std::nullopt;
    }
    return *result;
}

QByteArray encode(QByteArrayView data)
{
    return data.toByteArray().toBase64(QByteArray::Base64UrlEncoding |
                                       QByteArray::OmitTrailingEquals);
}

} // namespace Base64Url
