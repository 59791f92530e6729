package io.leadflow.bench;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;

/**
 * Emails SMTP accepted so far, counted per mailbox without copying a message
 * (getReceivedMessages() copies them all): about as cheap as the bare side's job count, so neither
 * side's probe slows its own figure.
 */
final class ReceivedEmails {

    private ReceivedEmails() {}

    static int count(GreenMail smtp) {
        var mailboxes = smtp.getManagers().getImapHostManager();
        int count = 0;
        for (GreenMailUser user : smtp.getUserManager().listUser()) {
            try {
                count += mailboxes.getInbox(user).getMessageCount();
            } catch (FolderException e) {
                throw new IllegalStateException(e);
            }
        }
        return count;
    }
}
