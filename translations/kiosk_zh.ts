<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Countries</name>
    <message>
        <source>Regional office: %1</source>
        <translation>区域办事处：%1</translation>
    </message>
    <message>
        <source>Presence: %1</source>
        <translation>驻地办事处：%1</translation>
    </message>
    <message>
        <source>Covered from the regional office in %1</source>
        <translation>由%1的区域办事处负责</translation>
    </message>
    <message>
        <source>%1 on the map</source>
        <translation>地图上的%1</translation>
    </message>
    <message>
        <source>The office&apos;s work in this country</source>
        <translation>办事处在该国的工作</translation>
    </message>
</context>
<context>
    <name>DraftNote</name>
    <message>
        <source>Unofficial translation</source>
        <extracomment>A small note under the title of every screen in a language whose translation nobody fluent has reviewed yet: the text is not the office&apos;s official version.</extracomment>
        <translation>非官方译文</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Welcome</source>
        <translation>欢迎</translation>
    </message>
    <message>
        <source>Choose your language</source>
        <translation>请选择语言</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <source>Still there?</source>
        <translation>您还在吗？</translation>
    </message>
    <message numerus="yes">
        <source>Starting over in %n seconds.</source>
        <translation>
            <numerusform>%n秒后重新开始。</numerusform>
        </translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>重新开始</translation>
    </message>
</context>
<context>
    <name>LanguageSheet</name>
    <message>
        <source>Choose your language</source>
        <translation>请选择语言</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>MandateScreen</name>
    <message>
        <source>The office&apos;s page online (not opened by this kiosk): %1</source>
        <translation>办事处网页（本信息亭不会打开）：%1</translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Back to the previous screen</source>
        <translation>返回上一屏</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <source>Take this page with you</source>
        <translation>随身带走此页</translation>
    </message>
    <message>
        <source>Back to the start screen</source>
        <translation>返回起始屏幕</translation>
    </message>
    <message>
        <source>The office&apos;s page online, as a QR code</source>
        <translation>办事处网页的二维码</translation>
    </message>
    <message>
        <source>Text size: normal</source>
        <translation>文字大小：正常</translation>
    </message>
    <message>
        <source>Text size: large</source>
        <translation>文字大小：大</translation>
    </message>
    <message>
        <source>Text size: larger</source>
        <translation>文字大小：更大</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>高对比度</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>朗读</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>语言：%1</translation>
    </message>
    <message>
        <source>Choose your language</source>
        <translation>请选择语言</translation>
    </message>
</context>
<context>
    <name>OperatorPanel</name>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>已保存至%1</translation>
    </message>
    <message numerus="yes">
        <source>The content was not reloaded: %n problem(s). The current content stays.</source>
        <translation>
            <numerusform>内容未重新加载：发现%n个问题。当前内容保持不变。</numerusform>
        </translation>
    </message>
    <message>
        <source>Content reloaded: %1</source>
        <translation>内容已重新加载：%1</translation>
    </message>
    <message>
        <source>Operator panel</source>
        <translation>操作员面板</translation>
    </message>
    <message>
        <source>Default language</source>
        <translation>默认语言</translation>
    </message>
    <message>
        <source>Languages offered</source>
        <translation>提供的语言</translation>
    </message>
    <message>
        <source>Idle time before reset</source>
        <translation>重置前的空闲时间</translation>
    </message>
    <message numerus="yes">
        <source>%n seconds</source>
        <translation>
            <numerusform>%n秒</numerusform>
        </translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>保存设置</translation>
    </message>
    <message>
        <source>Reload content</source>
        <translation>重新加载内容</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>诊断</translation>
    </message>
    <message>
        <source>Exit kiosk</source>
        <translation>退出信息亭</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Content packs</source>
        <translation>内容包</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>PIN码错误。</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n seconds.</source>
        <translation>
            <numerusform>PIN码错误次数过多。请在%n秒后重试。</numerusform>
        </translation>
    </message>
    <message>
        <source>Offer at least one language.</source>
        <translation>请至少提供一种语言。</translation>
    </message>
    <message>
        <source>The default language must be one of the languages offered.</source>
        <translation>默认语言必须是所提供的语言之一。</translation>
    </message>
    <message>
        <source>Usage counts</source>
        <translation>使用统计</translation>
    </message>
</context>
<context>
    <name>PacksPage</name>
    <message>
        <source>Inbox: %1</source>
        <translation>收件夹：%1</translation>
    </message>
    <message>
        <source>Removable media: %1</source>
        <translation>可移动介质：%1</translation>
    </message>
    <message>
        <source>Checking...</source>
        <translation>正在检查...</translation>
    </message>
    <message>
        <source>Waiting for its files: %1</source>
        <translation>正在等待其文件：%1</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>已拒绝：%1</translation>
    </message>
    <message>
        <source>Signed by key %1</source>
        <translation>由密钥 %1 签名</translation>
    </message>
    <message>
        <source>Unsigned (allowed by the settings)</source>
        <translation>未签名（设置允许）</translation>
    </message>
    <message>
        <source>Shown now</source>
        <translation>当前显示</translation>
    </message>
    <message>
        <source>Install</source>
        <translation>安装</translation>
    </message>
    <message>
        <source>Install older version</source>
        <translation>安装旧版本</translation>
    </message>
    <message>
        <source>No packs in the inbox or on removable media.</source>
        <translation>收件夹和可移动介质中都没有内容包。</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>回滚</translation>
    </message>
    <message>
        <source>Install anyway</source>
        <translation>仍然安装</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Showing %1</source>
        <translation>当前显示：%1</translation>
    </message>
    <message>
        <source>Install %1 instead of the newer %2?</source>
        <translation>安装 %1 而不是较新的 %2？</translation>
    </message>
    <message>
        <source>Installed: %1</source>
        <translation>已安装：%1</translation>
    </message>
    <message>
        <source>Not installed: %1</source>
        <translation>未安装：%1</translation>
    </message>
    <message>
        <source>Rolled back to %1</source>
        <translation>已回滚到 %1</translation>
    </message>
    <message>
        <source>Not rolled back: %1</source>
        <translation>未回滚：%1</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Operator PIN</source>
        <translation>操作员PIN码</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>No page has these words.</source>
        <translation>没有页面包含这些词语。</translation>
    </message>
</context>
<context>
    <name>TakeAway</name>
    <message>
        <source>Take this page with you</source>
        <translation>随身带走此页</translation>
    </message>
    <message>
        <source>Point your phone&apos;s camera at the code, or type the address.</source>
        <translation>用手机相机对准二维码，或输入网址。</translation>
    </message>
    <message>
        <source>The office&apos;s website has no page in this language: this one is in %1.</source>
        <translation>办事处网站没有这种语言的网页；此网页的语言为：%1。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>QR code of the address %1</source>
        <translation>网址 %1 的二维码</translation>
    </message>
</context>
<context>
    <name>UsagePage</name>
    <message>
        <source>Visitor sessions, last 14 days</source>
        <translation>访客会话（最近 14 天）</translation>
    </message>
    <message>
        <source>Sessions by language</source>
        <translation>按语言统计的会话</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>导出为 CSV</translation>
    </message>
    <message>
        <source>No visitor sessions yet.</source>
        <translation>尚无访客会话。</translation>
    </message>
    <message>
        <source>No USB stick or outbox found.</source>
        <translation>未找到 U 盘或发件夹。</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>未导出：%1</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
</context>
</TS>
