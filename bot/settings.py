"""Configuration from the environment (and an optional .env file)."""

from ipaddress import ip_address
from typing import Annotated

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from meetings.documents.links import EXPORT_HOURS, LINK_DAYS, LinkLifetimes

# Bot Connector hosts of the public and government clouds.
CONNECTOR_HOSTS = (
    "smba.trafficmanager.net",
    "smba.infra.gcc.teams.microsoft.com",
    "smba.infra.gov.teams.microsoft.us",
    "smba.infra.dod.teams.microsoft.us",
)
LOOPBACK_HOSTS = ("localhost", "127.0.0.1", "::1")
# Where Teams keeps a file sent in a 1:1 chat (OneDrive for Business: SharePoint), in the
# public and government clouds; a download URL's host must be one of these or under one.
FILE_HOSTS = ("sharepoint.com", "sharepoint.us", "sharepoint-mil.us", "sharepoint.cn")

CommaList = Annotated[tuple[str, ...], NoDecode]


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", extra="ignore")

    app_id: str = Field("", alias="APP_ID")
    app_password: str = Field("", alias="APP_PASSWORD")
    app_type: str = Field("SingleTenant", alias="APP_TYPE")
    app_tenant_id: str = Field("", alias="APP_TENANTID")
    host: str = Field("127.0.0.1", alias="HOST")
    port: int = Field(3978, alias="PORT")
    database_url: str = Field("sqlite:///data/moedebot.db", alias="DATABASE_URL")
    public_url: str = Field("", alias="PUBLIC_URL")
    allowed_service_hosts: CommaList = Field(CONNECTOR_HOSTS, alias="ALLOWED_SERVICE_HOSTS")
    allowed_tenants: CommaList = Field((), alias="ALLOWED_TENANTS")
    max_body_bytes: int = Field(256 * 1024, alias="MAX_BODY_BYTES")
    log_level: str = Field("INFO", alias="LOG_LEVEL")
    log_format: str = Field("auto", alias="LOG_FORMAT")  # auto | json | text
    # /healthz reports 503 below this much free space where the SQLite file lives.
    min_free_disk_mb: int = Field(100, alias="MIN_FREE_DISK_MB")
    delivery_worker: bool = Field(True, alias="DELIVERY_WORKER")  # run the outbox worker here
    delivery_tick_seconds: float = Field(2.0, alias="DELIVERY_TICK_SECONDS")
    delivery_batch: int = Field(50, alias="DELIVERY_BATCH")
    delivery_lease_seconds: float = Field(60.0, alias="DELIVERY_LEASE_SECONDS")
    # How often the agenda cycle and the task chase look for work (end-to-end tests: < 1 s).
    cycle_tick_seconds: float = Field(60.0, alias="CYCLE_TICK_SECONDS")
    # Teams allows 50 requests/s per app and tenant (an older page said 30): design for 30.
    rate_limit_per_second: float = Field(30.0, alias="RATE_LIMIT_PER_SECOND")  # 0: no limit
    # Only for tests of token validation against a loopback OpenID metadata server.
    openid_metadata_url: str = Field("", alias="TO_BOT_FROM_CHANNEL_OPENID_METADATA_URL")
    # Minutes sent as a file in a 1:1 chat: fetched over https from FILE_HOSTS only, at most
    # so big and so long. Tests serve the file on loopback over http: FILES_FROM_LOOPBACK,
    # honoured only without APP_ID, as the loopback connector is.
    file_hosts: CommaList = Field(FILE_HOSTS, alias="FILE_HOSTS")
    max_file_bytes: int = Field(10 * 1024 * 1024, alias="MAX_FILE_BYTES")
    file_timeout_seconds: float = Field(30.0, alias="FILE_TIMEOUT_SECONDS")
    files_from_loopback: bool = Field(False, alias="FILES_FROM_LOOPBACK")
    # How long download links open: documents (calendar, agenda, referat, annual report) in
    # days, a person's export in hours. Asking again always gives a new link.
    document_link_days: int = Field(LINK_DAYS, alias="DOCUMENT_LINK_DAYS", ge=1, le=3650)
    export_link_hours: int = Field(EXPORT_HOURS, alias="EXPORT_LINK_HOURS", ge=1, le=24 * 30)

    @field_validator("allowed_service_hosts", "allowed_tenants", "file_hosts", mode="before")
    @classmethod
    def _split_commas(cls, value: object) -> object:
        if isinstance(value, str):
            return tuple(part.strip() for part in value.split(",") if part.strip())
        return value

    @property
    def authenticated(self) -> bool:
        """Whether inbound requests must carry a valid Bot Framework token."""
        return bool(self.app_id)

    def link_lifetimes(self) -> LinkLifetimes:
        return LinkLifetimes(self.document_link_days, self.export_link_hours)

    @property
    def base_url(self) -> str:
        return (self.public_url or f"http://{self.host}:{self.port}").rstrip("/")

    def service_hosts(self) -> frozenset[str]:
        # The Agents Playground's mocked connector lives on loopback; only allowed without auth.
        extra = () if self.authenticated else LOOPBACK_HOSTS
        return frozenset(h.lower() for h in (*self.allowed_service_hosts, *extra))

    def tenants(self) -> frozenset[str]:
        tenants = set(self.allowed_tenants)
        if self.app_tenant_id:
            tenants.add(self.app_tenant_id)
        return frozenset(tenants)

    def refuse_unsafe_binding(self) -> None:
        """Without an app id nobody is authenticated: never listen beyond this machine then."""
        if self.authenticated:
            return
        if self.host == "localhost" or _is_loopback(self.host):
            return
        raise SystemExit(
            f"Refusing to listen on {self.host} without APP_ID: without credentials anyone "
            "could talk to the bot as anyone. Set APP_ID, APP_PASSWORD and APP_TENANTID, "
            "or HOST=127.0.0.1."
        )


def _is_loopback(host: str) -> bool:
    try:
        return ip_address(host).is_loopback
    except ValueError:
        return False
