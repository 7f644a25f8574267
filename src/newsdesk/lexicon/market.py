"""The world's main market instruments, with the spellings tickers use for them.

Data, not code. Each entry maps a canonical name to the aliases a ticker
widget shows: official names and short forms from the index providers'
own pages (S&P Dow Jones Indices, FTSE Russell, MSCI, STOXX, Deutsche Börse,
Euronext, Nikkei, JPX, HKEX/Hang Seng Indexes, SSE, SZSE, BSE, NSE, TMX,
ASX, KRX, B3, BMV, Borsa Istanbul, Tadawul, TASE, JSE, Moscow Exchange),
ticker symbols as financial portals print them, and misspellings seen in
scraped widgets (``HangSang``, ``NasDaq``). Matching ignores case, spaces,
dots and hyphens, so ``S&P 500``, ``S&P500`` and ``s&p-500`` are one alias.
"""

from __future__ import annotations

#: canonical name → aliases (the canonical name itself is always an alias too).
INSTRUMENTS: dict[str, tuple[str, ...]] = {
    # United States
    "Dow Jones Industrial Average": (
        "Dow", "Dow Jones", "DJIA", "DJI", "Dow 30", "Dow Jones Industrials", "Dow Industrials",
        "Dow Jones Ind", "Dow Jones Industrial", "US30", "Down Jones",
    ),
    "S&P 500": ("S&P", "S&P 500", "SP500", "SPX", "S and P 500", "Standard & Poor's 500", "US500"),
    "Nasdaq Composite": (
        "Nasdaq", "NasDaq Composite", "Nasdaq Comp", "IXIC", "COMP", "Nasdaq Composite Index",
        "Nasdac", "Nasdak",
    ),
    "Nasdaq-100": ("Nasdaq 100", "NDX", "US Tech 100", "NAS100"),
    "Russell 2000": ("Russell", "RUT", "Russell 2K"),
    "Dow Jones Transportation Average": ("Dow Transports", "DJT", "Dow Jones Transportation"),
    "NYSE Composite": ("NYSE", "NYA"),
    "CBOE Volatility Index": ("VIX", "CBOE VIX", "Volatility Index"),
    # Canada and Latin America
    "S&P/TSX Composite": ("TSX", "S&P/TSX", "TSX Composite", "GSPTSE", "Toronto"),
    "Bovespa": ("Ibovespa", "BVSP", "IBOV", "Bovespa Index"),
    "S&P/BMV IPC": ("IPC", "Mexbol", "MXX", "IPC Mexico"),
    "S&P Merval": ("Merval", "MERV"),
    "S&P IPSA": ("IPSA",),
    # Europe
    "FTSE 100": ("FTSE", "FTSE 100", "FTSE100", "UKX", "Footsie", "UK100"),
    "FTSE 250": ("FTSE 250", "MCX"),
    "DAX": ("DAX", "DAX 30", "DAX 40", "GDAXI", "DAX Index", "Germany 40", "Xetra DAX", "GER40"),
    "CAC 40": ("CAC", "CAC 40", "CAC40", "FCHI", "France 40"),
    "Euro Stoxx 50": ("Euro Stoxx 50", "EuroStoxx", "Euro Stoxx", "STOXX50E", "SX5E", "EU50"),
    "STOXX Europe 600": ("Stoxx 600", "Stoxx Europe 600", "STOXX", "SXXP"),
    "FTSE MIB": ("FTSE MIB", "MIB", "FTSEMIB", "Italy 40"),
    "IBEX 35": ("IBEX", "IBEX 35", "IBEX35", "Spain 35"),
    "AEX": ("AEX", "AEX Index", "Amsterdam"),
    "SMI": ("SMI", "Swiss Market Index", "SSMI", "Swiss 20"),
    "BEL 20": ("BEL 20", "BEL20", "BFX"),
    "OMX Stockholm 30": ("OMXS30", "OMX Stockholm", "OMX 30"),
    "PSI": ("PSI 20", "PSI20", "PSI"),
    "ATX": ("ATX",),
    "WIG20": ("WIG20", "WIG 20", "WIG"),
    "MOEX Russia Index": ("MOEX", "MICEX", "IMOEX", "MOEX Russia"),
    "RTS Index": ("RTS", "RTSI"),
    "BIST 100": ("BIST 100", "BIST100", "XU100", "BIST", "ISE 100"),
    "ISEQ Overall": ("ISEQ",),
    # Asia and Pacific
    "Nikkei 225": (
        "Nikkei", "Nikkei 225", "N225", "Nikkei225", "Nikkei Stock Average", "Japan 225",
    ),
    "TOPIX": ("TOPIX", "Topix Index"),
    "Hang Seng Index": (
        "Hang Seng", "HangSeng", "HSI", "Hang Sang", "HangSang", "Heng Seng", "Hang Seng Index",
        "Hong Kong",
    ),
    "Hang Seng China Enterprises Index": ("HSCEI", "H-shares", "Hang Seng China Enterprises"),
    "Shanghai Composite": (
        "Shanghai", "Shanghai Composite", "SSE Composite", "SSEC", "SHCOMP", "000001.SS",
        "Shanghai Comp",
    ),
    "Shenzhen Component": ("Shenzhen", "SZSE Component", "SZCOMP", "399001"),
    "CSI 300": ("CSI 300", "CSI300", "China A50"),
    "BSE Sensex": ("Sensex", "BSE Sensex", "S&P BSE Sensex", "BSESN", "BSE 30", "BSE"),
    "Nifty 50": ("Nifty", "Nifty 50", "NIFTY50", "NSEI", "CNX Nifty", "NSE Nifty"),
    "KOSPI": ("KOSPI", "KS11", "Kospi Composite", "Korea Composite"),
    "KOSDAQ": ("KOSDAQ",),
    "TAIEX": ("TAIEX", "TWII", "Taiwan Weighted", "Taiwan"),
    "S&P/ASX 200": ("ASX 200", "ASX", "S&P/ASX 200", "AXJO", "ASX200", "Australia 200"),
    "All Ordinaries": ("All Ords", "All Ordinaries", "AORD", "XAO"),
    "S&P/NZX 50": ("NZX 50", "NZX", "NZ50"),
    "Straits Times Index": ("STI", "Straits Times", "FTSE STI"),
    "Jakarta Composite": ("JCI", "IDX Composite", "Jakarta Composite", "JKSE", "IHSG"),
    "FTSE Bursa Malaysia KLCI": ("KLCI", "FBMKLCI", "KLSE"),
    "SET Index": ("SET", "SETI", "SET Index"),
    "PSEi": ("PSEi", "PSE Index", "PSEI"),
    "VN-Index": ("VN-Index", "VNINDEX", "VN Index"),
    "KSE 100": ("KSE 100", "KSE100", "KSE-100", "PSX"),
    "TEDPIX": ("TEDPIX", "TSE Index", "Tehran Stock Exchange", "TSE"),
    # Middle East and Africa
    "Tadawul All Share": ("TASI", "Tadawul", "Tadawul All Share"),
    "TA-35": ("TA-35", "TA35", "Tel Aviv 35"),
    "EGX 30": ("EGX 30", "EGX30", "EGX"),
    "FTSE/JSE All Share": ("JSE", "JSE All Share", "J203", "Top 40", "JSE Top 40"),
    "DFM General Index": ("DFM", "DFMGI"),
    "ADX General Index": ("ADX", "ADI", "FTSE ADX"),
    "QE Index": ("QE", "QSI", "Qatar Exchange"),
    # Global (MSCI)
    "MSCI World": ("MSCI World", "MSCI World Index", "URTH"),
    "MSCI Emerging Markets": ("MSCI EM", "MSCI Emerging Markets", "MSCI Emerging", "EEM"),
    "MSCI Asia Pacific ex Japan": (
        "MSCI Asia ex-Japan", "MSCI Asia Pacific ex Japan", "MSCI Asia ex Japan",
    ),
    "Hang Seng Tech Index": ("Hang Seng Tech", "HSTECH", "HS Tech"),
    # Commodities
    "Brent crude": ("Brent", "Brent Crude", "Brent Oil", "Brent crude oil", "UKOIL"),
    "WTI crude": (
        "WTI", "WTI Crude", "Crude Oil", "Crude", "US Oil", "Light crude", "USOIL", "Oil",
    ),
    "Natural gas": ("Natural Gas", "Nat Gas", "NatGas", "Henry Hub"),
    "Gold": ("Gold", "XAU", "XAU/USD", "XAUUSD", "Gold Spot", "Gold futures", "Spot gold"),
    "Silver": ("Silver", "XAG", "XAG/USD", "XAGUSD"),
    "Platinum": ("Platinum", "XPT"),
    "Palladium": ("Palladium", "XPD"),
    "Copper": ("Copper", "HG", "LME Copper"),
    "Wheat": ("Wheat",),
    "Corn": ("Corn",),
    "Soybeans": ("Soybeans", "Soybean"),
    "Coffee": ("Coffee",),
    "Sugar": ("Sugar",),
    "Cotton": ("Cotton",),
    # Currencies and rates
    "EUR/USD": ("EUR/USD", "EURUSD", "Euro/Dollar", "EUR USD", "Euro", "Euro Dollar"),
    "USD/JPY": ("USD/JPY", "USDJPY", "Dollar/Yen", "Yen"),
    "GBP/USD": ("GBP/USD", "GBPUSD", "Pound/Dollar", "Sterling", "Cable", "Pound"),
    "USD/CHF": ("USD/CHF", "USDCHF", "Dollar/Franc"),
    "AUD/USD": ("AUD/USD", "AUDUSD", "Aussie"),
    "USD/CAD": ("USD/CAD", "USDCAD", "Loonie"),
    "NZD/USD": ("NZD/USD", "NZDUSD", "Kiwi"),
    "USD/CNY": ("USD/CNY", "USDCNY", "Yuan", "Renminbi", "USD/CNH", "USDCNH"),
    "USD/INR": ("USD/INR", "USDINR", "Rupee"),
    "USD/RUB": ("USD/RUB", "USDRUB", "Ruble", "Rouble"),
    "USD/TRY": ("USD/TRY", "USDTRY", "Lira"),
    "USD/BRL": ("USD/BRL", "USDBRL", "Real"),
    "USD/IRR": ("USD/IRR", "Rial"),
    "EUR/GBP": ("EUR/GBP", "EURGBP"),
    "EUR/JPY": ("EUR/JPY", "EURJPY"),
    "U.S. Dollar Index": ("DXY", "Dollar Index", "USDX", "US Dollar Index"),
    "US 10-year Treasury yield": ("US 10Y", "10-Year Treasury", "US10Y", "10-yr Treasury", "TNX"),
    # Crypto-assets
    "Bitcoin": ("Bitcoin", "BTC", "BTC/USD", "BTCUSD", "XBT"),
    "Ethereum": ("Ethereum", "ETH", "ETH/USD", "Ether"),
}  # fmt: skip

#: ISO 4217 codes of the currencies tickers quote most (the BIS triennial survey's
#: most traded currencies, plus those of the larger emerging markets and the Gulf);
#: any pair of them (``USD/KRW``, ``EURCHF``) is a currency pair.
CURRENCY_CODES: frozenset[str] = frozenset(
    [
        "USD",
        "EUR",
        "JPY",
        "GBP",
        "CNY",
        "CNH",
        "AUD",
        "CAD",
        "CHF",
        "HKD",
        "SGD",
        "SEK",
        "KRW",
        "NOK",
        "NZD",
        "INR",
        "MXN",
        "TWD",
        "ZAR",
        "BRL",
        "DKK",
        "PLN",
        "THB",
        "ILS",
        "IDR",
        "CZK",
        "AED",
        "TRY",
        "HUF",
        "CLP",
        "SAR",
        "PHP",
        "MYR",
        "COP",
        "RUB",
        "RON",
        "PEN",
        "IRR",
        "EGP",
        "NGN",
        "KZT",
        "PKR",
        "QAR",
        "KWD",
        "UAH",
        "VND",
        "ARS",
        "BHD",
        "OMR",
    ]
)

#: Words of the label a ticker widget prints above its rows (``Market Snapshot``,
#: ``World Indices``, ``Live Quotes``), from the market boxes of news portals.
WIDGET_LABEL_WORDS: frozenset[str] = frozenset(
    [
        "market",
        "markets",
        "stocks",
        "shares",
        "indices",
        "indexes",
        "index",
        "ticker",
        "quotes",
        "currencies",
        "forex",
        "commodities",
        "bourse",
        "bourses",
        "snapshot",
        "watch",
    ]
)

#: Unit words a widget may print beside its numbers.
MARKET_UNITS = frozenset({"pts", "points", "usd", "eur", "bp", "bps", "%", "pct"})
