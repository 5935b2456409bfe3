from django.urls import path

from search import saved_views, views

app_name = "search"

urlpatterns = [
    path("", views.search_page, name="search"),
    path("autocomplete/", views.autocomplete, name="autocomplete"),
    path("save/", saved_views.save_search, name="save"),
    path("saved/", saved_views.saved_searches, name="saved"),
    path("saved/<int:pk>/rename/", saved_views.rename_search, name="rename"),
    path("saved/<int:pk>/delete/", saved_views.delete_search, name="delete"),
    path(
        "saved/<int:pk>/subscribe/",
        saved_views.toggle_subscription,
        name="subscribe",
    ),
    path("saved/<int:pk>/publish/", saved_views.publish_search, name="publish"),
]
