#pragma once

#include "core/ai/Provider.h"
#include "core/secrets/SecretStore.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <stop_token>
#include <string>

namespace kestrel::ui {

// A provider as the AI providers page currently describes it (not yet applied).
struct ProviderTarget
{
    std::string provider; // "anthropic" or "openai"
    ai::ProviderConfig config;
    std::string model;
    std::string typedKey; // a key typed and not saved; empty uses the saved or environment key
    std::shared_ptr<secrets::SecretStore> store;
};

struct ConnectionReport
{
    bool ok = false;
    QString message; // says what happened; never holds the key
};

struct ModelListReport
{
    QStringList models;
    QString note; // why the built-in list is shown, or a failure
    bool fromFallback = false;
};

// Sends one minimal request (a few tokens) through the provider code and says
// exactly what happened: the model answered in N ms, the key was refused,
// the host could not be reached... Blocks: run it on a worker thread.
ConnectionReport testConnection(ProviderTarget target, std::stop_token stop);

// The provider's model list (GET /v1/models). Blocks: run it on a worker thread.
ModelListReport fetchModels(ProviderTarget target, std::stop_token stop);

} // namespace kestrel::ui
