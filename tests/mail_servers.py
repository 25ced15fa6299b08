"""A real Postfix relay and a real Dovecot mailbox server on 127.0.0.1, for the tests.

Postfix (Debian's package, its own instance in a temporary folder) listens on a free
port of 127.0.0.1 and has no outbound transport at all: every domain it knows is local,
and anything else is refused by its ``error`` transport, so nothing can leave the
machine. Its address classes answer as a real relay does:

==============  ===============================================================
domain          what Postfix does with a recipient there
==============  ===============================================================
inbox.test      accepts and delivers it (into one Maildir)
nouser.test     refuses it at RCPT: 550 5.1.1 … User unknown in virtual mailbox table
full.test       refuses it for now at RCPT: 450 4.2.2 … Mailbox full
policy.test     refuses it by policy at RCPT: 550 5.7.1 … Recipient address rejected: Access denied
gone.test       accepts it, then bounces it: a real RFC 3464 *failed* notice
later.test      accepts it, defers it: a *delayed* notice after a second, then a
                *failed* one when the queue lifetime (six seconds here) ends
bounce.test     the error address ``errors@bounce.test`` (and its ``errors+TOKEN`` forms)
==============  ===============================================================

Dovecot serves ``errors@bounce.test``'s Maildir over IMAP and POP3, in clear with
STARTTLS and over TLS, with a certificate made for the run (its file is the CA to trust).

Both need root (Postfix's daemons change to their own users) and Debian's packages
(``postfix``, ``dovecot-imapd``, ``dovecot-pop3d``); without them the tests that use them
are skipped with the reason. ``.ci/run`` installs them.
"""

from __future__ import annotations

import os
import pwd
import re
import secrets
import shutil
import signal
import subprocess
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from tests.smtp_server import free_port

ERROR_ADDRESS = "errors@bounce.test"
QUEUE_LIFETIME_S = 6
DOMAINS = ("inbox.test", "nouser.test", "full.test", "policy.test", "gone.test", "later.test", "bounce.test")


def missing() -> str | None:
    """Why the servers cannot run here, or ``None``."""
    if os.geteuid() != 0:
        return "Postfix and Dovecot need root to start (CI runs as root)"
    for program in ("postfix", "dovecot", "openssl"):
        if shutil.which(program) is None and not Path(f"/usr/sbin/{program}").exists():
            return f"{program} is not installed (apt-get install postfix dovecot-imapd dovecot-pop3d openssl)"
    try:
        pwd.getpwnam("postfix")
    except KeyError:
        return "the postfix user does not exist (install Debian's postfix package)"
    return None


def _postfix_main(root: Path) -> str:
    nobody = pwd.getpwnam("nobody")
    return f"""
compatibility_level = 3.6
queue_directory = {root}/spool
data_directory = {root}/data
mail_owner = postfix
setgid_group = postdrop
myhostname = relay.test
mydomain = relay.test
myorigin = relay.test
mydestination =
inet_interfaces = 127.0.0.1
inet_protocols = ipv4
mynetworks = 127.0.0.0/8
relay_domains =
# nothing leaves this machine: no domain but the local ones has a transport
local_transport = error:5.1.1 no local delivery on this test relay
default_transport = error:5.4.4 this test relay has no outbound transport
relay_transport = error:5.4.4 this test relay has no outbound transport
smtp_dns_support_level = disabled
virtual_mailbox_domains = {" ".join(DOMAINS)}
virtual_mailbox_base = {root}/mail
virtual_mailbox_maps = texthash:{root}/etc/mailboxes
virtual_uid_maps = static:{nobody.pw_uid}
virtual_gid_maps = static:{nobody.pw_gid}
virtual_minimum_uid = 1
recipient_delimiter = +
transport_maps = texthash:{root}/etc/transport
smtpd_reject_unlisted_recipient = no
smtpd_recipient_restrictions = check_recipient_access texthash:{root}/etc/access, permit_mynetworks, reject_unauth_destination
access_map_reject_code = 550
maillog_file = {root}/maillog
maillog_file_prefixes = {root}
delay_warning_time = 1s
maximal_queue_lifetime = {QUEUE_LIFETIME_S}s
bounce_queue_lifetime = {QUEUE_LIFETIME_S}s
queue_run_delay = 1s
minimal_backoff_time = 1s
maximal_backoff_time = 2s
biff = no
alias_maps =
alias_database =
smtpd_banner = $myhostname ESMTP
"""


def _postfix_master(port: int) -> str:
    return f"""
127.0.0.1:{port} inet n - n - - smtpd
pickup    unix  n - n 60 1 pickup
cleanup   unix  n - n - 0 cleanup
qmgr      unix  n - n 300 1 qmgr
rewrite   unix  - - n - - trivial-rewrite
bounce    unix  - - n - 0 bounce
defer     unix  - - n - 0 bounce
trace     unix  - - n - 0 bounce
verify    unix  - - n - 1 verify
flush     unix  n - n 1000 0 flush
proxymap  unix  - - n - - proxymap
showq     unix  n - n - - showq
error     unix  - - n - - error
retry     unix  - - n - - error
discard   unix  - - n - - discard
local     unix  - n n - - local
virtual   unix  - n n - - virtual
anvil     unix  - - n - 1 anvil
scache    unix  - - n - 1 scache
postlog   unix-dgram n - n - 1 postlogd
"""


ACCESS = """full.test 450 4.2.2 Mailbox full
policy.test REJECT
nouser.test reject_unlisted_recipient
"""


def _dovecot_conf(root: Path, ports: dict[str, int]) -> str:
    nobody = pwd.getpwnam("nobody")
    return f"""
base_dir = {root}/dovecot/run
state_dir = {root}/dovecot/state
log_path = {root}/dovecot/dovecot.log
protocols = imap pop3
listen = 127.0.0.1
ssl = yes
ssl_cert = <{root}/tls/cert.pem
ssl_key = <{root}/tls/key.pem
disable_plaintext_auth = no
auth_mechanisms = plain login
passdb {{
  driver = passwd-file
  args = scheme=PLAIN {root}/dovecot/users
}}
userdb {{
  driver = static
  args = uid={nobody.pw_uid} gid={nobody.pw_gid} home={root}/mail/%d/%n
}}
mail_location = maildir:{root}/mail/%d/%n
first_valid_uid = 1
first_valid_gid = 1
pop3_uidl_format = %08Xu%08Xv
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {ports["imap"]}
  }}
  inet_listener imaps {{
    address = 127.0.0.1
    port = {ports["imaps"]}
    ssl = yes
  }}
}}
service pop3-login {{
  inet_listener pop3 {{
    address = 127.0.0.1
    port = {ports["pop3"]}
  }}
  inet_listener pop3s {{
    address = 127.0.0.1
    port = {ports["pop3s"]}
    ssl = yes
  }}
}}
"""


@dataclass
class MailServers:
    root: Path
    smtp_port: int = field(default_factory=free_port)
    ports: dict[str, int] = field(default_factory=lambda: {name: free_port() for name in ("imap", "imaps", "pop3", "pop3s")})
    password: str = field(default_factory=lambda: secrets.token_hex(8))
    dovecot: subprocess.Popen | None = None

    @property
    def etc(self) -> Path:
        return self.root / "etc"

    @property
    def ca_file(self) -> Path:
        return self.root / "tls" / "cert.pem"

    @property
    def error_maildir(self) -> Path:
        return self.root / "mail" / "bounce.test" / "errors"

    def start(self) -> None:
        root = self.root
        for sub in ("etc", "spool", "data", "mail", "tls", "dovecot/run", "dovecot/state"):
            (root / sub).mkdir(parents=True, exist_ok=True)
        root.chmod(0o755)  # Postfix's and Dovecot's own users go through it
        nobody = pwd.getpwnam("nobody")
        os.chown(root / "mail", nobody.pw_uid, nobody.pw_gid)
        postfix = pwd.getpwnam("postfix")
        os.chown(root / "data", postfix.pw_uid, postfix.pw_gid)
        (self.etc / "main.cf").write_text(_postfix_main(root))
        (self.etc / "master.cf").write_text(_postfix_master(self.smtp_port))
        (self.etc / "mailboxes").write_text(
            # full.test and policy.test have mailboxes behind their access rules: a retry that the
            # relay takes once the rule is lifted is delivered
            "@inbox.test inbox.test/all/\n@gone.test gone.test/all/\n@later.test later.test/all/\n"
            "@full.test full.test/all/\n@policy.test policy.test/all/\n"
            f"{ERROR_ADDRESS} bounce.test/errors/\n")
        (self.etc / "transport").write_text(
            "gone.test error:5.1.1 The mailbox is gone (test relay)\n"
            "later.test retry:4.4.1 The destination is busy (test relay)\n")
        (self.etc / "access").write_text(ACCESS)
        subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=127.0.0.1",
                        "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost", "-keyout", str(root / "tls" / "key.pem"),
                        "-out", str(self.ca_file)], check=True, capture_output=True, timeout=60)
        (root / "dovecot" / "users").write_text(f"{ERROR_ADDRESS}:{{PLAIN}}{self.password}\n")
        (root / "dovecot" / "dovecot.conf").write_text(_dovecot_conf(root, self.ports))
        started = subprocess.run(["postfix", "-c", str(self.etc), "start"], capture_output=True, text=True, timeout=60)
        if started.returncode != 0:
            raise RuntimeError(f"Postfix did not start: {started.stderr} {self._log()}")
        self.dovecot = subprocess.Popen(["dovecot", "-c", str(root / "dovecot" / "dovecot.conf"), "-F"],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
        self.wait(lambda: all(_listening(port) for port in [self.smtp_port, *self.ports.values()]), 20,
                  "Postfix and Dovecot to listen")

    def stop(self) -> None:
        subprocess.run(["postfix", "-c", str(self.etc), "stop"], capture_output=True, timeout=60)
        if self.dovecot is not None:
            os.killpg(self.dovecot.pid, signal.SIGTERM)
            try:
                self.dovecot.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(self.dovecot.pid, signal.SIGKILL)
        shutil.rmtree(self.root, ignore_errors=True)

    def reload(self, access: str) -> None:
        """A new access table (say, full.test's mailbox has room again), as an administrator would."""
        (self.etc / "access").write_text(access)
        subprocess.run(["postfix", "-c", str(self.etc), "reload"], check=True, capture_output=True, timeout=60)
        time.sleep(1.5)  # smtpd processes finish their session with the old table

    def clear_notices(self) -> None:
        """An empty error mailbox (each test's database starts with the same ids)."""
        for folder in (self.error_maildir, self.error_maildir / ".Processed"):
            for sub in ("new", "cur"):
                for path in (folder / sub).glob("*") if (folder / sub).exists() else ():
                    path.unlink()

    def notices(self, moved: bool = True) -> list[Path]:
        """The files of the error Maildir, new and read ones, and (``moved``) those moved to Processed."""
        folders = [self.error_maildir] + ([self.error_maildir / ".Processed"] if moved else [])
        return sorted(p for folder in folders for sub in ("new", "cur") if (folder / sub).exists()
                      for p in (folder / sub).iterdir())

    def delivered(self, domain: str = "inbox.test") -> list[bytes]:
        folder = self.root / "mail" / domain / "all" / "new"
        return [p.read_bytes() for p in sorted(folder.iterdir())] if folder.exists() else []

    def accepted_message_ids(self) -> list[str]:
        """Every message Postfix accepted, by Message-ID, from its log."""
        return re.findall(r"cleanup\[\d+\]: \w+: message-id=(<[^>]*>)", self._log())

    def queue_empty(self) -> bool:
        shown = subprocess.run(["postqueue", "-c", str(self.etc), "-p"], capture_output=True, text=True, timeout=30)
        return "Mail queue is empty" in shown.stdout

    def wait(self, done: Callable[[], bool], seconds: float, what: str) -> None:
        deadline = time.monotonic() + seconds
        while not done():
            if time.monotonic() > deadline:
                raise AssertionError(f"waited {seconds} s for {what}\n{self._log()[-3000:]}")
            time.sleep(0.2)

    def _log(self) -> str:
        log = self.root / "maillog"
        return log.read_text(errors="replace") if log.exists() else ""


def _listening(port: int) -> bool:
    import socket

    with socket.socket() as probe:
        probe.settimeout(0.5)
        return probe.connect_ex(("127.0.0.1", port)) == 0


def start_mail_servers() -> MailServers:
    servers = MailServers(Path(tempfile.mkdtemp(prefix="campaign-mail-")))
    servers.start()
    return servers
