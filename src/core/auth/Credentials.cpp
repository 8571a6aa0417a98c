#include "Credentials.h"

QStringList Credentials::secretValues() const
{
    QStringList values;
    for (auto it = secrets.cbegin(); it != secrets.cend(); ++it)
        if (!it.value().isEmpty())
            values.append(it.value());
    return values;
}

QList<FieldSpec> MethodDescriptor::secretFields() const
{
    QList<FieldSpec> result;
    for (const FieldSpec &f : fields)
        if (f.isSecret())
            result.append(f);
    return result;
}

QList<FieldSpec> MethodDescriptor::plainFields() const
{
    QList<FieldSpec> result;
    for (const FieldSpec &f : fields)
        if (!f.isSecret())
            result.append(f);
    return result;
}

QStringList MethodDescriptor::storedSecretFields() const
{
    QStringList keys;
    for (const FieldSpec &f : fields)
        if (f.isSecret() && !isOneTimeField(f.key))
            keys.append(f.key);
    return keys;
}
