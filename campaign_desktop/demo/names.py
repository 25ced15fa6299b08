"""Names, places and mail domains the demo profiles are drawn from, per language."""

from __future__ import annotations

FIRST_NAMES: dict[str, list[str]] = {
    "en": ["Oliver", "Amelia", "George", "Isla", "Harry", "Ava", "Jack", "Emily", "Noah", "Grace", "Leo",
           "Sophie", "Arthur", "Lily", "Oscar", "Freya", "Thomas", "Ella", "James", "Chloe", "William", "Ruby"],
    "fr": ["Léa", "Hugo", "Chloé", "Lucas", "Manon", "Louis", "Camille", "Gabriel", "Inès", "Jules", "Zoé",
           "Arthur", "Élise", "Théo", "Juliette", "Raphaël", "Anaïs", "Mathis", "Clémence", "Noé", "Hélène", "Adèle"],
    "de": ["Lukas", "Anna", "Felix", "Lena", "Jonas", "Marie", "Paul", "Hannah", "Maximilian", "Sophie", "Jörg"],
    "es": ["Lucía", "Hugo", "Martina", "Mateo", "Sofía", "Pablo", "Valeria", "Álvaro", "Carmen", "Javier"],
}
LAST_NAMES: dict[str, list[str]] = {
    "en": ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Robinson", "Wright",
           "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Wood", "Jackson", "Clarke"],
    "fr": ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau",
           "Simon", "Laurent", "Lefèvre", "Michel", "Garcia", "David", "Bertrand", "Roux", "Fournier", "Girard"],
    "de": ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann"],
    "es": ["García", "Fernández", "González", "Rodríguez", "López", "Martínez", "Sánchez", "Pérez", "Gómez", "Ruiz"],
}
#: Japanese names as shown (kanji) and as written in an address (romaji).
JAPANESE_FIRST: list[tuple[str, str]] = [
    ("陽翔", "haruto"), ("陽葵", "himari"), ("蓮", "ren"), ("凛", "rin"), ("湊", "minato"), ("結菜", "yuina"),
    ("大和", "yamato"), ("葵", "aoi"), ("悠真", "yuma"), ("咲良", "sakura"), ("蒼", "ao"), ("芽依", "mei"),
]
JAPANESE_LAST: list[tuple[str, str]] = [
    ("佐藤", "sato"), ("鈴木", "suzuki"), ("高橋", "takahashi"), ("田中", "tanaka"), ("伊藤", "ito"),
    ("渡辺", "watanabe"), ("山本", "yamamoto"), ("中村", "nakamura"), ("小林", "kobayashi"), ("加藤", "kato"),
]
CITIES: dict[str, tuple[str, list[str]]] = {
    "en": ("United Kingdom", ["London", "Manchester", "Bristol", "Edinburgh", "Leeds", "Brighton", "York"]),
    "fr": ("France", ["Paris", "Lyon", "Strasbourg", "Bordeaux", "Nantes", "Lille", "Marseille", "Toulouse"]),
    "de": ("Germany", ["Berlin", "München", "Hamburg", "Köln", "Freiburg"]),
    "es": ("Spain", ["Madrid", "Barcelona", "Valencia", "Sevilla", "Bilbao"]),
    "ja": ("Japan", ["東京", "大阪", "京都", "横浜", "札幌"]),
}
DOMAINS: dict[str, list[str]] = {
    "en": ["gmail.com", "outlook.com", "yahoo.co.uk", "btinternet.com", "icloud.com"],
    "fr": ["gmail.com", "orange.fr", "free.fr", "laposte.net", "sfr.fr", "hotmail.fr"],
    "de": ["gmx.de", "web.de", "gmail.com", "t-online.de"],
    "es": ["gmail.com", "hotmail.es", "telefonica.net"],
    "ja": ["gmail.com", "yahoo.co.jp"],
}
#: Japanese mobile carriers: their messages need ISO-2022-JP.
JAPANESE_MOBILE_DOMAINS = ["docomo.ne.jp", "ezweb.ne.jp", "au.com", "softbank.ne.jp", "i.softbank.jp"]
#: Disposable-mail domains the demo typology denies.
DENIED_DOMAINS = ["mailinator.com", "yopmail.com"]
LANGUAGE_WEIGHTS = {"en": 40, "fr": 35, "ja": 10, "de": 8, "es": 7}
CATEGORIES = ["home", "kitchen", "textiles", "lighting", "garden", "gifts"]
TIERS = ["Bronze", "Silver", "Gold", "Platinum"]
