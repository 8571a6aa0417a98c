#pragma once

#include <QMetaObject>
#include <QObject>
#include <QPointer>

#include <utility>

// Private to the secret stores. Calls `handler(result)` later, from `context`'s event loop, and
// not at all if `context` is gone by then: the queued call is addressed to `context`, and Qt drops
// calls to objects that were destroyed. Answering through the event loop even when the answer is
// known at once keeps callers from being re-entered inside read(), write() or remove().
namespace SecretStoreAnswer {

template<typename Handler, typename ResultType>
void later(const QPointer<QObject> &context, Handler handler, ResultType result)
{
    if (!context || !handler)
        return;
    QMetaObject::invokeMethod(
        context.data(),
        [handler = std::move(handler), result = std::move(result)] { handler(result); },
        Qt::QueuedConnection);
}

} // namespace SecretStoreAnswer
