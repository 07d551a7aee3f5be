#pragma once

#include <array>
#include <string_view>

namespace kestrel::runs::demo {

// The fixed cast of the demo workspace: models, symbols and priced assets.

struct DemoModel
{
    std::string_view name;
    std::string_view slug;    // used in paths and ids inside messages
    double share;             // fraction of all runs
    double medianDurationSec; // log-normal duration
    double durationSigma;
    double meanAccuracy;   // centre of the logit-normal accuracy
    double accuracySpread; // sd on the logit scale
    double failureRate;    // outside incidents
    double memoryMb;       // typical resident memory
    int lookback;          // input_parameters defaults
    int horizon;
};

inline constexpr std::array<DemoModel, 5> kModels{{
    {"Stock Price Prediction", "stock_price_prediction", 0.30, 14.0, 0.45, 0.72, 0.35, 0.030, 1450,
     120, 5},
    {"BTST", "btst", 0.22, 4.5, 0.40, 0.63, 0.40, 0.045, 620, 20, 1},
    {"Options Chain Analysis", "options_chain", 0.18, 28.0, 0.50, 0.68, 0.35, 0.035, 2100, 30, 3},
    {"Sector Analysis", "sector_analysis", 0.15, 9.0, 0.40, 0.70, 0.30, 0.025, 900, 250, 20},
    {"Momentum Custom", "momentum_custom", 0.15, 6.5, 0.55, 0.60, 0.45, 0.055, 780, 60, 10},
}};

struct DemoSymbol
{
    std::string_view ticker;
    bool nse; // listed on the NSE (fyers serves these), otherwise US
};

inline constexpr std::array<DemoSymbol, 50> kSymbols{{
    {"RELIANCE.NS", true},   {"TCS.NS", true},
    {"INFY.NS", true},       {"HDFCBANK.NS", true},
    {"ICICIBANK.NS", true},  {"HINDUNILVR.NS", true},
    {"SBIN.NS", true},       {"BHARTIARTL.NS", true},
    {"ITC.NS", true},        {"KOTAKBANK.NS", true},
    {"LT.NS", true},         {"AXISBANK.NS", true},
    {"ASIANPAINT.NS", true}, {"MARUTI.NS", true},
    {"SUNPHARMA.NS", true},  {"TITAN.NS", true},
    {"BAJFINANCE.NS", true}, {"WIPRO.NS", true},
    {"HCLTECH.NS", true},    {"ULTRACEMCO.NS", true},
    {"NESTLEIND.NS", true},  {"TATAMOTORS.NS", true},
    {"TATASTEEL.NS", true},  {"POWERGRID.NS", true},
    {"NTPC.NS", true},       {"AAPL", false},
    {"MSFT", false},         {"NVDA", false},
    {"AMZN", false},         {"GOOGL", false},
    {"META", false},         {"TSLA", false},
    {"JPM", false},          {"V", false},
    {"JNJ", false},          {"WMT", false},
    {"PG", false},           {"XOM", false},
    {"UNH", false},          {"HD", false},
    {"BAC", false},          {"KO", false},
    {"PEP", false},          {"AVGO", false},
    {"COST", false},         {"ADBE", false},
    {"CRM", false},          {"NFLX", false},
    {"AMD", false},          {"INTC", false},
}};

// Assets with daily prices: each loads on a market factor and its sector's factor.
struct DemoAsset
{
    std::string_view ticker;
    int sector; // index into the sector factors
    double startPrice;
    double marketBeta;
    double sectorBeta;
    double idioVol; // daily idiosyncratic volatility
};

inline constexpr int kSectorCount = 4; // technology, banking, energy, consumer

inline constexpr std::array<DemoAsset, 20> kAssets{{
    {"AAPL", 0, 150.0, 1.1, 0.8, 0.011},
    {"MSFT", 0, 280.0, 1.0, 0.8, 0.010},
    {"NVDA", 0, 220.0, 1.6, 1.1, 0.022},
    {"GOOGL", 0, 110.0, 1.1, 0.7, 0.013},
    {"TCS.NS", 0, 3300.0, 0.7, 0.6, 0.010},
    {"INFY.NS", 0, 1500.0, 0.8, 0.7, 0.012},
    {"JPM", 1, 140.0, 1.1, 0.9, 0.011},
    {"BAC", 1, 33.0, 1.2, 1.0, 0.013},
    {"HDFCBANK.NS", 1, 1550.0, 0.8, 0.8, 0.010},
    {"ICICIBANK.NS", 1, 900.0, 0.9, 0.9, 0.012},
    {"SBIN.NS", 1, 560.0, 1.0, 1.0, 0.014},
    {"KOTAKBANK.NS", 1, 1800.0, 0.8, 0.7, 0.011},
    {"XOM", 2, 95.0, 0.8, 1.0, 0.012},
    {"RELIANCE.NS", 2, 2400.0, 0.9, 0.8, 0.011},
    {"NTPC.NS", 2, 170.0, 0.7, 0.9, 0.012},
    {"POWERGRID.NS", 2, 230.0, 0.6, 0.8, 0.010},
    {"KO", 3, 60.0, 0.6, 0.7, 0.008},
    {"PG", 3, 145.0, 0.6, 0.7, 0.008},
    {"HINDUNILVR.NS", 3, 2500.0, 0.6, 0.8, 0.009},
    {"ITC.NS", 3, 330.0, 0.7, 0.8, 0.010},
}};

} // namespace kestrel::runs::demo
