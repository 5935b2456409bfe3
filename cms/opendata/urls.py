from django.urls import path

from . import views

app_name = "opendata"

urlpatterns = [
    path("<slug:dataset>.<slug:fmt>", views.export, name="export"),
]
