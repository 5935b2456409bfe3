"""“Invest in …”: a region's showcase page and its investor contact form."""

import logging

from django.conf import settings
from django.core.mail import EmailMessage, send_mail
from django.db import models
from django.shortcuts import redirect
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import path
from wagtail.fields import StreamField
from wagtail.search import index

from branding.blocks import (
    SellingPointBlock,
)
from cms.api.fields import InlineList, PageLink, PublicDocuments
from cms.cases.public import signed_reference, submit_public_form
from cms.factsheets import FACTSHEET_SEGMENTS, serve_factsheet
from cms.governance import source_region
from home.models import BasePage
from home.search_weights import SUMMARY_BOOST
from home.translated_routes import TranslatedRoutesMixin, translated_path
from regions.maps import build_map
from regions.models import RegionPage, Sector

from .inquiries import InvestorInquiry

logger = logging.getLogger(__name__)

REFERENCE_SALT = "branding.inquiry-reference"


class ShowcasePage(TranslatedRoutesMixin, BasePage):
    """“Invest in …”: why invest, incentives, sites, stories and a contact form."""

    # The region's profile links to it first (regions.RegionPage.get_featured_pages).
    region_button = "primary"

    headline = models.CharField(
        _("headline"),
        max_length=200,
        help_text=_("The promise to investors, in one line."),
    )
    intro = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_("Two or three sentences under the headline."),
    )
    selling_points = StreamField(
        [("point", SellingPointBlock())],
        blank=True,
        verbose_name=_("key selling points"),
        help_text=_("Three to six reasons to invest here."),
    )
    factsheet = models.ForeignKey(
        settings.WAGTAILDOCS_DOCUMENT_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("factsheet"),
        help_text=_("A downloadable factsheet for investors (PDF)."),
    )
    contact_intro = models.TextField(
        _("contact form introduction"),
        blank=True,
        help_text=_("A sentence above the contact form, e.g. who answers and when."),
    )
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("privacy notice"),
        help_text=_("The page that explains how inquiries are handled."),
    )

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("headline", boost=SUMMARY_BOOST),
        index.SearchField("intro", boost=SUMMARY_BOOST),
        index.SearchField("selling_points"),
        index.SearchField("contact_intro"),
        index.SearchField("search_taxonomy"),
    ]

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("headline"),
        FieldPanel("intro"),
        FieldPanel("selling_points"),
        InlinePanel("showcase_sectors", heading=_("Target sectors"), label=_("Sector")),
        InlinePanel("incentives", heading=_("Incentives"), label=_("Incentive")),
        InlinePanel("investment_sites", heading=_("Investment sites"), label=_("Site")),
        InlinePanel("success_stories", heading=_("Success stories"), label=_("Story")),
        FieldPanel("factsheet"),
        MultiFieldPanel(
            [FieldPanel("contact_intro"), FieldPanel("privacy_page")],
            heading=_("Contact form"),
        ),
    ]

    api_fields = [
        APIField("region", serializer=PageLink(source_method="get_parent")),
        APIField("headline"),
        APIField("intro"),
        APIField("selling_points"),
        APIField("target_sectors", serializer=InlineList("code", "name")),
        APIField(
            "incentives",
            serializer=InlineList(
                "name",
                "kind",
                "max_amount_eur",
                "eligibility",
                "link",
                choice_labels=["kind"],
            ),
        ),
        APIField(
            "investment_sites",
            serializer=InlineList(
                "name",
                "kind",
                "area_m2",
                "municipality",
                "latitude",
                "longitude",
                "availability",
                "admissible_uses",
                choice_labels=["kind", "availability"],
            ),
        ),
        APIField(
            "success_stories",
            serializer=InlineList(
                "investor",
                "country_of_origin",
                "amount_invested_eur",
                "jobs_created",
                "year",
                "quote",
                "quote_by",
            ),
        ),
        APIField("factsheet", serializer=PublicDocuments(single=True)),
    ]

    parent_page_types = ["regions.RegionPage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("showcase page")
        verbose_name_plural = _("showcase pages")

    @property
    def region(self):
        parent = self.get_parent()
        return parent.specific if parent else None

    @property
    def target_sectors(self):
        return [link.sector for link in self.showcase_sectors.all()]

    def get_taxonomy_labels(self):
        """The region with its country, and the sectors it targets."""
        sectors = [sector.name for sector in self.target_sectors]
        return [*self.region_labels(self.region), *sectors]

    def get_privacy_url(self):
        if self.privacy_page_id and self.privacy_page:
            return self.privacy_page.localized.url
        return ""

    def get_sector_choices(self):
        return Sector.objects.filter(locale=self.locale).order_by("name")

    def get_form(self, data=None):
        from branding.forms import InvestorInquiryForm

        return InvestorInquiryForm(
            data, sectors=self.get_sector_choices(), privacy_url=self.get_privacy_url()
        )

    def get_finder_url(self, request):
        """The site finder of this language, narrowed to this showcase's region."""
        from .invest import InvestIndexPage

        index = (
            InvestIndexPage.objects.live()
            .public()
            .filter(locale_id=self.locale_id)
            .only("url_path", "path", "depth", "locale_id")
            .first()
        )
        if index is None:
            return ""
        url = index.get_url(request) + index.reverse_subpage("site_finder")
        region = self.region
        return f"{url}?region={region.slug}" if region is not None else url

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        sites = list(self.investment_sites.all())
        context.setdefault("form", self.get_form())
        context.update(
            region=self.region,
            contact_url=self.get_url(request) + self.reverse_subpage("contact"),
            finder_url=self.get_finder_url(request),
            sites=sites,
            sites_map=build_map(
                gettext("Map of the investment sites"),
                [
                    (site.name, f"#site-{site.pk}", site.latitude, site.longitude)
                    for site in sites
                ],
                fit=True,
            ),
        )
        return context

    @path("")
    def showcase(self, request):
        return self.render(request)

    @translated_path("factsheet", FACTSHEET_SEGMENTS)
    def factsheet_pdf(self, request):
        """The showcase's factsheet, generated from its published data (an
        uploaded ``factsheet`` document, if any, is linked instead)."""
        from branding.factsheets import build_showcase_factsheet

        region = self.get_parent()
        return serve_factsheet(
            self, build_showcase_factsheet, name=f"{region.slug}-{self.slug}"
        )

    def get_factsheet_url(self, request=None):
        return self.get_url(request) + self.reverse_subpage("factsheet")

    @translated_path(
        "contact",
        {
            "en": "contact/",
            "it": "contatto/",
            "es": "contacto/",
            "sv": "kontakt/",
            "pl": "kontakt/",
        },
    )
    def contact(self, request):
        """The form posts here; a GET (a bookmarked URL) goes back to the page."""
        if request.method != "POST":
            return redirect(self.get_url(request) + "#contact")

        def accept(form):
            inquiry = self.store_inquiry(form)
            self.notify_desk(inquiry)
            self.acknowledge(inquiry)
            return inquiry

        return submit_public_form(
            request,
            self.get_form(request.POST),
            blank_form=self.get_form,
            render_error=lambda form, message, status: self.render_form_error(
                request, form, message, status
            ),
            accept=accept,
            thanks_url=self.get_url(request) + self.reverse_subpage("contact_thanks"),
            salt=REFERENCE_SALT,
            messages={
                "limited": gettext(
                    "You have sent several messages in the last hour. To protect the "
                    "desk from spam, please wait an hour before sending another, or "
                    "write to the e-mail address on this page."
                ),
                "spam": gettext(
                    "Your message was not sent because it looked automated. If you "
                    "are a person, please try again and leave the last hidden field "
                    "empty, or write to the e-mail address on this page."
                ),
            },
        )

    @translated_path(
        "contact_thanks",
        {
            "en": "contact/thanks/",
            "it": "contatto/grazie/",
            "es": "contacto/gracias/",
            "sv": "kontakt/tack/",
            "pl": "kontakt/dziekujemy/",
        },
    )
    def contact_thanks(self, request):
        reference = signed_reference(request, REFERENCE_SALT)
        return TemplateResponse(
            request,
            "branding/showcase_page_thanks.html",
            {
                "page": self,
                "self": self,
                "region": self.region,
                "reference": reference,
            },
        )

    def render_form_error(self, request, form, message, status):
        response = self.render(
            request, context_overrides={"form": form, "form_message": message}
        )
        response.status_code = status
        return response

    def store_inquiry(self, form):
        inquiry = form.save(commit=False)
        inquiry.locale = self.locale
        inquiry.showcase = self
        region = self.region
        # The case belongs to the region in the source language, whose
        # coordinators handle it whatever language the visitor wrote in.
        inquiry.region = (
            source_region(region) if isinstance(region, RegionPage) else None
        )
        inquiry.status = InvestorInquiry.Status.NEW
        inquiry.save()
        return inquiry

    def notify_desk(self, inquiry):
        region = self.region
        region = region if isinstance(region, RegionPage) else None
        recipient = region.desk_email if region and region.desk_email else None
        if not recipient:
            logger.warning("Inquiry %s: the region has no desk e-mail", inquiry.pk)
            return
        body = render_to_string(
            "branding/emails/inquiry_notification.txt",
            {
                "inquiry": inquiry,
                "page": self,
                "admin_url": settings.WAGTAILADMIN_BASE_URL
                + reverse(
                    "wagtailsnippets_branding_investorinquiry:inspect",
                    args=[inquiry.pk],
                ),
            },
        )
        try:
            send_mail(
                gettext("New investor inquiry from %(company)s")
                % {"company": inquiry.company},
                body,
                settings.DEFAULT_FROM_EMAIL,
                [recipient],
            )
        except Exception:  # the inquiry is stored; the desk will see it in the admin
            logger.exception("Inquiry %s: the desk e-mail failed", inquiry.pk)
            return
        InvestorInquiry.objects.filter(pk=inquiry.pk).update(notified_at=timezone.now())

    def get_privacy_full_url(self, request=None):
        if self.privacy_page_id and self.privacy_page:
            return self.privacy_page.localized.get_full_url(request) or ""
        return ""

    def acknowledge(self, inquiry):
        """Tell the investor their message arrived, with its reference and how to
        reach the desk. Nothing the visitor typed is echoed back: the form is
        public, and a stranger's address could be entered to send it spam."""
        if not inquiry.email:
            return
        region = self.region
        region = region if isinstance(region, RegionPage) else None
        with translation.override(self.locale.language_code):
            desk_name = (region and region.desk_name) or gettext("The investment desk")
            body = render_to_string(
                "branding/emails/inquiry_acknowledgement.txt",
                {
                    "inquiry": inquiry,
                    "region": region,
                    "desk_name": desk_name,
                    "privacy_url": self.get_privacy_full_url(),
                },
            )
            subject = gettext("Your message to %(desk)s: reference %(reference)s") % {
                "desk": desk_name,
                "reference": inquiry.reference,
            }
        reply_to = [region.desk_email] if region and region.desk_email else None
        try:
            EmailMessage(
                subject,
                body,
                settings.DEFAULT_FROM_EMAIL,
                [inquiry.email],
                reply_to=reply_to,
            ).send()
        except Exception:  # the inquiry is stored; the desk answers anyway
            logger.exception("Inquiry %s: the acknowledgement failed", inquiry.pk)
