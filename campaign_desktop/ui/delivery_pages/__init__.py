"""The delivery editor's pages, one widget each: Properties, Content, Audience, Parameters.

Each shows its part of a ``DeliveryDraft`` (``load``) and gives it back as the marketer left
it (``apply``); ``ui/delivery_editor.py`` coordinates them, saves, and runs the background
reads whose answers the pages show.
"""

from campaign_desktop.ui.delivery_pages.audience import AudiencePage
from campaign_desktop.ui.delivery_pages.content import ContentPage
from campaign_desktop.ui.delivery_pages.page import EditorPage
from campaign_desktop.ui.delivery_pages.parameters import ParametersPage
from campaign_desktop.ui.delivery_pages.properties import PropertiesPage

__all__ = ["AudiencePage", "ContentPage", "EditorPage", "ParametersPage", "PropertiesPage"]
