# Messages of src/tray/, in Russian.

## The menu (src/tray/view.rs, src/tray/menu.rs)

menu-header-signed-in = { $name } — { $portal }
menu-header-demo = Демо-портал (имитация)
menu-header-signed-out = Вход не выполнен
menu-starting = Запуск…
menu-shortcut-starting = Сочетание клавиш: запуск…
menu-sign-in = Войти…
menu-sign-out = Выйти
# The state in words too: GNOME's AppIndicator menu draws no check box for an unchecked item.
menu-start-at-login-on = Запуск при входе: вкл.
menu-start-at-login-off = Запуск при входе: выкл.
menu-quit = Выход
# The timed choices: two submenus below the statuses, and their items.
menu-dnd-for = Не беспокоить на время…
menu-away-for = Отсутствую на время…
menu-for-minutes = { $minutes ->
    [one] На { $minutes } минуту
    [few] На { $minutes } минуты
    [many] На { $minutes } минут
   *[other] На { $minutes } минуты
}
menu-for-hours = { $hours ->
    [one] На { $hours } час
    [few] На { $hours } часа
    [many] На { $hours } часов
   *[other] На { $hours } часа
}
menu-until-morning = До завтрашнего утра
menu-until-turned-off = Пока не выключу

## The menu's status line: what is going on, in a few words ($status is a status label, $at a time HH:MM)

status-line-keyring-locked = Хранилище паролей заблокировано — разблокируйте его
status-line-keyring-busy = Хранилище паролей занято — повторная попытка
status-line-no-keyring = Нет хранилища паролей — выполните b24-status doctor
status-line-bad-config = Файл настроек повреждён — выполните b24-status doctor
status-line-signed-out = Войдите, чтобы установить статус
status-line-missing-scope = У вебхука нет прав im — войдите снова
status-line-rejected = Вебхук отклонён — войдите снова
status-line-setting = Установка: { $status }…
status-line-not-set = Не удалось установить «{ $status }» — { $reason }
status-line-not-read = Статус не получен — { $reason }
status-line-connecting = Подключение…
status-line-break = Перерыв — подтверждено в { $at }
status-line-no-status = На портале нет статуса — проверено в { $at }
status-line-confirmed = Подтверждено в { $at }
# A timed status: what it is, when it ends ($until: "15:30", "завтра 09:00", "пятницы 09:00") and what follows.
status-line-until = { $status } до { $until } — затем { $then }
# The revert of a timed status whose moment passed while no tray ran, applied at start ($at: "15:30").
status-line-ended-while-away = Статус «{ $status }» закончился в { $at }, когда b24-status не был запущен
status-line-portal-busy = Портал занят — повторная попытка
status-line-offline = Нет сети — повторная попытка
# A choice the last run left pending, too old to apply ($hours is a number, $status a status label).
status-line-dropped-choice = Отменён выбор, сделанный { $hours } ч назад ({ $status })

## Why a status was not set or read, as $reason above (the notification carries the full sentence)

status-line-reason-overloaded = REST заблокирован Bitrix24
status-line-reason-access-denied = нет доступа к REST на этом тарифе
status-line-reason-portal-deleted = портал удалён
status-line-reason-method-not-found = портал устарел
status-line-reason-bad-redirect = портал переехал — войдите снова
status-line-reason-refused = портал отказал
status-line-reason-rate-limited = портал занят, повтор позже
status-line-reason-other = портал недоступен

## The icon's tooltip (src/tray/mod.rs)

tray-tooltip = b24-status
tray-tooltip-status = b24-status — { $status_line }

## Starting the tray (src/tray/mod.rs)

tray-already-running = b24-status уже запущен.
tray-demo-failed = не удалось запустить демо-портал: { $error }
tray-demo-no-simulator = b24-status-sim не найден рядом с b24-status (соберите его командой `cargo build -p b24-status-sim`)
tray-demo-no-url = симулятор не вывел URL вебхука
tray-worker-failed = не удалось запустить рабочий поток: { $error }

## Desktop notifications (src/tray/notices.rs); $reason is a portal error as a sentence

notice-sign-in-again = Bitrix24: войдите снова
notice-not-set-yet = Статус «{ $status }» ещё не установлен
notice-keeps-trying = { $reason } b24-status продолжает попытки и установит статус, как только портал ответит.
notice-could-not-set = Не удалось установить «{ $status }»
notice-no-tray = У b24-status нет области уведомлений, где показать значок
notice-broken-file = b24-status пропустил повреждённый файл
notice-runs-on-defaults = b24-status работает с настройками по умолчанию
notice-autostart-unchanged = Запуск при входе не изменён
notice-rule-unchanged = Автоматическое правило не изменено
notice-sign-in-page-failed = Не удалось открыть страницу входа
notice-sign-in-page-failed-body = Не удалось запустить локальную страницу: { $error }. Выполните `b24-status login` в терминале.
notice-no-browser = Не удалось открыть браузер
notice-no-browser-body = Чтобы войти, выполните `b24-status login` в терминале.
notice-sign-out-failed = Выход не завершён
# The portal confirmed the revert of a timed status: "Статус «Не беспокоить» закончился — теперь Онлайн".
notice-timed-ended = Статус «{ $status }» закончился — теперь { $then }

## The sign-in page's answers (src/tray/signin.rs)

signin-closed = Эта страница входа закрыта.
signin-closed-reopen = Эта страница входа закрыта. Откройте её снова из меню b24-status.
signin-signed-in = Вход выполнен.
signin-details-hidden = войти не удалось; подробности не показаны, так как содержат секретный код вебхука
signin-no-random = сбой генератора случайных чисел ОС: { $error }
# A refused sign-in, worded for the page (where the terminal's wording names a command): what to do there.
signin-page-error-rejected = портал отклонил этот вебхук ({ $code }): он удалён, заблокирован или его код изменён; создайте новый входящий вебхук в Bitrix24 и вставьте его URL сюда
signin-page-error-missing-scope = у этого вебхука нет прав im (Чат и уведомления): в Bitrix24 откройте Приложения → Разработчикам → ваш входящий вебхук, отметьте im, сохраните и снова нажмите здесь «Войти»
signin-page-error-keyring-corrupt = запись для { $account } в хранилище паролей не читается: удалите записи b24-status в менеджере паролей системы (например, «Пароли и ключи») и снова нажмите здесь «Войти»

## The sign-in page itself (src/tray/signin_page.html, as {{t:id}} placeholders)
## The page HTML-escapes these; in them `text` shows as code and **text** as a menu path.

signin-page-title = Вход в Bitrix24 — b24-status
signin-page-heading = Вход в Bitrix24
signin-page-how = На своём портале Bitrix24 откройте **Приложения → Разработчикам → Другое → Входящий вебхук**, отметьте право `im` (Чат и уведомления), сохраните и скопируйте URL вебхука.
signin-page-example = Он выглядит так: `https://your-portal.bitrix24.com/rest/1/abc123…/`. b24-status проверит его на вашем портале и сохранит секретный код в хранилище паролей системы.
signin-page-url-label = URL вебхука
signin-page-url-placeholder = https://your-portal.bitrix24.com/rest/…
signin-page-submit = Войти
signin-page-show-url = Показать URL
signin-page-close-tab = Эту вкладку можно закрыть.
# Shown by the page's script; $status is the HTTP status code, filled in by the script.
signin-page-checking = Проверка…
signin-page-refused = Страница входа отклонила запрос (HTTP { $status }). Откройте её снова из меню b24-status.
# The page serves a few connections at a time; more are answered HTTP 503.
signin-page-busy = Страница входа занята: слишком много подключений. Подождите немного и снова нажмите «Войти».
signin-page-gone = b24-status больше не ждёт эту страницу (она закрывается через 10 минут или после входа). Откройте её снова из меню b24-status.
