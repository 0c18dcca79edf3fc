"""A Django receiver for JobMojito's webhooks: a view and its URL.

In a Django project, route the view and give it a ``Receiver``::

    # urls.py
    from examples.receivers.django_receiver import webhook_view
    urlpatterns = [path("jobmojito/webhooks", webhook_view(receiver))]

where ``receiver = Receiver({"X-Webhook-Token": settings.JOBMOJITO_WEBHOOK_TOKEN}, handle,
Deduplicator(SQLiteStore(...)))``. The view is exempt from CSRF (JobMojito
authenticates with the header instead) and takes POST only.
"""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse, HttpResponseNotAllowed
from django.urls import URLPattern, path
from django.views.decorators.csrf import csrf_exempt

from .handling import Receiver

PATH = "jobmojito/webhooks"


def webhook_view(receiver: Receiver) -> Callable[[HttpRequest], HttpResponse]:
    @csrf_exempt
    def receive(request: HttpRequest) -> HttpResponse:
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        return HttpResponse(status=receiver.receive(request.body, list(request.headers.items())))

    return receive


def urlpatterns(receiver: Receiver) -> list[URLPattern]:
    return [path(PATH, webhook_view(receiver))]
