/**
 * The words a shell command line starts with: the build guesses an untagged fence's
 * language from them, and the copy button (in the browser) tells a root prompt from a comment.
 */

/** First words that mark a line as a shell command. */
const COMMANDS = new Set(
  (
    'kubectl kubeadm kubelet k helm crictl ctr docker podman nerdctl strace ltrace sysdig csysdig ' +
    'falco falcoctl trivy kube-bench kubesec cosign syft grype opa conftest apparmor_parser ' +
    'aa-status aa-enforce aa-complain systemctl journalctl service cat echo printf curl wget ' +
    'grep egrep awk sed jq yq ls cd cp mv rm mkdir touch chmod chown ln find ps top kill ' +
    'pkill pgrep lsof netstat ss ip iptables nft sudo su export source apt apt-get yum dnf ' +
    'apk snap tar gzip base64 openssl ssh scp vi vim nano less more head tail sort uniq wc ' +
    'tee xargs watch which whereis man id whoami useradd usermod groupadd passwd mount umount ' +
    'nsenter unshare runsc etcdctl etcdutl git make go python python3 pip node npm'
  ).split(' '),
);

/** True for the first word of a typical command line (`kubectl`, `./run.sh`, `FOO=1`). */
export function isCommandWord(word: string): boolean {
  return COMMANDS.has(word) || /^[A-Z_][A-Z0-9_]*=\S*/.test(word) || /^\.{0,2}\/\S+/.test(word);
}
