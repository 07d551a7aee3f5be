#include "core/ai/PromptTemplate.h"

#include "core/ai/AnalysisTypes.h"
#include "core/ai/Settings.h"
#include "core/common/Error.h"
#include "core/common/Json.h"
#include "core/common/JsonDocument.h"

#include <QFile>

namespace kestrel::ai {

PromptTemplate PromptTemplate::parse(const std::string& json, const std::string& origin)
{
    Json j;
    try {
        j = parseJsonDocument(json, origin);
    } catch (const Error& e) {
        throw Error("The prompt template " + std::string(e.what()));
    }
    if (!j.is_object())
        throw Error("The prompt template (" + origin + ") must be a JSON object.");
    auto field = [&](const char* key) {
        if (!j.contains(key) || !j[key].is_string() || j[key].get<std::string>().empty())
            throw Error("The prompt template (" + origin + ") has no text field \"" + key + "\".");
        return j[key].get<std::string>();
    };
    PromptTemplate t;
    t.origin = origin;
    t.name = field("name");
    t.version = field("version");
    t.system = field("system");
    t.intro = field("intro");
    t.instructions = field("instructions");
    if (!j.contains("sections") || !j["sections"].is_object())
        throw Error("The prompt template (" + origin + ") has no \"sections\" object.");
    for (const std::string& type : analysisTypes()) {
        const Json& s = j["sections"];
        if (!s.contains(type) || !s[type].is_string())
            throw Error("The prompt template (" + origin + ") has no section text for \"" + type +
                        "\".");
        t.sections[type] = s[type].get<std::string>();
    }
    if (j.contains("toggles") && j["toggles"].is_object()) {
        for (const auto& [key, value] : j["toggles"].items()) {
            if (value.is_string())
                t.toggles[key] = value.get<std::string>();
        }
    }
    return t;
}

PromptTemplate PromptTemplate::builtin(const std::string& name)
{
    QFile file(QStringLiteral(":/kestrel/prompts/%1.json").arg(QString::fromStdString(name)));
    if (!file.open(QIODevice::ReadOnly))
        throw Error("Kestrel has no built-in prompt template named '" + name + "'.");
    return parse(file.readAll().toStdString(), "built-in " + name + ".json");
}

PromptTemplate PromptTemplate::load(workspace::Database& db, const std::string& name)
{
    const std::string override = readSetting(db, "ai.prompt_template." + name);
    if (!override.empty())
        return parse(override, "workspace override ai.prompt_template." + name);
    return builtin(name);
}

} // namespace kestrel::ai
