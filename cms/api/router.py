from wagtail.api.v2.router import WagtailAPIRouter

from .views import OpenDocumentsAPIViewSet, OpenImagesAPIViewSet, OpenPagesAPIViewSet

api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", OpenPagesAPIViewSet)
api_router.register_endpoint("images", OpenImagesAPIViewSet)
api_router.register_endpoint("documents", OpenDocumentsAPIViewSet)
