"""Admin panels of the branding app."""

from wagtail.admin.panels import Panel

from .colours import contrast_report


class ContrastPanel(Panel):
    """Shows a palette colour's contrast against white and black text.

    Read-only and computed from the saved value, so editors see at a glance
    whether text on the colour passes WCAG 2.1 AA.
    """

    class BoundPanel(Panel.BoundPanel):
        template_name = "branding/admin/contrast_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            value = ""
            if self.form is not None and self.form.is_bound:
                value = self.form.data.get(self.form.add_prefix("hex"), "")
            if not value and self.instance is not None:
                value = getattr(self.instance, "hex", "") or ""
            context["hex"] = value
            context["report"] = contrast_report(value) if value else None
            return context
