# Messages of src/tray/ (Ukrainian).

## The menu (src/tray/view.rs, src/tray/menu.rs)

menu-header-signed-in = { $name } — { $portal }
menu-header-demo = Демопортал (симуляція)
menu-header-signed-out = Вхід не виконано
menu-starting = Запуск…
menu-shortcut-starting = Комбінація клавіш: запуск…
menu-sign-in = Увійти…
menu-sign-out = Вийти з облікового запису
menu-start-at-login-on = Запуск під час входу: увімкнено
menu-start-at-login-off = Запуск під час входу: вимкнено
menu-quit = Вийти
menu-dnd-for = «Не турбувати» на…
menu-away-for = «Відсутній» на…
menu-for-minutes = { $minutes ->
    [one] На { $minutes } хвилину
    [few] На { $minutes } хвилини
    [many] На { $minutes } хвилин
   *[other] На { $minutes } хвилини
}
menu-for-hours = { $hours ->
    [one] На { $hours } годину
    [few] На { $hours } години
    [many] На { $hours } годин
   *[other] На { $hours } години
}
menu-until-morning = До завтрашнього ранку
menu-until-turned-off = Доки не вимкну

## The menu's status line: what is going on, in a few words ($status is a status label, $at a time HH:MM)

status-line-keyring-locked = Сховище паролів заблоковано — розблокуйте його
status-line-keyring-busy = Сховище паролів зайняте — повторна спроба
status-line-no-keyring = Немає сховища паролів — виконайте b24-status doctor
status-line-bad-config = Файл налаштувань пошкоджено — виконайте b24-status doctor
status-line-signed-out = Увійдіть, щоб установити статус
status-line-missing-scope = Вебхук не має дозволу im — увійдіть знову
status-line-rejected = Вебхук відхилено — увійдіть знову
status-line-setting = Встановлення статусу «{ $status }»…
status-line-not-set = «{ $status }» не встановлено — { $reason }
status-line-not-read = Статус не отримано — { $reason }
status-line-connecting = Підключення…
status-line-break = Перерва — підтверджено о { $at }
status-line-no-status = На порталі немає статусу — перевірено о { $at }
status-line-confirmed = Підтверджено о { $at }
# A timed status: what it is, when it ends ($until: "15:30", "завтра 09:00", "п'ятниці 09:00") and what follows.
status-line-until = { $status } до { $until } — потім { $then }
status-line-ended-while-away = Статус «{ $status }» завершився о { $at }, поки b24-status не працював
status-line-portal-busy = Портал зайнятий — повторна спроба
status-line-offline = Немає з'єднання — повторна спроба
status-line-dropped-choice = Відкинуто вибір, зроблений { $hours } год тому ({ $status })

## Why a status was not set or read, as $reason above (the notification carries the full sentence)

status-line-reason-overloaded = Bitrix24 заблокував REST
status-line-reason-access-denied = тариф не має доступу до REST
status-line-reason-portal-deleted = портал видалено
status-line-reason-method-not-found = портал застарів
status-line-reason-bad-redirect = портал переїхав — увійдіть знову
status-line-reason-refused = портал відхилив запит
status-line-reason-rate-limited = портал зайнятий, повторна спроба згодом
status-line-reason-other = портал недоступний

## The icon's tooltip (src/tray/mod.rs)

tray-tooltip = b24-status
tray-tooltip-status = b24-status — { $status_line }

## Starting the tray (src/tray/mod.rs)

tray-already-running = b24-status уже запущено.
tray-demo-failed = не вдалося запустити демопортал: { $error }
tray-demo-no-simulator = b24-status-sim не знайдено поруч із b24-status (зберіть його командою `cargo build -p b24-status-sim`)
tray-demo-no-url = симулятор не вивів URL вебхука
tray-worker-failed = не вдалося запустити робочий потік: { $error }

## Desktop notifications (src/tray/notices.rs); $reason is a portal error as a sentence

notice-sign-in-again = Bitrix24: увійдіть знову
notice-not-set-yet = «{ $status }» ще не встановлено
notice-keeps-trying = { $reason } b24-status і далі пробуватиме та встановить статус, щойно портал відповість.
notice-could-not-set = Не вдалося встановити «{ $status }»
notice-no-tray = Немає системного лотка для значка b24-status
notice-broken-file = b24-status пропустив пошкоджений файл
notice-runs-on-defaults = b24-status працює з типовими налаштуваннями
notice-autostart-unchanged = Запуск під час входу не змінено
notice-rule-unchanged = Автоматичне правило не змінено
notice-sign-in-page-failed = Не вдалося відкрити сторінку входу
notice-sign-in-page-failed-body = Не вдалося запустити локальну сторінку: { $error }. Натомість виконайте `b24-status login` у терміналі.
notice-no-browser = Не вдалося відкрити браузер
notice-no-browser-body = Щоб увійти, виконайте `b24-status login` у терміналі.
notice-sign-out-failed = Вихід не завершено
# The portal confirmed the revert of a timed status: "«Не турбувати» завершено — ваш статус: Онлайн".
notice-timed-ended = «{ $status }» завершено — ваш статус: { $then }

## The sign-in page's answers (src/tray/signin.rs)

signin-closed = Цю сторінку входу закрито.
signin-closed-reopen = Цю сторінку входу закрито. Відкрийте її знову з меню b24-status.
signin-signed-in = Вхід виконано.
signin-details-hidden = не вдалося ввійти; подробиці не показано, бо вони містять секретний код вебхука
signin-no-random = збій генератора випадкових чисел ОС: { $error }
signin-page-error-rejected = портал відхилив цей вебхук ({ $code }): його видалено, заблоковано або змінено його ключ; створіть новий вхідний вебхук у Bitrix24 і вставте його URL сюди
signin-page-error-missing-scope = цей вебхук не має дозволу im (Чат і сповіщення): у Bitrix24 відкрийте Застосунки → Ресурси для розробників → ваш вхідний вебхук, позначте im, збережіть і знову натисніть тут «Увійти»
signin-page-error-keyring-corrupt = запис сховища паролів для { $account } не читається: видаліть записи b24-status у менеджері паролів вашої системи (наприклад, «Паролі та ключі»), потім знову натисніть тут «Увійти»

## The sign-in page itself (src/tray/signin_page.html, as {{t:id}} placeholders)
## The page HTML-escapes these; in them `text` shows as code and **text** as a menu path.

signin-page-title = Вхід у Bitrix24 — b24-status
signin-page-heading = Вхід у Bitrix24
signin-page-how = На своєму порталі Bitrix24 відкрийте **Застосунки → Ресурси для розробників → Інше → Вхідний вебхук**, позначте дозвіл `im` (Чат і сповіщення), збережіть і скопіюйте URL вебхука.
signin-page-example = Він має вигляд `https://your-portal.bitrix24.com/rest/1/abc123…/`. b24-status перевіряє його на вашому порталі й зберігає секретний код у сховищі паролів системи.
signin-page-url-label = URL вебхука
signin-page-url-placeholder = https://your-portal.bitrix24.com/rest/…
signin-page-submit = Увійти
signin-page-show-url = Показати URL
signin-page-close-tab = Цю вкладку можна закрити.
signin-page-checking = Перевірка…
signin-page-refused = Сторінка входу відхилила запит (HTTP { $status }). Відкрийте її знову з меню b24-status.
signin-page-busy = Сторінка входу перевантажена: забагато з'єднань. Зачекайте трохи, потім знову натисніть «Увійти».
signin-page-gone = b24-status більше не чекає на цю сторінку (вона закривається через 10 хвилин або після входу). Відкрийте її знову з меню b24-status.
